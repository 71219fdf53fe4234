/** The practice server as the WebContainer runs it: port 8787, until the container stops. */
import { startPracticeServer } from "../practice-server/practice-server.node.ts";

// Inside a WebContainer the network is the container's own, and its preview forwarding is known
// to work with a server on every address, as before the default became loopback only.
await startPracticeServer(8787, { listen: "every-address" });
