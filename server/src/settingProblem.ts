/**
 * A bad setting in words a user can act on: the setting's full name, the
 * value it had and what it takes ("invite.limit is "short"; it takes a
 * whole number from 1 to 10000"). zod/mini's own messages are all
 * "Invalid input", so each issue is described from its code here.
 */
import type * as z from 'zod/mini';

/** Longest stretch of a bad value quoted back in a message. */
const SHOWN_VALUE_LENGTH = 40;

type Issue = z.core.$ZodIssue;

/** The value at `path` inside `value` (undefined when the path leads nowhere). */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (!at || typeof at !== 'object' || !Object.prototype.hasOwnProperty.call(at, key)) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/** A value as the user wrote it, cut short: `"short"`, `0`, `[1,2]`. */
export function shownValue(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'missing' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > SHOWN_VALUE_LENGTH ? `${text.slice(0, SHOWN_VALUE_LENGTH - 1)}…` : text;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  object: 'an object of names and values',
  record: 'an object of names and values',
  array: 'a list',
  boolean: 'true or false',
};

/** What the setting takes, from the zod issue. */
function expected(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? `at least ${issue.minimum} characters` : issue.origin === 'array' ? `at least ${issue.minimum} entries` : `a number from ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string' ? `at most ${issue.maximum} characters` : issue.origin === 'array' ? `at most ${issue.maximum} entries` : `a number up to ${issue.maximum}`;
    case 'unrecognized_keys':
      return `no keys other than the known ones (not ${issue.keys.join(', ')})`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'another value';
  }
}

/**
 * One line on a bad setting: `invite.limit is "short"; it takes a number.
 * Using the default.` `key` is the setting under `invite.`, `raw` its value.
 */
export function describeSettingIssue(key: string, raw: unknown, issue: Issue | undefined): { name: string; message: string } {
  const path = issue?.path ?? [];
  const name = `invite.${[key, ...path.map(String)].join('.')}`;
  const value = shownValue(valueAt(raw, path));
  return { name, message: `${name} is ${value}; it takes ${issue ? expected(issue) : 'another value'}. Using the default.` };
}
