/**
 * Every text table is keyed by the locale list, so adding a locale to locales.ts is a list of
 * compile errors (the types below) and of failing rows here (any table that slipped past a type).
 * Each module in this folder must export its tables as `fooTables`; the test finds them itself, so
 * a new text area is covered without being listed.
 */
import { readdirSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import { defaultLocale, localeCodes, type LocaleCode } from "../locales.ts";
import type { checkPageTables } from "./check-page.ts";
import type { findingTables } from "./findings.ts";
import type { pageScriptTables } from "./page-scripts.ts";
import type { runnerTables } from "./runner.ts";
import type { timelineTables } from "./timeline.ts";
import type { uiTables } from "./ui.ts";

const folder = new URL("./", import.meta.url);
const modules = readdirSync(folder).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));

/** The keys of a table (nested objects included), with the type of each leaf, to compare locales. */
function shape(value: unknown, path = ""): string[] {
  if (value === null || typeof value !== "object") return [`${path}: ${typeof value}`];
  return Object.entries(value).flatMap(([key, inner]) => shape(inner, `${path}.${key}`));
}

describe.each(modules)("src/i18n/text/%s", (name) => {
  it("exports its tables, each with one entry per locale of the locale list, all of the same shape", async () => {
    const exported: unknown = await import(new URL(name, folder).href);
    if (typeof exported !== "object" || exported === null) throw new TypeError(`${name} is not a module.`);
    const tables = Object.entries(exported).filter(([key]) => key.endsWith("Tables"));
    expect(tables.map(([key]) => key)).not.toEqual([]);
    for (const [, table] of tables) {
      expect(Object.keys(table as object).sort()).toEqual([...localeCodes].sort());
      const byLocale = table as Record<LocaleCode, unknown>;
      for (const code of localeCodes) expect(shape(byLocale[code])).toEqual(shape(byLocale[defaultLocale]));
    }
  });
});

it("types every table by LocaleCode, so a locale missing from one is a compile error", () => {
  expectTypeOf<keyof typeof uiTables>().toEqualTypeOf<LocaleCode>();
  expectTypeOf<keyof typeof runnerTables>().toEqualTypeOf<LocaleCode>();
  expectTypeOf<keyof typeof checkPageTables>().toEqualTypeOf<LocaleCode>();
  expectTypeOf<keyof typeof timelineTables>().toEqualTypeOf<LocaleCode>();
  expectTypeOf<keyof typeof pageScriptTables>().toEqualTypeOf<LocaleCode>();
  expectTypeOf<keyof typeof findingTables>().toEqualTypeOf<LocaleCode>();
  // @ts-expect-error A table typed by the locale list must name every locale.
  const missing: Record<LocaleCode, string> = { en: "" };
  expect(missing).toBeDefined();
});
