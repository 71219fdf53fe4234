/**
 * Asks whether the network reaches a URL before anything heavy starts. `npm run check:webcontainer`
 * needs the WebContainer's own host (the API loads its runtime from there), and without a network
 * it must fail at once with one clear line, never sit in a boot that cannot finish. Any HTTP
 * answer counts as reachable, a 404 included: only silence and refusal do not.
 */

/** Where `@webcontainer/api` loads its runtime from (its iframe: `<origin>/headless`). */
export const webContainerProbeUrl = "https://stackblitz.com/headless";

/** The probe's finding: reachable, or one line saying why not. */
export type ProbeResult = { reachable: true; status: number } | { reachable: false; message: string };

/** Sends one HEAD request to `url` and waits at most `timeoutMs` for any answer. Never rejects. */
export async function probeNetwork(url: string, timeoutMs: number): Promise<ProbeResult> {
  const seconds = Math.round(timeoutMs / 100) / 10;
  const needs = "check:webcontainer needs the network:";
  const signal = AbortSignal.timeout(timeoutMs);
  // The signal ends the request; this timer ends the wait even if a runtime ignores the signal.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silence = new Promise<"silence">(
    (resolve) => (timer = setTimeout(() => resolve("silence"), timeoutMs + 250)),
  );
  try {
    const answer = await Promise.race([fetch(url, { method: "HEAD", signal, redirect: "manual" }), silence]);
    if (answer === "silence" || signal.aborted)
      return { reachable: false, message: `${needs} ${url} did not answer within ${seconds} s` };
    await answer.body?.cancel();
    return { reachable: true, status: answer.status };
  } catch (error) {
    if (signal.aborted)
      return { reachable: false, message: `${needs} ${url} did not answer within ${seconds} s` };
    const cause =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return { reachable: false, message: `${needs} ${url} could not be reached (${cause})` };
  } finally {
    clearTimeout(timer);
  }
}
