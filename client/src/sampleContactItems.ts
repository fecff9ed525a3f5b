/** The items of the sample-contact quick pick (no vscode API at run time). */
import type { QuickPickItem } from 'vscode';
import { escapeIcons } from './icons';
import { pickerDescription } from './pickerDescription';

/** A contact in the picker, by its index in the contacts. */
export interface ContactItem extends QuickPickItem {
  readonly index: number;
}

/**
 * One item per name, in order, the `current` one marked, with the plain form
 * the lookup compares (`searchNames`, from the server) where it differs.
 * Names are data: `$(icon)` syntax in them is shown as written.
 */
export function sampleContactItems(names: readonly string[], current: number, searchNames?: readonly string[]): ContactItem[] {
  return names.map((name, index) => {
    const description = pickerDescription(name, searchNames?.[index], index === current);
    return { label: escapeIcons(name), index, description: description === undefined ? undefined : escapeIcons(description) };
  });
}
