/**
 * SARIF 2.1.0 output, for code scanning services. What GitHub code scanning
 * asks beyond the schema is here too: absolute `helpUri` and
 * `informationUri`, a `help` text and a `name` for each rule, a rule entry
 * for every result, and artifact URIs relative to the repository root
 * (`uriBaseId` %SRCROOT%) with every reserved character percent-encoded.
 */
import { pathToFileURL } from 'node:url';
import { isAbsolute, relative, sep } from 'node:path';
import { version } from '../../../package.json';
import type { Severity } from '../core/index';
import { REPOSITORY_URL } from '../projectLinks';
import type { FileReport } from './fileReport';
import { REPORTED_RULES, type ReportedRule } from './reportedRules';
import { repositoryRoot } from './repositoryRoot';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The base every artifact URI is relative to: the repository root. */
const SRCROOT = '%SRCROOT%';

/** SARIF levels: info and hint are notes. */
function sarifLevel(severity: Exclude<Severity, 'off'>): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** `canned-message` → `CannedMessage`: SARIF's rule names are identifiers. */
function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c: string) => c.toUpperCase());
}

function ruleDescriptor(rule: ReportedRule) {
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.rationale },
    help: { text: `${rule.rationale}\n\nDocumentation: ${rule.docsUrl}`, markdown: `${rule.rationale}\n\n[Documentation](${rule.docsUrl})` },
    helpUri: rule.docsUrl,
    defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
  };
}

/**
 * Where a file is, for SARIF: relative to `root` with each path segment
 * percent-encoded (`a#b?c.invite` → `a%23b%3Fc.invite`), or an absolute
 * file URI when the file is outside `root`.
 */
export function artifactLocation(path: string, root: string): { uri: string; uriBaseId?: string } {
  const inside = relative(root, path);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return { uri: pathToFileURL(path).href };
  return { uri: inside.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** Prints `reports` as one SARIF run; artifact URIs are relative to the repository `cwd` is in. */
export function formatSarif(reports: readonly FileReport[], cwd: string): string {
  const root = repositoryRoot(cwd);
  const ruleIndex = new Map(REPORTED_RULES.map((r, i) => [r.id, i]));
  const log = {
    version: '2.1.0',
    $schema: SCHEMA,
    runs: [
      {
        tool: {
          driver: {
            name: 'invite-lint',
            version,
            semanticVersion: version,
            informationUri: REPOSITORY_URL,
            rules: REPORTED_RULES.map(ruleDescriptor),
          },
        },
        // A folder URI ends with a slash, so that relative URIs resolve inside it.
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(root).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap((report) => {
          const location = artifactLocation(report.path, root);
          return report.messages.map((m) => ({
            ruleId: m.ruleId,
            ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId) } : {}),
            level: sarifLevel(m.severity),
            message: { text: m.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: location,
                  region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
                },
              },
            ],
          }));
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
