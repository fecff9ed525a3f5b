import * as assert from 'node:assert/strict';
import { DEFAULT_LIMIT, frontMatterSettings, lint, parseTemplate, resolveConfig, type LintOptions } from '../../server/src/core/index';

const SALESY = 'Hi Ana, we met at the mixer. Can I book a demo?';
const severityOf = (text: string, options: LintOptions, ruleId: string) => lint(text, options).problems.find((p) => p.ruleId === ruleId)?.severity ?? 'off';

describe('config: precedence of defaults, settings and front matter', () => {
  it('uses the rule default with no settings', () => {
    assert.equal(severityOf(SALESY, {}, 'salesy'), 'warning');
  });

  it('settings override the default', () => {
    assert.equal(severityOf(SALESY, { rules: { salesy: 'error' } }, 'salesy'), 'error');
    assert.equal(severityOf(SALESY, { rules: { salesy: 'off' } }, 'salesy'), 'off');
  });

  it('front matter `rules` overrides settings', () => {
    const text = `---\nrules:\n  salesy: hint\n---\n${SALESY}`;
    assert.equal(severityOf(text, { rules: { salesy: 'error' } }, 'salesy'), 'hint');
  });

  it('front matter `rules` can turn on a rule settings turned off', () => {
    const text = `---\nrules: { salesy: error }\n---\n${SALESY}`;
    assert.equal(severityOf(text, { rules: { salesy: 'off' } }, 'salesy'), 'error');
  });

  it('front matter `disable` wins over settings and over front matter `rules`', () => {
    const text = `---\ndisable: [salesy]\nrules: { salesy: error }\n---\n${SALESY}`;
    assert.equal(severityOf(text, { rules: { salesy: 'error' } }, 'salesy'), 'off');
  });

  it('a single id in `disable` works like a list', () => {
    assert.equal(severityOf(`---\ndisable: salesy\n---\n${SALESY}`, {}, 'salesy'), 'off');
  });

  it('a bad severity in settings or front matter is ignored, not applied', () => {
    const text = `---\nrules: { salesy: loud }\n---\n${SALESY}`;
    assert.equal(severityOf(text, { rules: { salesy: 'loud' as never } }, 'salesy'), 'warning');
  });

  it('the limit: default 300, settings, then front matter', () => {
    assert.equal(DEFAULT_LIMIT, 300);
    assert.equal(lint('Hi.').limit, 300);
    assert.equal(lint('Hi.', { limit: 200 }).limit, 200);
    assert.equal(lint('---\nlimit: 250\n---\nHi.', { limit: 200 }).limit, 250);
  });

  it('a bad limit falls back to the next source', () => {
    assert.equal(lint('---\nlimit: 0\n---\nHi.', { limit: 200 }).limit, 200);
    assert.equal(lint('Hi.', { limit: -5 }).limit, 300);
    assert.equal(lint('Hi.', { limit: 2.5 }).limit, 300);
  });

  it('reads the usable front matter settings and skips bad ones', () => {
    const fm = parseTemplate('---\nlimit: 200\ncontacts: " people.csv "\nsample: Taa Dixon\ndisable: [a, 3]\nrules: { salesy: off, x: loud }\n---\nHi').frontMatter;
    const settings = frontMatterSettings(fm);
    assert.deepEqual(
      { limit: settings.limit, contacts: settings.contacts, sample: settings.sample, disable: settings.disable, rules: { ...settings.rules } },
      { limit: 200, contacts: 'people.csv', sample: 'Taa Dixon', disable: ['a'], rules: { salesy: 'off' } },
    );
  });

  it('reads a columns mapping, keeping field names with a header and dropping the rest', () => {
    const read = (yaml: string) => frontMatterSettings(parseTemplate(`---\n${yaml}\n---\nHi`).frontMatter).columns;
    assert.deepEqual({ ...read('columns: { where-met: " Event ", Bad Field: X, reason: 3, next-step: "" }') }, { 'where-met': 'Event' });
    assert.equal(read('columns: { Bad Field: X }'), undefined);
    assert.equal(read('columns: [Event]'), undefined);
  });

  it('resolveConfig: an unknown rule id falls back to the given default', () => {
    const config = resolveConfig({ rules: { salesy: 'error' } }, frontMatterSettings(undefined));
    assert.equal(config.severity('salesy', 'warning'), 'error');
    assert.equal(config.severity('whitespace', 'hint'), 'hint');
  });

  it('a broken front matter is reported and its settings are not used', () => {
    const result = lint(`---\ndisable: [salesy\n---\n${SALESY}`);
    assert.deepEqual(result.problems.filter((p) => p.ruleId === 'front-matter' || p.ruleId === 'salesy').map((p) => p.ruleId), ['front-matter', 'salesy']);
  });
});
