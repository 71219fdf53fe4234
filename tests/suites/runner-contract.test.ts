/**
 * The runner contract (src/runner/contract/cases.ts) on every registered host (contract-hosts.node.ts):
 * a runtime added to src/runner/runtimes.ts is held to it with no test file of its own. A host that
 * needs a browser is named here as skipped, with the page and spec that hold it to the contract.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractCases, contractProblems, runContractCase } from "../../src/runner/contract/cases.ts";
import { runtimeKinds } from "../../src/runner/runtimes.ts";
import { contractHosts, type StartedHost } from "./contract-hosts.node.ts";

for (const kind of runtimeKinds) {
  const entry = contractHosts[kind];
  if (entry.runsIn === "browser") {
    it.skip(`${kind}: needs a browser; ${entry.spec} runs the contract on ${entry.page}`, () => undefined);
    continue;
  }

  describe(`${kind} (${entry.about}): the runner contract`, () => {
    let started: StartedHost | undefined;
    beforeAll(async () => {
      started = await entry.start();
    }, 90_000);
    afterAll(() => started?.stop());

    for (const testCase of contractCases) {
      it(testCase.name, { timeout: 30_000 }, async () => {
        if (started === undefined) throw new Error(`The ${kind} host did not start; see beforeAll's error.`);
        const result = await runContractCase(started.host, testCase);
        expect(contractProblems(testCase, result)).toEqual([]);
      });
    }
  });
}
