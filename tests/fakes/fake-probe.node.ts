/**
 * Loaded with `--import` into every process the fake container starts, before anything else, to
 * make a real Node process behave as one in a WebContainer does:
 * - it reports each port a server of this process listens on (on fd 3), so the fake fires
 *   `server-ready` only for servers it started, never for one that was already on the port;
 * - with FAKE_WC_KILL_WHEN_IDLE, `kill()` (SIGTERM here) ends the process only when its event loop
 *   is free: a busy loop ignores it, as on the real container (webcontainer-core #1121);
 * - with FAKE_WC_RUNTIME_FRAMES, stacks look like the container's: files under /home/<workdir>,
 *   Node's internals as the runtime's `blitz.<hash>.js` script URLs, the module's top-level code
 *   in an `eval` frame, and frames of the runtime's own glue below (webcontainer-core #691).
 */
import { writeSync } from "node:fs";
import { Server } from "node:net";

// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the server as `this`.
const emit = Server.prototype.emit as (this: Server, name: string | symbol, ...rest: unknown[]) => boolean;
Server.prototype.emit = function (this: Server, name: string | symbol, ...rest: unknown[]): boolean {
  if (name === "listening") {
    const address = this.address();
    if (address !== null && typeof address === "object") {
      try {
        writeSync(3, `${JSON.stringify({ listening: address.port })}\n`);
      } catch {
        // Not started by the fake (no fd 3): nothing to report to.
      }
    }
  }
  return emit.call(this, name, ...rest);
} as typeof Server.prototype.emit;

if (process.env["FAKE_WC_EXIT_WRITES_DROPPED"] === "1") {
  // The real container may lose what a process writes through its streams once it is exiting.
  let exiting = false;
  process.prependListener("exit", () => (exiting = true));
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((...args: Parameters<typeof process.stdout.write>) =>
    exiting ? true : write(...args)) as typeof process.stdout.write;
}

if (process.env["FAKE_WC_KILL_WHEN_IDLE"] === "1") {
  // A JavaScript handler runs only when the event loop gets to it: never, in `while (true) {}`.
  process.on("SIGTERM", () => process.exit(143));
}

const fakeWorkdir = process.env["FAKE_WC_WORKDIR"];
if (process.env["FAKE_WC_RUNTIME_FRAMES"] === "1" && fakeWorkdir !== undefined) {
  const runtime = "https://fake-8qeupk.w-credentialless-staticblitz.com/blitz.cf284e50.js";
  const inContainer = (text: string) => text.replaceAll(`file://${fakeWorkdir}`, "file:///home/async-tour");
  Error.prepareStackTrace = (error: unknown, sites: NodeJS.CallSite[]) => {
    let header: string;
    try {
      header = Error.prototype.toString.call(error);
    } catch {
      header = "Error";
    }
    const frames = sites.map((site, index) => {
      const file = site.getFileName() ?? "";
      if (file.startsWith("node:"))
        return `${site.getFunctionName() ?? "<anonymous>"} (${runtime}:6:${1000 + index})`;
      // A CallSite's own toString is the frame text V8 prints (its types do not declare it).
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- see the line above.
      const text = inContainer(site.toString());
      return site.getFunctionName() === null && /\bmain-\d+\.mjs:/.test(text) ? `eval (${text})` : text;
    });
    frames.push(`${runtime}:40:964896`, `_0x4fd871 (${runtime}:40:508718)`);
    return [header, ...frames.map((frame) => `    at ${frame}`)].join("\n");
  };
}
