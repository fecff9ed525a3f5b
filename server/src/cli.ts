/** `invite-lint`: lint and preview .invite templates from a terminal or CI. */
import { runCli } from './cli/main';

// A closed pipe (`invite-lint | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`invite-lint: ${error.message}\n`);
  process.exit(2);
});
process.on('uncaughtException', (error) => {
  process.stderr.write(`invite-lint: ${error.message}\n`);
  process.exit(2);
});

void runCli(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then((code) => {
  process.exitCode = code;
});
