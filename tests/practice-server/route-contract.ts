/**
 * The practice server's route contract, as data: what each route answers. Both servers, the
 * TypeScript one the site runs and the Python file learners download, must meet every case, so a
 * sample prints the same lines whichever server it talks to.
 */
import { makePost } from "../../src/runner/practice-server/posts.ts";
import { refusalContract } from "./refusal-contract.ts";

/** One request of a case. */
export interface ContractRequest {
  method?: string;
  /** The request target: a path and query, or for CONNECT a host and port. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Send the body chunked, with no length. */
  chunked?: boolean;
  /** The Host header: `localhost:<port>` unless given; null sends none. */
  host?: string | null;
  /** "1.1" unless given. */
  httpVersion?: "1.0" | "1.1";
}

/** What the answer to one request must be. */
export interface ContractAnswer {
  status: number;
  /** The content-type header, when the answer has a body. */
  contentType?: string;
  /** The whole JSON body. */
  json?: unknown;
  /** Fields the JSON body must have (other fields may be there too). */
  jsonIncludes?: Record<string, unknown>;
  /** The whole text body. */
  text?: string;
  /** Headers the answer must carry, with these values (names lower-case). */
  headers?: Record<string, string>;
  /** The answer may not come sooner than this (a route that waits). */
  atLeastMs?: number;
}

/** A case: requests sent in order to one fresh server, each with its expected answer. */
export interface ContractCase {
  name: string;
  steps: { request: ContractRequest; answer: ContractAnswer }[];
}

const jsonType = "application/json; charset=utf-8";
const textType = "text/plain; charset=utf-8";

const get = (path: string, answer: ContractAnswer): ContractCase => ({
  name: `GET ${path}`,
  steps: [{ request: { path }, answer }],
});

const routeError = (path: string) => ({
  status: 404,
  contentType: jsonType,
  json: { error: `No route for ${path}. GET / lists the routes.` },
});

/** Every case of the contract. */
export const routeContract: readonly ContractCase[] = [
  get("/", { status: 200, contentType: jsonType, jsonIncludes: {} }),
  get("/posts/1", { status: 200, contentType: jsonType, json: makePost(1) }),
  get("/posts/100", { status: 200, contentType: jsonType, json: makePost(100) }),
  get("/posts/0", {
    status: 404,
    contentType: jsonType,
    json: { error: "No post with id 0; ids go from 1 to 100." },
  }),
  get("/posts/abc", {
    status: 404,
    contentType: jsonType,
    json: { error: "No post with id abc; ids go from 1 to 100." },
  }),
  get("/delay/200", { status: 200, contentType: jsonType, json: { delayedMs: 200 }, atLeastMs: 190 }),
  get("/delay/soon", {
    status: 400,
    contentType: jsonType,
    json: { error: "Expected /delay/:ms with a whole number of ms." },
  }),
  get("/status/418", { status: 418, contentType: jsonType, json: { status: 418 } }),
  get("/status/503", { status: 503, contentType: jsonType, json: { status: 503 } }),
  get("/status/204", { status: 204, text: "" }),
  get("/status/99", {
    status: 400,
    contentType: jsonType,
    json: { error: "Expected /status/:code with a code from 200 to 599." },
  }),
  {
    name: "POST /status/201",
    steps: [{ request: { method: "POST", path: "/status/201", body: "x" }, answer: { status: 201 } }],
  },
  {
    name: "POST /echo with a JSON body, a header and a query",
    steps: [
      {
        request: {
          method: "POST",
          path: "/echo?page=2&sort=new",
          headers: { "X-Tutorial": "yes", "content-type": "application/json" },
          body: JSON.stringify({ name: "Ada", langs: ["py", "ts"] }),
        },
        answer: {
          status: 200,
          contentType: jsonType,
          jsonIncludes: {
            method: "POST",
            path: "/echo",
            query: { page: "2", sort: "new" },
            body: '{"name":"Ada","langs":["py","ts"]}',
            json: { name: "Ada", langs: ["py", "ts"] },
          },
        },
      },
    ],
  },
  {
    name: "PUT /echo with a text body",
    steps: [
      {
        request: { method: "PUT", path: "/echo", body: "not json" },
        answer: { status: 200, jsonIncludes: { method: "PUT", body: "not json", json: null } },
      },
    ],
  },
  get("/echo", {
    status: 200,
    contentType: jsonType,
    jsonIncludes: { method: "GET", path: "/echo", query: {}, body: null, json: null },
  }),
  get("/echo/extra", { status: 404, contentType: jsonType, json: { error: "Did you mean /echo?" } }),
  get("/stream?chunks=3&intervalMs=100", {
    status: 200,
    contentType: textType,
    text: "chunk 1\nchunk 2\nchunk 3\n",
    atLeastMs: 190,
  }),
  get("/stream?chunks=2&intervalMs=0", { status: 200, contentType: textType, text: "chunk 1\nchunk 2\n" }),
  get("/stream?chunks=many", {
    status: 400,
    contentType: jsonType,
    json: { error: "Expected whole numbers: /stream?chunks=5&intervalMs=200." },
  }),
  {
    name: "GET /flaky/:key fails twice, then answers",
    steps: [
      {
        request: { path: "/flaky/contract" },
        answer: { status: 503, json: { error: "Try again later.", attempts: 1 } },
      },
      {
        request: { path: "/flaky/contract" },
        answer: { status: 503, json: { error: "Try again later.", attempts: 2 } },
      },
      {
        request: { path: "/flaky/contract" },
        answer: { status: 200, json: { key: "contract", attempts: 3 } },
      },
      {
        request: { path: "/flaky/other?failures=0" },
        answer: { status: 200, json: { key: "other", attempts: 1 } },
      },
    ],
  },
  get("/flaky/key?failures=lots", {
    status: 400,
    contentType: jsonType,
    json: { error: "Expected /flaky/:key?failures=N." },
  }),
  get("/nowhere", routeError("/nowhere")),
  get("/ws/echo", routeError("/ws/echo")),
  get("/a/b/c", { status: 404, contentType: jsonType, json: { error: "No route for /a/b/c." } }),
  ...refusalContract,
];
