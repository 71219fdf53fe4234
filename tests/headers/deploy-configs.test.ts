/** The deploy configs send the same isolation headers as the dev and preview servers. */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import astroConfig from "../../astro.config.mjs";

const expected = astroConfig.server as { headers: Record<string, string> };
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

it("astro.config sends COOP same-origin and COEP require-corp", () => {
  expect(expected.headers).toEqual({
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Embedder-Policy": "require-corp",
  });
});

it("public/_headers (Netlify, Cloudflare Pages) matches, for every path", () => {
  const text = read("public/_headers");
  expect(text).toMatch(/^\/\*$/m);
  for (const [name, value] of Object.entries(expected.headers)) expect(text).toContain(`${name}: ${value}`);
});

it("vercel.json matches, for every path", () => {
  const config = JSON.parse(read("vercel.json")) as {
    headers: { source: string; headers: { key: string; value: string }[] }[];
  };
  const rule = config.headers.find((entry) => entry.source === "/(.*)");
  const sent = Object.fromEntries(rule?.headers.map(({ key, value }) => [key, value]) ?? []);
  expect(sent).toEqual(expected.headers);
});
