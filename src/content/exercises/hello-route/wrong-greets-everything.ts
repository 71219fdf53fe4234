// Wrong answer: every path gets a greeting, so an unknown path no longer answers 404.
// The check says: -> 404 not found”
async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname === "/ping") return new Response("pong");
  const name = decodeURIComponent(pathname.split("/").at(-1) ?? "");
  if (pathname === "/nowhere") return new Response("not found", { status: 404 });
  return new Response(`hello, ${name}`);
}

for (const path of ["/ping", "/hello/Ada", "/nowhere"]) {
  const response = await handle(new Request(`http://tiny.app${path}`));
  console.log(`${path} -> ${response.status} ${await response.text()}`);
}
