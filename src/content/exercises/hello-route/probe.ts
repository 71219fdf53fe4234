// The check's own calls to the learner's handler, with names picked at random for each run: only a
// real route can answer them. It reads statuses and bodies with built-ins taken before the program
// ran, and reports what it got on the runtime's own channel, which the program cannot reach.
import type { ProbeKit } from "../../../exercises/probe-kit.ts";

interface Program {
  handle?: (request: Request) => Promise<Response>;
}

export default async function probe({ handle }: Program, kit: ProbeKit): Promise<void> {
  if (typeof handle !== "function") return kit.report("there is no function named handle");
  const [first = "", second = "", stranger = ""] = kit.words;
  for (const path of [`hello/${first}`, `hello/${second}`, stranger, `hello/${first}/more`]) {
    const response = await handle(kit.request(`http://tiny.app/${encodeURI(path)}`));
    kit.report(`/${path} -> ${kit.status(response)} ${await kit.text(response)}`);
  }
}
