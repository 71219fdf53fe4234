/**
 * What each added page costs to build (issue 22, item 4), ours beside Starlight's: both sites built
 * with one chapter and then with more copies of it, in turns, and the difference divided by the
 * pages added. Ours is built in a scratch copy of the project (src/, public/ and the configs, its
 * packages linked), so the worktree is never touched; each English chapter we add is two pages
 * (English, and the Chinese page that falls back to it). Both builds include Pagefind's index, which
 * Starlight makes inside `astro build` and we make after it. Each copy's samples are copies too, with
 * a comment line of their own, as a new chapter's samples would be: no build can reuse the first
 * copy's highlighting (the Starlight twin's copies differ the same way). Each site is built cold
 * and then again in the same folder, warm, with the caches the first build left (ours keeps its
 * highlighted code in node_modules/.cache/).
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
import { buildTwin, folderBytes, rebuildTwin } from "./starlight-twin.node.ts";

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
  for (const name of ["src", "public", "astro.config.mjs", "pagefind.yml", "package.json", "tsconfig.json"])
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
      chapter
        .replace(/^order: \d+$/m, `order: ${100 + index}`)
        .replace(/<Sample id="([^"]+)"/g, (_tag, id: string) => {
          copySample(join(folder, "src/content/samples"), id, index);
          return `<Sample id="${id}-copy-${index}"`;
        }),
    );
  return folder;
}

/** `<id>-copy-<index>`: the sample `id` whose Python and TypeScript start with a comment of their own. */
function copySample(samples: string, id: string, index: number): void {
  const copy = join(samples, `${id}-copy-${index}`);
  cpSync(join(samples, id), copy, { recursive: true });
  for (const [file, comment] of [
    ["main.py", "#"],
    ["main.ts", "//"],
  ] as const) {
    const path = join(copy, file);
    writeFileSync(
      path,
      `${comment} copy ${index} of the chapter, for the build bench\n${readFileSync(path, "utf8")}`,
    );
  }
}

/** One build as `npm run build` does it after its runtime step: `astro build`, then Pagefind. */
async function timeOurBuild(folder: string): Promise<number> {
  const modules = new URL("node_modules/", root);
  const started = performance.now();
  await run(folder, [fileURLToPath(new URL("astro/bin/astro.mjs", modules)), "build", "--silent"]);
  await run(folder, [fileURLToPath(new URL("pagefind/lib/runner/bin.cjs", modules)), "--site", "dist"]);
  return Math.round((performance.now() - started) / 10) / 100;
}

/** A build's figures: cold, then warm (the same folder again), and the cold build's dist/ bytes. */
interface BuildFigures {
  seconds: number;
  warmSeconds: number;
  distBytes: number;
}

/** Builds our site in a fresh scratch copy, then again in the same copy. */
async function buildOurs(slug: string, copies: number): Promise<BuildFigures> {
  const folder = scratchSite(slug, copies);
  try {
    const seconds = await timeOurBuild(folder);
    const distBytes = folderBytes(pathToFileURL(join(folder, "dist/")));
    return { seconds, warmSeconds: await timeOurBuild(folder), distBytes };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Builds the Starlight twin cold, then again warm. */
async function buildStarlight(slug: string, copies: number): Promise<BuildFigures> {
  const cold = await buildTwin(slug, copies);
  return { ...cold, warmSeconds: (await rebuildTwin()).seconds };
}

const ratio = (ours: number, theirs: number): number | null =>
  ours > 0 && theirs > 0 ? Math.round((ours / theirs) * 100) / 100 : null;

/**
 * Ours and Starlight's, each with 1 and `copies` copies of the chapter, in turns for `rounds`
 * rounds, each built cold and then warm; per added page, the medians' differences.
 */
export async function buildScaling(slug: string, copies: number, rounds: number) {
  const keys = ["oursOne", "starlightOne", "oursMany", "starlightMany"] as const;
  type Key = (typeof keys)[number];
  const builders: Record<Key, () => Promise<BuildFigures>> = {
    oursOne: () => buildOurs(slug, 1),
    starlightOne: () => buildStarlight(slug, 1),
    oursMany: () => buildOurs(slug, copies),
    starlightMany: () => buildStarlight(slug, copies),
  };
  const builds = Object.fromEntries(keys.map((key) => [key, []])) as unknown as Record<
    Key,
    (BuildFigures & { loadAverage: number })[]
  >;
  for (let round = 0; round < rounds; round += 1) {
    for (const key of keys) {
      const loadAverage = loadNow();
      builds[key].push({ ...(await builders[key]()), loadAverage });
      console.log(`bench: build ${key} ${JSON.stringify(builds[key].at(-1))}`);
    }
  }
  const medianOf = (key: Key, figure: keyof BuildFigures) =>
    median(builds[key].map((build) => build[figure] * 1000)) / 1000;
  // Our cold and warm seconds side by side, and Starlight's, each the median of the rounds.
  const medianSeconds = Object.fromEntries(
    keys.map((key) => [key, { cold: medianOf(key, "seconds"), warm: medianOf(key, "warmSeconds") }]),
  ) as Record<Key, { cold: number; warm: number }>;
  // Each copy is one Starlight page, and two of ours (English, and the Chinese fallback to it).
  const perPage = (one: Key, many: Key, pagesAdded: number) => {
    const per = (figure: keyof BuildFigures, places: number) =>
      Math.round(((medianOf(many, figure) - medianOf(one, figure)) / pagesAdded) * 10 ** places) /
      10 ** places;
    return { seconds: per("seconds", 3), warmSeconds: per("warmSeconds", 3), distBytes: per("distBytes", 0) };
  };
  const ours = perPage("oursOne", "oursMany", 2 * (copies - 1));
  const starlight = perPage("starlightOne", "starlightMany", copies - 1);
  return {
    chapter: slug,
    copies,
    rounds,
    medianSeconds,
    oursPerAddedPage: ours,
    starlightPerAddedPage: starlight,
    oursOverStarlightPerPage: {
      // Null when either difference is not above zero: the builds then scatter more, at this
      // machine's load, than the added pages cost, and a ratio would be noise.
      seconds: ratio(ours.seconds, starlight.seconds),
      warmSeconds: ratio(ours.warmSeconds, starlight.warmSeconds),
      distBytes: ratio(ours.distBytes, starlight.distBytes),
    },
    builds,
  };
}
