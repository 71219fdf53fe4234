/**
 * The page reads a sample's original code back from its highlighted `<pre>` (for Reset, for the
 * editor, for Run and Copy), so the page ships the code once rather than again as JSON. That needs
 * the `<pre>`'s text to be the source exactly, and Astro's highlighter drops one final newline
 * before it highlights; this gives it one to drop.
 */

/**
 * The code to hand Astro's `<Code>` so that the `<pre>` it renders holds `source` exactly.
 *
 * @example
 * <Code code={exactCode(sample.python)} lang="python" />
 */
export function exactCode(source: string): string {
  return `${source}\n`;
}
