/**
 * `--format NAME` for a formatter that is not built in: an ESLint formatter
 * package, found from the working folder as ESLint finds it
 * (`NAME` → `eslint-formatter-NAME` or `NAME`; `@scope/NAME` →
 * `@scope/eslint-formatter-NAME`; a path with a slash is a file), and given
 * the results in ESLint's shape with the rules' metadata.
 */
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { EslintResult } from './formatJson';
import { REPORTED_RULES } from './reportedRules';

/** An ESLint formatter function: `(results, context) => string`, possibly async. */
export type Formatter = (results: readonly EslintResult[], context: object) => string | Promise<string>;

/** A formatter that could not be found or loaded; the message is one line for stderr. */
export class FormatterError extends Error {}

/** The module names ESLint would try for `name`, in order. */
export function formatterCandidates(name: string): string[] {
  if (name.startsWith('@')) {
    const [scope, rest] = name.split('/', 2);
    if (rest === undefined) return [`${scope}/eslint-formatter`];
    return rest.startsWith('eslint-formatter') ? [name] : [`${scope}/eslint-formatter-${rest}`, name];
  }
  return name.startsWith('eslint-formatter') ? [name] : [`eslint-formatter-${name}`, name];
}

/** Loads the formatter `name` from `cwd` (the user named it on the command line, as with ESLint). Throws FormatterError. */
export function loadFormatter(name: string, cwd: string): Formatter {
  // Node 20.19 and later require an ES module formatter as they require CommonJS.
  const requireFrom = createRequire(join(cwd, '__placeholder__.js'));
  const candidates = !name.startsWith('@') && name.includes('/') ? [resolve(cwd, name)] : formatterCandidates(name);
  let path: string | undefined;
  for (const candidate of candidates) {
    try {
      path = requireFrom.resolve(candidate);
      break;
    } catch {
      // Try the next name.
    }
  }
  if (path === undefined) throw new FormatterError(`--format takes stylish, json, sarif, unix or an installed ESLint formatter; "${name}" is none (no ${candidates.join(' or ')} found from the current folder).`);
  let loaded: unknown;
  try {
    loaded = requireFrom(path);
  } catch (error) {
    throw new FormatterError(`--format: cannot load ${path} (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
  }
  const formatter = typeof loaded === 'function' ? loaded : (loaded as { default?: unknown } | null)?.default;
  if (typeof formatter !== 'function') throw new FormatterError(`--format: ${path} does not export a formatter function.`);
  return formatter as Formatter;
}

/** What ESLint formatters read about the rules (`context.rulesMeta`). */
function rulesMeta() {
  const meta: Record<string, object> = Object.create(null);
  for (const rule of REPORTED_RULES) {
    meta[rule.id] = {
      type: 'suggestion',
      docs: { description: rule.description, url: rule.docsUrl },
      ...(rule.fixable === 'fix' ? { fixable: 'code' } : {}),
      hasSuggestions: rule.fixable !== false,
    };
  }
  return meta;
}

/** Runs an ESLint formatter (see loadFormatter) over `results`. */
export async function formatWithEslintFormatter(formatter: Formatter, results: readonly EslintResult[], cwd: string): Promise<string> {
  const output = await formatter(results, { cwd, rulesMeta: rulesMeta() });
  return typeof output === 'string' ? output : String(output ?? '');
}
