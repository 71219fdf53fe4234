/**
 * Milliseconds as seconds for people: one way, shared by the test runner's table, the bench and
 * the suites' messages, so a figure reads the same everywhere.
 *
 * @example
 * formatSeconds(1_234); // "1.2 s"
 */
export function formatSeconds(ms: number, digits = 1): string {
  if (!Number.isFinite(ms))
    throw new TypeError(`Expected a finite number of milliseconds, got ${String(ms)}.`);
  return `${(ms / 1_000).toFixed(digits)} s`;
}
