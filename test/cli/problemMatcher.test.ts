/**
 * The problem matchers package.json contributes for VS Code tasks, run the
 * way VS Code runs them (a file line, then looping problem lines; a line the
 * loop pattern does not take starts over) over real CLI output.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildCliIfMissing, invite, TEMPLATES, workspaces } from './cliProcess';

interface PatternJson {
  readonly regexp: string;
  readonly [group: string]: string | number | boolean;
}
interface Matched {
  file?: string;
  line?: string;
  column?: string;
  severity?: string;
  message?: string;
  code?: string;
}

const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8'));
const patterns = new Map<string, readonly PatternJson[]>(
  manifest.contributes.problemPatterns.map((p: { name: string; patterns?: PatternJson[] } & PatternJson) => [p.name, p.patterns ?? [p]]),
);

/** The problems the matcher `$name` finds in `output`. */
function matchProblems(name: string, output: string): Matched[] {
  const matcher = manifest.contributes.problemMatchers.find((m: { name: string }) => m.name === name);
  const steps = patterns.get(matcher.pattern.replace(/^\$/, ''))!;
  const fill = (pattern: PatternJson, groups: RegExpExecArray, into: Matched) => {
    for (const key of ['file', 'line', 'column', 'severity', 'message', 'code'] as const) if (typeof pattern[key] === 'number') into[key] = groups[pattern[key] as number];
  };
  const problems: Matched[] = [];
  let step = 0;
  let data: Matched = {};
  for (const line of output.split('\n')) {
    for (let again = true; again; ) {
      again = false;
      const pattern = steps[step];
      const groups = new RegExp(pattern.regexp).exec(line);
      if (!groups) {
        if (step > 0) [step, data, again] = [0, {}, true];
        continue;
      }
      const problem = { ...data };
      fill(pattern, groups, problem);
      if (step === steps.length - 1) {
        problems.push(problem);
        if (!pattern.loop) [step, data] = [0, {}];
      } else [step, data] = [step + 1, problem];
    }
  }
  return problems;
}

describe('VS Code problem matchers', () => {
  const spaces = workspaces();
  before(buildCliIfMissing);
  after(() => spaces.cleanup());

  /** A folder whose lint gives every severity and a contacts problem; `args` adds options. */
  function run(format: string): { output: string; expected: Matched[] } {
    const dir = spaces.create({
      'notes/canned.invite': TEMPLATES.canned,
      'notes/spaced.invite': TEMPLATES.spaced,
      'notes/contacts.json': '[\n  {"first-name": "Ann", "where-met": "the Expo", "reason": "Parsers."},\n  "Bob"\n]\n',
    });
    const args = ['--rule', 'missing-name=info', '--rule', 'missing-next-step=off'];
    const json = JSON.parse(invite(['--format', 'json', ...args], dir).stdout);
    const expected = json.flatMap((file: { filePath: string; messages: { line: number; column: number; level: string; message: string; ruleId: string }[] }) =>
      file.messages.map((m) => ({ file: file.filePath.slice(dir.length + 1), line: String(m.line), column: String(m.column), severity: m.level, message: m.message, code: m.ruleId })),
    );
    return { output: invite(['--format', format, ...args], dir).stdout, expected };
  }

  const sortKey = (m: Matched) => `${m.file}:${m.line!.padStart(4)}:${m.column!.padStart(4)}:${m.code}`;

  for (const [matcher, format] of [['invite-lint', 'stylish'], ['invite-lint-unix', 'unix']]) {
    it(`$${matcher} finds every problem of --format ${format}, of every severity`, () => {
      const { output, expected } = run(format);
      const found = matchProblems(matcher, output);
      assert.deepEqual(new Set(expected.map((m) => m.severity)), new Set(['error', 'warning', 'info', 'hint']));
      assert.deepEqual(found.sort((a, b) => sortKey(a).localeCompare(sortKey(b))), expected.sort((a, b) => sortKey(a).localeCompare(sortKey(b))), output);
    });
  }

  it('is listed with the fields VS Code needs', () => {
    for (const matcher of manifest.contributes.problemMatchers) {
      assert.equal(matcher.owner, 'invite-lint');
      assert.deepEqual(matcher.fileLocation, ['relative', '${workspaceFolder}']);
      assert.ok(patterns.has(matcher.pattern.slice(1)), matcher.pattern);
    }
  });
});
