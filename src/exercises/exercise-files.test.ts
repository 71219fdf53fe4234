import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ContentFolderError } from "../lib/content-folder.node.ts";
import { readAllExercises, readExercise, readRightAnswers, readWrongAnswers } from "./exercise-files.node.ts";

/** Code that replaces a built-in or a global: such an answer tries to fool the check. */
const replacesABuiltIn =
  /(Reflect|Object)\.defineProperty\(|\.prototype\.\w+\s*=[^=]|\bconsole\.\w+\s*=[^=]|globalThis\.\w+\s*=[^=]/;

const fixtures = fileURLToPath(new URL("../../tests/fixtures/content/exercises/", import.meta.url));
const broken = fileURLToPath(new URL("../../tests/fixtures/content/broken-exercises/", import.meta.url));

describe("the exercise loader", () => {
  it("reads start, solution and meta, with the check's defaults and probe.ts as its probe", () => {
    const exercise = readExercise("with-probe", fixtures);
    expect(exercise.id).toBe("with-probe");
    expect(exercise.start).toContain("toUpperCase");
    expect(exercise.solution).toBe("export const word = (given: string): string => given;\n");
    expect(exercise.meta.chapter).toBe(3);
    expect(exercise.meta.check).toMatchObject({ words: 1, exitsCleanly: true, spans: [] });
    expect(exercise.meta.check.probe).toContain("checkWords[0]");
  });

  it("reads the Python version with the shared check, python.check laid over it and probe.py", () => {
    const { meta, python } = readExercise("with-probe", fixtures);
    expect(meta.python?.task.en).toBe("Return the word as given.");
    expect(python?.start).toContain("given.upper()");
    expect(python?.solution).toContain("return given\n");
    expect(python?.check).toMatchObject({ words: 1, outputIncludes: ["check: {{0}}"], calls: ["word"] });
    expect(python?.check.probe).toContain("async def probe");
    expect(meta.check.calls).toEqual([]);
  });

  it("has no Python version when meta.json has no python", () => {
    expect(readExercise("without-probe", fixtures)).not.toHaveProperty("python");
  });

  it("reads the Python right and wrong answers, solution.py first", () => {
    expect(readRightAnswers("with-probe", fixtures, "py").map((right) => right.name)).toEqual([
      "solution",
      "right-as-str",
    ]);
    expect(readWrongAnswers("with-probe", fixtures, "py")).toEqual([
      {
        name: "wrong-lower-case",
        code: expect.stringContaining("lower()") as unknown,
        expectedMessage: "check: lower",
      },
    ]);
  });

  it("leaves the probe out when the folder has no probe.ts", () => {
    expect(readExercise("without-probe", fixtures).meta.check).not.toHaveProperty("probe");
  });

  it("reads every folder, sorted by id", () => {
    expect(readAllExercises(fixtures).map((exercise) => exercise.id)).toEqual([
      "with-probe",
      "without-probe",
    ]);
  });

  it("reads the wrong answers, sorted, each with the message its check must show", () => {
    expect(readWrongAnswers("with-probe", fixtures)).toEqual([
      {
        name: "wrong-lower-case",
        code: expect.stringContaining("toLowerCase") as unknown,
        expectedMessage: "check: lower",
      },
      {
        name: "wrong-upper-case",
        code: expect.stringContaining("toUpperCase") as unknown,
        expectedMessage: "check: {{0}}",
        trick: "it shouts, hoping the check compares without case.",
      },
    ]);
    expect(readWrongAnswers("without-probe", fixtures)).toEqual([]);
  });

  it.each([
    ["no-solution", "solution.ts", /no-solution\/solution\.ts: the file is missing\./],
    ["bad-check", "meta.json", /bad-check\/meta\.json: the file is invalid: check\.requestCount: /],
  ])("names the folder and the file when %s is wrong", (id, file, message) => {
    const read = () => readExercise(id, broken);
    expect(read).toThrow(ContentFolderError);
    expect(read).toThrow(message);
    try {
      read();
    } catch (error) {
      expect(error).toMatchObject({ file, folder: `${broken}${id}` });
    }
  });

  it("reads a merely wrong answer without a trick", () => {
    expect(readWrongAnswers("with-probe", fixtures)[0]).not.toHaveProperty("trick");
  });

  it("names the wrong answer that does not say what its check must show", () => {
    expect(() => readWrongAnswers("silent-wrong-answer", broken)).toThrow(
      /silent-wrong-answer\/wrong-silent\.ts: add a "\/\/ The check says: …" line/,
    );
  });
});

describe("the exercises' wrong answers", () => {
  // npm test judges these in the browser on every run (tests/e2e/exercises.spec.ts), the merely
  // wrong ones only in the full run: an unmarked forgery would go unjudged there.
  it("say so when they replace a built-in, since they try to fool the check", () => {
    const unmarked = readAllExercises().flatMap(({ id }) =>
      readWrongAnswers(id)
        .filter((wrong) => replacesABuiltIn.test(wrong.code) && wrong.trick === undefined)
        .map((wrong) => `${id}/${wrong.name}.ts: add an "// It tries to fool the check: …" line`),
    );
    expect(unmarked).toEqual([]);
  });
});
