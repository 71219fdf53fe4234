// The check's own handler behind the learner's middleware, with a body, a header and an error
// message picked at random for each run: a success and a 404 must pass through untouched, and an
// error thrown (after an await, or at once) must come back as a 500 JSON response. JSON is
// compared as data, and everything is read with built-ins taken before the program ran.
import type { ProbeKit } from "../../../exercises/probe-kit.ts";

type Handler = (request: Request) => Promise<Response>;
interface Program {
  errorsAsJson?: (handler: Handler) => Handler;
}

/** A header value must be ASCII here: the word without its accents and anything else. */
const ascii = (word: string) => word.normalize("NFD").replace(/[^\x20-\x7e]/g, "");

export default async function probe({ errorsAsJson }: Program, kit: ProbeKit): Promise<void> {
  if (typeof errorsAsJson !== "function") return kit.report("there is no function named errorsAsJson");
  const [w0 = "", w1 = "", w2 = ""] = kit.words;
  const header = ascii(w1);
  const app = (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname;
    if (path === "/created")
      return Promise.resolve(kit.response(w0, { status: 201, headers: { "x-check": header } }));
    if (path === "/missing") return Promise.resolve(kit.response(`no ${w0} here`, { status: 404 }));
    // Thrown before any promise exists: only a try around the call (or an async wrapper) catches it.
    if (path === "/fails-at-once") throw new Error(`${w2} at once`);
    return kit.sleep(1).then(() => {
      throw new Error(w2);
    });
  };
  const wrapped = errorsAsJson(app);
  for (const path of ["/created", "/missing", "/fails", "/fails-at-once"]) {
    try {
      const response = await wrapped(kit.request(`http://tiny.app${path}`));
      const type = kit.header(response, "content-type")?.split(";")[0]?.trim() ?? "no type";
      const body = await kit.text(response);
      const json = kit.parseJson(body);
      const shown = json === undefined ? body : `JSON ${kit.canonicalJson(json)}`;
      const given = kit.header(response, "x-check");
      const note = given === null ? "no x-check" : given === header ? "x-check kept" : `x-check=${given}`;
      kit.report(`${path} -> ${kit.status(response)} ${type}, ${note}, ${shown}`);
    } catch {
      kit.report(`${path} -> the error escaped the middleware`);
    }
  }
}
