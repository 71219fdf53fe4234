/**
 * The probe behind `npm run check:webcontainer` must fail fast and say why when the network does
 * not answer, and must not mistake an HTTP error for a missing network. Local servers stand in
 * for the WebContainer's host: one that never answers, a port that refuses, one that says 404.
 */
import { createServer, type Server } from "node:http";
import { createServer as createTcpServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { probeNetwork } from "./network-probe.ts";

const servers: { close: () => void }[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

function listen(server: Server | ReturnType<typeof createTcpServer>): Promise<number> {
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve(typeof address === "object" && address !== null ? address.port : 0);
    }),
  );
}

describe("probeNetwork", () => {
  it("gives up on a server that accepts the connection but never answers, within the limit", async () => {
    const sockets: { destroy: () => void }[] = [];
    const silent = createTcpServer((socket) => void sockets.push(socket));
    servers.push({ close: () => sockets.forEach((socket) => socket.destroy()) });
    const port = await listen(silent);
    const started = performance.now();
    const result = await probeNetwork(`http://127.0.0.1:${port}/headless`, 400);
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(result).toEqual({
      reachable: false,
      message: `check:webcontainer needs the network: http://127.0.0.1:${port}/headless did not answer within 0.4 s`,
    });
  });

  it("says a refused connection could not be reached", async () => {
    // A port that was just free: nothing listens there now.
    const closed = createTcpServer();
    const port = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const result = await probeNetwork(`http://127.0.0.1:${port}/`, 2_000);
    expect(result.reachable).toBe(false);
    expect(!result.reachable && result.message).toMatch(
      /needs the network: .* could not be reached \(.*ECONNREFUSED/,
    );
  });

  it("counts any HTTP answer, a 404 too, as a network", async () => {
    const port = await listen(createServer((_request, response) => response.writeHead(404).end()));
    expect(await probeNetwork(`http://127.0.0.1:${port}/headless`, 2_000)).toEqual({
      reachable: true,
      status: 404,
    });
  });
});
