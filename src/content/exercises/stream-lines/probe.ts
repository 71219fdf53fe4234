// The check's own body for the learner's lines(): three lines picked at random for each run, cut
// into chunks inside a line and inside a two-byte letter, the last line without a newline. The
// rest of the body is sent 200 ms after the first chunk, so a generator that streams has already
// yielded the first line by then.
declare function lines(body: ReadableStream<Uint8Array>): AsyncGenerator<string>;
declare const checkWords: readonly string[];

const [w0 = "", w1 = "", w2 = ""] = checkWords;
const encoder = new TextEncoder();
const bytes = encoder.encode(`${w0}\n${w1}é\n${w2}`);
const firstCut = encoder.encode(`${w0}\n${w1.slice(0, 3)}`).length;
const insideLetter = encoder.encode(`${w0}\n${w1}`).length + 1;
let restSent = false;
const probeBody = new ReadableStream<Uint8Array>({
  start(controller) {
    controller.enqueue(bytes.slice(0, firstCut));
    setTimeout(() => {
      restSent = true;
      controller.enqueue(bytes.slice(firstCut, insideLetter));
      controller.enqueue(bytes.slice(insideLetter));
      controller.close();
    }, 200);
  },
});
const received: string[] = [];
let firstBeforeRest = false;
for await (const line of lines(probeBody)) {
  if (received.length === 0) firstBeforeRest = !restSent;
  received.push(line);
}
const how = firstBeforeRest ? "streamed" : "buffered";
console.log(`check: ${how} lines ${received.map((line) => JSON.stringify(line)).join(", ")}`);
