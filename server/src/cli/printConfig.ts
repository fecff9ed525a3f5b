/**
 * `invite-lint --print-config FILE`: the settings FILE would be linted
 * with — its config file's laid over the defaults, the command line's over
 * those — and which config file that is. Front matter, which wins over
 * these, is the template's own and is not included.
 */
import { resolve } from 'node:path';
import type { PrintConfigCommand } from './args';
import { displayPath } from './files';
import { settingsLookup } from './templateSettings';

/** Prints the settings as JSON; 2 when the config file has problems (they are named on stderr), else 0. */
export function printConfig(command: PrintConfigCommand, io: { cwd: string; out: (text: string) => void; err: (text: string) => void }): number {
  const lookup = settingsLookup({ cwd: io.cwd, limit: command.limit, rules: command.rules, maxProblems: command.maxProblems, config: command.config === undefined ? undefined : resolve(io.cwd, command.config) });
  const { settings, configPath, ignores, configProblems } = lookup(resolve(io.cwd, command.file));
  const { trace: _trace, ...shown } = settings;
  io.out(`${JSON.stringify({ configFile: configPath === undefined ? null : displayPath(configPath, io.cwd), ...shown, ignores }, null, 2)}\n`);
  for (const problem of configProblems) io.err(`invite-lint: ${problem}\n`);
  return configProblems.length > 0 ? 2 : 0;
}
