// Right answer: the path split into segments rather than matched with a regular expression.
async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname === "/ping") return new Response("pong");
  const [, first, name, ...rest] = pathname.split("/");
  if (first === "hello" && name !== undefined && name !== "" && rest.length === 0) {
    return new Response(`hello, ${decodeURIComponent(name)}`, { status: 200 });
  }
  return new Response("not found", { status: 404 });
}

for (const path of ["/ping", "/hello/Ada", "/nowhere"]) {
  const response = await handle(new Request(`http://tiny.app${path}`));
  console.log(`${path} -> ${response.status} ${await response.text()}`);
}
