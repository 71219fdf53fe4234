/**
 * Splits a timeline row's label so that a narrow chart (a phone's) cuts it in the middle, not at
 * the end: the rows of one run often differ only at their end (`GET /delay/1000?n=1`, `…?n=2`),
 * and cut at the end they all read `GET /delay/…`. The tail is kept whole, the head gives way.
 */

/** The longest tail kept whole; a longer last part keeps only its end. */
const maxTail = 12;

/**
 * The label's head, which may be cut, and its tail, which is not: the last path segment of a
 * request (from its last `/`), else the last word, at most 12 characters either way.
 *
 * @example labelEnds("GET /delay/1000?n=3") // { head: "GET /delay", tail: "/1000?n=3" }
 */
export function labelEnds(label: string): { head: string; tail: string } {
  const slash = label.lastIndexOf("/");
  const space = label.lastIndexOf(" ");
  const cut = slash > 0 ? slash : space > 0 ? space : 0;
  const at = Math.max(cut, label.length - maxTail);
  return { head: label.slice(0, at), tail: label.slice(at) };
}
