/** What the contacts tests share: the fixture files and a column of loaded contacts. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contactValue, type ContactSet } from '../../../server/src/core/index';

export const FIXTURES = join(__dirname, '../../fixtures/contacts');

/** The text of test/fixtures/contacts/`name`. */
export const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** Every contact's value of `field`, in order. */
export function column(set: ContactSet | undefined, field: string): string[] {
  assert.ok(set, 'contacts loaded');
  return [...Array(set.size).keys()].map((i) => contactValue(set, i, field));
}
