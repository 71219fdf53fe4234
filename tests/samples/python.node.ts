/** Finds a Python that has aiohttp, the way CI has it: Debian's python3-aiohttp under /usr/bin. */
import { spawnSync } from "node:child_process";

/** The interpreter the sample tests use. */
export const pythonPath = process.env["PYTHON"] ?? "/usr/bin/python3";

/** Why Python samples cannot run here, or undefined when they can. */
export function pythonUnavailableReason(): string | undefined {
  const probe = spawnSync(pythonPath, ["-c", "import aiohttp, sys; assert sys.version_info >= (3, 11)"], {
    encoding: "utf8",
  });
  if (probe.error !== undefined) return `${pythonPath} was not found (install python3-aiohttp).`;
  if (probe.status !== 0)
    return `${pythonPath} lacks aiohttp or is older than 3.11 (install python3-aiohttp).`;
  return undefined;
}
