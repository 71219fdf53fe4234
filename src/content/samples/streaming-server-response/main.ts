const since = (start: number): string => `${((performance.now() - start) / 1000).toFixed(1)}s`;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// A Response whose body is a ReadableStream: the headers are ready at once, the body comes later.
function progress(): Response {
  const encoder = new TextEncoder();
  let step = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await sleep(300); // stands in for real work between the pieces
      step += 1;
      controller.enqueue(encoder.encode(`step ${step} of 4 done\n`));
      if (step === 4) controller.close();
    },
  });
  return new Response(body, { headers: { "content-type": "text/plain" } });
}

async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  return pathname === "/progress" ? progress() : new Response("404: Not Found", { status: 404 });
}

const request = new Request("http://app.local/progress");
const start = performance.now(); // times count from the request, not from the program's start
const response = await handle(request);
console.log(`${since(start)} headers arrived: ${response.status}`);
// Read the body as it arrives, split into lines: a chunk may hold part of a line, or several.
if (response.body === null) throw new Error("The response has no body.");
let buffered = "";
for await (const text of response.body.pipeThrough(new TextDecoderStream())) {
  buffered += text;
  const lines = buffered.split("\n");
  buffered = lines.pop() ?? "";
  for (const line of lines) console.log(`${since(start)} ${line}`);
}
