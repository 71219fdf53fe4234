/**
 * The colour pairs dual-theme code can paint a token in: its colour in the light theme beside its
 * colour in the dark one. A token's pair comes from its scopes, and the two themes (light-plus and
 * dark-plus) style the same scopes, so the pairs are found by asking both themes about each scope
 * either of them styles. The matching is TextMate's in small (a selector's last part is a prefix of
 * the innermost scope, its other parts of outer scopes in order; the most specific rule wins, then
 * the later): close enough to find the pairs real code uses, and code-colours.ts keeps the inline
 * colours of a token whose pair is not among them, so a miss costs bytes, never a colour.
 */
import { normalizeTheme, type ThemeRegistrationAny } from "shiki";

type Theme = ReturnType<typeof normalizeTheme>;

/**
 * A colour as Shiki writes it in a token's style: in capitals (its colour map stores them so), and
 * without an opaque alpha (`#000000ff` paints as `#000000`).
 *
 * @example
 * normalColour("#000000ff"); // "#000000"
 */
export function normalColour(colour: string): string {
  const capitals = colour.trim().toUpperCase();
  return /^#[0-9A-F]{6}FF$/.test(capitals) ? capitals.slice(0, 7) : capitals;
}

/** A pair's key: the light colour and the dark one, each as normalColour spells it. */
export const pairKey = (light: string, dark: string): string =>
  `${normalColour(light)}/${normalColour(dark)}`;

/** Each selector of a theme's rule (`"a, b"` and `["a", "b"]` alike), trimmed. */
function selectorsOf(scope: string | string[] | undefined): string[] {
  if (scope === undefined) return [];
  return (Array.isArray(scope) ? scope : scope.split(",")).map((selector) => selector.trim());
}

/** Whether a selector's part names this scope or one of its parents (`string` names `string.quoted`). */
const names = (part: string, scope: string): boolean => scope === part || scope.startsWith(`${part}.`);

/** How specifically a selector matches a scope stack (innermost last), or undefined if it does not. */
function specificity(selector: string, stack: readonly string[]): [number, number] | undefined {
  const parts = selector.split(/\s+/);
  const last = parts.at(-1) ?? "";
  if (!names(last, stack.at(-1) ?? "")) return undefined;
  let from = 0;
  for (const part of parts.slice(0, -1)) {
    const found = stack.slice(from, -1).findIndex((scope) => names(part, scope));
    if (found === -1) return undefined;
    from += found + 1;
  }
  return [last.split(".").length, parts.length];
}

/** The text colour a theme gives a token with these scopes. */
function colourOf(theme: Theme, stack: readonly string[]): string {
  let best: [number, number] = [0, 0];
  let colour = theme.fg;
  for (const { scope, settings } of theme.settings) {
    if (settings.foreground === undefined) continue;
    for (const selector of selectorsOf(scope)) {
      const score = specificity(selector, stack);
      if (score === undefined) continue;
      // Ties go to the later rule, as in TextMate.
      if (score[0] > best[0] || (score[0] === best[0] && score[1] >= best[1])) {
        best = score;
        colour = settings.foreground;
      }
    }
  }
  return colour;
}

/**
 * The pairs, as pairKey spells them, sorted: the themes' own text colours, and the colours both
 * give each scope that either styles.
 *
 * @example
 * colourPairs(lightPlus, darkPlus); // ["#000000/#D4D4D4", …, "#795E26/#DCDCAA", …]
 */
export function colourPairs(light: ThemeRegistrationAny, dark: ThemeRegistrationAny): string[] {
  const themes = [normalizeTheme(light), normalizeTheme(dark)] as const;
  const stacks = themes.flatMap((theme) =>
    theme.settings.flatMap(({ scope }) => selectorsOf(scope).map((selector) => selector.split(/\s+/))),
  );
  const pairs = stacks.map((stack) => pairKey(colourOf(themes[0], stack), colourOf(themes[1], stack)));
  return [...new Set([pairKey(themes[0].fg, themes[1].fg), ...pairs])].sort();
}

/**
 * The pair both themes give one scope.
 *
 * @example
 * scopePair(lightPlus, darkPlus, "keyword"); // "#0000FF/#569CD6"
 */
export function scopePair(light: ThemeRegistrationAny, dark: ThemeRegistrationAny, scope: string): string {
  return pairKey(colourOf(normalizeTheme(light), [scope]), colourOf(normalizeTheme(dark), [scope]));
}
