/**
 * The network a learner meets offline or behind a school filter: every host but this machine
 * takes the connection and never answers, as when packets are dropped. Firefox is pointed at a
 * local "black hole" through a proxy auto-config script, so requests from pages, frames and
 * workers alike (the WebContainer's boot included) hang, and none leaves the machine, whatever
 * network it has. A fast refusal would not do: it makes the WebContainer give up at once, which
 * is not what learners see.
 */
import { EventEmitter } from "node:events";
import { createServer, type Socket } from "node:net";

/** A running black hole and the Firefox preferences that send traffic to it. */
export interface OfflineNetwork {
  /** Preferences for `puppeteer.launch({ extraPrefsFirefox })`. */
  firefoxPreferences: Record<string, string | number | boolean>;
  /** Hosts that tried to connect (CONNECT requests and plain requests), in order. */
  attemptedHosts: () => string[];
  /** Resolves once a host ending in `suffix` has tried to connect; rejects after `timeoutMs`. */
  hostAttempted: (suffix: string, timeoutMs: number) => Promise<void>;
  close: () => Promise<void>;
}

/** Starts the black hole on a free local port. */
export async function startOfflineNetwork(): Promise<OfflineNetwork> {
  const held = new Set<Socket>();
  const hosts: string[] = [];
  const seen = new EventEmitter();
  const server = createServer((socket) => {
    // Keep the connection open and silent; note which host was wanted, for the report.
    held.add(socket);
    socket.once("data", (data) => {
      const target = /^\w+ (?:https?:\/\/)?([^/: ]+)/.exec(data.toString("latin1"));
      if (target?.[1] === undefined) return;
      hosts.push(target[1]);
      seen.emit("host", target[1]);
    });
    socket.on("error", () => held.delete(socket));
    socket.on("close", () => held.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("The black hole has no TCP port.");
  const script = `function FindProxyForURL(url, host) {
  if (host === "localhost" || host === "127.0.0.1") return "DIRECT";
  return "PROXY 127.0.0.1:${address.port}";
}`;
  return {
    firefoxPreferences: {
      // 2: use the proxy auto-config script at autoconfig_url.
      "network.proxy.type": 2,
      "network.proxy.autoconfig_url": `data:application/x-ns-proxy-autoconfig,${encodeURIComponent(script)}`,
    },
    attemptedHosts: () => [...hosts],
    hostAttempted: (suffix, timeoutMs) =>
      new Promise((resolve, reject) => {
        if (hosts.some((host) => host.endsWith(suffix))) return resolve();
        const timer = setTimeout(() => {
          seen.off("host", listener);
          reject(new Error(`No request for ${suffix} within ${timeoutMs} ms; tried: ${hosts.join(", ")}`));
        }, timeoutMs);
        const listener = (host: string) => {
          if (!host.endsWith(suffix)) return;
          clearTimeout(timer);
          seen.off("host", listener);
          resolve();
        };
        seen.on("host", listener);
      }),
    close: () => {
      for (const socket of held) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
