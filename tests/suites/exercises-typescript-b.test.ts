// Part 2 of 2 of the TypeScript exercise corpus (tests/support/typescript-exercise-corpus.ts says why two).
import { judgeTypeScriptCorpus } from "../support/typescript-exercise-corpus.ts";

judgeTypeScriptCorpus(1);
