/**
 * Builds the site and serves `dist/` with `astro preview` on a free port, exactly as it ships
 * (the preview sends the cross-origin isolation headers). The build is quick (seconds), so the
 * suite always makes its own rather than trusting a `dist/` of unknown age.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort, hasExited, waitUntilServing } from "../support/serving.node.ts";

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

function exited(child: ChildProcess): Promise<void> {
  return hasExited(child) ? Promise.resolve() : new Promise((resolve) => child.once("exit", () => resolve()));
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
    await waitUntilServing(`${origin}/en/`, "astro preview", 60_000, child);
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
