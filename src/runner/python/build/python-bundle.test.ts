import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PythonManifest } from "../python-files.ts";
import { findAiohttp } from "./find-aiohttp.node.ts";
import { buildPythonBundle } from "./python-bundle.node.ts";

describe("the Python bundle", () => {
  it("without aiohttp, reports why and what to install, and the manifest tells the page", async () => {
    const folder = mkdtempSync(join(tmpdir(), "python-bundle-"));
    const built = await buildPythonBundle(folder, "/nonexistent/python3");
    expect(built).toEqual({ ok: false, reason: expect.stringContaining("python3-aiohttp") as unknown });
    const manifest = JSON.parse(
      readFileSync(join(folder, "python", "manifest.json"), "utf8"),
    ) as PythonManifest;
    expect(manifest).toEqual({
      available: false,
      reason: expect.stringContaining("pip install aiohttp") as unknown,
    });
  });

  it("finds this machine's aiohttp, 3.8 or newer, with its dependencies", (context) => {
    const found = findAiohttp();
    if (!found.found) return context.skip(found.reason);
    const [major = 0, minor = 0] = found.version.split(".").map(Number);
    expect(major * 100 + minor).toBeGreaterThanOrEqual(308);
    expect(found.packages.map((item) => item.name)).toEqual(
      expect.arrayContaining(["aiohttp", "multidict", "yarl", "frozenlist", "aiosignal"]),
    );
  });
});
