import { describe, expect, it } from "vitest";
import { ExerciseCheckSchema } from "./check-schema.ts";
import { readAllExercises } from "./exercise-files.node.ts";
import { readShippedCheck, shipCheck } from "./shipped-check.ts";

describe("a check shipped to the page", () => {
  it.each(readAllExercises().map((exercise) => [exercise.id, exercise.meta.check] as const))(
    "%s: reads back exactly as the build validated it",
    (_id, check) => {
      expect(readShippedCheck(shipCheck(check))).toEqual(check);
    },
  );

  it("cannot end the element that carries it", () => {
    const check = ExerciseCheckSchema.parse({ outputIncludes: ["</script><b>"] });
    expect(shipCheck(check)).not.toContain("<");
    expect(readShippedCheck(shipCheck(check)).outputIncludes).toEqual(["</script><b>"]);
  });

  it.each([
    ["", /not JSON/],
    ["[]", /not the one the build validated/],
    ['{"spans":[]}', /not the one the build validated/],
    [JSON.stringify({ ...ExerciseCheckSchema.parse({}), spans: "all" }), /not the one the build validated/],
  ])("refuses %j with a message that says what to do", (json, message) => {
    expect(() => readShippedCheck(json)).toThrow(message);
  });
});
