// Wrong answer: no route; Response's status getter and text() are replaced so that every response
// reads as 200 with a greeting built from its URL. The check reads them with the built-ins as
// they were before the program ran.
// It tries to fool the check: it replaces Response's status and text().
// The check says: needed: “/hello/
async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (pathname === "/ping") return new Response("pong");
  return new Response(`not found ${pathname}`, { status: 404, headers: { "x-path": pathname } });
}

Object.defineProperty(Response.prototype, "status", { get: () => 200 });
// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the response as `this`.
const realText = Response.prototype.text;
Response.prototype.text = async function (this: Response) {
  const path = this.headers.get("x-path") ?? "";
  const name = /^\/hello\/([^/]+)$/.exec(path)?.[1];
  return name === undefined ? realText.call(this) : `hello, ${decodeURIComponent(name)}`;
};

const response = await handle(new Request("http://tiny.app/ping"));
console.log(`/ping -> ${response.status} ${await response.text()}`);
