const BASE = "http://localhost:8787";
const PREVIEW = 56; // characters to show

// fetch resolves once the status and headers arrive; the body is read separately.
const response = await fetch(`${BASE}/posts/1`);
console.log(`status: ${response.status}`);
console.log(`content-type: ${response.headers.get("content-type") ?? "(none)"}`);
const text = await response.text();
console.log(`${text.length} characters of text`);
console.log(`preview: ${text.slice(0, PREVIEW)}...`);
