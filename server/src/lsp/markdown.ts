/** Text from files on its way into Markdown (hover, completion docs): shown as written, never as markup, links or images. */

const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&]/g;

/** `text` with every Markdown-special character escaped and line breaks as spaces, for inline use. */
export function markdownText(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(MARKDOWN_SPECIAL, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}
