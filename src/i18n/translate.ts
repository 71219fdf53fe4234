/**
 * One way to word interface text: a table per locale, looked up by key, with `{name}` placeholders
 * filled from values. Every text area (pages, runner, check page) goes through it.
 */
import type { LocaleCode } from "./locales.ts";

/** Values for a text's `{name}` placeholders. */
export type TextValues = Readonly<Record<string, string | number>>;

/** Words one key of a table, filling its placeholders; a placeholder with no value stays as written. */
export type Translate<Key extends string> = (key: Key, values?: TextValues) => string;

/** Fills `{name}` placeholders in `template`; unknown ones stay as written. */
export function fillPlaceholders(template: string, values: TextValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}

/**
 * A translator for one locale of `tables`.
 *
 * @example translator(runnerTexts, "en")("stopped", { seconds: "1.2 s" }) // "Stopped after 1.2 s."
 */
export function translator<Key extends string>(
  tables: Readonly<Record<LocaleCode, Readonly<Record<Key, string>>>>,
  locale: LocaleCode,
): Translate<Key> {
  const table = tables[locale];
  return (key, values) => fillPlaceholders(table[key], values);
}

/**
 * Text chosen by logic and worded later, where it is shown: a key of a table and the values for
 * its placeholders. A value may itself be a message (a reason inside a sentence), worded first.
 */
export interface TextMessage<Key extends string> {
  key: Key;
  values?: Readonly<Record<string, string | number | TextMessage<Key>>>;
}

/**
 * Words `message` with `translate`, its nested messages first.
 *
 * @example wordMessage({ key: "ranInWorkerBecause", values: { reason: { key: "whyNotIsolated" } } }, text)
 */
export function wordMessage<Key extends string>(
  message: TextMessage<Key>,
  translate: Translate<Key>,
): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {}))
    values[name] = typeof value === "object" ? wordMessage(value, translate) : value;
  return translate(message.key, values);
}
