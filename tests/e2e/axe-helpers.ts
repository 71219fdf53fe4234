/** The one rule every accessibility spec applies: axe may find nothing serious or critical. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { layOutOffScreenBlocks } from "./design-helpers.ts";

/** The axe rules that judge colours: the only ones a change of theme can change the verdict of. */
export const colourRules: readonly string[] = ["color-contrast", "link-in-text-block"];

/**
 * Runs axe on the page as it is now (every rule, or only `rules`); lists each serious or critical
 * violation with its elements.
 */
export async function seriousViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  await layOutOffScreenBlocks(page);
  const builder = new AxeBuilder({ page });
  const results = await (rules === undefined ? builder : builder.withRules([...rules])).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
}
