/**
 * `/prebuilt/<hash>.json`: the run of each sample's and each exercise's starting TypeScript as the
 * build transpiled it (prebuilt.ts), fetched by the page when the learner reaches for Run, so the
 * first Run of unedited code loads no transpiler (prebuilt-url.ts names the files).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { allExercises, allSamples } from "../../lib/content.ts";
import { toPrebuilt } from "../../runner/transpile/prebuilt.ts";
import { prebuiltKey } from "../../runner/transpile/prebuilt-url.ts";
import { transpile } from "../../runner/transpile/transpile.ts";

/** One file for each program a page ships with a Run; none for code that does not transpile. */
export const getStaticPaths = (async () => {
  const programs = [
    ...(await allSamples()).map(({ data }) => data.typescript),
    ...(await allExercises()).map(({ data }) => data.start),
  ];
  const files = new Map<string, string>();
  for (const typescript of programs) {
    const prebuilt = toPrebuilt(transpile(typescript));
    if (prebuilt === undefined) continue;
    files.set(await prebuiltKey(typescript), JSON.stringify(prebuilt));
  }
  return [...files].map(([key, json]) => ({ params: { key }, props: { json } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** The stored run as JSON. */
export const GET: APIRoute<Props> = ({ props }) =>
  new Response(props.json, { headers: { "Content-Type": "application/json" } });
