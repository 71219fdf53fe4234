import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendRaw } from "../../../tests/practice-server/raw-http.node.ts";
import { startPracticeServer, type RunningPracticeServer } from "./practice-server.node.ts";

/** Resolves with whether a TCP connection to `host`:`port` is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, host);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

describe("the Node practice server", () => {
  let server: RunningPracticeServer;
  beforeAll(async () => {
    server = await startPracticeServer(0);
  });
  afterAll(() => server.close());

  it("listens on loopback only: 127.0.0.1 and ::1, not the rest of 127.0.0.0/8", async () => {
    expect(await accepts("127.0.0.1", server.port)).toBe(true);
    expect(await accepts("::1", server.port)).toBe(true);
    // A server on every address would accept here too; one bound to 127.0.0.1 refuses.
    expect(await accepts("127.0.0.2", server.port)).toBe(false);
  });

  it("answers bytes that are not HTTP with 400, and goes on serving", async () => {
    const garbage = await sendRaw(server.port, { method: "NOT A METHOD", target: "/", headers: [] });
    expect(garbage.status).toBe(400);
    expect(garbage.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const overflow = await sendRaw(server.port, {
      method: "GET",
      target: "/",
      headers: [
        ["host", "localhost"],
        ["x-big", "x".repeat(64 * 1024)],
      ],
    });
    expect(overflow.status).toBe(431);
    const after = await sendRaw(server.port, {
      method: "GET",
      target: "/",
      headers: [["host", "localhost"]],
    });
    expect(after.status).toBe(200);
  });
});
