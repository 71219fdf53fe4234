/**
 * A runner check record, replayed through the WebContainer host, must meet the runner contract and
 * print every sample's expected output: what a container once printed is held to the same
 * expectations as a live run. The committed record is a recorded run of the FAKE container (see
 * its `source` field and record-fake-check.node.ts), standing in until someone with a network
 * records the real WebContainer with `npm run check:webcontainer` and commits that instead.
 *
 * A record replays what it holds. A sample added or changed since it was made is skipped, and the
 * skipped test's title says why (the live suites run it: samples.test.ts, the fake container, the
 * browsers); so a new sample needs no new record. A record made with another preload than the one
 * that ships now fails one test that says so, since its output is the old preload's.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readAllSamples } from "../../src/samples/sample-files.node.ts";
import type { CheckRecord } from "../../src/runner/check/check-record.ts";
import { contractCases, contractProblems, runContractCase } from "../../src/runner/contract/cases.ts";
import { startRunPipeline } from "../../src/runner/run-pipeline.ts";
import { linesOf } from "../../src/runner/run-result.ts";
import type { RunnerHost } from "../../src/runner/types.ts";
import { createWebContainerHost } from "../../src/runner/webcontainer/webcontainer-host.ts";
import { buildContainerFiles } from "../fakes/container-files.node.ts";
import { ReplaySession } from "../fakes/replay-container.node.ts";
import { readCheckRecords, whyNotReplayed } from "../support/recorded-samples.node.ts";
import { assertSampleOutput, recordedRun } from "../support/sample-output.ts";
import { sha256Hex } from "../support/sha256.node.ts";

// Every record in tests/fixtures/ is replayed: the stand-in, and any real one committed beside it.
const records = readCheckRecords();
const samples = new Map(readAllSamples().map((sample) => [sample.id, sample]));

/**
 * A host on a fresh replay of the record. Nothing runs, but the practice server is matched by its
 * program, so the host mounts the bundle the record was made with; the preload is only imported.
 */
async function replayHost(from: CheckRecord): Promise<{ host: RunnerHost; session: ReplaySession }> {
  const server = from.otherProcesses.find((recorded) => recorded.args.includes("practice-server.mjs"));
  if (server?.program === undefined) throw new Error("The record has no practice server process.");
  const session = new ReplaySession(from);
  const host = await createWebContainerHost(session.boot, { practiceServer: server.program, preload: "" });
  return { host, session };
}

/** Every process of a record, its verdicts' and the others. */
const processesOf = (record: CheckRecord) => [
  ...[...record.cases, ...record.samples].flatMap((verdict) => (verdict.process ? [verdict.process] : [])),
  ...record.otherProcesses,
];

/** Verdicts whose output the recorder cut short cannot be replayed in full. */
const complete = (name: string, verdicts: CheckRecord["cases"]) =>
  (verdicts.find((verdict) => verdict.name === name)?.process?.droppedChars ?? 0) === 0;

it("has the stand-in record to replay", () => {
  expect(records.map(({ name }) => name)).toContain("webcontainer-record.sample.json");
});

for (const { name, record } of records) {
  describe(`${name} (${record.source.slice(0, 60)}…)`, () => {
    const replayed = [...samples.values()].filter((sample) => whyNotReplayed(record, sample) === undefined);
    const replayedIds = new Set(replayed.map((sample) => sample.id));

    it("holds every contract case, each verdict with its own process", () => {
      expect(record.bootError).toBeNull();
      expect(record.cases.map((verdict) => verdict.name)).toEqual(
        contractCases.map((testCase) => testCase.name),
      );
      const withoutProcess = [...record.cases, ...record.samples].filter((verdict) => !verdict.process);
      expect(withoutProcess.map((verdict) => verdict.name)).toEqual([]);
    });

    it("is cut short nowhere but in the flood of output", () => {
      const cut = [...record.cases, ...record.samples].filter(
        (verdict) => (verdict.process?.droppedChars ?? 0) > 0,
      );
      expect(
        cut.map((verdict) => verdict.name).filter((cutName) => cutName !== "caps a flood of output"),
      ).toEqual([]);
    });

    const preloadTitle =
      record.preloadSha256 === undefined
        ? "was made with the preload that ships now (skipped: the record names no preload hash)"
        : "was made with the preload that ships now";
    it.skipIf(record.preloadSha256 === undefined)(preloadTitle, { timeout: 60_000 }, async () => {
      const { preload } = await buildContainerFiles();
      expect(
        sha256Hex(preload),
        "The preload (src/runner/webcontainer/preload.node.ts) changed after this record was made, so " +
          "its output is the old preload's. Record it again: npm run build:runtime && " +
          "npx node tests/fakes/record-fake-check.node.ts (see that file).",
      ).toBe(record.preloadSha256);
    });

    // Replays run in the order the record was made, on one host, as the check ran them.
    describe("replayed through the WebContainer host", () => {
      let host: RunnerHost;
      let session: ReplaySession;
      beforeAll(async () => void ({ host, session } = await replayHost(record)));

      for (const testCase of contractCases) {
        it.skipIf(!complete(testCase.name, record.cases))(testCase.name, { timeout: 10_000 }, async () => {
          const result = await runContractCase(host, testCase);
          expect(contractProblems(testCase, result)).toEqual([]);
        });
      }

      // Named with the reason: a skipped sample is run live elsewhere, and recorded next time.
      for (const sample of samples.values()) {
        const reason = whyNotReplayed(record, sample);
        if (reason !== undefined) it.skip(`sample ${sample.id}: not replayed, ${reason}`, () => undefined);
      }

      // In the record's order, as the check ran them.
      for (const verdict of record.samples.filter((recorded) => replayedIds.has(recorded.name))) {
        it(`sample ${verdict.name} prints its expected output`, { timeout: 10_000 }, async () => {
          const sample = samples.get(verdict.name);
          if (sample === undefined) throw new Error(`No sample "${verdict.name}" here.`);
          // Through the run pipeline, as the page and the check run a sample.
          const result = await startRunPipeline({
            typescript: sample.typescript,
            host,
            timeLimitMs: 10_000,
            maxLines: 5_000,
          }).result;
          if (result.kind !== "finished") throw new Error(`The run did not finish: ${result.kind}.`);
          const { exit } = result;
          const lines = linesOf(result);
          expect(exit.code, lines.join("\n")).toBe(0);
          assertSampleOutput(sample.id, sample.expected, lines, recordedRun);
        });
      }

      // Runs last: by now every case and sample has been replayed.
      it("boots a new container wherever the recorded host did, and plays every recorded run", () => {
        const containers = new Set(processesOf(record).map((recorded) => recorded.container));
        expect(session.boots).toBe(containers.size);
        // Left: the runs of the cases and samples skipped above (and of samples since removed);
        // the host itself asks for `node --version`.
        const skipped = [
          ...record.cases.filter((verdict) => !complete(verdict.name, record.cases)),
          ...record.samples.filter((verdict) => !replayedIds.has(verdict.name)),
        ];
        const left = session.unplayed().map((recorded) => recorded.sequence);
        expect(left.sort((a, b) => a - b)).toEqual(
          skipped
            .flatMap((verdict) => (verdict.process ? [verdict.process] : []))
            .map((recorded) => recorded.sequence)
            .sort((a, b) => a - b),
        );
      });
    });
  });
}

describe("the replay container", () => {
  const standIn = records.find(({ name }) => name === "webcontainer-record.sample.json")?.record;

  it("boots one container at a time, as the real API does", async () => {
    if (standIn === undefined) throw new Error("The stand-in record is missing.");
    const session = new ReplaySession(standIn);
    const first = await session.boot();
    await expect(session.boot()).rejects.toThrow("Unable to create more instances");
    first.teardown();
    await expect(session.boot()).resolves.toBeDefined();
  });

  it("ends a process that the record's teardown ended only at this teardown", async () => {
    if (standIn === undefined) throw new Error("The stand-in record is missing.");
    const busy = standIn.cases.find((verdict) => verdict.name === "stops an endless loop");
    if (busy?.process?.tornDown !== true) throw new Error("The record's busy loop was not torn down.");
    const session = new ReplaySession(standIn);
    const container = await session.boot();
    await container.mount({ "main-1.mjs": { file: { contents: busy.process.program ?? "" } } });
    const process = await container.spawn("node", ["--import", "./preload.mjs", "main-1.mjs"]);
    let exited = false;
    void process.exit.then(() => (exited = true));
    process.kill();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(exited).toBe(false);
    container.teardown();
    expect(await process.exit).toBe(busy.process.exitCode);
  });

  it("refuses a program the record does not hold, naming it", async () => {
    if (standIn === undefined) throw new Error("The stand-in record is missing.");
    const { host } = await replayHost(standIn);
    const lines: string[] = [];
    const exit = await host.run('console.log("not in the record");', {
      timeLimitMs: 5_000,
      maxLines: 100,
      onEvent: (event) => {
        if (event.type === "output") lines.push(event.text);
      },
    }).done;
    expect(exit.code).not.toBe(0);
    expect(lines.join("\n")).toMatch(/holds no \(further\) process for: node .*main-1\.mjs/);
  });
});
