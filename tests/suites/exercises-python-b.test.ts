// Half 1 of the Python exercise corpus (tests/support/python-exercise-corpus.ts says why two).
import { judgePythonCorpus } from "../support/python-exercise-corpus.ts";

judgePythonCorpus(1);
