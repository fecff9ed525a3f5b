/** The CLI's entry: parse the command line, run the command, return the exit code. */
import { version } from '../../../package.json';
import { parseCommand, UsageError } from './args';
import { runExplain } from './explain';
import { painter, wantsColor } from './colors';
import { runLint } from './lintCommand';
import { runPreview } from './preview';
import { printConfig } from './printConfig';
import { usage } from './usage';
import { visible } from './visible';

/** The process around the CLI (tests may pass their own). */
export interface CliProcess {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown };
  /** Standard input, read by `--stdin`. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

/**
 * Runs `invite-lint` with `argv` (without the node and script paths) and
 * resolves to the exit code. Never rejects: an unexpected error is printed
 * as one line and gives 2.
 */
export async function runCli(argv: readonly string[], proc: CliProcess): Promise<number> {
  // Every stderr line is plain text that may quote file names and contents: shown with control characters made visible.
  const err = (text: string) => void proc.stderr.write(visible(text));
  try {
    const command = parseCommand(argv);
    const color = 'color' in command ? command.color : undefined;
    // A report written to --output-file goes to no terminal.
    const stream = command.kind === 'lint' && command.outputFile !== undefined ? {} : proc.stdout;
    const io = { cwd: proc.cwd, stdin: proc.stdin, out: (text: string) => void proc.stdout.write(text), err, paint: painter(wantsColor(stream, proc.env, color)) };
    switch (command.kind) {
      case 'help':
        io.out(usage());
        return 0;
      case 'version':
        io.out(`${version}\n`);
        return 0;
      case 'preview':
        return await runPreview(command, io);
      case 'explain':
        return runExplain(command, io);
      case 'lint':
        return await runLint(command, io);
      case 'print-config':
        return printConfig(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(`invite-lint: ${error.message} Run invite-lint --help for usage.\n`);
      return 2;
    }
    err(`invite-lint: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
