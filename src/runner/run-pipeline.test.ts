import { describe, expect, it } from "vitest";
import { scriptedHost } from "../../tests/fakes/scripted-host.ts";
import { startRunPipeline } from "./run-pipeline.ts";
import type { RunProgress } from "./run-result.ts";
import { toPrebuilt } from "./transpile/prebuilt.ts";
import { transpile } from "./transpile/transpile.ts";

const limits = { timeLimitMs: 5_000, maxLines: 100 };

describe("startRunPipeline", () => {
  it("collects output, timeline, dropped lines and the exit into one result", async () => {
    const host = scriptedHost((_, run) => {
      run.report({ type: "output", stream: "stdout", text: "one", atMs: 1 });
      run.report({
        type: "timeline",
        event: { type: "span-start", id: "timer-1", kind: "timer", label: "timer 5 ms", atMs: 2 },
      });
      run.report({ type: "timeline", event: { type: "span-end", id: "timer-1", outcome: "ok", atMs: 7 } });
      run.report({ type: "output", stream: "stderr", text: "two", atMs: 8 });
      run.report({ type: "dropped", lines: 3 });
      run.finish(0, "finished", 9);
    });
    const result = await startRunPipeline({ typescript: "const n: number = 1;", host, ...limits }).result;
    expect(result).toMatchObject({
      kind: "finished",
      runtime: "worker",
      exit: { type: "exit", code: 0, reason: "finished", durationMs: 9 },
      output: [
        { stream: "stdout", text: "one", atMs: 1 },
        { stream: "stderr", text: "two", atMs: 8 },
      ],
      dropped: 3,
    });
    if (result.kind !== "finished") throw new Error("expected a finished run");
    // Each line is reported once and becomes the timeline's output mark, in the order it came.
    expect(result.timelineEvents.map((event) => event.type)).toEqual([
      "output",
      "span-start",
      "span-end",
      "output",
    ]);
    expect(result.timeline.outputs.map((mark) => mark.text)).toEqual(["one", "two"]);
    expect(result.timeline.rows).toMatchObject([{ id: "timer-1", startMs: 2, endMs: 7, outcome: "ok" }]);
    expect(host.programs).toEqual(["const n = 1;"]);
  });

  it("keeps one mark per line, even from a host that also sends its own", async () => {
    const host = scriptedHost((_, run) => {
      const line = { stream: "stdout", text: "once", atMs: 1 } as const;
      run.report({ type: "output", ...line });
      run.report({ type: "timeline", event: { type: "output", ...line } });
      run.finish(0, "finished", 2);
    });
    const result = await startRunPipeline({ typescript: "", host, ...limits }).result;
    if (result.kind !== "finished") throw new Error("expected a finished run");
    expect(result.timeline.outputs.map((mark) => mark.text)).toEqual(["once"]);
  });

  it("streams each line and notice to the caller as it arrives", async () => {
    const heard: RunProgress[] = [];
    const host = scriptedHost((_, run) => {
      run.report({ type: "output", stream: "stdout", text: "live", atMs: 1 });
      run.report({ type: "notice", key: "runtimeRestarted" });
      run.finish(0, "finished", 2);
    });
    await startRunPipeline({ typescript: "", host, ...limits, onProgress: (p) => heard.push(p) }).result;
    expect(heard).toEqual([
      { type: "output", line: { stream: "stdout", text: "live", atMs: 1 } },
      { type: "notice", key: "runtimeRestarted" },
    ]);
  });

  it("keeps the run's notices in its result, so the exit can be worded by them", async () => {
    const host = scriptedHost((_, run) => {
      run.report({ type: "notice", key: "programSilent" });
      run.halt("timeout");
    });
    const result = await startRunPipeline({ typescript: "", host, ...limits }).result;
    expect(result).toMatchObject({
      kind: "finished",
      exit: { reason: "timeout" },
      notices: ["programSilent"],
    });
  });

  it("maps positions to the TypeScript once, for the console and the timeline alike", async () => {
    const typescript = 'const label: string = "x"; throw new Error(label);';
    const javascript = transpile(typescript);
    if (!javascript.ok) throw new Error(javascript.message);
    const column = javascript.javascript.indexOf("throw") + 1;
    const host = scriptedHost((_, run) => {
      run.report({ type: "output", stream: "stderr", text: `    at main.ts:1:${column}`, atMs: 1 });
      run.finish(1, "error", 2);
    });
    const result = await startRunPipeline({ typescript, host, ...limits }).result;
    if (result.kind !== "finished") throw new Error("expected a finished run");
    const wanted = `    at main.ts:1:${typescript.indexOf("throw") + 1}`;
    expect(result.output.map((line) => line.text)).toEqual([wanted]);
    expect(result.timeline.outputs.map((mark) => mark.text)).toEqual([wanted]);
  });

  it("runs the shipped JavaScript for unedited code, and transpiles edited code", async () => {
    const typescript = "const a: number = 1;";
    const prebuilt = toPrebuilt(transpile(typescript));
    const shipped = {
      typescript,
      prebuiltJson: JSON.stringify({ ...prebuilt, javascript: "/* shipped */" }),
    };
    const host = scriptedHost((_, run) => run.finish(0, "finished", 1));
    await startRunPipeline({ typescript, shipped, host, ...limits }).result;
    await startRunPipeline({ typescript: `${typescript} `, shipped, host, ...limits }).result;
    expect(host.programs).toEqual(["/* shipped */", "const a = 1; "]);
  });

  it("waits for a shipped run still on its way, and transpiles when it arrives damaged or empty", async () => {
    const typescript = "const a: number = 1;";
    const prebuilt = toPrebuilt(transpile(typescript));
    const fetched = (json: string) => ({ typescript, prebuiltJson: Promise.resolve(json) });
    const host = scriptedHost((_, run) => run.finish(0, "finished", 1));
    const shippedJson = JSON.stringify({ ...prebuilt, javascript: "/* fetched */" });
    for (const json of [shippedJson, "<!doctype html>", '{"javascript":1}', ""])
      await startRunPipeline({ typescript, shipped: fetched(json), host, ...limits }).result;
    expect(host.programs).toEqual(["/* fetched */", "const a = 1;", "const a = 1;", "const a = 1;"]);
  });

  it("reports a syntax error with its position and runs nothing", async () => {
    const host = scriptedHost((_, run) => run.finish(0, "finished", 1));
    const result = await startRunPipeline({ typescript: "const = ;", host, ...limits }).result;
    expect(result).toMatchObject({ kind: "syntaxError", line: 1 });
    if (result.kind === "syntaxError") expect(result.message).toMatch(/^SyntaxError: .*\(main\.ts:1:\d+\)$/);
    expect(host.programs).toEqual([]);
  });

  it("stops a program that is running: the result says stopped", async () => {
    let running: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (running = resolve));
    const host = scriptedHost(() => running());
    const run = startRunPipeline({ typescript: "", host, ...limits });
    await started;
    run.stop();
    expect(await run.result).toMatchObject({ kind: "finished", exit: { reason: "stopped", code: 130 } });
  });

  it("calls off a Run stopped before its host is ready, and never starts the program", async () => {
    const host = scriptedHost((_, run) => run.finish(0, "finished", 1));
    let ready: () => void = () => undefined;
    const picker = new Promise<() => typeof host>((resolve) => (ready = () => resolve(() => host)));
    const run = startRunPipeline({ typescript: "", host: picker, ...limits });
    run.stop();
    expect(await run.result).toEqual({ kind: "cancelled" });
    ready();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(host.programs).toEqual([]);
  });

  it("passes the limits to the host: lines past the cap are dropped and counted", async () => {
    const host = scriptedHost((_, run) => {
      for (let index = 0; index < 5; index += 1)
        run.report({ type: "output", stream: "stdout", text: String(index), atMs: index });
      run.finish(0, "finished", 5);
    });
    const result = await startRunPipeline({ typescript: "", host, timeLimitMs: 5_000, maxLines: 2 }).result;
    expect(result).toMatchObject({ kind: "finished", dropped: 3 });
    if (result.kind === "finished") expect(result.timeline.outputs).toHaveLength(2);
  });
});
