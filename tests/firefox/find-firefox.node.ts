/**
 * Finds the Firefox the suite drives: the one named by `FIREFOX`, else Debian's firefox-esr or a
 * `firefox` on the PATH, else the usual install folders on macOS and Windows. The suite never
 * downloads a browser; a machine without Firefox gets a one-line reason instead of a failure
 * (except in CI, where a missing browser must not pass unnoticed).
 */
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";

/** What the search found: a browser to launch, or why there is none. */
export type FirefoxSearch = { found: true; executablePath: string } | { found: false; reason: string };

const commandNames = ["firefox-esr", "firefox"];
const installPaths = [
  "/Applications/Firefox.app/Contents/MacOS/firefox",
  "C:\\Program Files\\Mozilla Firefox\\firefox.exe",
];

/** Looks for Firefox in `env.FIREFOX`, on `env.PATH`, then in the usual install folders. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): FirefoxSearch {
  const named = env["FIREFOX"];
  if (named !== undefined && named !== "") {
    return existsSync(named)
      ? { found: true, executablePath: named }
      : { found: false, reason: `FIREFOX is set to ${named}, which does not exist.` };
  }
  const folders = (env["PATH"] ?? "").split(delimiter).filter((folder) => folder !== "");
  const onPath = commandNames.flatMap((name) => folders.map((folder) => join(folder, name)));
  const executablePath = [...onPath, ...installPaths].find((path) => existsSync(path));
  if (executablePath !== undefined) return { found: true, executablePath };
  return {
    found: false,
    reason:
      "no Firefox found (looked for firefox-esr and firefox on PATH); install it (Debian: apt-get install firefox-esr) or set FIREFOX=/path/to/firefox.",
  };
}
