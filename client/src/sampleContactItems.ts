/** The items of the sample-contact quick pick (no vscode API at run time). */
import type { QuickPickItem } from 'vscode';
import { escapeIcons } from './icons';

/** A contact in the picker, by its index in the contacts. */
export interface ContactItem extends QuickPickItem {
  readonly index: number;
}

/** One item per name, in order, the `current` one marked. Names are data: `$(icon)` syntax in them is shown as written. */
export function sampleContactItems(names: readonly string[], current: number): ContactItem[] {
  return names.map((name, index) => ({ label: escapeIcons(name), index, description: index === current ? 'current sample' : undefined }));
}
