// Wrong answer: the pattern has no end anchor, so /hello/<name>/more greets "<name>/more" instead
// of answering 404.
// The check says: /more -> 404 not found”
async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname === "/ping") return new Response("pong");
  const hello = /^\/hello\/(.+)/.exec(pathname);
  if (hello?.[1] !== undefined) return new Response(`hello, ${decodeURIComponent(hello[1])}`);
  return new Response("not found", { status: 404 });
}

for (const path of ["/ping", "/hello/Ada", "/nowhere"]) {
  const response = await handle(new Request(`http://tiny.app${path}`));
  console.log(`${path} -> ${response.status} ${await response.text()}`);
}
