// The check's own handler behind the learner's middleware, with a body, a header and an error
// message picked at random for each run: a success and a 404 must pass through untouched, and an
// error thrown (after an await, or at once) must come back as a 500 JSON response. JSON is
// compared as data, and everything is read with built-ins taken before the program ran. Each path
// gets a handler of its own, so the handler never reads the request: a program that replaced
// `URL` or `Request`'s getters cannot make one path look like another.
import type { ProbeKit } from "../../../exercises/probe-kit.ts";

type Handler = (request: Request) => Promise<Response>;
interface Program {
  errorsAsJson?: (handler: Handler) => Handler;
}

/** A header value must be ASCII here: the word with every other letter left out. */
function ascii(word: string): string {
  let kept = "";
  for (let index = 0; index < word.length; index += 1) {
    const letter = word[index] ?? "";
    if (letter >= " " && letter <= "~") kept += letter;
  }
  return kept;
}

/** The media type of a Content-Type value: what comes before any `;`, without spaces. */
function mediaType(value: string | null): string {
  if (value === null) return "no type";
  let type = "";
  for (let index = 0; index < value.length && value[index] !== ";"; index += 1)
    if (value[index] !== " ") type += value[index] ?? "";
  return type;
}

export default async function probe({ errorsAsJson }: Program, kit: ProbeKit): Promise<void> {
  if (typeof errorsAsJson !== "function") return kit.report("there is no function named errorsAsJson");
  const w0 = kit.words[0] ?? "";
  const w2 = kit.words[2] ?? "";
  const header = ascii(kit.words[1] ?? "");
  const handlers: [string, Handler][] = [
    [
      "/created",
      () =>
        kit.promise((resolve) => resolve(kit.response(w0, { status: 201, headers: { "x-check": header } }))),
    ],
    ["/missing", () => kit.promise((resolve) => resolve(kit.response(`no ${w0} here`, { status: 404 })))],
    [
      "/fails",
      () =>
        kit.promise((_resolve, reject) => {
          kit.after(1, () => reject(kit.error(w2)));
        }),
    ],
    // Thrown before any promise exists: only a try around the call (or an async wrapper) catches it.
    [
      "/fails-at-once",
      () => {
        throw kit.error(`${w2} at once`);
      },
    ],
  ];
  for (let index = 0; index < handlers.length; index += 1) {
    const entry = handlers[index];
    if (entry === undefined) continue;
    const path = entry[0];
    let answered;
    try {
      answered = await kit.settle(errorsAsJson(entry[1])(kit.request(`http://tiny.app${path}`)));
    } catch {
      answered = undefined;
    }
    if (answered === undefined || !answered.fulfilled) {
      kit.report(`${path} -> the error escaped the middleware`);
      continue;
    }
    const response = answered.value;
    const type = mediaType(kit.header(response, "content-type"));
    const body = await kit.text(response);
    const json = kit.parseJson(body);
    const shown = json === undefined ? body : `JSON ${kit.canonicalJson(json)}`;
    const given = kit.header(response, "x-check");
    const note = given === null ? "no x-check" : given === header ? "x-check kept" : `x-check=${given}`;
    kit.report(`${path} -> ${kit.status(response)} ${type}, ${note}, ${shown}`);
  }
}
