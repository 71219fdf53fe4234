/**
 * The files the WebContainer host mounts, built as the page serves them: runs the runtime build
 * (scripts/build-runtime.node.ts) and reads the practice server and preload bundles.
 */
import { readFileSync } from "node:fs";
import { runProcess } from "../samples/run-process.node.ts";
import type { ContainerFiles } from "../../src/runner/webcontainer/webcontainer-host.ts";

/** Builds the runner bundles and returns the two the container mounts. */
export async function buildContainerFiles(): Promise<ContainerFiles> {
  const root = new URL("../../", import.meta.url);
  const built = await runProcess(process.execPath, ["scripts/build-runtime.node.ts"], {
    cwd: root.pathname,
    timeoutMs: 60_000,
  });
  if (built.exitCode !== 0) throw new Error(`Building the runner bundles failed:\n${built.stderr}`);
  const read = (name: string) => readFileSync(new URL(`public/runner/${name}`, root), "utf8");
  return { practiceServer: read("practice-server.mjs"), preload: read("preload.mjs") };
}
