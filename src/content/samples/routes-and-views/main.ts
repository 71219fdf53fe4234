// The twin of a web.View: one class per resource, with a method per HTTP verb it answers.
const notes = new Map<number, string>([[1, "buy milk"]]);

class NoteView {
  readonly noteId: number;
  readonly request: Request;
  constructor(request: Request, noteId: number) {
    this.request = request;
    this.noteId = noteId;
  }
  get(): Response {
    const text = notes.get(this.noteId);
    return text === undefined ? new Response("no such note", { status: 404 }) : new Response(text);
  }
  async put(): Promise<Response> {
    const { text } = (await this.request.json()) as { text: string };
    notes.set(this.noteId, text);
    return new Response(null, { status: 204 });
  }
  delete(): Response {
    notes.delete(this.noteId);
    return new Response(null, { status: 204 });
  }
}

const verbs = ["get", "put", "delete"] as const;
type Verb = (typeof verbs)[number];
const isVerb = (name: string): name is Verb => (verbs as readonly string[]).includes(name);

// The route table: a method (or "*" for a view) and a path pattern, tried in order.
const routes: [string, RegExp, (request: Request, match: RegExpExecArray) => Response | Promise<Response>][] =
  [
    ["GET", /^\/notes$/, () => Response.json({ ids: [...notes.keys()].sort((a, b) => a - b) })],
    [
      "*",
      /^\/notes\/(\d+)$/,
      (request, match) => {
        const view = new NoteView(request, Number(match[1]));
        const verb = request.method.toLowerCase();
        if (isVerb(verb)) return view[verb]();
        const allow = verbs.map((name) => name.toUpperCase()).sort();
        return new Response(null, { status: 405, headers: { allow: allow.join(",") } });
      },
    ],
  ];

async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  for (const [method, pattern, handler] of routes) {
    const match = pattern.exec(pathname);
    if (match !== null && (method === "*" || method === request.method)) return handler(request, match);
  }
  return new Response("404: Not Found", { status: 404 });
}

async function describe(response: Response): Promise<string> {
  const allow = response.headers.get("allow");
  if (allow !== null) return `allowed: ${allow}`;
  if (response.headers.get("content-type")?.startsWith("application/json")) {
    const { ids } = (await response.json()) as { ids: number[] };
    return `ids=[${ids.join(", ")}]`;
  }
  return (await response.text()) || "(no body)";
}

const calls: [string, string, unknown][] = [
  ["PUT", "/notes/2", { text: "call mum" }],
  ["GET", "/notes/2", null],
  ["GET", "/notes", null],
  ["DELETE", "/notes/1", null],
  ["GET", "/notes/1", null],
  ["POST", "/notes/2", null],
];
for (const [method, path, body] of calls) {
  const init: RequestInit = { method };
  if (body !== null) {
    init.body = JSON.stringify(body);
    init.headers = { "content-type": "application/json" };
  }
  const response = await handle(new Request(`http://notes.local${path}`, init));
  console.log(`${method} ${path} -> ${response.status} ${await describe(response)}`);
}
