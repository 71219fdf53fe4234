// Wrong answer (from issue 19): each line is trimmed and blank lines are dropped, and the program
// replaces Array.prototype.join so that a list of quoted lines joined with ", " reads as the body's
// true lines, which it kept aside while reading.
// It tries to fool the check: it replaces Array.prototype.join.
// The check says: needed: “streamed lines
const trueLines: string[] = [];
const realJoin = Array.prototype.join;
Array.prototype.join = function join(this: unknown[], separator?: string): string {
  const quoted = this.length > 0 && typeof this[0] === "string" && this[0].startsWith('"');
  if (separator !== ", " || !quoted)
    return Reflect.apply<unknown[], [string | undefined], string>(realJoin, this, [separator]);
  return Reflect.apply<unknown[], [string | undefined], string>(
    realJoin,
    trueLines.map((line) => JSON.stringify(line)),
    [separator],
  );
};

async function* lines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  trueLines.length = 0;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pending += decoder.decode(value, { stream: true });
    const complete = pending.split("\n");
    pending = complete.pop() ?? "";
    trueLines.push(...complete);
    for (const line of complete) if (line.trim() !== "") yield line.trim();
  }
  pending += decoder.decode();
  trueLines.push(pending);
  if (pending.trim() !== "") yield pending.trim();
}

const response = await fetch("http://localhost:8787/stream?chunks=4&intervalMs=300");
if (response.body === null) throw new Error("the response has no body");
for await (const line of lines(response.body)) console.log(line);
console.log("stream finished");
