// Part 2 of 4 of the Python exercise corpus (tests/support/python-exercise-corpus.ts says why four).
import { judgePythonCorpus } from "../support/python-exercise-corpus.ts";

judgePythonCorpus(1);
