/**
 * Which samples a committed runner check record can replay (tests/fixtures/webcontainer-record.*.json).
 * The replay suite replays those and skips the rest with the reason; the fake container's live
 * pass runs the rest, so every sample goes through the WebContainer host once per `npm test`
 * (and every one live under `npm run test:full`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { parseCheckRecord, type CheckRecord } from "../../src/runner/check/check-record.ts";
import { transpile } from "../../src/runner/transpile/transpile.ts";
import type { SampleFiles } from "../../src/samples/sample-schema.ts";

const fixtures = new URL("../fixtures/", import.meta.url);

/** Every committed record: the stand-in, and any real one committed beside it. */
export function readCheckRecords(): { name: string; record: CheckRecord }[] {
  return readdirSync(fixtures)
    .filter((name) => /^webcontainer-record\..+\.json$/.test(name))
    .map((name) => ({ name, record: parseCheckRecord(readFileSync(new URL(name, fixtures), "utf8")) }));
}

/**
 * Why `sample` cannot be replayed from `record`, or undefined when it can: the record holds no run
 * of it (a sample added after recording), or ran other code (a sample changed since).
 */
export function whyNotReplayed(record: CheckRecord, sample: SampleFiles): string | undefined {
  const verdict = record.samples.find((recorded) => recorded.name === sample.id);
  if (verdict === undefined) return "not in the record (added after it was made)";
  const program = transpile(sample.typescript);
  if (program.ok && verdict.process?.program !== program.javascript)
    return "its code changed after the record was made";
  return undefined;
}

/** Whether some committed record replays `sample`. */
export function isReplayed(sample: SampleFiles, records = readCheckRecords()): boolean {
  return records.some(({ record }) => whyNotReplayed(record, sample) === undefined);
}
