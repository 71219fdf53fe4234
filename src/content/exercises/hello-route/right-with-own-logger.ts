// Right answer: a correct route in a program that puts its own logger in place of console.log and
// wraps performance.now; what the program does to its own console does not matter to the check.
async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname === "/ping") return new Response("pong");
  const hello = /^\/hello\/([^/]+)$/.exec(pathname);
  if (hello?.[1] !== undefined) return new Response(`hello, ${decodeURIComponent(hello[1])}`);
  return new Response("not found", { status: 404 });
}

const started = performance.now();
const realNow = performance.now.bind(performance);
performance.now = () => realNow() - started;
const print = console.log.bind(console);
console.log = (...parts: unknown[]) => print(`[${performance.now().toFixed(0)} ms]`, ...parts);

for (const path of ["/ping", "/hello/Ada", "/nowhere"]) {
  const response = await handle(new Request(`http://tiny.app${path}`));
  console.log(`${path} -> ${response.status} ${await response.text()}`);
}
