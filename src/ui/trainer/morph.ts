// Re-rendering by patching: a screen builds its whole tree afresh from the view, and morph() moves the
// live DOM to match it while keeping every node that is still there. The node that has focus, a
// scrolled list and a half-typed observation are therefore the same nodes after an update, so nothing
// the trainer was doing is lost when the exercise moves on. Handlers are delegated from the screen's
// root (they read the current view when they run), so fresh nodes need no listeners of their own.

/** Children of an element with this attribute belong to someone else (the board) and are never touched. */
export const FOREIGN_CONTENT = 'data-board-mount';
/** The same for any other component that draws into a slot of its own (the projector's news feed). */
export const FOREIGN_SLOT = 'data-foreign';

const isForeign = (element: Element) => element.hasAttribute(FOREIGN_CONTENT) || element.hasAttribute(FOREIGN_SLOT);

function keyOf(node: Node): string | null {
  if (!(node instanceof Element)) return null;
  return node.getAttribute('data-key') ?? (node.id || null);
}

function sameKind(a: Node, b: Node): boolean {
  if (a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) return false;
  if (a instanceof HTMLInputElement && b instanceof HTMLInputElement) return a.type === b.type;
  return true;
}

/** Attributes the user changes by interacting (a disclosure opened); a re-render leaves them as the user set them. */
function userOwned(element: Element, name: string): boolean {
  return name === 'open' && element instanceof HTMLDetailsElement;
}

function syncAttributes(from: Element, to: Element): void {
  // The board marks its element with what it has drawn (data-board-version, data-board-renderer): those
  // attributes are the board's, so a re-render adds and changes the screen's own but removes none there.
  const foreign = isForeign(from);
  for (const attr of [...from.attributes]) {
    if (!foreign && !to.hasAttribute(attr.name) && !userOwned(from, attr.name)) from.removeAttribute(attr.name);
  }
  for (const attr of [...to.attributes]) {
    if (from.getAttribute(attr.name) !== attr.value && !userOwned(from, attr.name)) from.setAttribute(attr.name, attr.value);
  }
}

/** Make `from` look like `to`; returns the node now in the document (a replacement when the kinds differ). */
function morphNode(from: Node, to: Node): Node {
  if (!sameKind(from, to)) {
    from.parentNode?.replaceChild(to, from);
    return to;
  }
  if (!(from instanceof Element) || !(to instanceof Element)) {
    if (from.nodeValue !== to.nodeValue) from.nodeValue = to.nodeValue;
    return from;
  }
  syncAttributes(from, to);
  // A textarea's children are only its initial value: what the user typed lives in .value and stays.
  if (isForeign(from) || from instanceof HTMLTextAreaElement) return from;
  morphChildren(from, to);
  return from;
}

/** Patch the children of `from` to match those of `to` (which is consumed). */
export function morphChildren(from: Element, to: Element): void {
  const keyed = new Map<string, Node>();
  for (const child of from.childNodes) {
    const key = keyOf(child);
    if (key !== null) keyed.set(key, child);
  }
  let cursor: Node | null = from.firstChild;
  for (const next of [...to.childNodes]) {
    const key = keyOf(next);
    let match: Node | null = null;
    if (key !== null) {
      const found = keyed.get(key);
      if (found && sameKind(found, next)) {
        match = found;
        keyed.delete(key);
      }
    } else if (cursor && keyOf(cursor) === null && sameKind(cursor, next)) {
      match = cursor;
    }
    if (match === null) {
      from.insertBefore(next, cursor);
      continue;
    }
    if (match === cursor) cursor = cursor.nextSibling;
    else from.insertBefore(match, cursor);
    morphNode(match, next);
  }
  while (cursor) {
    const stale = cursor;
    cursor = cursor.nextSibling;
    from.removeChild(stale);
  }
}

/** Patch `from` (kept in place, with its attributes) to match the freshly built `to`. */
export function morph(from: Element, to: Element): void {
  syncAttributes(from, to);
  morphChildren(from, to);
}
