/**
 * `npm test`: the whole check in stages (lint, typecheck, unit, e2e in Chromium, Firefox), then a
 * table of how long each took. Every stage runs even after one fails, so one run shows every
 * problem; the exit code is 1 when any failed. Lint and the type check share the two cores (each
 * is mostly one thread), beside the unit stage, which mostly waits. The browser stages run alone,
 * one after another: run side by side on 2 cores, unit and the browser lane slowed each other to
 * 2.2 times their time in turn (CI: 1,897 s against 880 s). Within the unit stage,
 * the port owners run beside the rest (see `unitStage`). The site is built once and both browser
 * stages serve that build.
 *
 * `TEST_STAGES=unit,e2e npm test` runs only the named stages. `npm run test:full` (TEST_FULL=1)
 * adds the exhaustive passes: every page, sample and wrong answer in the browser (E2E_FULL), and
 * the fake container's live pass over every sample.
 */
import { spawn } from "node:child_process";
import { failureLines } from "../tests/support/failure-lines.ts";
import { formatSeconds } from "../tests/support/format-seconds.ts";
import { portOwners } from "../tests/support/test-projects.ts";
import { ownNetworkPrefix } from "./test/own-network.node.ts";

type Command = readonly string[];

/**
 * A stage: a name for the table and the commands it runs, one after another. `sideLanes` run
 * beside those commands, each lane's commands one after another; their output is printed whole
 * as each lane ends, so the log does not interleave.
 */
interface Stage {
  name: StageName;
  commands: Command[];
  sideLanes?: Command[][];
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
  unit: unitStage(),
  e2e: { name: "e2e", commands: [[...npx, "playwright", "test"]] },
  firefox: {
    name: "firefox",
    // Two files at a time, longest first, each with a Firefox of its own: they serve the build
    // made just before, so none builds into dist/ while another reads it.
    commands: [["node", "scripts/test/firefox-suite.node.ts"]],
  },
};

/**
 * The files that need port 8787 free (vitest.config.ts): beside the rest in two lanes, each file in
 * a network of its own, where the machine can make one; else after the rest, one at a time. Side by
 * side the stage took about half its time (they mostly wait on timers and child processes).
 */
function unitStage(): Stage {
  const rest = [...npx, "vitest", "run", "--project", "unit", "--project", "practice"];
  const portOwnersRun = [...npx, "vitest", "run", "--project", "port-owners"];
  const prefix = ownNetworkPrefix();
  if (prefix === undefined) return { name: "unit", commands: [rest, portOwnersRun] };
  const lanes: Command[][] = [[], []];
  portOwners.forEach((file, index) => lanes[index % lanes.length]?.push([...prefix, ...portOwnersRun, file]));
  return { name: "unit", commands: [rest], sideLanes: lanes };
}

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
 * Runs one command and says whether it exited with 0. Its output goes to `print` as it comes;
 * `heard` gets all of it as text, for `onOutput` and the failure summary.
 */
function run(
  command: Command,
  env: NodeJS.ProcessEnv,
  heard: (text: string) => void,
  print: (text: string) => void,
): Promise<boolean> {
  const [program, ...args] = command;
  if (program === undefined) return Promise.resolve(true);
  return new Promise((resolve) => {
    const child = spawn(program, args, { stdio: ["inherit", "pipe", "pipe"], env });
    const pass = (chunk: Buffer) => {
      const text = chunk.toString();
      print(text);
      heard(text);
    };
    child.stdout.on("data", pass);
    child.stderr.on("data", pass);
    child.on("error", (error) => {
      print(`Could not start ${program}: ${error.message}\n`);
      resolve(false);
    });
    child.on("close", (code) => resolve(code === 0));
  });
}

/** Runs commands one after another, each even after one failed, so one run shows every problem. */
async function runInTurn(
  name: string,
  commands: readonly Command[],
  env: NodeJS.ProcessEnv,
  heard: (text: string) => void,
  print: (text: string) => void,
): Promise<boolean> {
  let ok = true;
  for (const command of commands) {
    print(`\n[${name}] ${command.join(" ")}\n`);
    ok = (await run(command, env, heard, print)) && ok;
  }
  return ok;
}

async function runStage(
  name: string,
  { commands, sideLanes = [] }: Pick<Stage, "commands" | "sideLanes">,
  env: NodeJS.ProcessEnv,
  onOutput?: (text: string) => void,
): Promise<Outcome> {
  const startedAt = performance.now();
  const output: string[] = [];
  const heard = (text: string) => {
    output.push(text);
    onOutput?.(text);
  };
  const live = (text: string) => process.stdout.write(text);
  const side = sideLanes.map(async (lane, index) => {
    const held: string[] = [];
    const ok = await runInTurn(`${name} ${index + 2}`, lane, env, heard, (text) => held.push(text));
    live(held.join(""));
    return ok;
  });
  const results = await Promise.all([runInTurn(name, commands, env, heard, live), ...side]);
  const ok = results.every(Boolean);
  const failures = ok ? [] : failureLines(output.join(""));
  return { name, ok, ms: performance.now() - startedAt, failures };
}

/**
 * Builds the site once, then runs the browser stages in turn against that build. Without a build
 * they have nothing to serve, so they are reported as not run rather than each building again.
 */
async function runBrowsers(names: readonly StageName[], env: NodeJS.ProcessEnv): Promise<Outcome[]> {
  const build = await runStage("build", { commands: [["npm", "run", "build"]] }, env);
  if (!build.ok)
    return [
      build,
      ...names.map((name) => ({ name, ok: false, ms: 0, failures: ["not run: the site did not build"] })),
    ];
  const built = { ...env, SITE_PREBUILT: "1" };
  const outcomes = [build];
  for (const name of names) outcomes.push(await runStage(name, stages[name], built));
  return outcomes;
}

/**
 * Lint and the type check, side by side. ESLint's typed rules read the content types that
 * `astro check` writes first (its sync), so ESLint starts once astro check says it is past them;
 * without the type check, lint runs `astro sync` itself.
 */
async function runChecks(names: readonly StageName[], env: NodeJS.ProcessEnv): Promise<Outcome[]> {
  const sync = [...npx, "astro", "sync"];
  if (!names.includes("typecheck"))
    return [await runStage("lint", { commands: [sync, ...stages.lint.commands] }, env)];
  if (!names.includes("lint")) return [await runStage("typecheck", stages.typecheck, env)];
  let typesWritten: () => void = () => undefined;
  const written = new Promise<void>((resolve) => (typesWritten = resolve));
  const typecheck = runStage("typecheck", stages.typecheck, env, (text) => {
    if (text.includes("Getting diagnostics")) typesWritten();
  }).finally(typesWritten);
  const lint = written.then(() => runStage("lint", stages.lint, env));
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
const browsers = chosen.filter((name) => name === "e2e" || name === "firefox");
// The checks compute for half a minute and the unit stage mostly waits: side by side, they take
// about as long as the unit stage alone (its timing margins hold at a load of 8).
const [checkOutcomes, unitOutcomes] = await Promise.all([
  checks.length > 0 ? runChecks(checks, env) : [],
  chosen.includes("unit") ? runStage("unit", stages.unit, env).then((outcome) => [outcome]) : [],
]);
outcomes.push(...checkOutcomes, ...unitOutcomes);
if (browsers.length > 0) outcomes.push(...(await runBrowsers(browsers, env)));

printTable(outcomes, performance.now() - startedAt);
printFailures(outcomes);
process.exitCode = outcomes.every((outcome) => outcome.ok) ? 0 : 1;
