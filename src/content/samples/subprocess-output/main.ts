import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";

// The child programs are Node too, so the sample needs nothing but the runtime running it.
const QUICK = "console.log('hello from the child'); console.log('bye')";
const TICKER = "for (let n = 1; n <= 5; n++) setTimeout(() => console.log(`tick ${n}`), (n - 1) * 400)";

/** Resolves when the child has exited and its output has closed: with the exit code, or the signal. */
const ended = (child: ChildProcess) =>
  new Promise<string>((resolve) => child.on("close", (code, signal) => resolve(signal ?? `code ${code}`)));

// All the output at once: collect stdout until the child has exited.
const quick = spawn(process.execPath, ["-e", QUICK]);
let collected = "";
quick.stdout.setEncoding("utf8").on("data", (text: string) => (collected += text));
const quickEnd = await ended(quick);
const lines = collected
  .trim()
  .split("\n")
  .map((line) => `'${line}'`);
console.log(`all at once: [${lines.join(", ")}], exit ${quickEnd}`);

// Lines as they arrive. Once the first is in, the rest get one second; when the signal aborts,
// Node kills the child itself, with the killSignal given.
const deadline = new AbortController();
const ticker = spawn(process.execPath, ["-e", TICKER], { signal: deadline.signal, killSignal: "SIGKILL" });
let start = 0;
const elapsed = () => `${((performance.now() - start) / 1000).toFixed(1)}s`;
ticker.on("error", () => console.log(`${elapsed()} deadline passed`)); // the abort arrives as an error event
const tickerEnd = ended(ticker);
for await (const line of createInterface({ input: ticker.stdout })) {
  if (start === 0) {
    start = performance.now();
    setTimeout(() => deadline.abort(), 1000);
  }
  console.log(`${elapsed()} as it arrived: ${line}`);
}
console.log(`${elapsed()} child ended by ${await tickerEnd}`);
