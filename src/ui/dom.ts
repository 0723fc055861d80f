// The one way the UI builds elements: text goes in through textContent only, because scenario text
// is untrusted and must never be parsed as HTML.
type Attributes = Readonly<Record<string, string>>;

export interface ElementOptions {
  readonly className?: string;
  readonly text?: string;
  readonly attrs?: Attributes;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: readonly Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

let nextId = 0;

/** A document-unique id for label/for and aria-describedby pairs, so a component can appear twice. */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
