/** Terminal colours, on only for a terminal and when NO_COLOR is not set. */
import { styleText } from 'node:util';

/** The styles the CLI uses. */
export type Style = 'red' | 'yellow' | 'blue' | 'green' | 'gray' | 'bold' | 'underline';

/** Wraps text in a style (or returns it unchanged when colours are off). */
export type Paint = (style: Style, text: string) => string;

/** True when output to `stream` should be coloured (https://no-color.org). */
export function wantsColor(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

/** A painter that styles text when `enabled`. */
export function painter(enabled: boolean): Paint {
  return enabled ? (style, text) => styleText(style, text) : (_style, text) => text;
}
