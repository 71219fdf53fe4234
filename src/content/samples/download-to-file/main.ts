const STREAM_URL = "http://localhost:8787/stream?chunks=5&intervalMs=200";

/**
 * A file to write into, as a WritableStream. A page has no file system, so this one keeps the bytes in
 * memory; in Node, Writable.toWeb(fs.createWriteStream(path)) gives a stream that writes to disk.
 */
function memoryFile(): { stream: WritableStream<Uint8Array>; bytes: () => Uint8Array } {
  const parts: Uint8Array[] = [];
  return {
    stream: new WritableStream({ write: (chunk) => void parts.push(chunk) }),
    bytes: () => {
      const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
      let at = 0;
      for (const part of parts) {
        all.set(part, at);
        at += part.length;
      }
      return all;
    },
  };
}

async function download(url: string, file: WritableStream<Uint8Array>): Promise<number> {
  const response = await fetch(url);
  if (!response.ok || response.body === null) throw new Error(`HTTP ${response.status}`);
  const size = response.headers.get("content-length"); // null when the server streams without a size
  console.log(`headers: content-length ${size ?? "not given"}`);
  let saved = 0;
  // Each piece goes to the file as it arrives; pipeTo waits when the file is slower than the network.
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      saved += chunk.length;
      controller.enqueue(chunk);
    },
  });
  await response.body.pipeThrough(counter).pipeTo(file);
  return saved;
}

const file = memoryFile();
const saved = await download(STREAM_URL, file.stream);
console.log(`saved ${saved} bytes to report.txt`);
const lines = new TextDecoder().decode(file.bytes()).split("\n").filter(Boolean);
console.log(`the file has ${lines.length} lines, from '${lines[0] ?? ""}' to '${lines.at(-1) ?? ""}'`);
