/** A template read from standard input (`--stdin`). */
import { decodeTemplate, MAX_TEMPLATE_BYTES } from './readTemplate';

/**
 * Reads `stream` to its end as a template's text, or a one-line failure
 * starting with `shown` when it is larger than a template may be or is not
 * UTF-8 text. Stops reading at the limit.
 */
export async function readStdin(stream: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, shown: string): Promise<{ text: string } | { failure: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    size += bytes.length;
    if (size > MAX_TEMPLATE_BYTES) return { failure: `${shown}: larger than ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB; skipped.` };
    chunks.push(bytes);
  }
  return decodeTemplate(Buffer.concat(chunks), shown);
}
