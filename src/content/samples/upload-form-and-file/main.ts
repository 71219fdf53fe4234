const ECHO = "http://localhost:8787/echo"; // answers with what it received

interface Echo {
  headers: Record<string, string>;
  body: string;
}

async function show(label: string, response: Response): Promise<Echo> {
  const seen = (await response.json()) as Echo;
  const mediaType = (seen.headers["content-type"] ?? "").split(";")[0];
  console.log(`${label}: sent as ${mediaType}`);
  return seen;
}

// URLSearchParams as the body is a classic HTML form: fields, url-encoded.
const fields = new URLSearchParams({ name: "Ada", lang: "py" });
const formSeen = await show("form", await fetch(ECHO, { method: "POST", body: fields }));
console.log(`form: the body is ${formSeen.body}`);

// A file needs multipart: FormData with a Blob, a filename and a content type for the part.
const form = new FormData();
form.append("name", "Ada");
form.append("notes", new Blob(["first line\nsecond line\n"], { type: "text/plain" }), "notes.txt");
const { body } = await show("multipart", await fetch(ECHO, { method: "POST", body: form }));
const hasFile = body.includes('filename="notes.txt"');
const hasContent = body.includes("first line\nsecond line\n"); // the file's bytes, unchanged
console.log(`multipart: the part for notes.txt is there: ${hasFile ? "yes" : "no"}`);
console.log(`multipart: and so is its content: ${hasContent ? "yes" : "no"}`);
