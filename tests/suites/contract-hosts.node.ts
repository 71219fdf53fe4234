/**
 * Every runtime's host for the runner contract, one entry per runtime in src/runner/runtimes.ts:
 * the record is keyed by `RuntimeKind`, so a new runtime fails the type check here until it says
 * how the contract reaches it. runner-contract.test.ts runs the contract on each entry; no new
 * test file is needed for a new host.
 */
import type { RuntimeKind } from "../../src/runner/runtimes.ts";
import type { RunnerHost } from "../../src/runner/types.ts";
import { createWebContainerHost } from "../../src/runner/webcontainer/webcontainer-host.ts";
import { buildContainerFiles } from "../fakes/container-files.node.ts";
import { FakeWebContainer, strictSwitches } from "../fakes/fake-webcontainer.node.ts";

/** A host started for the contract, and how to leave nothing running after it. */
export interface StartedHost {
  host: RunnerHost;
  stop(): void;
}

/**
 * How the contract reaches one runtime: a host started here under Node, or, for a host that needs
 * a browser (a Worker in a sandboxed iframe), the runner check page and the spec that drives it.
 */
export type ContractHost =
  | { runsIn: "node"; about: string; start(): Promise<StartedHost> }
  | { runsIn: "browser"; about: string; page: string; spec: string };

/** The contract's way to each runtime. */
export const contractHosts: Record<RuntimeKind, ContractHost> = {
  webcontainer: {
    runsIn: "node",
    about: "the WebContainer host on the strict fake container, every switch on",
    async start() {
      const containers: FakeWebContainer[] = [];
      const host = await createWebContainerHost(
        async () => {
          const container = await FakeWebContainer.boot(strictSwitches);
          containers.push(container);
          return container;
        },
        await buildContainerFiles(),
      );
      return {
        host,
        stop() {
          host.dispose();
          for (const container of containers) container.teardown();
        },
      };
    },
  },
  worker: {
    runsIn: "browser",
    about: "the built-in runtime, a Worker in a sandboxed iframe",
    page: "/runner-check/?runtime=worker",
    spec: "tests/e2e/runner-check.spec.ts",
  },
};
