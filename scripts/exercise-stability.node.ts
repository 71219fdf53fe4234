/**
 * `npm run test:stability`: the exercise corpus judged twenty times in a row under Node, so a check
 * that depends on its random words or on timing shows up as flaky before a learner meets it. For
 * every exercise (or those named: `npm run test:stability -- promise-queue limit-two`), the start
 * must fail, every right answer pass and every wrong answer fail, on every one of the runs.
 * STABILITY_RUNS changes the count, STABILITY_JOBS how many programs run at once (default 3).
 * At the end it prints, for each answer, how many runs gave the expected verdict, so a check's
 * margins can be measured under load (run it beside a busy loop or two).
 * Slow (about 150 programs a round), so it is not part of `npm test`. Exits 1 on any miss.
 */
import {
  readAllExercises,
  readRightAnswers,
  readWrongAnswers,
} from "../src/exercises/exercise-files.node.ts";
import { PRACTICE_ORIGIN } from "../src/runner/practice-server/handler.ts";
import { startPracticeServer } from "../src/runner/practice-server/practice-server.node.ts";
import { nodeProcessHost } from "../tests/exercises/node-process-host.node.ts";
import { judgeExercise } from "../tests/support/judge-exercise.ts";
import type { ExerciseCheck } from "../src/exercises/check-schema.ts";

interface Case {
  label: string;
  code: string;
  check: ExerciseCheck;
  shouldPass: boolean;
}

const runs = Number(process.env["STABILITY_RUNS"] ?? 20);
const jobs = Number(process.env["STABILITY_JOBS"] ?? 3);
const wanted = new Set(process.argv.slice(2));
const exercises = readAllExercises().filter((exercise) => wanted.size === 0 || wanted.has(exercise.id));
if (exercises.length === 0) throw new Error(`No exercise is named ${[...wanted].join(", ")}.`);

const cases: Case[] = exercises.flatMap(({ id, start, meta: { check } }) => [
  { label: `${id}: start`, code: start, check, shouldPass: false },
  ...readRightAnswers(id).map((right) => ({
    label: `${id}: ${right.name}`,
    code: right.code,
    check,
    shouldPass: true,
  })),
  ...readWrongAnswers(id).map((wrong) => ({
    label: `${id}: ${wrong.name}`,
    code: wrong.code,
    check,
    shouldPass: false,
  })),
]);

const up = await fetch(`${PRACTICE_ORIGIN}/`).then(
  () => true,
  () => false,
);
const server = up ? undefined : await startPracticeServer(8787);
const host = nodeProcessHost();
const misses = new Map<string, string[]>();
const asExpected = new Map<string, number>(cases.map((next) => [next.label, 0]));
const startedAt = performance.now();
for (let round = 1; round <= runs; round += 1) {
  const queue = [...cases];
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const { passed, failed } = await judgeExercise(host, next.code, next.check);
        if (passed === next.shouldPass) asExpected.set(next.label, (asExpected.get(next.label) ?? 0) + 1);
        else {
          const why = passed ? "passed" : failed.join(" / ");
          misses.set(next.label, [...(misses.get(next.label) ?? []), `round ${round}: ${why}`]);
        }
      }
    }),
  );
  console.log(`round ${round}/${runs}: ${cases.length} programs, ${misses.size} unstable so far`);
}
await server?.close();
for (const { label, shouldPass } of cases) {
  const verdict = shouldPass ? "passed" : "failed";
  console.log(`${label}: ${verdict} as expected ${asExpected.get(label) ?? 0}/${runs}`);
}
const minutes = ((performance.now() - startedAt) / 60_000).toFixed(1);
if (misses.size === 0) {
  console.log(
    `Stable: ${cases.length} programs, ${runs} runs each, every verdict as expected (${minutes} min).`,
  );
} else {
  for (const [label, what] of misses) console.log(`UNSTABLE ${label}\n  ${what.join("\n  ")}`);
  process.exitCode = 1;
}
