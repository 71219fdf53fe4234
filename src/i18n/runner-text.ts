/** The runner's text for one locale; the words themselves live in text/runner.ts. */
import type { LocaleCode } from "./locales.ts";
import { runnerTables, type RunnerTextKey } from "./text/runner.ts";
import { translator, wordMessage, type TextMessage, type Translate } from "./translate.ts";

export type { RunnerTextKey } from "./text/runner.ts";

/**
 * Returns the runner's text for a locale (in the browser, `pageLocale()`), with `{name}`
 * placeholders filled in.
 *
 * @example runnerText("en")("stopped", { seconds: "1.2 s" }) // "Stopped after 1.2 s."
 */
export function runnerText(locale: LocaleCode): Translate<RunnerTextKey> {
  return translator(runnerTables, locale);
}

/**
 * Words sentences chosen by logic (a runtime notice, say) as one paragraph, joined as the
 * locale joins sentences.
 */
export function wordSentences(
  sentences: readonly TextMessage<RunnerTextKey>[],
  text: Translate<RunnerTextKey>,
): string {
  return sentences.map((sentence) => wordMessage(sentence, text)).join(text("sentenceGap"));
}
