/**
 * `npm test`: the whole check in stages (lint, typecheck, unit, e2e in Chromium, Firefox), then a
 * table of how long each took. Every stage runs even after one fails, so one run shows every
 * problem; the exit code is 1 when any failed. Lint and the type check share the two cores (each
 * is mostly one thread); the stages that run programs and measure time run alone. The site is built
 * once and both browser stages serve that build.
 *
 * `TEST_STAGES=unit,e2e npm test` runs only the named stages. `npm run test:full` (TEST_FULL=1)
 * adds the exhaustive passes: every page, sample and wrong answer in the browser (E2E_FULL), and
 * the fake container's live pass over every sample.
 */
import { spawn } from "node:child_process";
import { formatSeconds } from "../tests/support/format-seconds.ts";

/** A stage: a name for the table and the commands it runs, one after another. */
interface Stage {
  name: StageName;
  commands: (readonly string[])[];
}

const stageNames = ["lint", "typecheck", "unit", "e2e", "firefox"] as const;
type StageName = (typeof stageNames)[number];

const full = process.env["TEST_FULL"] === "1";
const npx = ["npx", "--no-install"];

const stages: Record<StageName, Stage> = {
  lint: {
    name: "lint",
    commands: [
      [...npx, "eslint", "."],
      [
        ...npx,
        "prettier",
        "--check",
        "*.{mjs,js,json}",
        "{src,tests,scripts}/**/*.{ts,mjs,js,css,json}",
        "src/**/*.astro",
      ],
    ],
  },
  typecheck: { name: "typecheck", commands: [[...npx, "astro", "check"]] },
  unit: { name: "unit", commands: [[...npx, "vitest", "run"]] },
  e2e: { name: "e2e", commands: [[...npx, "playwright", "test"]] },
  firefox: {
    name: "firefox",
    commands: [["node", "--test", "--test-reporter=spec", "tests/firefox/*.spec.ts"]],
  },
};

/** The stages asked for, in the order they run. */
function chosenStages(): StageName[] {
  const asked = process.env["TEST_STAGES"];
  if (asked === undefined || asked.trim() === "") return [...stageNames];
  const names = asked.split(",").map((name) => name.trim());
  const unknown = names.filter((name) => !(stageNames as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new TypeError(
      `TEST_STAGES names unknown stages: ${unknown.join(", ")}. Known: ${stageNames.join(", ")}.`,
    );
  return stageNames.filter((name) => names.includes(name));
}

interface Outcome {
  name: string;
  ok: boolean;
  ms: number;
}

/**
 * Runs one command with the terminal's output, and says whether it exited with 0. `onOutput`, when
 * given, also hears the command's standard output as it comes.
 */
function run(
  command: readonly string[],
  env: NodeJS.ProcessEnv,
  onOutput?: (text: string) => void,
): Promise<boolean> {
  const [program, ...args] = command;
  if (program === undefined) return Promise.resolve(true);
  return new Promise((resolve) => {
    const child = spawn(program, args, { stdio: ["inherit", onOutput ? "pipe" : "inherit", "inherit"], env });
    child.stdout?.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      onOutput?.(chunk.toString());
    });
    child.on("error", (error) => {
      console.error(`Could not start ${program}: ${error.message}`);
      resolve(false);
    });
    child.on("exit", (code) => resolve(code === 0));
  });
}

async function runStage(
  name: string,
  commands: Stage["commands"],
  env: NodeJS.ProcessEnv,
  onOutput?: (text: string) => void,
): Promise<Outcome> {
  const startedAt = performance.now();
  let ok = true;
  for (const command of commands) {
    console.log(`\n[${name}] ${command.join(" ")}`);
    ok = (await run(command, env, onOutput)) && ok;
    if (!ok) break;
  }
  return { name, ok, ms: performance.now() - startedAt };
}

/**
 * Lint and the type check, side by side. ESLint's typed rules read the content types that
 * `astro check` writes first (its sync), so ESLint starts once astro check says it is past them;
 * without the type check, lint runs `astro sync` itself.
 */
async function runChecks(names: readonly StageName[], env: NodeJS.ProcessEnv): Promise<Outcome[]> {
  const sync = [...npx, "astro", "sync"];
  if (!names.includes("typecheck")) return [await runStage("lint", [sync, ...stages.lint.commands], env)];
  if (!names.includes("lint")) return [await runStage("typecheck", stages.typecheck.commands, env)];
  let typesWritten: () => void = () => undefined;
  const written = new Promise<void>((resolve) => (typesWritten = resolve));
  const typecheck = runStage("typecheck", stages.typecheck.commands, env, (text) => {
    if (text.includes("Getting diagnostics")) typesWritten();
  }).finally(typesWritten);
  const lint = written.then(() => runStage("lint", stages.lint.commands, env));
  return Promise.all([lint, typecheck]);
}

function printTable(outcomes: readonly Outcome[], totalMs: number): void {
  const width = Math.max(5, ...outcomes.map((outcome) => outcome.name.length));
  const row = (name: string, status: string, ms: number) =>
    `  ${name.padEnd(width)}  ${status.padEnd(6)}  ${formatSeconds(ms).padStart(8)}`;
  console.log(`\nnpm test${full ? " (full)" : ""}: time per stage`);
  for (const outcome of outcomes)
    console.log(row(outcome.name, outcome.ok ? "passed" : "FAILED", outcome.ms));
  console.log(row("total", outcomes.every((outcome) => outcome.ok) ? "passed" : "FAILED", totalMs));
}

const chosen = chosenStages();
const env: NodeJS.ProcessEnv = { ...process.env, ...(full ? { E2E_FULL: "1", TEST_FULL: "1" } : {}) };
const startedAt = performance.now();
const outcomes: Outcome[] = [];

const checks = chosen.filter((name) => name === "lint" || name === "typecheck");
if (checks.length > 0) outcomes.push(...(await runChecks(checks, env)));
const browsers = chosen.filter((name) => name === "e2e" || name === "firefox");
if (chosen.includes("unit")) outcomes.push(await runStage("unit", stages.unit.commands, env));
if (browsers.length > 0) {
  // One build for both browser stages; each serves it with `astro preview`.
  const build = await runStage("build", [["npm", "run", "build"]], env);
  outcomes.push(build);
  const built = { ...env, SITE_PREBUILT: build.ok ? "1" : "" };
  for (const name of browsers) outcomes.push(await runStage(name, stages[name].commands, built));
}

printTable(outcomes, performance.now() - startedAt);
process.exitCode = outcomes.every((outcome) => outcome.ok) ? 0 : 1;
