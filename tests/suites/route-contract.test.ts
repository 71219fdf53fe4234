/**
 * Holds both practice servers to one route contract: the TypeScript server the site runs (served
 * by Node here, as in the WebContainer) and the Python file learners download and run themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPracticeServer } from "../../src/runner/practice-server/practice-server.node.ts";
import { pythonUnavailableReason } from "../samples/python.node.ts";
import { startPythonPracticeServer } from "../practice-server/python-practice-server.node.ts";
import { sendRaw } from "../practice-server/raw-http.node.ts";
import {
  routeContract,
  type ContractAnswer,
  type ContractRequest,
} from "../practice-server/route-contract.ts";

interface Server {
  origin: string;
  close(): Promise<void>;
}

const pythonProblem = pythonUnavailableReason();
// In CI a missing Python is a failure, not a skip, as for the Python samples.
const skipPython = pythonProblem !== undefined && process.env["CI"] === undefined;
if (skipPython) console.warn(`Skipping the Python practice server: ${pythonProblem}`);

const servers: { name: string; skip: boolean; start: (port: number) => Promise<Server> }[] = [
  { name: "TypeScript server", skip: false, start: (port) => startPracticeServer(port) },
  { name: "Python server", skip: skipPython, start: (port) => startPythonPracticeServer(port) },
];

// Over a bare socket, since fetch cannot send a TRACE, a bad Host or a body with no length.
async function send(origin: string, request: ContractRequest) {
  const port = Number(new URL(origin).port);
  const host = request.host === undefined ? `localhost:${port}` : request.host;
  const started = performance.now();
  const answer = await sendRaw(port, {
    method: request.method ?? "GET",
    target: request.path,
    headers: [...(host === null ? [] : [["host", host] as const]), ...Object.entries(request.headers ?? {})],
    ...(request.body === undefined ? {} : { body: request.body }),
    ...(request.chunked === undefined ? {} : { chunked: request.chunked }),
    ...(request.httpVersion === undefined ? {} : { httpVersion: request.httpVersion }),
  });
  return { ...answer, elapsedMs: performance.now() - started };
}

function expectAnswer(answer: ContractAnswer, got: Awaited<ReturnType<typeof send>>): void {
  const { status, headers, text, elapsedMs } = got;
  expect(status, `status; body: ${text.slice(0, 300)}`).toBe(answer.status);
  expect(headers.get("access-control-allow-origin")).toBe("*");
  if (answer.contentType !== undefined) expect(headers.get("content-type")).toBe(answer.contentType);
  for (const [name, value] of Object.entries(answer.headers ?? {})) expect(headers.get(name)).toBe(value);
  if (answer.text !== undefined) expect(text).toBe(answer.text);
  if (answer.json !== undefined) expect(JSON.parse(text)).toEqual(answer.json);
  if (answer.jsonIncludes !== undefined) expect(JSON.parse(text)).toMatchObject(answer.jsonIncludes);
  if (answer.atLeastMs !== undefined) expect(elapsedMs).toBeGreaterThanOrEqual(answer.atLeastMs);
}

// Port 0 would let the OS pick, but the Python server takes a number: use ones near the default.
let nextPort = 18_787;

// One server per language for the whole file: starting Python takes a moment, and every case keeps
// to its own keys, so cases cannot disturb each other.
describe.each(servers)("$name meets the route contract", ({ skip, start }) => {
  let server: Server | undefined;
  const origin = (): string => {
    if (server === undefined) throw new Error("The server did not start.");
    return server.origin;
  };
  beforeAll(async () => {
    if (!skip) server = await start(nextPort++);
  });
  afterAll(() => server?.close());

  for (const contractCase of routeContract) {
    it.skipIf(skip)(contractCase.name, async () => {
      for (const step of contractCase.steps) {
        expectAnswer(step.answer, await send(origin(), step.request));
      }
    });
  }

  it.skipIf(skip)("lists the same routes as the TypeScript server", async () => {
    const reference = await startPracticeServer(nextPort++);
    try {
      const listed: unknown = await (await fetch(`${origin()}/`)).json();
      expect(listed).toEqual(await (await fetch(`${reference.origin}/`)).json());
    } finally {
      await reference.close();
    }
  });

  it.skipIf(skip)("streams /stream one chunk at a time", async () => {
    const response = await fetch(`${origin()}/stream?chunks=3&intervalMs=150`);
    const arrivals: number[] = [];
    const started = performance.now();
    for await (const chunk of response.body ?? []) {
      if (chunk.byteLength > 0) arrivals.push(performance.now() - started);
    }
    expect(arrivals.length).toBeGreaterThanOrEqual(2);
    // A buffered body would arrive all at once; a streamed one is spread over the intervals.
    expect((arrivals.at(-1) ?? 0) - (arrivals[0] ?? 0)).toBeGreaterThanOrEqual(200);
  });

  it.skipIf(skip)("echoes WebSocket messages on /ws/echo", async () => {
    const socket = new WebSocket(`${origin().replace("http", "ws")}/ws/echo`);
    await new Promise((resolve, reject) => {
      socket.addEventListener("open", resolve);
      socket.addEventListener("error", reject);
    });
    const replies: string[] = [];
    const done = new Promise<void>((resolve) =>
      socket.addEventListener("message", (event: MessageEvent<string>) => {
        replies.push(event.data);
        if (replies.length === 2) resolve();
      }),
    );
    socket.send("hello");
    socket.send("你好");
    await done;
    socket.close();
    expect(replies).toEqual(["hello", "你好"]);
  });
});
