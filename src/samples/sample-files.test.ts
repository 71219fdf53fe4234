import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ContentFolderError } from "../lib/content-folder.node.ts";
import { listSampleIds, readAllSamples, readSample } from "./sample-files.node.ts";

const fixtures = fileURLToPath(new URL("../../tests/fixtures/content/samples/", import.meta.url));
const broken = fileURLToPath(new URL("../../tests/fixtures/content/broken-samples/", import.meta.url));

describe("the sample loader", () => {
  it("reads every file of a sample folder, and no Python output where there is none", () => {
    expect(readSample("two-lines", fixtures)).toEqual({
      id: "two-lines",
      meta: { chapter: 1, title: { en: "Two lines", "zh-cn": "两行" } },
      python: 'print("one")\nprint("two")\n',
      typescript: 'console.log("one");\nconsole.log("two");\n',
      expected: "one\ntwo\n",
    });
  });

  it("reads Python's own output together with the note on why it differs", () => {
    const sample = readSample("python-differs", fixtures);
    expect(sample.expectedPython).toBe("one\n2\n");
    expect(sample.meta.pythonDiffers?.en).toBe("Python rounds differently.");
  });

  it("lists and reads every folder, sorted by id", () => {
    expect(listSampleIds(fixtures)).toEqual(["python-differs", "two-lines"]);
    expect(readAllSamples(fixtures).map((sample) => sample.id)).toEqual(["python-differs", "two-lines"]);
  });

  it.each([
    ["no-typescript", "main.ts", /no-typescript\/main\.ts: the file is missing\./],
    ["no-meta", "meta.json", /no-meta\/meta\.json: the file is missing\./],
    ["broken-json", "meta.json", /broken-json\/meta\.json: the file is not valid JSON\./],
    ["bad-chapter", "meta.json", /bad-chapter\/meta\.json: the file is invalid: chapter: /],
    ["lonely-python-output", "expected.python.txt", /expected\.python\.txt: .*pythonDiffers go together/],
    ["unmarked-node-only", "meta.json", /meta\.json: nodeOnly must be true exactly when main\.ts imports/],
    ["Not_An_Id", undefined, /Not_An_Id\/: Sample ids are lower-case words joined by hyphens\./],
  ])("names the folder and the file when %s is wrong", (id, file, message) => {
    const read = () => readSample(id, broken);
    expect(read).toThrow(ContentFolderError);
    expect(read).toThrow(message);
    expect(read).toThrow(/tests\/fixtures\/content\/broken-samples\//);
    try {
      read();
    } catch (error) {
      expect(error).toMatchObject({ file, folder: `${broken}${id}` });
    }
  });

  it("names the folder when there is no such sample", () => {
    expect(() => readSample("nowhere", fixtures)).toThrow(/samples\/nowhere\/: the folder does not exist\./);
  });
});
