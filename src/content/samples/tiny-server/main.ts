// A web-standard handler: one function from Request to Response, with the same two routes.
async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  const square = /^\/square\/(\d+)$/.exec(pathname);
  if (request.method === "GET" && square?.[1] !== undefined) {
    const n = Number(square[1]);
    return new Response(`${n} squared is ${n * n}`);
  }
  if (request.method === "POST" && pathname === "/sum") {
    const { numbers } = (await request.json()) as { numbers: number[] };
    return Response.json({ sum: numbers.reduce((total, n) => total + n, 0) });
  }
  return new Response("404: Not Found", { status: 404 });
}

// No port here: the handler is called in-process, which also works inside a browser Worker.
const base = "http://tiny.local";
console.log("server ready");

const squared = await handle(new Request(`${base}/square/7`));
console.log(`GET /square/7 -> ${squared.status} ${await squared.text()}`);

const summed = await handle(
  new Request(`${base}/sum`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ numbers: [1, 2, 3] }),
  }),
);
const { sum } = (await summed.json()) as { sum: number };
console.log(`POST /sum -> ${summed.status} sum=${sum}`);

const missing = await handle(new Request(`${base}/nowhere`));
console.log(`GET /nowhere -> ${missing.status}`);
console.log("done");
