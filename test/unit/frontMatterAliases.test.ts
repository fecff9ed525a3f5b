import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/core/index';

const NOTE = 'Hi {{name}},  we met at {{where-met}}. {{reason}} Coffee?\n';
const frontMatterMessages = (text: string) => lint(text).problems.filter((p) => p.ruleId === 'front-matter').map((p) => p.message);

describe('front matter: YAML aliases', () => {
  it('resolves an alias to its anchor value in a map', () => {
    const text = `---\nrules: {salesy: &o off, whitespace: *o}\n---\n${NOTE}`;
    assert.deepEqual(frontMatterMessages(text), []);
    assert.equal(lint(text).problems.some((p) => p.ruleId === 'whitespace'), false, 'whitespace is off through the alias');
  });

  it('resolves an alias in a list, so the message names the value, not the alias object', () => {
    const text = `---\nrules: {salesy: &o off}\ndisable: [*o]\n---\n${NOTE}`;
    const messages = frontMatterMessages(text);
    assert.equal(messages.length, 1);
    assert.doesNotMatch(messages[0], /source/);
    assert.match(messages[0], /"?off"?/);
  });

  it('reports an alias to no anchor and an alias bomb as invalid YAML, on their line', () => {
    assert.deepEqual(frontMatterMessages(`---\nlimit: *nope\n---\n${NOTE}`), ['Front matter is not valid YAML: Unresolved alias (the anchor must be set before the alias): nope']);
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c']]) rows.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    const bomb = lint(`---\n${rows.join('\n')}\n---\n${NOTE}`).problems.filter((p) => p.ruleId === 'front-matter');
    assert.ok(bomb.some((p) => /Excessive alias count/.test(p.message)), JSON.stringify(bomb.map((p) => p.message)));
  });

  it('prints no warning of its own while resolving (a map with a collection key)', () => {
    const warned: unknown[] = [];
    const [emitWarning, warn] = [process.emitWarning, console.warn];
    process.emitWarning = ((warning: unknown) => void warned.push(warning)) as typeof process.emitWarning;
    console.warn = (...args: unknown[]) => void warned.push(args);
    try {
      lint(`---\nrules: {{ name }: off}\n---\n${NOTE}`);
    } finally {
      [process.emitWarning, console.warn] = [emitWarning, warn];
    }
    assert.deepEqual(warned, []);
  });
});
