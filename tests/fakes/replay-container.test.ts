/**
 * A runner check record, replayed through the WebContainer host, must meet the runner contract and
 * print every sample's expected output: what a container once printed is held to the same
 * expectations as a live run. The committed record is a recorded run of the FAKE container (see
 * its `source` field and record-fake-check.node.ts), standing in until someone with a network
 * records the real WebContainer with `npm run check:webcontainer` and commits that instead.
 */
import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { readAllExamples } from "../../src/lib/example-files.node.ts";
import { compareOutput, describeMismatches } from "../../src/lib/expected-output.ts";
import { parseCheckRecord, type CheckRecord } from "../../src/runner/check/check-record.ts";
import { contractCases, contractProblems, runContractCase } from "../../src/runner/contract/cases.ts";
import { transpile } from "../../src/runner/transpile/transpile.ts";
import type { RunnerHost } from "../../src/runner/types.ts";
import { createWebContainerHost } from "../../src/runner/webcontainer/webcontainer-host.ts";
import { ReplayContainer, substituteInChunks } from "./replay-container.node.ts";

// Every record in tests/fixtures/ is replayed: the stand-in, and any real one committed beside it.
const fixtures = new URL("../fixtures/", import.meta.url);
const records = readdirSync(fixtures)
  .filter((name) => /^webcontainer-record\..+\.json$/.test(name))
  .map((name) => ({ name, record: parseCheckRecord(readFileSync(new URL(name, fixtures), "utf8")) }));
const examples = new Map(readAllExamples().map((example) => [example.id, example]));

/**
 * A host on a fresh replay of the record. Nothing runs, but the practice server is matched by its
 * program, so the host mounts the bundle the record was made with; the preload is only imported.
 */
function replayHost(from: CheckRecord): Promise<RunnerHost> {
  const server = from.otherProcesses.find((recorded) => recorded.args.includes("practice-server.mjs"));
  if (server?.program === undefined) throw new Error("The record has no practice server process.");
  return createWebContainerHost(new ReplayContainer(from), { practiceServer: server.program, preload: "" });
}

/** Verdicts whose output the recorder cut short cannot be replayed in full. */
const complete = (name: string, verdicts: CheckRecord["cases"]) =>
  (verdicts.find((verdict) => verdict.name === name)?.process?.droppedChars ?? 0) === 0;

it("has the stand-in record to replay", () => {
  expect(records.map(({ name }) => name)).toContain("webcontainer-record.sample.json");
});

for (const { name, record } of records) {
  describe(`${name} (${record.source.slice(0, 60)}…)`, () => {
    it("holds every contract case and every sample, each with its own process", () => {
      expect(record.bootError).toBeNull();
      expect(record.cases.map((verdict) => verdict.name)).toEqual(
        contractCases.map((testCase) => testCase.name),
      );
      expect(record.samples.map((verdict) => verdict.name).sort()).toEqual([...examples.keys()].sort());
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

    // Replays run in the order the record was made, on one host, as the check ran them.
    describe("replayed through the WebContainer host", () => {
      let host: RunnerHost;
      beforeAll(async () => void (host = await replayHost(record)));

      for (const testCase of contractCases) {
        it.skipIf(!complete(testCase.name, record.cases))(testCase.name, { timeout: 10_000 }, async () => {
          const result = await runContractCase(host, testCase);
          expect(contractProblems(testCase, result)).toEqual([]);
        });
      }

      for (const verdict of record.samples) {
        it(`sample ${verdict.name} prints its expected output`, { timeout: 10_000 }, async () => {
          const example = examples.get(verdict.name);
          const transpiled = transpile(example?.typescript ?? "");
          if (example === undefined || !transpiled.ok) throw new Error(`No sample "${verdict.name}" here.`);
          const lines: string[] = [];
          const exit = await host.run(transpiled.javascript, {
            timeLimitMs: 10_000,
            maxLines: 5_000,
            onEvent: (event) => {
              if (event.type === "output") lines.push(event.text);
            },
          }).done;
          expect(exit.code, lines.join("\n")).toBe(0);
          const mismatches = compareOutput(example.expected, lines.join("\n"));
          expect(mismatches, describeMismatches(mismatches)).toEqual([]);
        });
      }
    });
  });
}

describe("the replay container", () => {
  const standIn = records.find(({ name }) => name === "webcontainer-record.sample.json")?.record;

  it("refuses a program the record does not hold, naming it", async () => {
    if (standIn === undefined) throw new Error("The stand-in record is missing.");
    const host = await replayHost(standIn);
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

  it("plays back recorded chunks with the recorded split, the fresh key put in", () => {
    const key = "1cd2cf52-0dd1-4b73-acc5-0fddaadd5e7f";
    const chunks = ["\u001eTL1cd2cf52-0dd1", `-4b73-acc5-0fddaadd5e7f:{}\n`, `main-7.mjs ${key}`];
    const replaced = substituteInChunks(chunks, [
      [key, "KEY"],
      ["main-7.mjs", "main-12.mjs"],
    ]);
    expect(replaced.join("")).toBe("\u001eTLKEY:{}\nmain-12.mjs KEY");
    // A boundary inside a replaced key moves to its end; the other boundaries stay.
    expect(replaced).toEqual(["\u001eTLKEY", ":{}\n", "main-12.mjs KEY"]);
  });
});
