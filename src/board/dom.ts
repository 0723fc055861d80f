// The board builds its DOM with text only (scenario text is untrusted and never parsed as HTML). The
// board may not import the UI layer, so it keeps its own two-line element helper.
type Attributes = Readonly<Record<string, string>>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, options: { className?: string; text?: string; attrs?: Attributes } = {}, children: readonly Node[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attributes = {}, children: readonly Node[] = []): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** h2…h6 for a heading `depth` levels below the board's own heading. */
export function heading(level: number, text: string, className?: string): HTMLHeadingElement {
  const tag = `h${Math.min(6, Math.max(2, level))}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  return el(tag, { text, ...(className ? { className } : {}) });
}

let nextId = 0;

export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

export const hex = (colour: number) => `#${colour.toString(16).padStart(6, '0')}`;
