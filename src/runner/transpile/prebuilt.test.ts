import { describe, expect, it } from "vitest";
import { mapOutputPositions } from "./position-map.ts";
import { fromPrebuilt, parsePrebuilt, toPrebuilt } from "./prebuilt.ts";
import { transpile } from "./transpile.ts";
import { readAllSamples } from "../../samples/sample-files.node.ts";

const sources = readAllSamples().map((sample) => ({ id: sample.id, code: sample.typescript }));

describe("prebuilt runs", () => {
  it.each(sources)(
    "$id runs the same JavaScript, with the same positions, as a page transpile",
    ({ code }) => {
      const live = transpile(code);
      if (!live.ok) throw new Error(live.message);
      // Through JSON, as the page receives it.
      const stored = toPrebuilt(live);
      const built = fromPrebuilt(parsePrebuilt(JSON.stringify(stored)));
      expect(built.javascript).toBe(live.javascript);
      const lines = live.javascript.split("\n");
      const positions = lines.flatMap((line, index) =>
        [1, Math.ceil(line.length / 2), line.length].map((column) => `main.ts:${index + 1}:${column}`),
      );
      expect(mapOutputPositions(positions.join(" "), built.toTypeScript)).toBe(
        mapOutputPositions(positions.join(" "), live.toTypeScript),
      );
    },
  );

  it("stores nothing for code that does not transpile", () => {
    expect(toPrebuilt(transpile("const broken = (;"))).toBeUndefined();
  });

  it.each(['{"javascript":1,"mappings":""}', "null", '{"mappings":"AAAA"}'])(
    "rejects %s with a TypeError",
    (json) => {
      expect(() => parsePrebuilt(json)).toThrow(TypeError);
    },
  );
});
