// Wrong answer (from issue 19): no route at all; instead console.log is replaced so that a 404 the
// check prints would read as a greeting. The check no longer prints, so nothing is forged.
// It tries to fool the check: it replaces console.log.
// The check says: needed: “/hello/
async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname === "/ping") return new Response("pong");
  return new Response("not found", { status: 404 });
}

const print = console.log.bind(console);
console.log = (line: unknown) => {
  const text = String(line);
  const name = /\/hello\/([^ ]+) -> 404/.exec(text)?.[1];
  print(name === undefined ? text : `check: /hello/${name} -> 200 hello, ${decodeURI(name)}`);
};

for (const path of ["/ping", "/hello/Ada", "/nowhere"]) {
  const response = await handle(new Request(`http://tiny.app${path}`));
  console.log(`${path} -> ${response.status} ${await response.text()}`);
}
