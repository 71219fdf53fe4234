/**
 * "Unreachable" as learners meet it: a host that never answers (a DNS server that stays silent, a
 * filter that drops packets), not a fast refusal. This machine fails DNS for stackblitz.com in a few
 * milliseconds, which would let a WebContainer boot fail at once, so both browsers are given a proxy
 * auto-config that sends the WebContainer's hosts to a local proxy that accepts and then says
 * nothing, forever. Everything else goes direct.
 */
import { createServer, type Server } from "node:http";
import type { Socket } from "node:net";

/** The hosts the WebContainer runtime loads from. */
export const webContainerHosts =
  /(^|\.)(stackblitz\.com|stackblitz\.io|webcontainer\.io|webcontainer-api\.io)$/;

/** A running black hole: the PAC URL to hand to the browser, and a way to close it. */
export interface BlackHole {
  pacUrl: string;
  close: () => Promise<void>;
}

/** Starts the silent proxy and the PAC file that points the WebContainer's hosts at it. */
export async function startBlackHole(): Promise<BlackHole> {
  const held = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    if (request.url === "/proxy.pac") {
      const port = (server.address() as { port: number }).port;
      response.setHeader("content-type", "application/x-ns-proxy-autoconfig");
      response.end(
        `function FindProxyForURL(url, host) {\n` +
          `  return ${webContainerHosts.toString()}.test(host) ? "PROXY 127.0.0.1:${port}" : "DIRECT";\n` +
          `}\n`,
      );
      return;
    }
    // A plain HTTP request through the proxy: keep the socket open and never reply.
    held.add(request.socket);
  });
  // HTTPS goes through CONNECT: accept the socket and never open the tunnel.
  server.on("connect", (_request, socket: Socket) => {
    held.add(socket);
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    pacUrl: `http://127.0.0.1:${port}/proxy.pac`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of held) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
