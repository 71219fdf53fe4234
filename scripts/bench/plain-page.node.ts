/**
 * One reference page for paint figures: a built lesson with its samples cut out, so the prose,
 * layout, styles and scripts are exactly ours and only the samples differ (what the samples cost).
 * The other is the Starlight twin (starlight-twin.node.ts: what a plain docs page costs). Written
 * into dist/ after the build, under /bench-plain/, and never shipped (the bench writes it; the build
 * does not).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

// Samples and exercises are <section> elements with no <section> inside, so a lazy match is exact.
const sample = /<section class="(?:sample|exercise)"[^>]*data-sample=[\s\S]*?<\/section>/g;

/** Writes the plain twin of the lesson at `path` and returns its path. */
export function writePlainPage(dist: URL, path: string): string {
  const html = readFileSync(new URL(`.${path}index.html`, dist), "utf8");
  const samples = html.match(sample) ?? [];
  if (samples.length === 0) throw new Error(`${path} has no samples to cut out; pick a lesson page.`);
  if (samples.some((found) => found.slice(1).includes("<section")))
    throw new Error(`A sample on ${path} holds a <section>; the plain page needs a real HTML parser now.`);
  const plainPath = `/bench-plain${path}`;
  const out = new URL(`.${plainPath}`, dist);
  mkdirSync(out, { recursive: true });
  writeFileSync(new URL("index.html", out), html.replace(sample, ""));
  return plainPath;
}
