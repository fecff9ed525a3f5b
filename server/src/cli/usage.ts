/** The text of `invite-lint --help`. */
import { RULES, SEVERITIES } from '../core/index';

/** Help for both commands, with the rule ids. */
export function usage(): string {
  return `Usage: invite-lint [paths or globs…] [options]
       invite-lint preview FILE [--contact NAME | --all] [--contacts FILE] [--limit N]
       invite-lint explain FILE… [--format json]

Lints .invite templates of LinkedIn connection notes. With no paths, lints
**/*.invite under the current folder (node_modules left out); a folder
means every .invite file in it.

Options:
  --contacts FILE      contacts (CSV or JSON) for templates whose front matter names none
  --limit N            character limit where front matter sets none (default 300)
  --rule ID=SEVERITY   set a rule's severity: ${SEVERITIES.join('|')} (repeatable)
  --fix                apply the automatic fixes, then report what is left
  --max-warnings N     exit with 1 when there are more than N warnings
  --fix-dry-run        fix in memory only: --format json gives each fixed text as
                       "output"; no file is written
  -f, --format NAME    stylish (default), json (ESLint's shape), sarif, unix (one
                       line a problem), or an ESLint formatter package
                       (NAME → eslint-formatter-NAME) or file
  -o, --output-file F  write the report to F instead of stdout
  --stdin, -           lint the text on standard input (reported as <text>)
  --stdin-filename F   the file that text stands for: its path in the report, and
                       where its contacts are found from
  -c, --config FILE    the config file for every template (default: each one's nearest
                       .invite-lint.json, .jsonc or .yaml, up to the current folder)
  --print-config FILE  print the settings FILE would be linted with, as JSON
  --ignore-pattern P   leave out templates matching P (gitignore syntax; repeatable);
                       a '!P' argument does the same
  --no-gitignore       lint what .gitignore files ignore too
  --no-error-on-unmatched-pattern
                       a path or glob that matches nothing is a warning, not exit 2
  --quiet              report errors only
  --max-problems N     most problems listed per file (default 1000); a file with more
                       is named on stderr
  --color, --no-color  force colours on or off (else FORCE_COLOR, NO_COLOR, then
                       whether stdout is a terminal decide)
  -h, --help           show this help
  -v, --version        show the version

Preview:
  --contact NAME       the contact to fill in, by full or first name (default: front matter
                       sample, else the first contact)
  --all                every contact's length, then every note

Explain:
  prints what each note was read as: its moves (greeting, context, reason,
  connect-ask, pitch, filler, …) with their words and places, and the
  checklist the editor's preview shows. --format json gives one entry per file.

Config: the nearest .invite-lint.json, .invite-lint.jsonc or .invite-lint.yaml
from each template's folder up to the current folder (keys as the editor's
invite.* settings, plus ignores). Front matter > command line > config file.

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too
many warnings, 2 bad usage, a file that cannot be read, a path that matches
nothing, or a problem in a config file.

Rules: ${RULES.map((r) => r.meta.id).join(', ')}
`;
}
