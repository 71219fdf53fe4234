/**
 * Starting a server for a test: a free port to start it on, and a wait until it answers. One copy,
 * shared by the dev-server test, the Firefox suite's preview and the WebContainer check script.
 */
import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { formatSeconds } from "./format-seconds.ts";

/** A port on localhost that nothing listens on right now, as the system hands it out. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "localhost", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error("The system gave no free port."))));
    });
  });
}

/** Whether a child process has ended. */
export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/**
 * Waits until `url` answers with a 2xx status; fails when `child` (the server's process) exits
 * first or nothing answers within `timeoutMs`, saying which and naming the server by `name`.
 *
 * @example
 * await waitUntilServing(`${origin}/en/`, "astro preview", 60_000, child);
 */
export async function waitUntilServing(
  url: string,
  name: string,
  timeoutMs: number,
  child?: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && (child === undefined || !hasExited(child))) {
    const answered = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    // A retry delay, not a wait for a state: the state (serving) is what the loop checks.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    child !== undefined && hasExited(child)
      ? `${name} exited before serving ${url}.`
      : `${name} did not answer at ${url} within ${formatSeconds(timeoutMs, 0)}.`,
  );
}
