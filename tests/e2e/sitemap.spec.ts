/**
 * The built site's sitemap: reached from its index, it lists every page of every language, each
 * with its twin in every language (itself included) as an hreflang alternate, and nothing that is
 * only a redirect or a maintainer's page.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { locales } from "../../src/i18n/locales.ts";
import { languages, pagesOf } from "./site-pages.ts";

const site = "https://async-tour.example.org";

async function fetchText(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

/** Each `<url>` of a sitemap: its path and its alternates as hreflang -> path. */
function entriesOf(xml: string): Map<string, Map<string, string>> {
  const entries = new Map<string, Map<string, string>>();
  for (const [, body = ""] of xml.matchAll(/<url>(.*?)<\/url>/gs)) {
    const loc = /<loc>([^<]+)<\/loc>/.exec(body)?.[1] ?? "";
    const alternates = new Map(
      [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
        ([, hreflang = "", href = ""]) => [hreflang, new URL(href).pathname],
      ),
    );
    entries.set(new URL(loc).pathname, alternates);
  }
  return entries;
}

test("the sitemap lists every page with its hreflang twins", async ({ request }) => {
  const index = await fetchText(request, "/sitemap-index.xml");
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = ""]) => loc);
  expect(sitemaps.length).toBeGreaterThan(0);
  const entries = new Map<string, Map<string, string>>();
  for (const loc of sitemaps) {
    expect(loc.startsWith(`${site}/`), loc).toBe(true);
    for (const [path, alternates] of entriesOf(await fetchText(request, new URL(loc).pathname)))
      entries.set(path, alternates);
  }

  const expected = languages.flatMap(({ code }) => pagesOf(code));
  expect([...entries.keys()].sort()).toEqual([...expected].sort());
  for (const [path, alternates] of entries) {
    const inLocale = path.replace(/^\/[^/]+\//, "");
    const twins = new Map(locales.map(({ code, htmlLang }) => [htmlLang, `/${code}/${inLocale}`]));
    expect(alternates, path).toEqual(twins);
  }
});
