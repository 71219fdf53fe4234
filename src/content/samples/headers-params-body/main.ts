const BASE = "http://localhost:8787";

/** What /echo sends back, narrowed to the fields this sample reads. */
interface Echo {
  query: { q?: string; page?: string; title?: string };
  headers: { "x-tutorial"?: string; "content-type"?: string };
  body: string | null;
  json: { title: string; tags: string[] } | null;
}

async function echo(url: URL | string, init: RequestInit = {}): Promise<Echo> {
  // A custom header gets through everywhere; browsers ignore a User-Agent set here.
  const headers = new Headers(init.headers);
  headers.set("X-Tutorial", "chapter-5");
  const response = await fetch(url, { ...init, headers });
  return (await response.json()) as Echo;
}

// GET: URLSearchParams builds and encodes the query string.
const search = new URL("/echo", BASE);
search.search = new URLSearchParams({ q: "async io", page: "2" }).toString();
const got = await echo(search);
console.log(`GET query: q=${got.query.q ?? "?"} page=${got.query.page ?? "?"}`);
console.log(`GET header x-tutorial: ${got.headers["x-tutorial"] ?? "?"}`);

// POST: fetch sends a string body as text/plain unless you say it is JSON.
const note = { title: "hello", tags: ["async", "http"] };
const posted = await echo(`${BASE}/echo`, {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(note),
});
console.log(`POST body: content-type ${posted.headers["content-type"] ?? "?"}`);
console.log(`POST body: title=${posted.json?.title ?? "?"} tags=${posted.json?.tags.join(",") ?? "?"}`);

// The mistake: data in the query string of a POST leaves the body empty.
const wrong = new URL("/echo", BASE);
wrong.searchParams.set("title", "hello");
const mistaken = await echo(wrong, { method: "POST" });
console.log(`POST query by mistake: title=${mistaken.query.title ?? "?"}, body ${mistaken.body ?? "empty"}`);
