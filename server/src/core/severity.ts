/** Severities, from quietest to loudest; 'off' turns a rule off. */
export const SEVERITIES = ['off', 'hint', 'info', 'warning', 'error'] as const;

/** How loudly a rule reports. */
export type Severity = (typeof SEVERITIES)[number];

/** True for one of SEVERITIES. */
export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}
