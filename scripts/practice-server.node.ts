/** `npm run practice-server`: serves the practice server on port 8787 until stopped. */
import { startPracticeServer } from "../src/runner/practice-server/practice-server.node.ts";

const server = await startPracticeServer(Number(process.env["PORT"] ?? 8787));
console.log(`Practice server on ${server.origin} (Ctrl+C to stop)`);
