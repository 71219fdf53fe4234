// The check's own body for the learner's lines(): lines picked at random for each run, one of them
// blank and one with spaces at both ends (both must come out as they are), cut into chunks inside
// a line and inside a two-byte letter, the last line without a newline. The rest of the body is
// sent 200 ms after the first chunk, so a generator that streams has already yielded the first
// line by then. Reported on the runtime's own channel, which the program cannot reach.
import type { ProbeKit } from "../../../exercises/probe-kit.ts";

interface Program {
  lines?: (body: ReadableStream<Uint8Array>) => AsyncIterable<string>;
}

export default async function probe({ lines }: Program, kit: ProbeKit): Promise<void> {
  if (typeof lines !== "function") return kit.report("there is no function named lines");
  const [w0 = "", w1 = "", w2 = ""] = kit.words;
  const encoder = new TextEncoder();
  const text = `${w0}\n\n  ${w1}é \n${w2}`;
  const bytes = encoder.encode(text);
  const firstCut = encoder.encode(`${w0}\n\n  ${w1.slice(0, 3)}`).length;
  const insideLetter = encoder.encode(`${w0}\n\n  ${w1}`).length + 1;
  let restSent = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.slice(0, firstCut));
      void kit.sleep(200).then(() => {
        restSent = true;
        controller.enqueue(bytes.slice(firstCut, insideLetter));
        controller.enqueue(bytes.slice(insideLetter));
        controller.close();
      });
    },
  });
  const received: string[] = [];
  let firstBeforeRest = false;
  for await (const line of lines(body)) {
    if (received.length === 0) firstBeforeRest = !restSent;
    received.push(line);
  }
  const how = firstBeforeRest ? "streamed" : "buffered";
  kit.report(`${how} lines ${received.map((line) => kit.canonicalJson(line)).join(", ")}`);
}
