/**
 * The WebContainer host against a faithful fake of the container API (the real one cannot boot
 * here): it passes the shared runner contract, and leaves no process running.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeWebContainer } from "../../../tests/fakes/fake-webcontainer.node.ts";
import { runProcess } from "../../../tests/examples/run-process.node.ts";
import { contractCases, contractProblems, runContractCase } from "../contract/cases.ts";
import type { RunnerHost } from "../types.ts";
import { createWebContainerHost } from "./webcontainer-host.ts";

let container: FakeWebContainer;
let host: RunnerHost;

beforeAll(async () => {
  const root = new URL("../../../", import.meta.url);
  const built = await runProcess(process.execPath, ["scripts/build-runtime.node.ts"], {
    cwd: root.pathname,
    timeoutMs: 60_000,
  });
  if (built.exitCode !== 0) throw new Error(`Building the runner bundles failed:\n${built.stderr}`);
  const read = (name: string) => readFileSync(new URL(`public/runner/${name}`, root), "utf8");
  container = await FakeWebContainer.boot();
  host = await createWebContainerHost(container, {
    practiceServer: read("practice-server.mjs"),
    preload: read("preload.mjs"),
  });
}, 90_000);

afterAll(() => {
  host.dispose();
  container.dispose();
});

describe("WebContainer host: the runner contract", () => {
  for (const testCase of contractCases) {
    it(testCase.name, { timeout: 30_000 }, async () => {
      const result = await runContractCase(host, testCase);
      expect(contractProblems(testCase, result)).toEqual([]);
    });
  }

  it("leaves no program running after its run (only the practice server)", async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(container.runningProcesses()).toBeLessThanOrEqual(1);
  });
});
