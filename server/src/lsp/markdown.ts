/** Text from files (contact values, template text) placed into hover and completion Markdown. */

/**
 * `text` with every ASCII punctuation character that Markdown or HTML could
 * read as syntax escaped with a backslash (CommonMark allows it before any
 * ASCII punctuation), so it renders as written: `![x](https://…)` is text,
 * not a remote image, and `<img>` is text, not HTML. Line breaks become
 * spaces, so a value cannot start a heading, list or block of its own.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_{}[\]()<>#+\-.!|~&"'=:@$%^]/g, '\\$&');
}
