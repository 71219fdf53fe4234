/**
 * Where in the code a click landed, before the editor exists. The browser names the point as a
 * node and an offset inside it (a text node and a character, or an element and a child index);
 * the editor wants one offset into the whole text. Pure, over the few node fields it reads, so it
 * is tested without a browser.
 */

/** The slice of a DOM node that the mapping reads. */
export interface NodeLike {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

const textNode = 3;

/** Text length of every text node under `node`, in document order, up to (not into) `stop`. */
function lengthBefore(node: NodeLike, stop: NodeLike): { length: number; found: boolean } {
  if (node === stop) return { length: 0, found: true };
  if (node.nodeType === textNode) return { length: node.textContent?.length ?? 0, found: false };
  let length = 0;
  for (const child of Array.from(node.childNodes)) {
    const inner = lengthBefore(child, stop);
    length += inner.length;
    if (inner.found) return { length, found: true };
  }
  return { length, found: false };
}

/**
 * The offset into `container`'s text of the point (`node`, `offset`), or `undefined` when the
 * point is outside `container`.
 *
 * @example
 * // <pre>const <span>x</span> = 1;</pre>, a click just after "x":
 * textOffsetIn(pre, span.firstChild, 1); // 7
 */
export function textOffsetIn(container: NodeLike, node: NodeLike, offset: number): number | undefined {
  const before = lengthBefore(container, node);
  if (!before.found) return undefined;
  if (node.nodeType === textNode) {
    return before.length + Math.min(Math.max(offset, 0), node.textContent?.length ?? 0);
  }
  // An element and a child index: the text of the children before that index.
  const children = Array.from(node.childNodes).slice(0, Math.max(offset, 0));
  return before.length + children.reduce((sum, child) => sum + (child.textContent?.length ?? 0), 0);
}
