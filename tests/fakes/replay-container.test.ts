/**
 * A runner check record, replayed through the WebContainer host, must meet the runner contract and
 * print every sample's expected output: what a container once printed is held to the same
 * expectations as a live run. The committed record is a recorded run of the FAKE container (see
 * its `source` field and record-fake-check.node.ts), standing in until someone with a network
 * records the real WebContainer with `npm run check:webcontainer` and commits that instead.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { readAllExamples } from "../../src/lib/example-files.node.ts";
import { compareOutput, describeMismatches } from "../../src/lib/expected-output.ts";
import { parseCheckRecord, type CheckRecord } from "../../src/runner/check/check-record.ts";
import { contractCases, contractProblems, runContractCase } from "../../src/runner/contract/cases.ts";
import { transpile } from "../../src/runner/transpile/transpile.ts";
import type { RunnerHost } from "../../src/runner/types.ts";
import { createWebContainerHost } from "../../src/runner/webcontainer/webcontainer-host.ts";
import { ReplayContainer, substituteInChunks } from "./replay-container.node.ts";

const record = parseCheckRecord(
  readFileSync(new URL("../fixtures/webcontainer-record.sample.json", import.meta.url), "utf8"),
);
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

describe("the committed record", () => {
  it("holds every contract case and every sample, each with its own process", () => {
    expect(record.cases.map((verdict) => verdict.name)).toEqual(
      contractCases.map((testCase) => testCase.name),
    );
    expect(record.samples.map((verdict) => verdict.name).sort()).toEqual([...examples.keys()].sort());
    const withoutProcess = [...record.cases, ...record.samples].filter((verdict) => !verdict.process);
    expect(withoutProcess.map((verdict) => verdict.name)).toEqual([]);
  });

  it("cuts short only the flood of output", () => {
    const cut = record.cases.filter((verdict) => !complete(verdict.name, record.cases));
    expect(cut.map((verdict) => verdict.name)).toEqual(["caps a flood of output"]);
    expect(record.samples.filter((verdict) => !complete(verdict.name, record.samples))).toEqual([]);
  });
});

// Replays run in the order the record was made, on one host, as the check ran them.
describe("a replayed record meets the runner contract", () => {
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

describe("the replay container", () => {
  it("refuses a program the record does not hold, naming it", async () => {
    const host = await replayHost(record);
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
