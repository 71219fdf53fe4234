// Wrong answer: the name is echoed still percent-encoded (Zo%C3%AB instead of Zoë).
// The check says: needed: “/hello/
async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname === "/ping") return new Response("pong");
  const hello = /^\/hello\/([^/]+)$/.exec(pathname);
  if (hello?.[1] !== undefined) return new Response(`hello, ${hello[1]}`);
  return new Response("not found", { status: 404 });
}

for (const path of ["/ping", "/hello/Ada", "/nowhere"]) {
  const response = await handle(new Request(`http://tiny.app${path}`));
  console.log(`${path} -> ${response.status} ${await response.text()}`);
}
