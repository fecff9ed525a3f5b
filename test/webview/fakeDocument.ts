/**
 * The smallest document the preview view needs, for running it under
 * Node: elements, text nodes, attributes, listeners. Anything that parses
 * markup (innerHTML and friends) throws, so a test fails if the view ever
 * writes markup.
 */

export class FakeText {
  readonly nodeType = 3;
  parent: FakeElement | undefined;
  constructor(public data: string) {}
  get textContent(): string {
    return this.data;
  }
}

export type FakeNode = FakeElement | FakeText;

/** The parts of an event the view reads. */
export interface FakeEvent {
  readonly type: string;
  readonly key?: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export class FakeElement {
  readonly nodeType = 1;
  readonly children: FakeNode[] = [];
  readonly attributes = new Map<string, string>();
  readonly listeners = new Map<string, ((event: FakeEvent) => void)[]>();
  parent: FakeElement | undefined;
  className = '';
  id = '';
  hidden = false;
  value = '';

  constructor(
    readonly tagName: string,
    readonly namespace?: string,
  ) {}

  get firstChild(): FakeNode | null {
    return this.children[0] ?? null;
  }

  get textContent(): string {
    return this.children.map((child) => child.textContent).join('');
  }

  set textContent(text: string) {
    for (const child of this.children) child.parent = undefined;
    this.children.length = 0;
    if (text !== '') this.appendChild(new FakeText(text));
  }

  appendChild<T extends FakeNode>(child: T): T {
    child.parent?.removeChild(child);
    child.parent = this;
    this.children.push(child);
    return child;
  }

  append(...nodes: FakeNode[]): void {
    for (const node of nodes) this.appendChild(node);
  }

  removeChild<T extends FakeNode>(child: T): T {
    const index = this.children.indexOf(child);
    if (index < 0) throw new Error('not a child');
    this.children.splice(index, 1);
    child.parent = undefined;
    return child;
  }

  setAttribute(name: string, value: string): void {
    if (/^on/i.test(name)) throw new Error(`event handler attribute ${name} set`);
    this.attributes.set(name, String(value));
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }

  addEventListener(type: string, listener: (event: FakeEvent) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  /** Runs the listeners of `type` with an event carrying `fields` (a key, say), as a user action would; returns the event. */
  dispatch(type: string, fields: { key?: string } = {}): FakeEvent {
    const event: FakeEvent = { type, ...fields, defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    for (const listener of this.listeners.get(type) ?? []) listener(event);
    return event;
  }

  set innerHTML(_markup: string) {
    throw new Error('innerHTML written');
  }

  set outerHTML(_markup: string) {
    throw new Error('outerHTML written');
  }

  insertAdjacentHTML(): void {
    throw new Error('insertAdjacentHTML called');
  }

  /** Every element below this one, depth first. */
  descendants(): FakeElement[] {
    return this.children.flatMap((child) => (child instanceof FakeElement ? [child, ...child.descendants()] : []));
  }

  /** Descendants whose class list has `name`. */
  byClass(name: string): FakeElement[] {
    return this.descendants().filter((element) => element.classes().includes(name));
  }

  /** Descendants with tag `tagName`. */
  byTag(tagName: string): FakeElement[] {
    return this.descendants().filter((element) => element.tagName === tagName);
  }

  /** The class list, from `className` or (SVG) the class attribute. */
  classes(): string[] {
    return (this.className || this.attributes.get('class') || '').split(/\s+/).filter(Boolean);
  }
}

export class FakeDocument {
  createElement(tagName: string): FakeElement {
    return new FakeElement(tagName);
  }

  createElementNS(namespace: string, tagName: string): FakeElement {
    return new FakeElement(tagName, namespace);
  }

  createTextNode(text: string): FakeText {
    return new FakeText(text);
  }
}

/** A fake page for the built script: a document with an `#app` element and a window that delivers messages. */
export class FakePage {
  readonly document = new FakeDocumentWithApp();
  private readonly messageListeners: ((event: { data: unknown }) => void)[] = [];
  readonly window = {
    addEventListener: (type: string, listener: (event: { data: unknown }) => void) => {
      if (type === 'message') this.messageListeners.push(listener);
    },
  };

  /** Delivers `data` as the extension's postMessage would. */
  receive(data: unknown): void {
    for (const listener of this.messageListeners) listener({ data });
  }
}

class FakeDocumentWithApp extends FakeDocument {
  readonly app = new FakeElement('main');
  getElementById(id: string): FakeElement | null {
    return id === 'app' ? this.app : null;
  }
}
