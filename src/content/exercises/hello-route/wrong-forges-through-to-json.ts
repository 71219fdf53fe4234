// Wrong answer (from issue 19): the greeting keeps the fallback's 404, and the program gives every
// object a toJSON that rewrites "404 hello" into "200 hello", hoping the check's records are
// written as JSON after the program has run.
// It tries to fool the check: it gives every object a toJSON.
// The check says: needed: “/hello/
async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  const hello = /^\/hello\/([^/]+)$/.exec(pathname);
  const body = hello?.[1] === undefined ? "not found" : `hello, ${decodeURIComponent(hello[1])}`;
  return new Response(body, { status: 404 });
}

Object.defineProperty(Object.prototype, "toJSON", {
  configurable: true,
  value(this: { text?: unknown }) {
    if (typeof this.text !== "string") return this;
    return { ...this, text: this.text.replace(" -> 404 hello, ", " -> 200 hello, ") };
  },
});

console.log(`/hello/Ada -> ${(await handle(new Request("http://tiny.app/hello/Ada"))).status}`);
