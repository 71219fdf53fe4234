/**
 * Vitest global setup: the samples expect the practice server on port 8787. Start it once for the
 * whole run, or reuse one that is already serving there (`npm run practice-server` in another terminal).
 */
import { PRACTICE_ORIGIN } from "../../src/runner/playground/handler.ts";
import { startPracticeServer } from "../../src/runner/playground/practice-server.node.ts";

async function practiceServerIsUp(): Promise<boolean> {
  try {
    const response = await fetch(`${PRACTICE_ORIGIN}/`);
    const body = (await response.json()) as { routes?: unknown };
    return Array.isArray(body.routes);
  } catch {
    return false;
  }
}

export default async function setup(): Promise<() => Promise<void>> {
  if (await practiceServerIsUp()) return async () => {};
  const server = await startPracticeServer(8787);
  return () => server.close();
}
