/**
 * Which lines of a shared version differ from the sample's original, so a visitor sees what the
 * sharer changed: the longest run of lines both keep in order (the longest common subsequence) is
 * unchanged, and every other line of the shared code is changed or added. Pure, so it runs in the
 * editor on each edit and in unit tests.
 */

/** How a version differs from the original. */
export interface LineDiff {
  /** The 1-based numbers of the version's lines that are changed or added. */
  changed: number[];
  /** How many lines of the original the version does not keep. */
  removed: number;
}

/**
 * Compares `version` with `original`, line by line. Lines shared at the start and the end are
 * skipped first, so an edit in a long shared program costs the size of the edited middle only.
 *
 * @example lineDiff("a\nb\nc", "a\nB\nc\nd") // { changed: [2, 4], removed: 1 }
 */
export function lineDiff(original: string, version: string): LineDiff {
  const before = original.split("\n");
  const after = version.split("\n");
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore -= 1;
    endAfter -= 1;
  }
  const old = before.slice(start, endBefore);
  const now = after.slice(start, endAfter);
  // kept[i][j]: the longest common subsequence of old[i..] and now[j..], one row at a time.
  const width = now.length + 1;
  const kept = new Uint32Array((old.length + 1) * width);
  for (let i = old.length - 1; i >= 0; i -= 1)
    for (let j = now.length - 1; j >= 0; j -= 1)
      kept[i * width + j] =
        old[i] === now[j]
          ? (kept[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(kept[(i + 1) * width + j] ?? 0, kept[i * width + j + 1] ?? 0);
  const changed: number[] = [];
  let i = 0;
  let j = 0;
  while (j < now.length) {
    if (i < old.length && old[i] === now[j]) {
      i += 1;
      j += 1;
    } else if (i < old.length && (kept[(i + 1) * width + j] ?? 0) >= (kept[i * width + j + 1] ?? 0)) i += 1;
    else {
      changed.push(start + j + 1);
      j += 1;
    }
  }
  return { changed, removed: old.length - (kept[0] ?? 0) };
}
