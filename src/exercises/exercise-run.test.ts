import { describe, expect, it } from "vitest";
import type { FinishedRun } from "../runner/run-result.ts";
import { buildTimeline } from "../timeline/model.ts";
import { ExerciseCheckSchema } from "./check-schema.ts";
import { prepareExerciseRun } from "./exercise-run.ts";

const check = ExerciseCheckSchema.parse({
  calls: ["greet"],
  words: 1,
  probe: "export default () => {};",
  reports: ["hello {{0}}"],
});

/** A finished run whose probe reported `reports`, exiting with `code`. */
function finished(reports: readonly string[], code = 0): FinishedRun {
  const exit = { type: "exit", code, reason: code === 0 ? "finished" : "error", durationMs: 10 } as const;
  return {
    kind: "finished",
    runtime: "worker",
    javascript: "",
    exit,
    output: [],
    dropped: 0,
    droppedSpans: 0,
    timelineEvents: [],
    timeline: buildTimeline([], exit.durationMs),
    probeReports: reports.map((text, index) => ({ text, atMs: index })),
    notices: [],
  };
}

describe("prepareExerciseRun", () => {
  it("judges with the words it handed to the probe, and no others", () => {
    const exercise = prepareExerciseRun(check);
    const words = exercise.program("function greet() {}").probe?.words ?? [];
    expect(words).toHaveLength(1);
    expect(exercise.judge(finished([`hello ${words[0] ?? ""}`])).passed).toBe(true);
    expect(exercise.judge(finished(["hello {{0}}"])).passed).toBe(false);
    expect(exercise.judge(finished([])).passed).toBe(false);
  });

  it("picks fresh words for each run, so one run's report cannot pass another", () => {
    const first = prepareExerciseRun(check);
    const second = prepareExerciseRun(check);
    const firstWord = first.program("").probe?.words[0] ?? "";
    expect(second.program("").probe?.words[0]).not.toBe(firstWord);
    expect(second.judge(finished([`hello ${firstWord}`])).passed).toBe(false);
  });
});

describe("prepareExerciseRun in Python", () => {
  const pythonCheck = ExerciseCheckSchema.parse({
    calls: ["greet"],
    words: 1,
    probe: "async def probe(program, kit):\n    kit.report('hello ' + kit.words[0])\n",
    reports: ["hello {{0}}"],
  });

  it("runs the code as written and hands probe.py its words and names, which the judge then wants", () => {
    const exercise = prepareExerciseRun(pythonCheck, "py");
    const code = "def greet():\n    pass\n";
    const { python, probe } = exercise.program(code);
    expect(python).toBe(code);
    expect(probe?.python).toBe(pythonCheck.probe);
    expect(probe?.calls).toEqual(["greet"]);
    const word = probe?.words[0] ?? "";
    expect(word).not.toBe("");
    expect(exercise.judge(finished([`hello ${word}`])).passed).toBe(true);
    expect(exercise.judge(finished(["hello {{0}}"])).passed).toBe(false);
  });

  it("gives a check without a probe no probe, and judges the run's records alone", () => {
    const exercise = prepareExerciseRun(ExerciseCheckSchema.parse({ outputIncludes: ["done"] }), "py");
    expect(exercise.program("print('done')\n")).toEqual({ python: "print('done')\n" });
    expect(exercise.judge(finished([])).passed).toBe(false);
  });
});
