// Wrong answer: the slow request is never made; its line is printed as if it had timed out.
// The check says: There must be exactly 1 request “GET /delay/5000”; there were 0.
const BASE = "http://localhost:8787";
const paths = ["/delay/200", "/delay/5000", "/delay/300"];

for (const path of paths) {
  if (path === "/delay/5000") {
    console.log(`${path}: timed out`);
    continue;
  }
  const response = await fetch(`${BASE}${path}`);
  console.log(`${path}: status ${response.status}`);
}
