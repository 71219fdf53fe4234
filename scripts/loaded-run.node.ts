/**
 * `npm run test:loaded`: the timing-heavy suites run again and again on a machine kept busy, to show
 * their margins hold under load (issue 20: a load of 8 on 2 cores). A busy loop per core (or
 * LOADED_BUSY of them) spins the whole time; each round runs every sample under Node and Python,
 * every exercise, Python in the page under Node, and the two contract suites, with no retry, so a
 * round passes only if every test passed the first time. LOADED_RUNS sets the rounds (default 10).
 *
 * It writes reports/loaded-run.json (each round's result, time, load averages and failed tests)
 * and each failed round's output to reports/loaded-run-<round>.log, and prints a line a round; the
 * exit code is 1 when any round failed. Slow (minutes a round), so not part of `npm test`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { failureLines } from "../tests/support/failure-lines.ts";
import { formatSeconds } from "../tests/support/format-seconds.ts";
import { pythonCorpusFiles, typeScriptCorpusFiles } from "../tests/support/test-projects.ts";
import { ownNetworkPrefix } from "./test/own-network.node.ts";

const rounds = Number(process.env["LOADED_RUNS"] ?? 10);
const busyLoops = Number(process.env["LOADED_BUSY"] ?? availableParallelism());
for (const [name, value] of [
  ["LOADED_RUNS", rounds],
  ["LOADED_BUSY", busyLoops],
] as const)
  if (!Number.isInteger(value) || value < 0)
    throw new TypeError(`Expected ${name} to be a whole number from 0 up, got ${String(value)}.`);

const npx = ["npx", "--no-install"];
const noRetry = ["--retry=0", "--reporter=dot"];
// The suites whose tests compare elapsed time: beside the practice server (one vitest run), and the
// two that need port 8787 free (each in a network of its own where the machine allows, else after).
const practiceRun = [
  ...npx,
  "vitest",
  "run",
  "--project",
  "practice",
  "--project",
  "unit",
  ...noRetry,
  "tests/suites/samples.test.ts",
  ...typeScriptCorpusFiles,
  "tests/suites/python-in-page.test.ts",
  ...pythonCorpusFiles,
];
const portOwnerFiles = [
  "tests/suites/runner-contract.test.ts",
  "tests/suites/webcontainer-host-contract.test.ts",
];

interface Round {
  round: number;
  passed: boolean;
  seconds: number;
  /** The one-minute load average when the round started and ended. */
  load: [number, number];
  failed: string[];
}

/** Runs a command, keeping its output; resolves with whether it exited with 0, and the output. */
function run(command: readonly string[]): Promise<{ ok: boolean; output: string }> {
  const [program, ...args] = command;
  if (program === undefined) return Promise.resolve({ ok: true, output: "" });
  return new Promise((resolve) => {
    const child = spawn(program, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => (output += chunk.toString());
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) =>
      resolve({ ok: false, output: `Could not start ${program}: ${error.message}` }),
    );
    child.on("close", (code) => resolve({ ok: code === 0, output }));
  });
}

/**
 * Starts `count` processes that spin a core each until killed, or until this script is gone: each
 * looks up now and then, so a loop outlives neither a Ctrl+C nor a kill of the script.
 */
function startBusyLoops(count: number): ChildProcess[] {
  const spin = `for (let i = 1; ; i++) if (i % 50_000_000 === 0 && process.ppid !== ${process.pid}) process.exit();`;
  return Array.from({ length: count }, () => spawn(process.execPath, ["-e", spin], { stdio: "ignore" }));
}

/** Runs commands one after another. */
async function sequence(
  commands: readonly (readonly string[])[],
): Promise<{ ok: boolean; output: string }[]> {
  const results = [];
  for (const command of commands) results.push(await run(command));
  return results;
}

async function runRound(round: number, prefix: string[] | undefined): Promise<Round> {
  const startedAt = performance.now();
  const loadAtStart = loadavg()[0] ?? 0;
  const portOwnerRuns = portOwnerFiles.map((file) => [
    ...npx,
    "vitest",
    "run",
    "--project",
    "port-owners",
    ...noRetry,
    file,
  ]);
  const results =
    prefix === undefined
      ? [await run(practiceRun), ...(await sequence(portOwnerRuns))]
      : await Promise.all([
          run(practiceRun),
          ...portOwnerRuns.map((command) => run([...prefix, ...command])),
        ]);
  const passed = results.every((result) => result.ok);
  // A failed round's whole output, to read why: which margin a busy machine broke.
  if (!passed)
    writeFileSync(
      new URL(`loaded-run-${round}.log`, reports),
      results.map((result) => result.output).join("\n"),
    );
  return {
    round,
    passed,
    seconds: Math.round((performance.now() - startedAt) / 100) / 10,
    load: [loadAtStart, loadavg()[0] ?? 0].map((value) => Math.round(value * 10) / 10) as [number, number],
    failed: passed ? [] : results.flatMap((result) => (result.ok ? [] : failureLines(result.output))),
  };
}

const reports = new URL("../reports/", import.meta.url);
mkdirSync(reports, { recursive: true });
const loops = startBusyLoops(busyLoops);
const stopLoops = () => loops.forEach((loop) => loop.kill());
process.on("exit", stopLoops);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    stopLoops();
    process.exit(130);
  });
const prefix = ownNetworkPrefix();
const done: Round[] = [];
try {
  for (let round = 1; round <= rounds; round += 1) {
    const result = await runRound(round, prefix);
    done.push(result);
    console.log(
      `round ${round}/${rounds}: ${result.passed ? "passed" : "FAILED"} in ${formatSeconds(result.seconds * 1000)}, ` +
        `load ${result.load[0]} → ${result.load[1]}`,
    );
    for (const line of result.failed) console.log(`  ${line}`);
  }
} finally {
  stopLoops();
}

const passedRounds = done.filter((round) => round.passed).length;
const report = {
  busyLoops,
  cores: availableParallelism(),
  rounds: done,
  passed: `${passedRounds}/${done.length}`,
};
writeFileSync(new URL("loaded-run.json", reports), `${JSON.stringify(report, null, 2)}\n`);
console.log(
  `\n${passedRounds} of ${done.length} rounds passed with ${busyLoops} busy loops: reports/loaded-run.json`,
);
process.exitCode = passedRounds === done.length ? 0 : 1;
