/**
 * The oldest Node.js the samples are written for, checked against the container's own. The
 * WebContainer's Node changes under us (it was 20.19 until about March 2026, 22.x since). On Node
 * below 22.8, `run({ isolation: "none" })` from `node:test` is not there, and the test samples print
 * "0 passed, 0 failed" and raw TAP with no error: such a program goes to the built-in runtime.
 */
import { importedModules } from "../node-only-modules.ts";

/** `node:test` runs the test samples' way (`isolation: "none"`) from this version on. */
export const nodeTestFloor = { major: 22, minor: 8 } as const;

/** What the container's package.json asks for, so the container and any tool reading it agree. */
export const containerEngines = `>=${nodeTestFloor.major}.${nodeTestFloor.minor}.0`;

/**
 * True when `version` (as `node --version` prints it) is older than the `node:test` floor; false
 * when it is new enough or cannot be read (an unreadable version blocks nothing).
 *
 * @example belowNodeTestFloor("v20.19.1") // true
 */
export function belowNodeTestFloor(version: string): boolean {
  const match = /^v?(\d+)\.(\d+)\./.exec(version.trim());
  if (match === null) return false;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  return major < nodeTestFloor.major || (major === nodeTestFloor.major && minor < nodeTestFloor.minor);
}

/** True when `code` imports `node:test` (or `test`), so it needs the floor. */
export function needsNodeTestFloor(code: string): boolean {
  return importedModules(code).includes("test");
}
