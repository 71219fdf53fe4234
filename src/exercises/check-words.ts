/**
 * The words a check picks for one run. They are fresh on every run and reach only the probe
 * (probe-program.ts), never the program's source, so a program cannot know them in advance: a
 * report that echoes one proves the learner's code did the work. Web-standard: the page and the
 * tests share it.
 */

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
