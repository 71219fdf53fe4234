/**
 * The samples and exercises expect the practice server on port 8787. The vitest project that runs
 * them (`practice`, see vitest.config.ts) starts one server here for all its files, which run side
 * by side: the server keeps no state a run could disturb for another (its `/flaky` counters are
 * keyed, and each program picks a key of its own). An already running `npm run practice-server` is
 * reused.
 *
 * The server runs in a process of its own, not in vitest's: vitest's main thread also transforms
 * every file the workers import, and a server sharing that thread answered a sample's 200 ms
 * request a second late while the files were loading (request-context and app-background-task
 * failed so, in both languages, with four workers on a loaded machine).
 */
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { PRACTICE_ORIGIN } from "../../src/runner/practice-server/handler.ts";

/** What this setup reads of the vitest project it runs for. */
interface ProjectSeen {
  vitest: { projects: readonly { name: string }[] };
}

async function practiceServerIsUp(): Promise<boolean> {
  try {
    const response = await fetch(`${PRACTICE_ORIGIN}/`);
    const body = (await response.json()) as { routes?: unknown };
    return Array.isArray(body.routes);
  } catch {
    return false;
  }
}

/** Vitest's global setup: starts the practice server, and returns how to stop it after the files. */
export default async function startForProject(project: ProjectSeen): Promise<() => Promise<void>> {
  // Vitest starts every project's server before any file runs: the files that need 8787 free
  // would then find this server on it.
  if (project.vitest.projects.some(({ name }) => name === "port-owners"))
    throw new Error(
      "The files that need port 8787 free run apart from the practice server: " +
        "`npx vitest run --project unit --project practice`, then `npx vitest run --project port-owners` " +
        "(`npm run test:unit` runs both).",
    );
  if (await practiceServerIsUp()) return () => Promise.resolve();
  const script = new URL("../../scripts/practice-server.node.ts", import.meta.url);
  const server = spawn(process.execPath, [script.pathname], {
    env: { ...process.env, PORT: "8787" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  server.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => server.once("exit", resolve));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill();
    await exited;
  };
  const deadline = Date.now() + 30_000;
  while (!(await practiceServerIsUp())) {
    if (server.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`The practice server did not start on 8787:\n${errors}`);
    }
    await sleep(50);
  }
  return stop;
}
