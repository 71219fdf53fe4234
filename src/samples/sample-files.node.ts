/**
 * Reads sample folders (`src/content/samples/<id>/`: main.py, main.ts, expected.txt, meta.json and
 * maybe expected.python.txt) from disk and validates them. The content loader and the sample tests
 * both use it, so they always agree on what a sample is.
 */
import { fileURLToPath } from "node:url";
import { listContentFolders, readContentFolder } from "../lib/content-folder.node.ts";
import { nodeOnlyImports } from "../runner/node-only-modules.ts";
import { SampleIdSchema, SampleMetaSchema, type SampleFiles } from "./sample-schema.ts";

/** The folder that holds one sub-folder per sample. */
export const samplesDirectory = fileURLToPath(new URL("../content/samples/", import.meta.url));

/** Reads and validates one sample folder; a problem is a `ContentFolderError` naming the file. */
export function readSample(id: string, directory = samplesDirectory): SampleFiles {
  const folder = readContentFolder(directory, id);
  const idCheck = SampleIdSchema.safeParse(id);
  if (!idCheck.success) throw folder.error(undefined, idCheck.error.issues[0]?.message ?? "bad id");
  const meta = folder.json("meta.json", SampleMetaSchema);
  const expectedPython = folder.optional("expected.python.txt");
  if ((expectedPython === undefined) !== (meta.pythonDiffers === undefined)) {
    throw folder.error("expected.python.txt", "this file and meta.json's pythonDiffers go together.");
  }
  const typescript = folder.required("main.ts");
  if (nodeOnlyImports(typescript).length > 0 !== (meta.nodeOnly === true)) {
    throw folder.error("meta.json", "nodeOnly must be true exactly when main.ts imports a Node-only module.");
  }
  return {
    id,
    meta,
    python: folder.required("main.py"),
    typescript,
    expected: folder.required("expected.txt"),
    ...(expectedPython === undefined ? {} : { expectedPython }),
  };
}

/** Lists the ids of every sample folder, sorted. */
export function listSampleIds(directory = samplesDirectory): string[] {
  return listContentFolders(directory);
}

/** Reads every sample. */
export function readAllSamples(directory = samplesDirectory): SampleFiles[] {
  return listSampleIds(directory).map((id) => readSample(id, directory));
}
