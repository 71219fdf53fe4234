/**
 * Shiki gives up on a line after 500 ms of tokenizing and paints the rest of it in other colours.
 * On a busy build machine that happened to ordinary lines, so a sample's colours could change from
 * one build to the next. Astro's <Code> and Markdown settings pass no tokenizer options through,
 * but every call runs its transformers' `preprocess` with the options first; this one lifts the limit.
 */
import type { ShikiTransformer } from "shiki";

/** Lets Shiki take as long as a line needs (a time limit of 0 is no limit). */
export const patientTokenizer: ShikiTransformer = {
  name: "async-tour:patient-tokenizer",
  preprocess(_code, options) {
    options.tokenizeTimeLimit = 0;
  },
};
