/**
 * Where the build puts a sample's prebuilt run (prebuilt.ts) for the page to fetch when the learner
 * reaches for Run, rather than in the page's HTML, which every reader downloads whether they run
 * anything or not. Named by a hash of the code: a changed sample gets a new name, so a stored copy
 * is never stale, and samples and exercises share one folder without their ids meeting.
 */

/**
 * The name of the prebuilt run of `typescript`: the first 16 hex digits of its SHA-256.
 *
 * @example
 * prebuiltUrl(await prebuiltKey('console.log("hi");\n')); // "/prebuilt/<16 hex digits>.json"
 */
export async function prebuiltKey(typescript: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(typescript));
  return [...new Uint8Array(digest).slice(0, 8)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The path the page fetches a prebuilt run from, by its name. */
export const prebuiltUrl = (key: string): string => `/prebuilt/${key}.json`;
