/**
 * The requests the practice server refuses before they reach a route, with the short plain answer
 * each gets. A web-standard `Request` cannot even hold them (a TRACE, a malformed Host), so the Node
 * server checks the raw request here first; the Python twin makes the same checks with the same texts.
 */
import { plainText } from "./limits.ts";

/** Methods the Fetch standard forbids, so the handler can never see them: answered 405. */
export const refusedMethods: ReadonlySet<string> = new Set(["CONNECT", "TRACE", "TRACK"]);

/** The `Allow` header of a 405: the methods the routes answer. */
export const allowedMethods = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

/** The answer to a missing, repeated or malformed Host header. */
export const badHostText = "Bad Host header: send exactly one, a host name or address with an optional port.";

/**
 * RFC 9110's `uri-host [ ":" port ]`: a bracketed IPv6 address, or a name or IPv4 address made of
 * the characters a URL's host may hold (letters, digits, `-._~!$&'()*+,;=` and %-escapes).
 */
const hostPattern = /^(?:\[[0-9A-Fa-f:.]+\]|(?:[A-Za-z0-9\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+)(?::[0-9]*)?$/;

/** What the checks need to know of a raw request. */
export interface RawRequestFacts {
  method: string;
  /** Every Host header the request carried, in order. */
  hosts: readonly string[];
  /** For example "1.1". */
  httpVersion: string;
}

/** The answer for the method alone: 405 for a method in {@link refusedMethods}, else undefined. */
export function refuseMethod(method: string): Response | undefined {
  if (!refusedMethods.has(method.toUpperCase())) return undefined;
  return plainText(405, `The practice server does not answer ${method} requests.`, { allow: allowedMethods });
}

/**
 * The answer to a request that must not reach a route (405 for a refused method, 400 for a bad
 * Host header; HTTP/1.0 may leave Host out), or undefined for one that may.
 */
export function refuseRequest(facts: RawRequestFacts): Response | undefined {
  const refused = refuseMethod(facts.method);
  if (refused !== undefined) return refused;
  const [host, ...more] = facts.hosts;
  const hostless = host === undefined && facts.httpVersion === "1.0";
  if (!hostless && (more.length > 0 || host === undefined || !hostPattern.test(host))) {
    return plainText(400, badHostText);
  }
  return undefined;
}
