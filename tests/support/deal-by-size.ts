/**
 * Deals items into `parts` of about equal total size: largest first, each to the part with least
 * so far. The exercise corpora use it so that their files take about as long whatever is added.
 */
export function dealBySize<Item extends { id: string; size: number }>(
  items: readonly Item[],
  parts: number,
): Item[][] {
  const dealt = Array.from({ length: parts }, () => ({ items: [] as Item[], size: 0 }));
  for (const item of [...items].sort((a, b) => b.size - a.size || a.id.localeCompare(b.id))) {
    const lightest = dealt.reduce((least, each) => (each.size < least.size ? each : least));
    lightest.items.push(item);
    lightest.size += item.size;
  }
  return dealt.map((part) => part.items);
}
