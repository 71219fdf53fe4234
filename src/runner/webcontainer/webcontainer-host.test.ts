/**
 * The WebContainer host against a faithful fake of the container API (the real one cannot boot
 * here): it passes the shared runner contract, and leaves no process running.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeWebContainer } from "../../../tests/fakes/fake-webcontainer.node.ts";
import { runProcess } from "../../../tests/examples/run-process.node.ts";
import { contractCases, contractProblems, runContractCase } from "../contract/cases.ts";
import type { RunnerHost } from "../types.ts";
import { createWebContainerHost } from "./webcontainer-host.ts";
import { readAllExercises } from "../../exercises/exercise-files.node.ts";
import { checkRun } from "../../exercises/check.ts";
import { buildTimeline } from "../../timeline/model.ts";
import type { TimelineEvent } from "../../timeline/events.ts";
import { transpile } from "../transpile/transpile.ts";
import { readAllExamples } from "../../lib/example-files.node.ts";
import { compareOutput, describeMismatches } from "../../lib/expected-output.ts";

let container: FakeWebContainer;
let host: RunnerHost;

beforeAll(async () => {
  const root = new URL("../../../", import.meta.url);
  const built = await runProcess(process.execPath, ["scripts/build-runtime.node.ts"], {
    cwd: root.pathname,
    timeoutMs: 60_000,
  });
  if (built.exitCode !== 0) throw new Error(`Building the runner bundles failed:\n${built.stderr}`);
  const read = (name: string) => readFileSync(new URL(`public/runner/${name}`, root), "utf8");
  container = await FakeWebContainer.boot();
  host = await createWebContainerHost(container, {
    practiceServer: read("practice-server.mjs"),
    preload: read("preload.mjs"),
  });
}, 90_000);

afterAll(() => {
  host.dispose();
  container.dispose();
});

describe("WebContainer host: the runner contract", () => {
  for (const testCase of contractCases) {
    it(testCase.name, { timeout: 30_000 }, async () => {
      const result = await runContractCase(host, testCase);
      expect(contractProblems(testCase, result)).toEqual([]);
    });
  }

  it("leaves no program running after its run (only the practice server)", async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(container.runningProcesses()).toBeLessThanOrEqual(1);
  });
});

/** Runs TypeScript on the host the way the page does: transpiled first, output and timeline kept. */
async function runTypeScript(typescript: string) {
  const transpiled = transpile(typescript);
  if (!transpiled.ok) throw new Error(transpiled.message);
  const lines: string[] = [];
  const events: TimelineEvent[] = [];
  const exit = await host.run(transpiled.javascript, {
    timeLimitMs: 20_000,
    maxLines: 5_000,
    onEvent: (event) => {
      if (event.type === "output") lines.push(event.text);
      else if (event.type === "timeline") events.push(event.event);
    },
  }).done;
  return { lines, events, exit };
}

// The browser e2e suite holds the fallback to the same expected output, so both runtimes agree.
describe("WebContainer host: every sample prints its expected output", () => {
  for (const example of readAllExamples()) {
    it(example.id, { timeout: 30_000 }, async () => {
      const { lines, exit } = await runTypeScript(example.typescript);
      expect(exit.code, lines.join("\n")).toBe(0);
      const mismatches = compareOutput(example.expected, lines.join("\n"));
      expect(mismatches, describeMismatches(mismatches)).toEqual([]);
    });
  }
});

/** Runs TypeScript on the host the way the page does, and judges it the way the page does. */
async function judge(typescript: string, check: Parameters<typeof checkRun>[0]) {
  const { lines, events, exit } = await runTypeScript(typescript);
  return checkRun(check, {
    stdout: lines.join("\n"),
    exitCode: exit.code,
    durationMs: exit.durationMs,
    timeline: buildTimeline(events, exit.durationMs),
  });
}

describe("WebContainer host: exercises are judged as in the browser", () => {
  for (const exercise of readAllExercises()) {
    it(`${exercise.id}: the start fails and the solution passes`, { timeout: 40_000 }, async () => {
      expect((await judge(exercise.start, exercise.meta.check)).passed).toBe(false);
      const solved = await judge(exercise.solution, exercise.meta.check);
      expect(
        solved.findings.filter((finding) => !finding.passed).map((finding) => finding.message.en),
      ).toEqual([]);
    });
  }
});

describe("WebContainer host: a program cannot forge its timeline", () => {
  it("ignores look-alike timeline lines printed by the program", async () => {
    const forged = JSON.stringify({
      type: "span-start",
      id: "forged",
      kind: "task",
      label: "forged",
      atMs: 0,
    });
    const { events } = await runTypeScript(
      [
        // With no key, and with an empty one: the shapes a program could guess.
        `for (const mark of ["\\u001eTL", "\\u001eTL:"]) {`,
        `  const line = mark + ${JSON.stringify(forged)} + "\\n";`,
        "  process.stdout.write(line);",
        "  process.stderr.write(line);",
        "}",
        'console.log(typeof process.env["ASYNC_TOUR_TIMELINE_KEY"]);',
      ].join("\n"),
    );
    expect(events.filter((event) => event.type === "span-start")).toEqual([]);
    const printed = events.flatMap((event) => (event.type === "output" ? [event.text] : []));
    expect(printed).toContain("undefined");
  });
});
