/**
 * Boots the page's Python runtime under Node for the tests: the same bootPython, Pyodide and
 * site-packages zip the page gets, built into a temporary folder by the build's own code.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadPyodide } from "pyodide";
import { buildPythonBundle, sitePackagesPath } from "../../src/runner/python/build/python-bundle.node.ts";
import type { PythonManifest } from "../../src/runner/python/python-files.ts";
import type { ModuleFactory } from "../../src/runner/python/python-memory-limit.ts";
import {
  bootPython,
  type PythonRunEvent,
  type PythonRuntime,
} from "../../src/runner/python/python-runtime.ts";

/** A booted runtime, or why the build could not make one (no aiohttp on this machine). */
export type NodePython = { runtime: PythonRuntime } | { unavailable: string };

/** Builds the bundle and boots an interpreter from it, with the page's memory limit unless told. */
export async function bootNodePython(memoryLimitBytes?: number): Promise<NodePython> {
  const publicFolder = mkdtempSync(join(tmpdir(), "python-in-page-"));
  const built = await buildPythonBundle(publicFolder);
  if (!built.ok) return { unavailable: built.reason };
  const manifest = JSON.parse(
    readFileSync(join(publicFolder, "python", "manifest.json"), "utf8"),
  ) as PythonManifest;
  const zipPath = sitePackagesPath(publicFolder, manifest);
  if (zipPath === undefined) return { unavailable: "the manifest names no site-packages zip" };
  const runtime = await bootPython({
    loadPyodide: async ({ limitFactory, ...options }) => {
      const asm = (await import(import.meta.resolve("pyodide/pyodide.asm.mjs"))) as { default: unknown };
      // Pyodide's private option, as the page's worker passes it (python.worker.ts).
      const createPyodideModule = limitFactory(asm.default as ModuleFactory);
      return loadPyodide({ ...options, ...({ createPyodideModule } as object) });
    },
    sitePackagesZip: new Uint8Array(readFileSync(zipPath)),
    ...(memoryLimitBytes === undefined ? {} : { memoryLimitBytes }),
    timers: {
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
    },
  });
  return { runtime };
}

/** One finished run: its lines by stream and its exit. */
export interface NodePythonRun {
  stdout: string;
  stderr: string;
  exit: Extract<PythonRunEvent, { type: "exit" }>;
}

/** Runs `code` as main.py and gathers its output. */
export async function runNodePython(
  runtime: PythonRuntime,
  code: string,
  maxLines = 5_000,
): Promise<NodePythonRun> {
  const lines = { stdout: [] as string[], stderr: [] as string[] };
  let exit: NodePythonRun["exit"] | undefined;
  await runtime.run(code, {
    maxLines,
    onEvent: (event) => {
      if (event.type === "output") lines[event.stream].push(event.text);
      if (event.type === "exit") exit = event;
    },
  });
  if (exit === undefined) throw new Error("The Python run ended without an exit event.");
  return { stdout: lines.stdout.join("\n"), stderr: lines.stderr.join("\n"), exit };
}
