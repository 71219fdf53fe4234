/**
 * The words a check picks for one run, and the program it runs: the learner's code followed by
 * the exercise's probe. The words are fresh on every run and exist only in the probe's block, which
 * runs after the learner's code, so a program cannot know them in advance: a line that echoes one
 * proves the learner's code did the work. Web-standard: the page and the tests share it.
 */
import type { ExerciseCheck } from "./check-schema.ts";

/**
 * Names the words start with; every other one needs percent-decoding in a URL path. All within
 * Latin-1: a word may travel in an HTTP header, whose values `Headers` takes only as bytes.
 */
const names = ["Zoë", "Ada", "Björn", "Grace", "Chloé", "Alan", "Siân", "Linus"] as const;
const letters = "abcdefghijkmnpqrstuvwxyz";

/** `count` random words such as `Zoë-kqzt`, all different, from `random` (for tests) or crypto. */
export function pickWords(
  count: number,
  random: (bound: number) => number = (bound) => (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % bound,
): string[] {
  const offset = random(names.length);
  return Array.from({ length: count }, (_, index) => {
    const tag = Array.from({ length: 4 }, () => letters[random(letters.length)]).join("");
    return `${names[(offset + index) % names.length]}-${tag}${index}`;
  });
}

/** Puts this run's words in for `{{0}}`, `{{1}}`…; an index with no word stays as written. */
export function fillWords(text: string, words: readonly string[]): string {
  return text.replace(/\{\{(\d+)\}\}/g, (whole, index: string) => words[Number(index)] ?? whole);
}

/**
 * The probe without its `declare` statements: they tell the type checker what the learner's code
 * defines, and the run needs none. A statement ends on its own line, or on the next line that
 * starts at the margin and ends with `;` or `}` (a declared class or a signature over several lines).
 */
function withoutDeclarations(probe: string): string {
  let inside = false;
  return probe
    .split("\n")
    .filter((line) => {
      if (line.startsWith("declare ")) inside = true;
      if (!inside) return true;
      if (/^(declare .*;|[^\s].*[;}])\s*$/.test(line)) inside = false;
      return false;
    })
    .join("\n");
}

/**
 * The TypeScript to run: the learner's code, then the probe in a block of its own with
 * `checkWords` bound, so it shares no names with the learner's top level (its `declare` lines,
 * there for the type checker, are dropped). The probe comes last, so
 * line numbers in the learner's errors stay right.
 *
 * @example
 * programWithProbe(code, check, pickWords(check.words))
 */
export function programWithProbe(code: string, check: ExerciseCheck, words: readonly string[]): string {
  if (check.probe === undefined) return code;
  const probe = withoutDeclarations(check.probe);
  return `${code}\n;{\nconst checkWords: readonly string[] = ${JSON.stringify(words)};\n${probe}\n}\n`;
}
