/** The status-bar item's text and tooltip for a preview result (no vscode API: plain text in, text out). */
import type { PreviewRequest } from '../../server/src/shared/protocol';
import { escapeIcons } from './icons';
import { formatCount } from './webview/format';

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
