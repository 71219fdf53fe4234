/**
 * Builds what the page needs to run Python into public/python/ (never committed): Pyodide's files
 * under a folder named for its exact version, a site-packages zip of aiohttp's pure-Python code and
 * the page's own helpers (named by a hash of what went in), and a manifest the page reads. The
 * first two never change at their URL, so the site sends them as immutable, the manifest as
 * no-cache (`pathHeaders` in src/lib/site-headers.ts, which must match these names).
 * The zip is precompiled by Pyodide's own CPython, so .pyc files match its version and aiohttp
 * 3.8's compile-time warnings on 3.14 never reach a learner.
 */
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  pyodideFileNames,
  type PyodideFileName,
  type PythonManifest,
  type ServedFile,
} from "../python-files.ts";
import { buildPythonPath, findAiohttp } from "./find-aiohttp.node.ts";

const pyodideFolder = dirname(createRequire(import.meta.url).resolve("pyodide/package.json"));
/** The exact Pyodide version installed (package.json pins it). */
export const pyodideVersion = (
  JSON.parse(readFileSync(join(pyodideFolder, "package.json"), "utf8")) as { version: string }
).version;
const helpersFolder = fileURLToPath(new URL("../site/", import.meta.url));
/** Only these go into the zip: sources and the data files the packages read. */
const shippedSuffixes = [".py", ".typed", ".json", ".txt"];
/** pytest and gunicorn glue: never used in the page. */
const skippedFiles = new Set(["pytest_plugin.py", "worker.py"]);

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((path) => !path.split(/[\\/]/).includes("__pycache__"))
    .filter((path) => shippedSuffixes.some((suffix) => path.endsWith(suffix)))
    .filter((path) => !skippedFiles.has(path.split(/[\\/]/).pop() ?? ""))
    .filter((path) => statSync(join(folder, path)).isFile())
    .sort();
}

/** Every file that goes into site-packages, as [path inside site-packages, path on disk]. */
function zipInputs(packages: { name: string; folder: string }[]): [string, string][] {
  const inputs: [string, string][] = [];
  for (const { name, folder } of packages) {
    for (const path of listFiles(folder)) inputs.push([`${name}/${path}`, join(folder, path)]);
  }
  for (const path of listFiles(helpersFolder)) inputs.push([path, join(helpersFolder, path)]);
  return inputs;
}

async function buildZip(inputs: [string, string][], out: string): Promise<void> {
  const { loadPyodide } = await import("pyodide");
  const pyodide = await loadPyodide({ stdout: () => undefined, stderr: () => undefined });
  // The part of Emscripten's file system used here (its full type is a global the build omits).
  const fs = pyodide.FS as unknown as {
    mkdirTree(path: string): void;
    writeFile(path: string, data: Uint8Array): void;
    readFile(path: string): Uint8Array;
  };
  for (const [inside, onDisk] of inputs) {
    const target = `/build/${inside}`;
    fs.mkdirTree(dirname(target));
    fs.writeFile(target, readFileSync(onDisk));
  }
  pyodide.runPython(`
import compileall, pathlib, py_compile, warnings, zipfile
warnings.simplefilter("ignore")
root = pathlib.Path("/build")
ok = compileall.compile_dir(root, quiet=1, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
assert ok, "a file in the site-packages zip does not compile"
with zipfile.ZipFile("/out.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for f in sorted(root.rglob("*")):
        if f.is_file():
            z.write(f, f.relative_to(root).as_posix())
`);
  writeFileSync(out, fs.readFile("/out.zip"));
}

function pythonVersionOf(lock: string): string {
  const info = (JSON.parse(lock) as { info?: { python?: string } }).info;
  return info?.python ?? "3.14";
}

/**
 * Writes public/python/. When aiohttp is missing, the manifest says why (the page shows it) and
 * the returned reason lets the caller decide whether that is fatal (a deploy build) or not (dev).
 */
export async function buildPythonBundle(
  publicFolder: string,
  python = buildPythonPath,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const outFolder = join(publicFolder, "python");
  mkdirSync(outFolder, { recursive: true });
  const writeManifest = (manifest: PythonManifest) =>
    writeFileSync(join(outFolder, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  const aiohttp = findAiohttp(python);
  if (!aiohttp.found) {
    writeManifest({ available: false, reason: aiohttp.reason });
    return { ok: false, reason: aiohttp.reason };
  }
  const versionFolder = `pyodide-${pyodideVersion}`;
  const files = {} as Record<PyodideFileName, ServedFile>;
  mkdirSync(join(outFolder, versionFolder), { recursive: true });
  for (const name of pyodideFileNames) {
    const target = join(outFolder, versionFolder, name);
    if (!existsSync(target)) copyFileSync(join(pyodideFolder, name), target);
    files[name] = { url: `/python/${versionFolder}/${name}`, bytes: statSync(target).size };
  }
  const inputs = zipInputs(aiohttp.packages);
  const hash = createHash("sha256").update(pyodideVersion);
  for (const [inside, onDisk] of inputs) hash.update(inside).update(readFileSync(onDisk));
  const zipName = `site-packages-${hash.digest("hex").slice(0, 16)}.zip`;
  const zipPath = join(outFolder, zipName);
  if (!existsSync(zipPath)) {
    for (const old of readdirSync(outFolder).filter((name) => name.startsWith("site-packages-"))) {
      rmSync(join(outFolder, old));
    }
    await buildZip(inputs, zipPath);
  }
  writeManifest({
    available: true,
    pyodide: pyodideVersion,
    python: pythonVersionOf(readFileSync(join(pyodideFolder, "pyodide-lock.json"), "utf8")),
    aiohttp: aiohttp.version,
    files,
    sitePackages: { url: `/python/${zipName}`, bytes: statSync(zipPath).size },
  });
  return { ok: true };
}

/** For tests: the zip's path inside a public folder the bundle was built into. */
export function sitePackagesPath(publicFolder: string, manifest: PythonManifest): string | undefined {
  return manifest.available ? join(publicFolder, relative("/", manifest.sitePackages.url)) : undefined;
}
