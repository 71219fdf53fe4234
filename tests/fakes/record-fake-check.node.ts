/**
 * Records a runner check of the FAKE container (fake-webcontainer.node.ts) through the same
 * recorder the `/runner-check/` page wraps around the real WebContainer, and writes it as
 * tests/fixtures/webcontainer-record.sample.json. That file stands in for a real record until
 * someone with a network runs `npm run check:webcontainer` and commits what the real container did;
 * its `source` field says so, and the replay test reads whichever record is there.
 *
 * Run: `node scripts/build-runtime.node.ts && node tests/fakes/record-fake-check.node.ts [out.json]`
 * (port 8787 must be free: the fake starts the practice server on it).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readAllSamples } from "../../src/samples/sample-files.node.ts";
import type { CheckRecord } from "../../src/runner/check/check-record.ts";
import { createRecorder } from "../../src/runner/check/recording-container.ts";
import { runCheck } from "../../src/runner/check/run-check.ts";
import type { ContainerLike } from "../../src/runner/webcontainer/container.ts";
import { createWebContainerHost } from "../../src/runner/webcontainer/webcontainer-host.ts";
import { sha256Hex } from "../support/sha256.node.ts";
import { FakeWebContainer, strictSwitches } from "./fake-webcontainer.node.ts";

const root = new URL("../../", import.meta.url);
const out = process.argv[2] ?? new URL("tests/fixtures/webcontainer-record.sample.json", root).pathname;
const read = (name: string) => readFileSync(new URL(`public/runner/${name}`, root), "utf8");

const startedAt = new Date();
// Up to 20 000 characters of each process: the flood case alone would make the fixture megabytes.
const recording = createRecorder(20_000);
// Every strict switch on (one merged pty split anywhere, output that never closes and lags the
// exit, kill ignored by a busy loop, runtime stack frames), so the record looks like what the
// real container gives; the host boots a new fake after each Stop that a busy loop ignored.
// Start-up is far shorter than the strict second: with it (or even 100 ms on a slow machine, where
// Node itself takes 200 ms to start), both busy-loop cases are stopped before
// their process has started, and the record would never show a container torn down and replaced.
const switches = { ...strictSwitches, startupLatencyMs: 20 };
const fakes: FakeWebContainer[] = [];
let latest: ContainerLike | undefined;
const boot = async () => {
  const fake = await FakeWebContainer.boot(switches);
  fakes.push(fake);
  latest = recording.wrap(fake);
  return latest;
};
try {
  const booting = performance.now();
  const host = await createWebContainerHost(boot, {
    practiceServer: read("practice-server.mjs"),
    preload: read("preload.mjs"),
  });
  const bootMs = Math.round(performance.now() - booting);
  if (latest === undefined) throw new Error("The host is ready, but no container was booted.");
  const nodeVersion = host.nodeVersion;
  if (nodeVersion === undefined) throw new Error("The host could not read the container's Node version.");
  const samples = readAllSamples().map(({ id, typescript, expected }) => ({ id, typescript, expected }));
  const outcome = await runCheck(host, {
    samples,
    recording,
    onVerdict: (kind, verdict) => console.log(`${verdict.passed ? "pass" : "FAIL"} ${kind} ${verdict.name}`),
  });
  host.dispose();
  const record: CheckRecord = {
    source:
      "A recorded run of the FAKE container (tests/fakes/fake-webcontainer.node.ts, every strict " +
      `switch on, start-up ${switches.startupLatencyMs} ms, real Node ${process.version} processes), standing in until a real WebContainer ` +
      "record is made with `npm run check:webcontainer`. It shows the record's shape and the " +
      "fake's imitation of the pty, not the real container's behaviour.",
    runtime: "webcontainer",
    url: "fake:tests/fakes/fake-webcontainer.node.ts",
    userAgent: `Node.js ${process.version}`,
    startedAt: startedAt.toISOString(),
    bootMs,
    nodeVersion,
    bootError: null,
    errors: [],
    preloadSha256: sha256Hex(read("preload.mjs")),
    ...outcome,
  };
  writeFileSync(out, `${JSON.stringify(record, null, 1)}\n`);
  const failed = [...record.cases, ...record.samples].filter((verdict) => !verdict.passed).length;
  const containers = new Set(recording.processes.map((recorded) => recorded.container)).size;
  console.log(
    `Wrote ${out}: ${record.cases.length} cases, ${record.samples.length} samples, ${failed} failed, ` +
      `${containers} containers.`,
  );
  process.exitCode = failed === 0 ? 0 : 1;
} finally {
  for (const fake of fakes) fake.teardown();
}
