const URLS = [
  "http://localhost:8799/", // nothing listens on this port
  "http://localhost:8787/status/404",
  "http://localhost:8787/status/500",
  "http://localhost:8787/status/200",
];

for (const url of URLS) {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    // fetch rejects only when no response arrives: refused, offline, DNS, CORS.
    if (!(error instanceof TypeError)) throw error;
    console.log(`${url}: ${error.name}, no response`);
    continue;
  }
  await response.body?.cancel(); // the body is not needed; let the connection go
  // A 404 or 500 is still a response: fetch resolves, and only response.ok tells.
  console.log(
    response.ok
      ? `${url}: ok, status ${response.status}`
      : `${url}: response.ok is false, status ${response.status}`,
  );
}
