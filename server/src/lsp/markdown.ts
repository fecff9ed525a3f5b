/** Text from contacts files and templates, shown literally inside Markdown (hover, completion docs). */

/** `text` with every Markdown and HTML special character backslash-escaped, so it shows as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~"]/g, '\\$&');
}
