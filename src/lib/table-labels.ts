/**
 * Labels each table cell with its column's heading (`data-label`), so that on a phone, where a
 * wide table (the cheat sheet's) stacks into one block per row, each cell still says which column
 * it belongs to (base.css shows the label). Cells are visited in document order: a table's
 * heading row comes first, then its body rows, cell by cell.
 */
import type { HastPluginDefinition } from "satteri";

/** The Sätteri hast plugin that sets `data-label` on every `td` from its column's `th`. */
export function tableLabelsPlugin(): HastPluginDefinition {
  let headings: string[] = [];
  let column = 0;
  let inHead = false;
  return {
    name: "async-tour:table-labels",
    element: {
      filter: ["table", "thead", "tbody", "tr", "th", "td"],
      visit(node, context) {
        switch (node.tagName) {
          case "table":
            headings = [];
            break;
          case "thead":
          case "tbody":
            inHead = node.tagName === "thead";
            break;
          case "tr":
            column = 0;
            break;
          case "th":
            if (inHead) headings.push(context.textContent(node).trim());
            break;
          case "td": {
            const label = headings[column];
            if (label !== undefined && label !== "") context.setProperty(node, "dataLabel", label);
            break;
          }
        }
        if (node.tagName === "th" || node.tagName === "td") column += 1;
      },
    },
  };
}
