/**
 * The contract every RunnerHost meets, as data: each case is a program, how to run it, and what
 * must come out. The WebContainer host (with a fake container, under Node) and the worker host
 * (in Chromium, through the runner check page) both run these same cases, each collected by the
 * run pipeline's own step (run-result.ts), as a Run on the page is.
 */
import type { TimelineEvent } from "../../timeline/events.ts";
import { collectRun, linesOf } from "../run-result.ts";
import type { ExitEvent, RunnerHost } from "../types.ts";

/** One contract case. */
export interface ContractCase {
  name: string;
  /** JavaScript, as the page hands it over after transpiling. */
  code: string;
  timeLimitMs?: number;
  maxLines?: number;
  /** Stop the run this long after it starts. */
  stopAfterMs?: number;
  /** Start this other program first and interrupt it with the case's own run. */
  interruptedBy?: boolean;
  expect: {
    code: number;
    reason: ExitEvent["reason"];
    /** Exact output lines, in order (stdout and stderr together). */
    lines?: string[];
    /** Text that must appear in the lines marked as stderr. */
    stderrIncludes?: string[];
    /** At least this many lines dropped by the cap. */
    droppedAtLeast?: number;
    /** Exactly these stderr lines, in order: the same report in every runtime. */
    stderrLines?: string[];
    /** The timeline's output marks, in order, each within a window of the program's own clock. */
    outputMarks?: { text: string; fromMs: number; toMs: number }[];
    /** Timeline rows of these kinds, in order of start. */
    timelineKinds?: string[];
    /** The run must end within this many ms of starting. */
    withinMs?: number;
  };
}

/** What a run produced. */
export interface ContractResult {
  exit: ExitEvent;
  lines: string[];
  /** The lines that came on stderr. */
  stderr: string[];
  dropped: number;
  timeline: TimelineEvent[];
  elapsedMs: number;
}

export const contractCases: ContractCase[] = [
  {
    name: "prints lines in order",
    code: 'console.log("one");\nconsole.log("two", 3);',
    expect: { code: 0, reason: "finished", lines: ["one", "two 3"] },
  },
  {
    name: "formats values exactly as Node does",
    code: [
      'console.log(new Set([1, 2]), new Map([["a", 1]]));',
      'console.log("%s: %d", "total", 42);',
      "console.log(Array.from({ length: 8 }, (_, i) => i * 11));",
    ].join("\n"),
    expect: {
      code: 0,
      reason: "finished",
      lines: [
        "Set(2) { 1, 2 } Map(1) { 'a' => 1 }",
        "total: 42",
        "[",
        "   0, 11, 22, 33,",
        "  44, 55, 66, 77",
        "]",
      ],
    },
  },
  {
    name: "supports top-level await",
    code: "await new Promise((resolve) => setTimeout(resolve, 50));\nconsole.log('after');",
    expect: { code: 0, reason: "finished", lines: ["after"] },
  },
  {
    name: "answers the practice server",
    code: 'const post = await (await fetch("http://localhost:8787/posts/3")).json();\nconsole.log(post.title);',
    expect: { code: 0, reason: "finished", lines: ["Post 3: notes on futures"], timelineKinds: ["request"] },
  },
  {
    name: "waits for timers before exiting",
    code: 'setTimeout(() => console.log("late"), 120);\nconsole.log("early");',
    expect: { code: 0, reason: "finished", lines: ["early", "late"], timelineKinds: ["timer"] },
  },
  {
    name: "gives a task named with performance.mark its own timeline row",
    code: [
      'performance.mark("brew");',
      "await new Promise((resolve) => setTimeout(resolve, 120));",
      'performance.measure("brew", "brew");',
      'console.log("brewed");',
    ].join("\n"),
    expect: { code: 0, reason: "finished", lines: ["brewed"], timelineKinds: ["task", "timer"] },
  },
  {
    name: "reports an uncaught exception on stderr, with stack lines in main.ts",
    code: 'console.log("before");\nfunction fail() {\n  throw new Error("boom");\n}\nfail();',
    expect: {
      code: 1,
      reason: "error",
      lines: ["before", "Error: boom", "    at fail (main.ts:3:9)", "    at main.ts:5:1"],
      stderrLines: ["Error: boom", "    at fail (main.ts:3:9)", "    at main.ts:5:1"],
    },
  },
  {
    name: "places output lines on the timeline at the program's own time",
    code: 'console.log("first");\nawait new Promise((resolve) => setTimeout(resolve, 400));\nconsole.log("second");',
    expect: {
      code: 0,
      reason: "finished",
      lines: ["first", "second"],
      outputMarks: [
        { text: "first", fromMs: 0, toMs: 150 },
        { text: "second", fromMs: 390, toMs: 700 },
      ],
    },
  },
  {
    name: "reports an unhandled rejection",
    code: 'Promise.reject(new Error("nobody caught me"));\nsetTimeout(() => console.log("never"), 200);',
    expect: { code: 1, reason: "error", stderrIncludes: ["nobody caught me"] },
  },
  {
    name: "writes console.error to stderr",
    code: 'console.log("out");\nconsole.error("err");',
    expect: { code: 0, reason: "finished", lines: ["out", "err"], stderrIncludes: ["err"] },
  },
  {
    name: "keeps stdout and stderr apart, in the order they were written",
    code: [
      'console.log("out 1");',
      'console.error("err 1");',
      'console.log("out 2");',
      'console.error("err 2\\nerr 3");',
    ].join("\n"),
    expect: {
      code: 0,
      reason: "finished",
      lines: ["out 1", "err 1", "out 2", "err 2", "err 3"],
      stderrLines: ["err 1", "err 2", "err 3"],
    },
  },
  {
    name: "prints Chinese and emoji whole, however the output is split",
    code: [
      'console.log("你好，世界 🌏");',
      'console.error("出错了：连接被拒绝 ✗");',
      'console.log("异步".repeat(600));',
      'console.log("🍵".repeat(300), "完");',
    ].join("\n"),
    expect: {
      code: 0,
      reason: "finished",
      lines: ["你好，世界 🌏", "出错了：连接被拒绝 ✗", "异步".repeat(600), `${"🍵".repeat(300)} 完`],
      stderrLines: ["出错了：连接被拒绝 ✗"],
    },
  },
  {
    name: "waits while a streamed body arrives",
    code: [
      'const response = await fetch("http://localhost:8787/stream?chunks=3&intervalMs=250");',
      "console.log((await response.text()).trim());",
    ].join("\n"),
    expect: { code: 0, reason: "finished", lines: ["chunk 1", "chunk 2", "chunk 3"] },
  },
  {
    name: "refuses other local ports as a closed port would",
    code: [
      'try { await fetch("http://localhost:1/"); console.log("reached"); }',
      'catch (error) { console.log(error instanceof TypeError ? "TypeError" : String(error)); }',
    ].join("\n"),
    expect: { code: 0, reason: "finished", lines: ["TypeError"] },
  },
  {
    name: "echoes over the practice server's WebSocket",
    code: [
      'const socket = new WebSocket("ws://localhost:8787/ws/echo");',
      'await new Promise((resolve) => socket.addEventListener("open", resolve, { once: true }));',
      'const reply = new Promise((resolve) => socket.addEventListener("message", resolve, { once: true }));',
      'socket.send("ping");',
      "console.log(`got ${(await reply).data}`);",
      "socket.close(1000);",
    ].join("\n"),
    expect: { code: 0, reason: "finished", lines: ["got ping"] },
  },
  {
    name: "stops an endless loop",
    code: "while (true) {}",
    stopAfterMs: 300,
    expect: { code: 130, reason: "stopped", withinMs: 1300 },
  },
  {
    name: "ends a run at the time limit",
    code: "while (true) {}",
    timeLimitMs: 500,
    expect: { code: 124, reason: "timeout", withinMs: 1500 },
  },
  {
    name: "caps a flood of output",
    code: "for (let i = 0; i < 200000; i++) console.log(i);",
    maxLines: 100,
    expect: { code: 0, reason: "finished", droppedAtLeast: 199_900 },
  },
  {
    name: "a new run stops the one before",
    code: 'console.log("second");',
    interruptedBy: true,
    expect: { code: 0, reason: "finished", lines: ["second"] },
  },
];

/** Runs one case on a host. */
export async function runContractCase(host: RunnerHost, testCase: ContractCase): Promise<ContractResult> {
  const limits = { timeLimitMs: testCase.timeLimitMs ?? 20_000, maxLines: testCase.maxLines ?? 5_000 };
  if (testCase.interruptedBy === true) {
    const first = host.run("await new Promise(() => setTimeout(() => {}, 60000));", {
      ...limits,
      onEvent: () => undefined,
    });
    const firstExit = await Promise.race([first.done, new Promise((resolve) => setTimeout(resolve, 200))]);
    if (firstExit !== undefined)
      throw new Error("The first run ended on its own; it should have been running.");
  }
  // Through the same collecting step as every Run, so the output marks checked below are the ones
  // the page draws: made from each line the host reported once.
  const startedAt = performance.now();
  const run = collectRun(host, testCase.code, limits);
  if (testCase.stopAfterMs !== undefined) setTimeout(() => run.stop(), testCase.stopAfterMs);
  const result = await run.result;
  return {
    exit: result.exit,
    lines: linesOf(result),
    stderr: linesOf(result, "stderr"),
    dropped: result.dropped,
    timeline: result.timelineEvents,
    elapsedMs: performance.now() - startedAt,
  };
}

/** Lists what a result got wrong; empty when the case passes. */
export function contractProblems(testCase: ContractCase, result: ContractResult): string[] {
  const { expect } = testCase;
  const problems: string[] = [];
  if (result.exit.code !== expect.code)
    problems.push(`exit code ${result.exit.code}, expected ${expect.code}`);
  if (result.exit.reason !== expect.reason)
    problems.push(`reason ${result.exit.reason}, expected ${expect.reason}`);
  if (expect.lines !== undefined && JSON.stringify(result.lines) !== JSON.stringify(expect.lines)) {
    problems.push(`lines ${JSON.stringify(result.lines)}, expected ${JSON.stringify(expect.lines)}`);
  }
  const stderr = result.stderr.join("\n");
  for (const text of expect.stderrIncludes ?? [])
    if (!stderr.includes(text)) problems.push(`stderr lacks "${text}": ${stderr}`);
  if (
    expect.stderrLines !== undefined &&
    JSON.stringify(result.stderr) !== JSON.stringify(expect.stderrLines)
  )
    problems.push(`stderr ${JSON.stringify(result.stderr)}, expected ${JSON.stringify(expect.stderrLines)}`);
  if (expect.outputMarks !== undefined) {
    const marks = result.timeline.flatMap((event) => (event.type === "output" ? [event] : []));
    const fits = (wanted: { text: string; fromMs: number; toMs: number }, index: number) => {
      const mark = marks[index];
      return mark?.text === wanted.text && mark.atMs >= wanted.fromMs && mark.atMs <= wanted.toMs;
    };
    if (marks.length !== expect.outputMarks.length || !expect.outputMarks.every(fits))
      problems.push(`output marks ${JSON.stringify(marks.map(({ text, atMs }) => ({ text, atMs })))}`);
  }
  if (expect.droppedAtLeast !== undefined && result.dropped < expect.droppedAtLeast) {
    problems.push(`dropped ${result.dropped} lines, expected at least ${expect.droppedAtLeast}`);
  }
  if (expect.timelineKinds !== undefined) {
    const kinds = result.timeline.flatMap((event) => (event.type === "span-start" ? [event.kind] : []));
    if (JSON.stringify(kinds) !== JSON.stringify(expect.timelineKinds))
      problems.push(`timeline kinds ${JSON.stringify(kinds)}`);
  }
  if (expect.withinMs !== undefined && result.elapsedMs > expect.withinMs) {
    problems.push(`took ${Math.round(result.elapsedMs)} ms, expected under ${expect.withinMs} ms`);
  }
  return problems;
}
