/**
 * The check as the build ships it to the page. The content collection validates every exercise's
 * check with ExerciseCheckSchema when the site is built (in Node); the exercise's HTML then
 * carries that validated check as plain JSON, and the page reads it back without a schema library:
 * zod was most of the gzipped JS an exercise's first Run loaded. Web-standard, and free of zod on
 * purpose: keep value imports of check-schema.ts out of this file.
 */
import type { ExerciseCheck } from "./check-schema.ts";

/** The validated check as JSON for the page, with `<` escaped so it cannot end an attribute or script. */
export function shipCheck(check: ExerciseCheck): string {
  return JSON.stringify(check).replace(/</g, "\\u003c");
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads a check shipped by `shipCheck`. It only confirms the shape the build gave it (the fields
 * the schema's defaults always fill); the rules themselves were validated when the site was built.
 *
 * @example readShippedCheck(root.dataset["check"] ?? "")
 */
export function readShippedCheck(json: string): ExerciseCheck {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new TypeError("The exercise's check is not JSON: build the site again.", { cause: error });
  }
  const shipped =
    isObject(parsed) &&
    typeof parsed["exitsCleanly"] === "boolean" &&
    typeof parsed["words"] === "number" &&
    Array.isArray(parsed["spans"]) &&
    Array.isArray(parsed["printedAfter"]) &&
    Array.isArray(parsed["outputIncludes"]);
  if (!shipped)
    throw new TypeError(
      "The exercise's check is not the one the build validated (it lacks exitsCleanly, words, spans, printedAfter or outputIncludes): build the site again.",
    );
  // The build validated this very value with ExerciseCheckSchema; the page only carried it.
  return parsed as ExerciseCheck;
}
