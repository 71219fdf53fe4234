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
import { readAllExamples } from "../../src/lib/example-files.node.ts";
import type { CheckRecord } from "../../src/runner/check/check-record.ts";
import { containerNodeVersion, recordContainer } from "../../src/runner/check/recording-container.ts";
import { runCheck } from "../../src/runner/check/run-check.ts";
import { createWebContainerHost } from "../../src/runner/webcontainer/webcontainer-host.ts";
import { FakeWebContainer } from "./fake-webcontainer.node.ts";

const root = new URL("../../", import.meta.url);
const out = process.argv[2] ?? new URL("tests/fixtures/webcontainer-record.sample.json", root).pathname;
const read = (name: string) => readFileSync(new URL(`public/runner/${name}`, root), "utf8");

const startedAt = new Date();
const fake = await FakeWebContainer.boot();
// Up to 100 000 characters of each process, so the flood case does not make the fixture 5 MB.
const recording = recordContainer(fake, 100_000);
try {
  const booting = performance.now();
  const host = await createWebContainerHost(recording.container, {
    practiceServer: read("practice-server.mjs"),
    preload: read("preload.mjs"),
  });
  const bootMs = Math.round(performance.now() - booting);
  const nodeVersion = await containerNodeVersion(recording.container);
  const samples = readAllExamples().map(({ id, typescript, expected }) => ({ id, typescript, expected }));
  const outcome = await runCheck(host, {
    samples,
    recording,
    onVerdict: (kind, verdict) => console.log(`${verdict.passed ? "pass" : "FAIL"} ${kind} ${verdict.name}`),
  });
  host.dispose();
  const record: CheckRecord = {
    source:
      "A recorded run of the FAKE container (tests/fakes/fake-webcontainer.node.ts, real Node " +
      `${process.version} processes), standing in until a real WebContainer record is made with ` +
      "`npm run check:webcontainer`. It shows the record's shape, not the real container's behaviour.",
    runtime: "webcontainer",
    url: "fake:tests/fakes/fake-webcontainer.node.ts",
    userAgent: `Node.js ${process.version}`,
    startedAt: startedAt.toISOString(),
    bootMs,
    nodeVersion,
    bootError: null,
    errors: [],
    ...outcome,
  };
  writeFileSync(out, `${JSON.stringify(record, null, 1)}\n`);
  const failed = [...record.cases, ...record.samples].filter((verdict) => !verdict.passed).length;
  console.log(
    `Wrote ${out}: ${record.cases.length} cases, ${record.samples.length} samples, ${failed} failed.`,
  );
  process.exitCode = failed === 0 ? 0 : 1;
} finally {
  fake.dispose();
}
