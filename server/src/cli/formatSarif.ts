/** SARIF 2.1.0 output, for code scanning services. */
import { version } from '../../../package.json';
import { RULES, type Severity } from '../core/index';
import type { FileReport } from './fileReport';
import { displayPath } from './files';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** SARIF levels: info and hint are notes. */
function sarifLevel(severity: Exclude<Severity, 'off'>): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** Prints `reports` as one SARIF run; artifact URIs are relative to `cwd`. */
export function formatSarif(reports: readonly FileReport[], cwd: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const log = {
    version: '2.1.0',
    $schema: SCHEMA,
    runs: [
      {
        tool: {
          driver: {
            name: 'invite-lint',
            version,
            informationUri: 'README.md',
            rules: RULES.map(({ meta }) => ({
              id: meta.id,
              shortDescription: { text: meta.description },
              fullDescription: { text: meta.rationale },
              helpUri: `docs/rules/${meta.id}.md`,
              defaultConfiguration: { level: sarifLevel(meta.defaultSeverity) },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((report) =>
          report.messages.map((m) => ({
            ruleId: m.ruleId,
            ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId) } : {}),
            level: sarifLevel(m.severity),
            message: { text: m.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(displayPath(report.path, cwd)) },
                  region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
