const LIMIT = 16; // bytes

/** The bytes a peer sends: one short line, one far too long, one more. */
const incoming = new ReadableStream<Uint8Array>({
  start(controller) {
    controller.enqueue(new TextEncoder().encode(`short line\n${"x".repeat(40)}\nnext line\n`));
    controller.close();
  },
});

/** Thrown for a line longer than the limit, which is dropped. */
class LineTooLong extends RangeError {}

/**
 * Reads one line at a time, holding at most `limit` bytes of a line that is not finished: the
 * twin of a StreamReader's limit. A longer line is dropped, and the reader goes on after it.
 */
function lineReader(stream: ReadableStream<Uint8Array>, limit: number) {
  const reader = stream.getReader();
  let buffer = new Uint8Array(0);
  let ended = false;
  return {
    atEnd: () => ended && buffer.length === 0,
    async readLine(): Promise<string> {
      for (;;) {
        const end = buffer.indexOf(10); // "\n"
        if (end !== -1) {
          const line = buffer.subarray(0, end);
          buffer = buffer.subarray(end + 1);
          if (line.length > limit) throw new LineTooLong(`a line of ${line.length} bytes`);
          return new TextDecoder().decode(line);
        }
        // No newline yet and past the limit: drop what is buffered and fail, as readline does.
        if (buffer.length > limit) {
          buffer = new Uint8Array(0);
          throw new LineTooLong(`more than ${limit} bytes without a newline`);
        }
        const { done, value } = await reader.read();
        if (done) {
          ended = true;
          const rest = new TextDecoder().decode(buffer);
          buffer = new Uint8Array(0);
          return rest;
        }
        const joined = new Uint8Array(buffer.length + value.length);
        joined.set(buffer);
        joined.set(value, buffer.length);
        buffer = joined;
      }
    },
  };
}

const lines = lineReader(incoming, LIMIT);
for (let count = 0; count < 3; count += 1) {
  try {
    const line = await lines.readLine();
    console.log(`line of ${new TextEncoder().encode(line).length} bytes: ${line}`);
  } catch (error) {
    if (!(error instanceof LineTooLong)) throw error;
    console.log(`a line over ${LIMIT} bytes: dropped, and the reader goes on`);
  }
}
console.log(`at the end: ${(await lines.readLine()) === "" && lines.atEnd() ? "nothing left" : "more data"}`);
