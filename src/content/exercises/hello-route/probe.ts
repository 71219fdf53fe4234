// The check's own calls to the learner's handler, with names picked at random for each run: only a
// real route can answer them. It reads statuses and bodies with built-ins taken before the program
// ran (encodeURI too: a program cannot bend which paths are asked), and reports what it got on the
// runtime's own channel, which the program cannot reach.
import type { ProbeKit } from "../../../exercises/probe-kit.ts";

interface Program {
  handle?: (request: Request) => Promise<Response>;
}

export default async function probe({ handle }: Program, kit: ProbeKit): Promise<void> {
  if (typeof handle !== "function") return kit.report("there is no function named handle");
  const first = kit.words[0] ?? "";
  const second = kit.words[1] ?? "";
  const stranger = kit.words[2] ?? "";
  const paths = [`hello/${first}`, `hello/${second}`, stranger, `hello/${first}/more`];
  for (let index = 0; index < paths.length; index += 1) {
    const path = paths[index] ?? "";
    const answered = await kit.settle(handle(kit.request(`http://tiny.app/${kit.encodeUri(path)}`)));
    if (!answered.fulfilled) {
      kit.report(`/${path} -> the handler threw`);
      continue;
    }
    const response = answered.value;
    kit.report(`/${path} -> ${kit.status(response)} ${await kit.text(response)}`);
  }
}
