/**
 * Builds the site and serves `dist/` with `astro preview` on a free port, exactly as it ships
 * (the preview sends the cross-origin isolation headers). The build is quick (seconds), so the
 * suite always makes its own rather than trusting a `dist/` of unknown age.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const rootUrl = new URL("../../", import.meta.url);
const root = fileURLToPath(rootUrl);

/** A running preview server. */
export interface SiteServer {
  origin: string;
  close: () => Promise<void>;
}

/** Runs a command in the project folder; on failure, the error carries the end of its output. */
function runQuietly(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`\`${command} ${args.join(" ")}\` failed with code ${code}:\n${output}`)),
    );
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "localhost", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error("No free port was given."))));
    });
  });
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function exited(child: ChildProcess): Promise<void> {
  return hasExited(child) ? Promise.resolve() : new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Waits until the server answers, or fails if it exits first or stays silent for `timeoutMs`. */
async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !hasExited(child)) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    // A retry delay, not a wait for a state: the state (serving) is what the loop checks.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    hasExited(child) ? "astro preview exited before serving." : `astro preview did not answer at ${url}.`,
  );
}

/**
 * Builds the site, then serves it on a free port of localhost. Under `npm test`, which built the
 * site once for both browsers moments ago (SITE_PREBUILT=1), the build is served as it is.
 */
export async function buildAndServe(): Promise<SiteServer> {
  // Under `npm run`, npm names its own entry: running it with this Node works on every platform
  // (a bare `npm` is `npm.cmd` on Windows, which spawn cannot start without a shell).
  const npm = process.env["npm_execpath"];
  if (process.env["SITE_PREBUILT"] !== "1")
    await (npm === undefined
      ? runQuietly("npm", ["run", "build"])
      : runQuietly(process.execPath, [npm, "run", "build"]));
  const port = await freePort();
  // Astro's own entry under this Node, not `npx`: stopping npx could leave its astro child serving.
  const astro = fileURLToPath(new URL("node_modules/astro/bin/astro.mjs", rootUrl));
  // --ignore-lock: serve alongside a preview the developer may have running, and leave it alone.
  const args = [astro, "preview", "--port", String(port), "--host", "localhost", "--ignore-lock"];
  const child = spawn(process.execPath, args, { cwd: root, stdio: "ignore" });
  const origin = `http://localhost:${port}`;
  try {
    await waitUntilServing(`${origin}/en/`, child, 60_000);
  } catch (error) {
    child.kill();
    throw error;
  }
  return {
    origin,
    close: () => {
      child.kill();
      return exited(child);
    },
  };
}
