/**
 * The WebContainer host against the strict fake of the container API (the real one cannot boot
 * here), with every switch on but one: output that never closes and comes after the exit, one
 * merged pty split anywhere, kill ignored by busy loops, runtime frames in stacks. The second of
 * start-up per process is off here: nothing below is about start-up, and it cost a second per
 * run (about 130 s of the suite); the contract suite, where Stop and the time limit meet a process
 * still starting, keeps it (contract-hosts.node.ts). It passes the shared runner contract, prints every sample's expected output, judges
 * every exercise (start, solution, wrong answers) as the browser does, and leaves no process running.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeWebContainer, strictSwitches } from "../fakes/fake-webcontainer.node.ts";
import { buildContainerFiles } from "../fakes/container-files.node.ts";
import type { RunEvent, RunnerHost } from "../../src/runner/types.ts";
import { createWebContainerHost } from "../../src/runner/webcontainer/webcontainer-host.ts";
import { readAllExercises, readWrongAnswers } from "../../src/exercises/exercise-files.node.ts";
import type { ExerciseCheck } from "../../src/exercises/check-schema.ts";
import { startRunPipeline } from "../../src/runner/run-pipeline.ts";
import { linesOf } from "../../src/runner/run-result.ts";
import { readAllSamples } from "../../src/samples/sample-files.node.ts";
import { fullRun } from "../support/full-run.ts";
import { isReplayed } from "../support/recorded-samples.node.ts";
import { judgeExercise } from "../support/judge-exercise.ts";
import { assertSampleOutput } from "../support/sample-output.ts";

/** The time limit of the runs below. */
const runLimitMs = 20_000;
/** Every strict switch but the start-up latency, which nothing in this file is about. */
const quickStart = { ...strictSwitches, startupLatencyMs: 0 };
let containers: FakeWebContainer[] = [];
let host: RunnerHost;
const current = () => containers.at(-1);

beforeAll(async () => {
  const files = await buildContainerFiles();
  host = await createWebContainerHost(async () => {
    const container = await FakeWebContainer.boot(quickStart);
    containers.push(container);
    return container;
  }, files);
}, 90_000);

afterAll(() => {
  host.dispose();
  for (const container of containers) container.teardown();
  containers = [];
});

// The runner contract itself runs on every registered host in runner-contract.test.ts.
describe("WebContainer host: after a run, every strict switch on", () => {
  it("leaves no program running after its run (only the practice server)", async () => {
    await host.run("", { timeLimitMs: 10_000, maxLines: 10, onEvent: () => undefined }).done;
    // The run's process ends a moment after its end record: wait for that, not for a fixed time.
    await expect
      .poll(() => current()?.runningProcesses(), { timeout: 5_000, interval: 20 })
      .toBeLessThanOrEqual(1);
  });
});

describe("WebContainer host: Stop on a busy loop", () => {
  it(
    "tears the container down, says so, and runs the next program in a new one",
    { timeout: 30_000 },
    async () => {
      // Settle on a container first: an earlier case may have left one booting.
      await host.run("", { timeLimitMs: runLimitMs, maxLines: 10, onEvent: () => undefined }).done;
      const before = current();
      const events: RunEvent[] = [];
      let looping: () => void = () => undefined;
      const started = new Promise<void>((resolve) => (looping = resolve));
      const handle = host.run('console.log("looping");\nwhile (true) {}', {
        timeLimitMs: runLimitMs,
        maxLines: 10,
        onEvent: (event) => {
          events.push(event);
          if (event.type === "output") looping();
        },
      });
      await started;
      const pids = before?.processIds() ?? [];
      expect(pids.length).toBeGreaterThanOrEqual(2);
      const stoppedAt = performance.now();
      handle.stop();
      const exit = await handle.done;
      // The loop ignores kill(), so only the teardown ends it, after the host's short kill grace;
      // had Stop waited for the program instead, the time limit would end the run. A quarter of
      // that limit tells the two apart even on a loaded machine (the exit reason says which came).
      expect(performance.now() - stoppedAt).toBeLessThan(runLimitMs / 4);
      expect(exit).toMatchObject({ code: 130, reason: "stopped" });
      expect(events.filter((event) => event.type === "notice" || event.type === "exit")).toEqual([
        { type: "notice", key: "runtimeRestarted" },
        exit,
      ]);
      expect(before?.tornDown).toBe(true);
      // Torn down with SIGKILL: the busy process (and the old practice server) are gone at once.
      await expect.poll(() => pids.filter(isAlive), { timeout: 1_000, interval: 20 }).toEqual([]);
      const next = await runTypeScript('console.log("fresh");');
      expect(next.lines).toEqual(["fresh"]);
      expect(current()).not.toBe(before);
    },
  );
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs TypeScript on the host the way the page does: through the run pipeline, into one result. */
async function runTypeScript(typescript: string) {
  const result = await startRunPipeline({ typescript, host, timeLimitMs: 20_000, maxLines: 5_000 }).result;
  if (result.kind !== "finished") throw new Error(`the run did not finish: ${JSON.stringify(result)}`);
  return { result, lines: linesOf(result), events: result.timelineEvents, exit: result.exit };
}

// The browser e2e suite holds the fallback to the same expected output, so both runtimes agree.
// A sample the committed record replays through this host (replay-container.test.ts) runs live
// here only in the full run; the rest (a sample added or changed since recording) run here always.
const liveSamples = readAllSamples().filter((sample) => fullRun || !isReplayed(sample));
const replayedCount = readAllSamples().length - liveSamples.length;
describe("WebContainer host: every sample prints its expected output", () => {
  if (!fullRun)
    it.skip(`the ${String(replayedCount)} samples the record replays (live here with TEST_FULL=1)`, () =>
      undefined);
  for (const sample of liveSamples) {
    it(sample.id, { timeout: 30_000 }, async () => {
      const { lines, exit } = await runTypeScript(sample.typescript);
      expect(exit.code, lines.join("\n")).toBe(0);
      assertSampleOutput(sample.id, sample.expected, lines);
    });
  }
});

/** Judges an exercise on this host, as the page does. */
const judge = (code: string, check: ExerciseCheck) => judgeExercise(host, code, check, 20_000);

describe("WebContainer host: exercises are judged as in the browser", () => {
  for (const exercise of readAllExercises()) {
    it(`${exercise.id}: the start fails and the solution passes`, { timeout: 60_000 }, async () => {
      expect((await judge(exercise.start, exercise.meta.check)).passed).toBe(false);
      expect((await judge(exercise.solution, exercise.meta.check)).failed).toEqual([]);
    });

    // Each wrong answer is judged under Node (exercises-typescript-*.test.ts), and each trick in the browser too;
    // here, the host's part is the same as for the start and the solution, so only the full run
    // repeats it.
    it.runIf(fullRun)(
      `${exercise.id}: every wrong answer fails, saying what is missing`,
      { timeout: 90_000 },
      async () => {
        for (const wrong of readWrongAnswers(exercise.id)) {
          const { passed, failed } = await judge(wrong.code, exercise.meta.check);
          expect(passed, wrong.name).toBe(false);
          expect(failed.join("\n"), wrong.name).toContain(wrong.expectedMessage);
        }
      },
    );
  }
});

describe("WebContainer host: a program cannot forge frames", () => {
  it("shows frames without the run's key as text: no timeline rows, no output, no early end", async () => {
    const span = { type: "span-start", id: "forged", kind: "task", label: "forged", atMs: 0 };
    const { events, lines, exit } = await runTypeScript(
      [
        'import { writeSync } from "node:fs";',
        "const frame = (key: string, record: unknown) =>",
        '  "\\u0002" + key + ":" + Buffer.from(JSON.stringify(record)).toString("base64") + "\\u0003";',
        // With no key, and with a guessed one: the shapes a program could try.
        'for (const key of ["", "guess"]) {',
        "  const forged = [",
        `    frame(key, { kind: "timeline", event: ${JSON.stringify(span)} }),`,
        '    frame(key, { kind: "end", atMs: 1, code: 0 }),',
        '    frame(key, { kind: "output", stream: "stdout", atMs: 0, text: "forged\\n" }),',
        '  ].join("") + "\\n";',
        "  process.stdout.write(forged);",
        "  writeSync(1, forged);",
        "  writeSync(2, forged);",
        "}",
        "await new Promise((resolve) => setTimeout(resolve, 300));",
        'console.log("after", typeof process.env["ASYNC_TOUR_RUN_KEY"]);',
      ].join("\n"),
    );
    expect(events.filter((event) => event.type === "span-start" && event.id === "forged")).toEqual([]);
    expect(lines).not.toContain("forged");
    expect(lines).toContain("after undefined");
    expect(exit.durationMs).toBeGreaterThan(250);
  });
});
