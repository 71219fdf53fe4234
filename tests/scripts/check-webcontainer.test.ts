/**
 * `npm run check:webcontainer` without a network must stop at once with one clear line, before it
 * starts a server or a browser. A local server that accepts connections and never answers stands
 * in for an unreachable WebContainer host (the probe's URL can be changed for exactly this test).
 */
import { createServer, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runProcess } from "../samples/run-process.node.ts";

const sockets: Socket[] = [];
const silent = createServer((socket) => void sockets.push(socket));
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const address = silent.address();
  port = typeof address === "object" && address !== null ? address.port : 0;
});

afterAll(() => {
  sockets.forEach((socket) => socket.destroy());
  silent.close();
});

describe("check:webcontainer with no network", () => {
  it("fails within seconds, saying which host did not answer", { timeout: 20_000 }, async () => {
    const url = `http://127.0.0.1:${port}/headless`;
    const started = performance.now();
    const result = await runProcess(process.execPath, ["scripts/check-webcontainer.node.ts"], {
      cwd: new URL("../../", import.meta.url).pathname,
      timeoutMs: 15_000,
      env: { CHECK_WEBCONTAINER_PROBE_URL: url, CHECK_WEBCONTAINER_PROBE_MS: "1000" },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stderr.trim()).toBe(
      `check:webcontainer needs the network: ${url} did not answer within 1 s`,
    );
    expect(result.stdout).toBe("");
    // The probe's second plus loading the script: nothing heavy ran before it.
    expect(performance.now() - started).toBeLessThan(8_000);
  });
});
