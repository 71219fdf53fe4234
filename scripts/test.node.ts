/**
 * `npm test`: the whole check in stages (lint, typecheck, unit, e2e in Chromium, Firefox), then a
 * table of how long each took. Every stage runs even after one fails, so one run shows every
 * problem; the exit code is 1 when any failed. Lint and the type check share the two cores (each
 * is mostly one thread). The stages that run programs and measure time run alone, one after
 * another: run side by side on 2 cores, unit and the browser lane slowed each other to 2.2 times
 * their time in turn (CI: 1,897 s against 880 s). The site is built once and both browser stages
 * serve that build.
 *
 * `TEST_STAGES=unit,e2e npm test` runs only the named stages. `npm run test:full` (TEST_FULL=1)
 * adds the exhaustive passes: every page, sample and wrong answer in the browser (E2E_FULL), and
 * the fake container's live pass over every sample.
 */
import { spawn } from "node:child_process";
import { failureLines } from "../tests/support/failure-lines.ts";
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
  // The files that need port 8787 free run after the rest, in a run of their own (vitest.config.ts).
  unit: {
    name: "unit",
    commands: [
      [...npx, "vitest", "run", "--project", "unit", "--project", "practice"],
      [...npx, "vitest", "run", "--project", "port-owners"],
    ],
  },
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
  /** The lines of a failed stage's output that name what failed. */
  failures: string[];
}

/**
 * Runs one command and says whether it exited with 0. Its output goes to the terminal as it comes;
 * `heard` gets all of it as text, for `onOutput` and the failure summary.
 */
function run(
  command: readonly string[],
  env: NodeJS.ProcessEnv,
  heard: (text: string) => void,
): Promise<boolean> {
  const [program, ...args] = command;
  if (program === undefined) return Promise.resolve(true);
  return new Promise((resolve) => {
    const child = spawn(program, args, { stdio: ["inherit", "pipe", "pipe"], env });
    const pass = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
      to.write(chunk);
      heard(chunk.toString());
    };
    child.stdout.on("data", pass(process.stdout));
    child.stderr.on("data", pass(process.stderr));
    child.on("error", (error) => {
      console.error(`Could not start ${program}: ${error.message}`);
      resolve(false);
    });
    child.on("close", (code) => resolve(code === 0));
  });
}

async function runStage(
  name: string,
  commands: Stage["commands"],
  env: NodeJS.ProcessEnv,
  onOutput?: (text: string) => void,
): Promise<Outcome> {
  const startedAt = performance.now();
  const output: string[] = [];
  const heard = (text: string) => {
    output.push(text);
    onOutput?.(text);
  };
  let ok = true;
  for (const command of commands) {
    process.stdout.write(`\n[${name}] ${command.join(" ")}\n`);
    // The next command runs even after one failed, so that one run shows every problem.
    ok = (await run(command, env, heard)) && ok;
  }
  const failures = ok ? [] : failureLines(output.join(""));
  return { name, ok, ms: performance.now() - startedAt, failures };
}

/** Builds the site once, then runs the browser stages in turn against that build. */
async function runBrowsers(names: readonly StageName[], env: NodeJS.ProcessEnv): Promise<Outcome[]> {
  const build = await runStage("build", [["npm", "run", "build"]], env);
  const built = { ...env, SITE_PREBUILT: build.ok ? "1" : "" };
  const outcomes = [build];
  for (const name of names) outcomes.push(await runStage(name, stages[name].commands, built));
  return outcomes;
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

/** Repeats what each failed stage named as failing, since a long log is often read from its end. */
function printFailures(outcomes: readonly Outcome[]): void {
  const limit = 40;
  for (const outcome of outcomes.filter((each) => !each.ok)) {
    const { failures } = outcome;
    console.log(`\n${outcome.name} failed${failures.length === 0 ? " (see its output above)" : ":"}`);
    for (const line of failures.slice(0, limit)) console.log(`  ${line}`);
    if (failures.length > limit) console.log(`  … and ${failures.length - limit} more above`);
  }
}

const chosen = chosenStages();
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ...(full ? { E2E_FULL: "1", TEST_FULL: "1" } : {}),
  // The stages' output is piped (to find failures in it): keep a terminal's colours.
  ...(process.stdout.isTTY && process.env["FORCE_COLOR"] === undefined ? { FORCE_COLOR: "1" } : {}),
};
const startedAt = performance.now();
const outcomes: Outcome[] = [];

const checks = chosen.filter((name) => name === "lint" || name === "typecheck");
if (checks.length > 0) outcomes.push(...(await runChecks(checks, env)));
const browsers = chosen.filter((name) => name === "e2e" || name === "firefox");
if (chosen.includes("unit")) outcomes.push(await runStage("unit", stages.unit.commands, env));
if (browsers.length > 0) outcomes.push(...(await runBrowsers(browsers, env)));

printTable(outcomes, performance.now() - startedAt);
printFailures(outcomes);
process.exitCode = outcomes.every((outcome) => outcome.ok) ? 0 : 1;
