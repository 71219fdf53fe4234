/**
 * Reads a share link's fragment, `#share=<sample-id>~<code>`. Kept apart from share-code.ts (the
 * compression) so the tiny script every lesson loads can tell which sample a link is for.
 */

/** What a share fragment names: the sample, and its still-compressed code. */
export interface ShareFragment {
  /** The sample's id; empty when the fragment has no `~`, so names no sample. */
  id: string;
  code: string;
}

/**
 * The parts of a share fragment, or undefined when the URL carries none.
 *
 * @example
 * readShareFragment("#share=await-one~eJzL"); // { id: "await-one", code: "eJzL" }
 */
export function readShareFragment(hash: string): ShareFragment | undefined {
  if (!hash.startsWith("#share=")) return undefined;
  const raw = hash.slice("#share=".length);
  const separator = raw.indexOf("~");
  return separator === -1
    ? { id: "", code: "" }
    : { id: raw.slice(0, separator), code: raw.slice(separator + 1) };
}
