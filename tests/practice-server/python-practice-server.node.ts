/**
 * Starts the downloadable Python practice server (`public/practice_server.py`) the way a learner
 * does, `python3 practice_server.py --port N`, or with the very command line a page gives, and
 * waits until it answers.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { pythonPath } from "../samples/python.node.ts";

/** The file learners download from the site. */
export const pythonPracticeServerFile = join(import.meta.dirname, "../../public/practice_server.py");

/** A running Python practice server. */
export interface RunningPythonServer {
  origin: string;
  /** What the server printed so far, for failure messages. */
  output(): string;
  close(): Promise<void>;
}

const startLimitMs = 10_000;

async function answers(origin: string): Promise<boolean> {
  try {
    return (await fetch(`${origin}/`)).ok;
  } catch {
    return false;
  }
}

/** A command line typed into a shell in `cwd`, as a learner would; it must serve port 8787. */
export interface ShellCommand {
  line: string;
  cwd: string;
  env?: Record<string, string>;
}

/**
 * Starts the server on `port` (or runs `shell`, which serves 8787) and resolves once `GET /`
 * answers; rejects if it exits first.
 */
export async function startPythonPracticeServer(
  port: number,
  shell?: ShellCommand,
): Promise<RunningPythonServer> {
  // A shell line runs in a process group of its own, so Ctrl-C reaches the server and not just sh.
  const child =
    shell === undefined
      ? spawn(pythonPath, [pythonPracticeServerFile, "--port", String(port), "--quiet"], {
          stdio: ["ignore", "pipe", "pipe"],
        })
      : spawn("sh", ["-c", shell.line], {
          cwd: shell.cwd,
          env: { ...process.env, ...shell.env },
          stdio: ["ignore", "pipe", "pipe"],
          detached: true,
        });
  const interrupt = () => {
    if (shell !== undefined && child.pid !== undefined) process.kill(-child.pid, "SIGINT");
    else child.kill("SIGINT");
  };
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const state = { exited: false };
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      state.exited = true;
      resolve();
    }),
  );

  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + startLimitMs;
  while (!(await answers(origin))) {
    if (state.exited || Date.now() > deadline) {
      if (shell !== undefined && child.pid !== undefined && !state.exited)
        process.kill(-child.pid, "SIGKILL");
      else child.kill("SIGKILL");
      throw new Error(`The Python practice server did not start on port ${port}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    output: () => output,
    close: async () => {
      if (!state.exited) interrupt();
      await exited;
    },
  };
}
