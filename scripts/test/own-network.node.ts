/**
 * A network of its own for a command: a Linux network namespace with only its loopback up, so a
 * suite that puts a server on port 8787 can run beside another that does the same. Each real
 * WebContainer has a network of its own too, so the fake container's suites lose nothing by it.
 * Where namespaces are not allowed (no `unshare`, no `ip`, a container that forbids them), there
 * is none, and the caller runs such suites one at a time.
 */
import { spawnSync } from "node:child_process";

// Brings the namespace's loopback up, then runs the command given after the script's name.
const upThenRun = 'ip link set lo up && exec "$@"';

/** The ways to ask for a namespace, the plain one first (root), then as a mapped root user. */
const unshareFlags = [["--net"], ["--net", "--map-root-user"]] as const;

const prefixFor = (flags: readonly string[]) => [
  "unshare",
  ...flags,
  "--",
  "sh",
  "-c",
  upThenRun,
  "own-network",
];

/**
 * The words to put before a command to run it in a network of its own, or `undefined` where this
 * machine cannot make one: it tries each way once.
 *
 * @example
 * const prefix = ownNetworkPrefix();
 * if (prefix) spawn(prefix[0], [...prefix.slice(1), "npx", "vitest", "run"]);
 */
export function ownNetworkPrefix(): string[] | undefined {
  for (const flags of unshareFlags) {
    const prefix = prefixFor(flags);
    const [program, ...args] = prefix;
    if (program === undefined) continue;
    const tried = spawnSync(program, [...args, "true"], { stdio: "ignore", timeout: 10_000 });
    if (tried.status === 0) return prefix;
  }
  return undefined;
}
