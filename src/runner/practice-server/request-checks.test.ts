import { describe, expect, it } from "vitest";
import { refuseRequest } from "./request-checks.ts";

const facts = (hosts: readonly string[], method = "GET", httpVersion = "1.1") => ({
  method,
  hosts,
  httpVersion,
});

describe("refuseRequest", () => {
  it.each([
    ["localhost:8787"],
    ["127.0.0.1"],
    ["[::1]:8787"],
    ["example.org"],
    ["xn--fsq.example"],
    ["a%20b"],
  ])("lets Host %s through", (host) => {
    expect(refuseRequest(facts([host]))).toBeUndefined();
  });

  it.each([
    ["a b"],
    ["["],
    ["[::1"],
    ["example.org/x"],
    ["example.org?x"],
    ["a@b"],
    [""],
    ["a%2"],
    ["host:port"],
  ])("answers Host %j with 400", (host) => {
    expect(refuseRequest(facts([host]))?.status).toBe(400);
  });

  it("answers two Host headers, or none in HTTP/1.1, with 400; HTTP/1.0 may leave it out", () => {
    expect(refuseRequest(facts(["localhost", "example.org"]))?.status).toBe(400);
    expect(refuseRequest(facts([]))?.status).toBe(400);
    expect(refuseRequest(facts([], "GET", "1.0"))).toBeUndefined();
  });

  it.each([["TRACE"], ["TRACK"], ["CONNECT"], ["trace"]])("answers %s with 405 and Allow", async (method) => {
    const answer = refuseRequest(facts(["localhost"], method));
    expect(answer?.status).toBe(405);
    expect(answer?.headers.get("allow")).toContain("GET");
    expect(await answer?.text()).toBe(`The practice server does not answer ${method} requests.`);
  });
});
