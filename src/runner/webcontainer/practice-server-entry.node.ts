/** The practice server as the WebContainer runs it: port 8787, until the container stops. */
import { startPracticeServer } from "../practice-server/practice-server.node.ts";

await startPracticeServer(8787);
