// The check's own body for the learner's lines(): lines picked at random for each run, one of them
// blank and one with spaces at both ends (both must come out as they are), cut into chunks inside
// a line and inside a two-byte letter, the last line without a newline. The rest of the body is
// sent 200 ms after the first chunk, so a generator that streams has already yielded the first
// line by then. The body is built and fed with built-ins taken before the program ran (a program
// cannot make it easier to read), the lines are written without Array.prototype's methods, and the
// verdict goes out on the runtime's own channel, which the program cannot reach.
import type { ProbeKit } from "../../../exercises/probe-kit.ts";

interface Program {
  lines?: (body: ReadableStream<Uint8Array>) => AsyncIterable<string>;
}

export default async function probe({ lines }: Program, kit: ProbeKit): Promise<void> {
  if (typeof lines !== "function") return kit.report("there is no function named lines");
  const w0 = kit.words[0] ?? "";
  const w1 = kit.words[1] ?? "";
  const w2 = kit.words[2] ?? "";
  const bytes = kit.utf8(`${w0}\n\n  ${w1}é \n${w2}`);
  const firstCut = kit.byteCount(kit.utf8(`${w0}\n\n  ${kit.slice(w1, 0, 3)}`));
  const insideLetter = kit.byteCount(kit.utf8(`${w0}\n\n  ${w1}`)) + 1;
  let restSent = false;
  const stream = kit.stream();
  stream.push(kit.bytes(bytes, 0, firstCut));
  kit.after(200, () => {
    restSent = true;
    stream.push(kit.bytes(bytes, firstCut, insideLetter));
    stream.push(kit.bytes(bytes, insideLetter));
    stream.close();
  });
  let received = "";
  let count = 0;
  let firstBeforeRest = false;
  for await (const line of lines(stream.body)) {
    if (count === 0) firstBeforeRest = !restSent;
    received += (count === 0 ? "" : ", ") + kit.canonicalJson(line);
    count += 1;
  }
  kit.report(`${firstBeforeRest ? "streamed" : "buffered"} lines ${received}`);
}
