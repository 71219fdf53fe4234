/**
 * The samples expect the practice server on port 8787. Each test file that needs it starts its own
 * for as long as the file runs (vitest runs files one at a time), so the WebContainer host's test,
 * which starts the server inside its container, finds the port free: a server that answers there
 * is then the container's own. An already running `npm run practice-server` is reused.
 */
import { afterAll, beforeAll } from "vitest";
import { PRACTICE_ORIGIN } from "../../src/runner/practice-server/handler.ts";
import {
  startPracticeServer,
  type RunningPracticeServer,
} from "../../src/runner/practice-server/practice-server.node.ts";

async function practiceServerIsUp(): Promise<boolean> {
  try {
    const response = await fetch(`${PRACTICE_ORIGIN}/`);
    const body = (await response.json()) as { routes?: unknown };
    return Array.isArray(body.routes);
  } catch {
    return false;
  }
}

/** Starts the practice server before this file's tests and stops it after them. */
export function usePracticeServer(): void {
  let server: RunningPracticeServer | undefined;
  beforeAll(async () => {
    if (!(await practiceServerIsUp())) server = await startPracticeServer(8787);
  });
  afterAll(() => server?.close());
}
