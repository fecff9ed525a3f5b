/** The command line: `invite-lint [paths…] [options]` and `invite-lint preview FILE [options]`. */
import { parseArgs } from 'node:util';
import { didYouMean } from './didYouMean';
import { isLimit, isSeverity, RULES, SEVERITIES, type Severity } from '../core/index';

/** Built-in output formats of the lint command; any other name is an ESLint formatter (cli/eslintFormatter.ts). */
export const FORMATS = ['stylish', 'json', 'sarif', 'unix'] as const;
export type Format = (typeof FORMATS)[number];

/** True for a built-in format name. */
export function isBuiltInFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

/** What every command that prints shares. */
interface OutputOptions {
  /** `--color` (true) or `--no-color` (false); undefined: FORCE_COLOR, NO_COLOR and the terminal decide (cli/colors.ts). */
  readonly color?: boolean;
}

/** What the lint and preview commands share. */
interface CommonOptions extends OutputOptions {
  /** `--contacts`: used where a template's front matter names none (relative to the working directory). */
  readonly contacts?: string;
  /** `--limit`: character limit where front matter sets none. */
  readonly limit?: number;
  /** `--rule id=severity`, in a null-prototype object. */
  readonly rules: Readonly<Record<string, Severity>>;
}

/** Lint files and print their problems. */
export interface LintCommand extends CommonOptions {
  readonly kind: 'lint';
  /** Paths, directories or globs; `**\/*.invite` when none are given. */
  readonly patterns: readonly string[];
  readonly fix: boolean;
  /** Most warnings allowed before the exit code is 1; undefined: no maximum. */
  readonly maxWarnings?: number;
  /** A built-in format, or the name of an ESLint formatter package (or file). */
  readonly format: string;
  /** Report errors only. */
  readonly quiet: boolean;
  /** `--max-problems`: most problems listed per file; undefined: the config file's `maxProblems`, else DEFAULT_MAX_PROBLEMS. */
  readonly maxProblems?: number;
  /** `--config FILE`: the config file for every template, instead of each one's nearest. */
  readonly config?: string;
  /** `--ignore-pattern` values and `!pattern` arguments (without the `!`): gitignore syntax, relative to the working directory. */
  readonly ignorePatterns: readonly string[];
  /** False with `--no-gitignore`. */
  readonly gitignore: boolean;
  /** False with `--no-error-on-unmatched-pattern`: a path or glob that matches nothing is then only a warning. */
  readonly errorOnUnmatchedPattern: boolean;
  /** `--fix-dry-run`: fix in memory and report the fixed text (JSON `output`) without writing. */
  readonly fixDryRun: boolean;
  /** `--output-file`: where the report goes instead of stdout (relative to the working directory). */
  readonly outputFile?: string;
  /** `--stdin` (or `-`): lint the text read from standard input instead of files. */
  readonly stdin: boolean;
  /** `--stdin-filename`: the path the text stands for (relative to the working directory): where its contacts are looked up from, and what is reported. */
  readonly stdinFilename?: string;
}

/** Most problems listed per file unless `--max-problems` says otherwise; the language server's default too. */
export const DEFAULT_MAX_PROBLEMS = 1000;

/** Print a template expanded for contacts. */
export interface PreviewCommand extends CommonOptions {
  readonly kind: 'preview';
  readonly file: string;
  /** A contact's full or first name. */
  readonly contact?: string;
  readonly all: boolean;
}

/** Print what the engine read in each note. */
export interface ExplainCommand extends OutputOptions {
  readonly kind: 'explain';
  /** Files, directories or globs, as for lint. */
  readonly files: readonly string[];
  readonly format: 'stylish' | 'json';
}

/** `--print-config FILE`: the settings FILE would be linted with, as JSON. */
export interface PrintConfigCommand {
  readonly kind: 'print-config';
  readonly file: string;
  readonly config?: string;
  readonly limit?: number;
  readonly rules: Readonly<Record<string, Severity>>;
  readonly maxProblems?: number;
}

export type Command = LintCommand | PreviewCommand | ExplainCommand | PrintConfigCommand | { readonly kind: 'help' } | { readonly kind: 'version' };

/** A command line that cannot be run; the message is one line for stderr. */
export class UsageError extends Error {}

const OPTIONS = {
  contacts: { type: 'string' },
  limit: { type: 'string' },
  rule: { type: 'string', multiple: true },
  fix: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  format: { type: 'string', short: 'f' },
  quiet: { type: 'boolean' },
  'max-problems': { type: 'string' },
  'fix-dry-run': { type: 'boolean' },
  'output-file': { type: 'string', short: 'o' },
  stdin: { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  'ignore-pattern': { type: 'string', multiple: true },
  'no-gitignore': { type: 'boolean' },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  'print-config': { type: 'string' },
  'stdin-filename': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  contact: { type: 'string' },
  all: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const LINT_ONLY = ['fix', 'max-warnings', 'format', 'quiet', 'max-problems', 'fix-dry-run', 'output-file', 'stdin', 'stdin-filename', 'ignore-pattern', 'no-gitignore', 'no-error-on-unmatched-pattern'] as const;
const PREVIEW_ONLY = ['contact', 'all'] as const;

/** Parses `argv` (without the node and script paths). Throws UsageError. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(argumentMessage(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (values.color && values['no-color']) throw new UsageError('use either --color or --no-color, not both.');
  const color = values.color ? true : values['no-color'] ? false : undefined;
  const common: CommonOptions = {
    color,
    contacts: values.contacts,
    limit: values.limit === undefined ? undefined : limitOption(values.limit),
    rules: ruleOptions(values.rule ?? []),
  };
  if (positionals[0] === 'explain') {
    const misplaced = [...LINT_ONLY, ...PREVIEW_ONLY, 'contacts', 'limit', 'rule'].find((name) => name !== 'format' && values[name as keyof typeof values] !== undefined);
    if (misplaced) throw new UsageError(`--${misplaced} does not go with explain.`);
    if (positionals.length < 2) throw new UsageError('explain takes one or more template files: invite-lint explain FILE… [--format json].');
    const format = values.format ?? 'stylish';
    if (format !== 'stylish' && format !== 'json') throw new UsageError(`explain's --format takes stylish or json, not "${format}".`);
    return { kind: 'explain', files: positionals.slice(1), format, color };
  }
  if (positionals[0] === 'preview') {
    const misplaced = LINT_ONLY.find((name) => values[name] !== undefined);
    if (misplaced) throw new UsageError(`--${misplaced} does not go with preview.`);
    if (positionals.length !== 2) throw new UsageError('preview takes one template file: invite-lint preview FILE [--contact NAME | --all].');
    if (values.all && values.contact !== undefined) throw new UsageError('use either --contact or --all, not both.');
    return { kind: 'preview', ...common, file: positionals[1], contact: values.contact, all: values.all ?? false };
  }
  const misplaced = PREVIEW_ONLY.find((name) => values[name] !== undefined);
  if (values['print-config'] !== undefined) {
    if (positionals.length > 0) throw new UsageError('--print-config takes one file and no paths: invite-lint --print-config FILE.');
    return { kind: 'print-config', file: values['print-config'], config: values.config, limit: common.limit, rules: common.rules, maxProblems: maxProblemsOption(values['max-problems']) };
  }
  if (values.fix && values['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both.');
  const stdin = (values.stdin ?? false) || positionals.includes('-');
  if (stdin && positionals.some((p) => p !== '-' && !p.startsWith('!'))) throw new UsageError('--stdin lints standard input and takes no paths; name the file it stands for with --stdin-filename.');
  if (stdin && values.fix) throw new UsageError('--fix writes files and standard input is none: use --fix-dry-run --format json to get the fixed text.');
  if (!stdin && values['stdin-filename'] !== undefined) throw new UsageError('--stdin-filename goes with --stdin.');
  if (misplaced) throw new UsageError(`--${misplaced} goes with preview: invite-lint preview FILE --${misplaced}${misplaced === 'contact' ? ' NAME' : ''}.`);
  return {
    kind: 'lint',
    ...common,
    patterns: stdin ? [] : positionals.filter((p) => !p.startsWith('!')),
    fix: values.fix ?? false,
    maxWarnings: values['max-warnings'] === undefined ? undefined : countOption('--max-warnings', values['max-warnings']),
    format: formatOption(values.format ?? 'stylish'),
    quiet: values.quiet ?? false,
    maxProblems: maxProblemsOption(values['max-problems']),
    fixDryRun: values['fix-dry-run'] ?? false,
    outputFile: values['output-file'],
    stdin,
    stdinFilename: values['stdin-filename'],
    config: values.config,
    // `'!build/**'` on the command line leaves out what it matches, as --ignore-pattern does.
    ignorePatterns: [...(values['ignore-pattern'] ?? []), ...positionals.filter((p) => p.startsWith('!')).map((p) => p.slice(1))],
    gitignore: !values['no-gitignore'],
    errorOnUnmatchedPattern: !values['no-error-on-unmatched-pattern'],
  };
}

function argumentMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) {
    const suggestion = didYouMean(unknown[1], Object.keys(OPTIONS).map((name) => `--${name}`));
    return `unknown option ${unknown[1]}${suggestion ? `; did you mean ${suggestion}?` : '.'}`;
  }
  return message.split('\n')[0].replace(/\.?$/, '.');
}

function limitOption(raw: string): number {
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!isLimit(n)) throw new UsageError(`--limit takes a whole number of characters from 1 to 10000, not "${raw}".`);
  return n;
}

function countOption(name: string, raw: string): number {
  if (!/^\d+$/.test(raw)) throw new UsageError(`${name} takes a whole number, not "${raw}".`);
  return Number(raw);
}

function maxProblemsOption(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = countOption('--max-problems', raw);
  if (n < 1) throw new UsageError(`--max-problems takes a whole number from 1, not "${raw}".`);
  return n;
}

function formatOption(raw: string): string {
  if (raw.trim() === '') throw new UsageError(`--format takes ${FORMATS.join(', ')} or an ESLint formatter's name.`);
  return raw;
}

function ruleOptions(raw: readonly string[]): Record<string, Severity> {
  const ids = RULES.map((r) => r.meta.id);
  const rules: Record<string, Severity> = Object.create(null);
  for (const option of raw) {
    const eq = option.indexOf('=');
    if (eq === -1) throw new UsageError(`--rule takes id=severity (like max-length=warning), not "${option}".`);
    const id = option.slice(0, eq).trim();
    const severity = option.slice(eq + 1).trim();
    if (!ids.includes(id)) {
      const suggestion = didYouMean(id, ids);
      throw new UsageError(`unknown rule "${id}" in --rule${suggestion ? `; did you mean ${suggestion}?` : `; the rules are ${ids.join(', ')}.`}`);
    }
    if (!isSeverity(severity)) throw new UsageError(`--rule ${id}= takes ${SEVERITIES.join(', ')}, not "${severity}".`);
    rules[id] = severity;
  }
  return rules;
}
