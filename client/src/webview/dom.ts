/**
 * Building the page's nodes. Text goes in through `textContent` and
 * attributes, never as markup, so contact values and template text are
 * always shown literally.
 */

const SVG = 'http://www.w3.org/2000/svg';

/** The element builders for one document. */
export interface Dom {
  /** An HTML element with an optional class and text. */
  el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K];
  /** An SVG element with attributes. */
  svg(tag: string, attributes: Record<string, string | number>): SVGElement;
  /** An SVG `<title>` (the tooltip, and the accessible name, of its parent). */
  title(text: string): SVGElement;
  /** A text node. */
  text(text: string): Text;
}

export function domOf(doc: Document): Dom {
  return {
    el(tag, className, text) {
      const node = doc.createElement(tag);
      if (className) node.className = className;
      if (text !== undefined) node.textContent = text;
      return node;
    },
    svg(tag, attributes) {
      const node = doc.createElementNS(SVG, tag) as SVGElement;
      for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
      return node;
    },
    title(text) {
      const node = doc.createElementNS(SVG, 'title') as SVGElement;
      node.textContent = text;
      return node;
    },
    text: (text) => doc.createTextNode(text),
  };
}

/** Removes every child of `node`. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}
