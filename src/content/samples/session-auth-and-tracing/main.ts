const BASE = "http://localhost:8787";

// fetch has no session: what a ClientSession holds for every request (a base address, credentials,
// headers, trace hooks) goes in a small function around it.
const defaults = {
  // BasicAuth("ada", "open sesame") sends this header: "Basic " and base64 of "login:password".
  authorization: `Basic ${btoa("ada:open sesame")}`,
  "x-client": "async-tour/1.0",
};

async function sessionFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  for (const [name, value] of Object.entries(defaults)) if (!headers.has(name)) headers.set(name, value);
  const method = init.method ?? "GET";
  const started = performance.now(); // the twin of on_request_start
  const response = await fetch(`${BASE}${path}`, { ...init, headers });
  // The twin of on_request_end: the headers have arrived, the body has not been read yet.
  const took = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`trace: ${method} ${new URL(path, BASE).pathname} -> ${response.status} in ${took}s`);
  return response;
}

const echoed = (await (await sessionFetch("/echo")).json()) as { headers: Record<string, string> };
console.log(`the server saw: authorization: ${echoed.headers["authorization"] ?? "(none)"}`);
console.log(`the server saw: x-client: ${echoed.headers["x-client"] ?? "(none)"}`);
for (const path of ["/delay/300", "/delay/600"]) {
  await (await sessionFetch(path)).arrayBuffer();
}
