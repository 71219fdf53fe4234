/**
 * What each added page costs to build (issue 22, item 4), ours beside Starlight's: both sites built
 * with one chapter and then with more copies of it, in turns, and the difference divided by the
 * pages added. Ours is built in a scratch copy of the project (src/, public/ and the configs, its
 * packages linked), so the worktree is never touched; each English chapter we add is two pages
 * (English, and the Chinese page that falls back to it). Both builds include Pagefind's index, which
 * Starlight makes inside `astro build` and we make after it.
 */
import { spawn } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { median } from "./journeys.node.ts";
import { loadNow } from "./load.node.ts";
import { buildTwin, folderBytes } from "./starlight-twin.node.ts";

const root = new URL("../../", import.meta.url);

function run(cwd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ["ignore", "ignore", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(" ")} in ${cwd} failed (exit ${code}).`)),
    );
  });
}

/** A scratch copy of the project whose English chapters include `copies - 1` more copies of `slug`. */
function scratchSite(slug: string, copies: number): string {
  const folder = mkdtempSync(join(tmpdir(), "bench-build-"));
  for (const name of ["src", "public", "astro.config.mjs", "package.json", "tsconfig.json"])
    cpSync(new URL(name, root), join(folder, name), { recursive: true });
  // Each package linked, not the folder: Astro's and Vite's caches then go into this copy's own
  // node_modules (a cold build), never into the project's.
  const modules = fileURLToPath(new URL("node_modules/", root));
  mkdirSync(join(folder, "node_modules"));
  for (const name of readdirSync(modules).filter((entry) => !entry.startsWith(".")))
    symlinkSync(join(modules, name), join(folder, "node_modules", name));
  const docs = join(folder, "src/content/docs/en");
  const chapter = readFileSync(join(docs, `${slug}.mdx`), "utf8");
  // Past every real chapter's order, so the copies come last in the sidebar.
  for (let index = 2; index <= copies; index += 1)
    writeFileSync(
      join(docs, `${slug}-${index}.mdx`),
      chapter.replace(/^order: \d+$/m, `order: ${100 + index}`),
    );
  return folder;
}

/** Builds our site as `npm run build` does after its runtime step: `astro build`, then Pagefind. */
async function buildOurs(slug: string, copies: number): Promise<{ seconds: number; distBytes: number }> {
  const folder = scratchSite(slug, copies);
  try {
    const modules = new URL("node_modules/", root);
    const started = performance.now();
    await run(folder, [fileURLToPath(new URL("astro/bin/astro.mjs", modules)), "build", "--silent"]);
    await run(folder, [fileURLToPath(new URL("pagefind/lib/runner/bin.cjs", modules)), "--site", "dist"]);
    const seconds = (performance.now() - started) / 1000;
    return {
      seconds: Math.round(seconds * 100) / 100,
      distBytes: folderBytes(pathToFileURL(join(folder, "dist/"))),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const ratio = (ours: number, theirs: number): number | null =>
  ours > 0 && theirs > 0 ? Math.round((ours / theirs) * 100) / 100 : null;

/**
 * Ours and Starlight's, each with 1 and `copies` copies of the chapter, in turns for `rounds`
 * rounds; per added page, the medians' differences.
 */
export async function buildScaling(slug: string, copies: number, rounds: number) {
  const builds = { oursOne: [], oursMany: [], starlightOne: [], starlightMany: [] } as Record<
    "oursOne" | "oursMany" | "starlightOne" | "starlightMany",
    { seconds: number; distBytes: number; loadAverage: number }[]
  >;
  for (let round = 0; round < rounds; round += 1) {
    for (const [key, build] of [
      ["oursOne", () => buildOurs(slug, 1)],
      ["starlightOne", () => buildTwin(slug, 1)],
      ["oursMany", () => buildOurs(slug, copies)],
      ["starlightMany", () => buildTwin(slug, copies)],
    ] as const) {
      const loadAverage = loadNow();
      builds[key].push({ ...(await build()), loadAverage });
      console.log(`bench: build ${key} ${JSON.stringify(builds[key].at(-1))}`);
    }
  }
  const seconds = (key: keyof typeof builds) =>
    median(builds[key].map((build) => build.seconds * 1000)) / 1000;
  const bytes = (key: keyof typeof builds) => median(builds[key].map((build) => build.distBytes));
  // Each copy is one Starlight page, and two of ours (English, and the Chinese fallback to it).
  const perPage = (one: keyof typeof builds, many: keyof typeof builds, pagesAdded: number) => ({
    seconds: Math.round(((seconds(many) - seconds(one)) / pagesAdded) * 1000) / 1000,
    distBytes: Math.round((bytes(many) - bytes(one)) / pagesAdded),
  });
  const ours = perPage("oursOne", "oursMany", 2 * (copies - 1));
  const starlight = perPage("starlightOne", "starlightMany", copies - 1);
  return {
    chapter: slug,
    copies,
    rounds,
    oursPerAddedPage: ours,
    starlightPerAddedPage: starlight,
    oursOverStarlightPerPage: {
      // Null when either difference is not above zero: the builds then scatter more, at this
      // machine's load, than the added pages cost, and a ratio would be noise.
      seconds: ratio(ours.seconds, starlight.seconds),
      distBytes: ratio(ours.distBytes, starlight.distBytes),
    },
    builds,
  };
}
