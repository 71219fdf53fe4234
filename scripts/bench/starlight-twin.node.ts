/**
 * The Starlight twin (issue 22): bench/starlight-twin/ is its own package, installed with `npm ci`
 * on first use, so Starlight never enters the site's dependencies. Before each build the bench
 * writes our chapter into it as a Starlight page (starlight-twin-page.node.ts), builds it with the
 * project's Node, and copies its dist/ into ours under /bench-starlight/, so one server sends both.
 */
import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { fileURLToPath } from "node:url";
import { starlightTwinPage, type ContentFolders } from "./starlight-twin-page.node.ts";

const twin = new URL("../../bench/starlight-twin/", import.meta.url);
const content = new URL("../../src/content/", import.meta.url);
const folders: ContentFolders = {
  docs: new URL("docs/", content),
  samples: new URL("samples/", content),
  exercises: new URL("exercises/", content),
};

/** Where the twin is served in our dist/ (its astro.config.mjs sets the same base). */
export const twinBase = "/bench-starlight";

function run(command: string, args: string[], what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: twin, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${what} failed (exit ${code}).`)),
    );
  });
}

/** Installs the twin's pinned packages once (again when its lockfile changes). */
export async function installTwin(): Promise<void> {
  const installed = new URL("node_modules/.package-lock.json", twin);
  const lock = new URL("package-lock.json", twin);
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log("bench: installing the Starlight twin (npm ci in bench/starlight-twin/)");
  await run("npm", ["ci", "--no-audit", "--no-fund"], "npm ci in bench/starlight-twin/").catch(
    (error: unknown) => {
      throw new Error(
        "The Starlight twin could not be installed. It needs the npm registry once: run " +
          "`npm ci --prefix bench/starlight-twin` where the registry is reachable, then the bench again.",
        { cause: error },
      );
    },
  );
}

/** Bytes of every file under a folder. */
export function folderBytes(folder: URL): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(`${entry.parentPath}/${entry.name}`).size, 0);
}

/**
 * A copy of the twin's page whose Python and TypeScript blocks differ from every other copy's by a
 * first comment line, as a new chapter's code would: no highlighter can reuse another page's work.
 */
function distinctCopy(page: string, index: number): string {
  return page.replace(
    /^(`{3,})(py|ts)\b.*\n/gm,
    (opening, _ticks: string, language: string) =>
      `${opening}${language === "py" ? "#" : "//"} copy ${index} of the chapter, for the build bench\n`,
  );
}

/** Times `astro build` in the twin as it stands (a warm build when the last one left its caches). */
async function timeTwinBuild(): Promise<{ seconds: number; distBytes: number }> {
  const astro = fileURLToPath(new URL("node_modules/astro/bin/astro.mjs", twin));
  const started = performance.now();
  await run(process.execPath, [astro, "build", "--silent"], "astro build of the Starlight twin");
  const seconds = (performance.now() - started) / 1000;
  return { seconds: Math.round(seconds * 100) / 100, distBytes: folderBytes(new URL("dist/", twin)) };
}

/**
 * Writes `copies` pages of the chapter `slug` into the twin (the first under its own slug, the
 * rest as `<slug>-2`, ..., their code blocks each a little different), builds it cold, and
 * reports the build's wall time and dist/ size.
 */
export async function buildTwin(slug: string, copies = 1): Promise<{ seconds: number; distBytes: number }> {
  const docs = new URL("src/content/docs/", twin);
  // A cold build every time, as ours is: no content or Vite cache from the last one.
  for (const made of ["dist/", ".astro/", "node_modules/.astro/", "node_modules/.vite/", "src/content/docs/"])
    rmSync(new URL(made, twin), { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const page = starlightTwinPage(folders, slug);
  for (let index = 1; index <= copies; index += 1)
    writeFileSync(
      new URL(`${index === 1 ? slug : `${slug}-${index}`}.mdx`, docs),
      index === 1 ? page : distinctCopy(page, index),
    );
  return timeTwinBuild();
}

/** Builds the twin again as the last `buildTwin` left it, caches and all: its warm build. */
export function rebuildTwin(): Promise<{ seconds: number; distBytes: number }> {
  return timeTwinBuild();
}

/** Copies the twin's build into our dist/ and returns the chapter's path there. */
export function serveTwinFrom(dist: URL, slug: string): string {
  const target = new URL(`.${twinBase}/`, dist);
  rmSync(target, { recursive: true, force: true });
  cpSync(new URL("dist/", twin), target, { recursive: true });
  return `${twinBase}/${slug}/`;
}

/** The Starlight and Astro versions the twin was installed with. */
export function twinVersions(): { starlight: string; astro: string } {
  const version = (name: string) =>
    (
      JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, twin), "utf8")) as {
        version: string;
      }
    ).version;
  return { starlight: version("@astrojs/starlight"), astro: version("astro") };
}
