/**
 * Finds the installed Python with aiohttp whose pure-Python code the page ships, the way the sample
 * tests find theirs (PYTHON, else /usr/bin/python3), and lists the folders of aiohttp and its
 * dependencies. A Python without aiohttp is an answer with a reason, never a throw.
 */
import { spawnSync } from "node:child_process";

/** The interpreter the build asks, as the tests do. */
export const buildPythonPath = process.env["PYTHON"] ?? "/usr/bin/python3";

/**
 * The packages aiohttp 3.8+ imports, every one with a pure-Python fallback. Those a given version
 * does not use (async_timeout after 3.9, propcache and aiohappyeyeballs before) are simply absent.
 */
const candidatePackages = [
  "aiohttp",
  "multidict",
  "yarl",
  "frozenlist",
  "aiosignal",
  "async_timeout",
  "attr",
  "attrs",
  "charset_normalizer",
  "idna",
  "propcache",
  "aiohappyeyeballs",
] as const;

/** What to do when aiohttp is missing, said once. */
export const installHint =
  "install aiohttp 3.8 or newer for that Python (Debian: `apt-get install python3-aiohttp`, else `pip install aiohttp`), or point PYTHON at a Python that has it";

/** The aiohttp found, or why not. */
export type AiohttpInstall =
  | { found: true; version: string; packages: { name: string; folder: string }[] }
  | { found: false; reason: string };

const probe = `
import importlib.util, json, sys
import aiohttp
names = ${JSON.stringify(candidatePackages)}
found = []
for name in names:
    spec = importlib.util.find_spec(name)
    if spec is not None and spec.submodule_search_locations:
        found.append({"name": name, "folder": list(spec.submodule_search_locations)[0]})
print(json.dumps({"version": aiohttp.__version__, "packages": found}))
`;

/** Asks `python` for its aiohttp. */
export function findAiohttp(python = buildPythonPath): AiohttpInstall {
  const answer = spawnSync(python, ["-c", probe], { encoding: "utf8" });
  if (answer.error !== undefined) return { found: false, reason: `${python} was not found: ${installHint}.` };
  if (answer.status !== 0) return { found: false, reason: `${python} has no aiohttp: ${installHint}.` };
  const parsed = JSON.parse(answer.stdout) as {
    version: string;
    packages: { name: string; folder: string }[];
  };
  const [major = 0, minor = 0] = parsed.version.split(".").map(Number);
  if (major < 3 || (major === 3 && minor < 8)) {
    return {
      found: false,
      reason: `${python} has aiohttp ${parsed.version}, older than 3.8: ${installHint}.`,
    };
  }
  return { found: true, ...parsed };
}
