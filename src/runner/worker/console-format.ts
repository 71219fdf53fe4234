/**
 * Turns console arguments into one line of text, close to what Node prints, so a sample's output
 * reads the same in every runtime. Errors show their stack with learner frames named main.ts.
 */

/** Rewrites stack frames that point into the learner's module URL to `main.ts:line:col`, and
 * drops frames from the runtime itself. */
export function mapStack(stack: string, moduleUrl: string): string {
  const lines = stack.split("\n");
  const mapped: string[] = [];
  for (const line of lines) {
    if (!/^\s+at\s/.test(line)) {
      mapped.push(line);
      continue;
    }
    if (moduleUrl !== "" && line.includes(moduleUrl)) mapped.push(line.split(moduleUrl).join("main.ts"));
  }
  return mapped.join("\n");
}

function inspect(value: unknown, depth: number, seen: Set<object>): string {
  if (typeof value === "string") return depth === 0 ? value : `'${value}'`;
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "symbol" || typeof value === "number" || typeof value === "boolean")
    return String(value);
  if (value === undefined || value === null) return String(value);
  if (typeof value === "function") return `[Function: ${value.name || "(anonymous)"}]`;
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  if (seen.has(value)) return "[Circular]";
  if (depth > 2) return Array.isArray(value) ? "[Array]" : "[Object]";
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      const items: string[] = value.map((item: unknown) => inspect(item, depth + 1, seen));
      return items.length === 0 ? "[]" : `[ ${items.join(", ")} ]`;
    }
    if (value instanceof Map) {
      const entries = [...value].map(
        ([k, v]) => `${inspect(k, depth + 1, seen)} => ${inspect(v, depth + 1, seen)}`,
      );
      return `Map(${value.size}) { ${entries.join(", ")} }`;
    }
    const entries = Object.entries(value).map(([key, item]) => {
      const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`;
      return `${name}: ${inspect(item, depth + 1, seen)}`;
    });
    // Object.create(null) has no constructor at all.
    const maker = (value as { constructor?: { name?: string } }).constructor;
    const prefix = maker !== Object && maker?.name ? `${maker.name} ` : "";
    return entries.length === 0 ? `${prefix}{}` : `${prefix}{ ${entries.join(", ")} }`;
  } finally {
    seen.delete(value);
  }
}

/** Formats `console.log(...args)` as one string (it may contain newlines). */
export function formatConsoleArgs(args: readonly unknown[], moduleUrl = ""): string {
  return args
    .map((arg) => {
      const text = inspect(arg, 0, new Set());
      return arg instanceof Error ? mapStack(text, moduleUrl) : text;
    })
    .join(" ");
}
