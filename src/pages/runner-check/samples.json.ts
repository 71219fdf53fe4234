/**
 * `/runner-check/samples.json`: every sample's TypeScript and expected output, built with the site,
 * so the self-check page can run each sample and compare its output as the tests do.
 */
import type { APIRoute } from "astro";
import { allSamples } from "../../lib/content.ts";

/** The list, sorted by id. */
export const GET: APIRoute = async () => {
  const samples = (await allSamples())
    .map(({ data }) => ({ id: data.id, typescript: data.typescript, expected: data.expected }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return new Response(JSON.stringify(samples), { headers: { "Content-Type": "application/json" } });
};
