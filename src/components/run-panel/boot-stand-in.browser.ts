/**
 * For the end-to-end specs only: a "WebContainer" that boots when the spec says so and runs programs
 * in a second built-in runtime. The specs use it to see the page hand runs over to a runtime that
 * became ready, which a real WebContainer cannot show here (it needs stackblitz.com). Loaded only
 * when a spec has defined `globalThis.asyncTourBootStandIn`.
 */
import type { RunnerHost } from "../../runner/types.ts";
import { WorkerHost } from "../../runner/worker/worker-host.browser.ts";

/** Waits for the spec's `boot` (which may reject, like a failed boot), then builds the host. */
export async function bootStandIn(boot: () => Promise<void>): Promise<RunnerHost> {
  await boot();
  const inner = new WorkerHost();
  await inner.warmUp();
  return {
    kind: "webcontainer",
    run: (javascript, options) => inner.run(javascript, options),
    dispose: () => {
      inner.dispose();
      // Lets a spec see that a container nobody uses is torn down.
      dispatchEvent(new Event("async-tour:stand-in-disposed"));
    },
  };
}
