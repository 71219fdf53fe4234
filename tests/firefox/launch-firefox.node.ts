/**
 * Finds and starts the Firefox the suite drives: the one named by `FIREFOX`, else Debian's
 * firefox-esr or a `firefox` on the PATH, else the usual install folders on macOS and Windows,
 * headless, over WebDriver BiDi. The suite never downloads a browser; a machine without a Firefox
 * it can start gets a one-line reason instead of a failure (except in CI, where a missing browser
 * must not pass unnoticed).
 */
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import puppeteer, { type Browser } from "puppeteer-core";

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

/** A started Firefox, or why there is none. */
export type FirefoxLaunch = { started: true; browser: Browser } | { started: false; reason: string };

/** Starts the Firefox that {@link findFirefox} finds, with extra preferences. */
export async function launchFirefox(
  preferences: Record<string, unknown>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<FirefoxLaunch> {
  const search = findFirefox(env);
  if (!search.found) return { started: false, reason: search.reason };
  try {
    const browser = await puppeteer.launch({
      browser: "firefox",
      executablePath: search.executablePath,
      headless: true,
      extraPrefsFirefox: preferences,
    });
    return { started: true, browser };
  } catch (error) {
    // A Firefox that cannot be driven (too old for WebDriver BiDi, or confined as a snap) is a
    // machine's limit, not the site's: say so on one line.
    const firstLine = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
    return { started: false, reason: `${search.executablePath} could not be started: ${firstLine}` };
  }
}
