/**
 * The route contract's cases for requests a server must refuse and still stand: a TRACE or CONNECT,
 * a missing or malformed Host, a body over 1 MiB (declared or chunked), and more `/flaky` keys than
 * the server remembers. Each was once enough to kill the Node server or grow it without bound.
 */
import { MAX_BODY_BYTES, MAX_FLAKY_KEYS, bodyTooLargeText } from "../../src/runner/practice-server/limits.ts";
import { allowedMethods, badHostText } from "../../src/runner/practice-server/request-checks.ts";
import type { ContractAnswer, ContractCase, ContractRequest } from "./route-contract.ts";

const textType = "text/plain; charset=utf-8";

const badHost: ContractAnswer = { status: 400, contentType: textType, text: badHostText };
const tooLarge: ContractAnswer = { status: 413, contentType: textType, text: bodyTooLargeText };

const one = (name: string, request: ContractRequest, answer: ContractAnswer): ContractCase => ({
  name,
  steps: [{ request, answer }],
});

const refusedMethod = (method: string, path: string): ContractCase =>
  one(
    `${method} ${path} is refused with 405`,
    { method, path },
    {
      status: 405,
      contentType: textType,
      text: `The practice server does not answer ${method} requests.`,
      headers: { allow: allowedMethods },
    },
  );

const flaky = (key: string, attempts: number, status: number): ContractCase["steps"][number] => ({
  request: { path: `/flaky/${key}?failures=1` },
  answer:
    status === 503
      ? { status, json: { error: "Try again later.", attempts } }
      : { status, json: { key, attempts } },
});

/**
 * Fills the server's `/flaky` memory past its capacity: the least recently used key is forgotten
 * (it fails again, from attempt 1), while one used again midway is kept.
 */
function flakyMemoryCase(): ContractCase {
  const fillers = Array.from({ length: MAX_FLAKY_KEYS - 2 }, (_, index) => flaky(`lru-${index}`, 1, 503));
  return {
    name: `GET /flaky/:key forgets the least recently used of more than ${MAX_FLAKY_KEYS} keys`,
    steps: [
      flaky("lru-oldest", 1, 503),
      flaky("lru-kept", 1, 503),
      ...fillers,
      flaky("lru-kept", 2, 200),
      flaky("lru-one-more", 1, 503),
      flaky("lru-oldest", 1, 503),
      flaky("lru-kept", 3, 200),
    ],
  };
}

const largeBody = "x".repeat(MAX_BODY_BYTES + 1);

/** The refusal cases, run as part of the route contract. */
export const refusalContract: readonly ContractCase[] = [
  refusedMethod("TRACE", "/echo"),
  refusedMethod("CONNECT", "localhost:8787"),
  one("a Host with a space is refused with 400", { path: "/", host: "a b" }, badHost),
  one("a Host of a lone [ is refused with 400", { path: "/", host: "[" }, badHost),
  one("a Host with a path is refused with 400", { path: "/echo", host: "example.org/x?y" }, badHost),
  one("HTTP/1.1 with no Host is refused with 400", { path: "/echo", host: null }, badHost),
  one(
    "HTTP/1.0 with no Host is answered",
    { path: "/echo", host: null, httpVersion: "1.0" },
    { status: 200, jsonIncludes: { method: "GET", path: "/echo" } },
  ),
  one(
    "a bracketed IPv6 Host is answered",
    { path: "/echo", host: "[::1]:8787" },
    { status: 200, jsonIncludes: { headers: { host: "[::1]:8787" } } },
  ),
  one(
    "POST /echo with a body of exactly 1 MiB is answered",
    { method: "POST", path: "/echo", body: largeBody.slice(1) },
    { status: 200, jsonIncludes: { body: largeBody.slice(1), json: null } },
  ),
  one(
    "POST /echo with a chunked body is answered",
    { method: "POST", path: "/echo", body: "in chunks", chunked: true },
    { status: 200, jsonIncludes: { body: "in chunks" } },
  ),
  one(
    "POST /echo with a body over 1 MiB is refused with 413",
    { method: "POST", path: "/echo", body: largeBody },
    tooLarge,
  ),
  one(
    "POST /echo with a chunked body over 1 MiB is refused with 413",
    { method: "POST", path: "/echo", body: largeBody, chunked: true },
    tooLarge,
  ),
  one(
    "a route that reads no body still refuses a declared length over 1 MiB",
    { method: "POST", path: "/status/201", body: largeBody },
    tooLarge,
  ),
  flakyMemoryCase(),
];
