/**
 * Terminal colours: `--color`/`--no-color` first, then FORCE_COLOR (any
 * value but `0` or `false` turns colours on, even on a pipe), then NO_COLOR
 * (https://no-color.org: any value but empty turns them off), then whether
 * the output is a terminal. FORCE_COLOR wins over NO_COLOR, as in Node.
 */
import { styleText } from 'node:util';

/** The styles the CLI uses. */
export type Style = 'red' | 'yellow' | 'blue' | 'green' | 'gray' | 'bold' | 'underline';

/** Wraps text in a style (or returns it unchanged when colours are off). */
export type Paint = (style: Style, text: string) => string;

/** True when output to `stream` should be coloured; `flag` is `--color` (true) or `--no-color` (false). */
export function wantsColor(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  return stream.isTTY === true;
}

/** A painter that styles text when `enabled`. */
export function painter(enabled: boolean): Paint {
  // The decision is made above: styleText must not make it again from process.stdout.
  return enabled ? (style, text) => styleText(style, text, { validateStream: false }) : (_style, text) => text;
}
