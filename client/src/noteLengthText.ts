/** What the status-bar item and Copy say about a preview result (no vscode API: plain text in, text out). */
import type { PreviewRequest } from '../../server/src/shared/protocol';
import { escapeIcons } from './icons';
import { formatCount, plural } from './webview/format';

/** The item's text for `result`: length / limit, then the contact (with `$(icon)` syntax escaped) when there is one. */
export function noteLengthText(result: PreviewRequest.Result): string {
  const count = `✉ ${result.estimated ? '≈' : ''}${result.length}/${result.limit}`;
  return result.contact ? `${count} · ${escapeIcons(result.contact.name)}` : count;
}

/** The item's tooltip for `result`. */
export function noteLengthTooltip(result: PreviewRequest.Result): string {
  const who = result.contact ? `The note for ${result.contact.name}` : 'The note';
  const estimated = result.estimated ? ' (estimated with typical lengths for its placeholders)' : '';
  const over = result.overCount > 0 ? ` ${formatCount(result.overCount)} of ${formatCount(result.lengths.length)} contacts ${result.overCount === 1 ? 'goes' : 'go'} over the limit.` : '';
  return `${who} is ${result.length} of ${result.limit} characters${estimated}.${over} Click to choose the sample contact.`;
}

/**
 * What Copy says once the note is on the clipboard: a status-bar line, or a
 * warning when the note is over the limit (LinkedIn would not take it whole).
 * The warning names no contact: a notification renders `[text](link)`.
 */
export function copiedNoteText(result: PreviewRequest.Result): { readonly warning: boolean; readonly text: string } {
  if (result.length > result.limit) {
    const over = result.length - result.limit;
    return { warning: true, text: `Copied, but the note is ${result.length} characters: ${plural(over, 'character', 'characters')} over the ${result.limit}-character limit, so LinkedIn will not take it whole.` };
  }
  const who = result.contact ? ` for ${escapeIcons(result.contact.name)}` : '';
  return { warning: false, text: `Copied the note${who} (${result.length}/${result.limit} characters).` };
}
