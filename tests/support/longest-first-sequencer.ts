/**
 * Vitest's order, except that the files in `longestFirst` start first, in that order: with a few
 * workers and files that mostly wait, the stage lasts as long as its longest file only if that file
 * does not start last.
 */
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { longestFirst } from "./test-projects.ts";

/** Where `file` stands in `longestFirst`, or after all of them. */
function rank(file: string): number {
  const index = (longestFirst as readonly string[]).indexOf(file);
  return index === -1 ? longestFirst.length : index;
}

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    // Array.prototype.sort is stable: the rest keep vitest's order.
    return sorted.sort((a, b) => rank(relative(root, a.moduleId)) - rank(relative(root, b.moduleId)));
  }
}
