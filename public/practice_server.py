"""The practice server of "Async, explained", in one file, for running the Python samples yourself.

It serves the same routes, with the same answers, as the server the site runs in the page
(src/runner/practice-server/handler.ts); a shared contract test holds the two to each other.

    python3 practice_server.py           # http://localhost:8787
    python3 practice_server.py --port 9000

Needs Python 3.11+ and aiohttp 3.8+ (pip install aiohttp). Stop it with Ctrl-C.
"""

from __future__ import annotations

import argparse
import asyncio
import errno
import json
import math
import re
import time
from collections import OrderedDict

from aiohttp import WSMsgType, web
from aiohttp.typedefs import Handler

MAX_DELAY_MS = 10_000
POST_COUNT = 100
TOPICS = ["event loops", "coroutines", "tasks", "futures", "timeouts", "sessions", "streams"]
ROUTES = [
    "GET /posts/:id",
    "GET /delay/:ms",
    "ANY /status/:code",
    "ANY /echo",
    "GET /stream?chunks=N&intervalMs=M",
    "GET /flaky/:key?failures=N",
    "GET /ws/echo (WebSocket)",
]
CORS = {"access-control-allow-origin": "*"}
BODILESS = {204, 205, 304}
# What keeps the server standing whatever a sample sends (the same numbers and texts as limits.ts
# and request-checks.ts on the TypeScript side).
MAX_BODY_BYTES = 1024 * 1024
MAX_FLAKY_KEYS = 256
REFUSED_METHODS = {"CONNECT", "TRACE", "TRACK"}
ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"
BAD_HOST = "Bad Host header: send exactly one, a host name or address with an optional port."
BODY_TOO_LARGE = (
    f"Request body too large: the practice server accepts at most {MAX_BODY_BYTES} bytes (1 MiB)."
)
# RFC 9110's uri-host [":" port]: a bracketed IPv6 address, or a name or IPv4 address.
HOST_PATTERN = re.compile(
    r"(?:\[[0-9A-Fa-f:.]+\]|(?:[A-Za-z0-9\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+)(?::[0-9]*)?"
)


def json_response(body: object, status: int = 200) -> web.Response:
    # Compact separators and raw UTF-8, so the bytes match JSON.stringify on the TypeScript side.
    text = json.dumps(body, separators=(",", ":"), ensure_ascii=False)
    return web.Response(
        text=text,
        status=status,
        headers={**CORS, "content-type": "application/json; charset=utf-8"},
    )


def plain_text(status: int, text: str, **headers: str) -> web.Response:
    return web.Response(
        text=text,
        status=status,
        headers={**CORS, "content-type": "text/plain; charset=utf-8", **headers},
    )


def bad_request(message: str) -> web.Response:
    return json_response({"error": message}, 400)


def js_number(text: str | None) -> float:
    """Reads a number the way JavaScript's Number() does for the inputs that matter here."""
    if text is None:
        return math.nan
    stripped = text.strip()
    if stripped == "":
        return 0.0
    try:
        return float(stripped)
    except ValueError:
        return math.nan


def is_integer(value: float) -> bool:
    return math.isfinite(value) and value == int(value)


def clamped_integer(text: str | None, fallback: int, low: int, high: int) -> float:
    """The query number, `fallback` when absent, NaN when not a whole number, else clamped."""
    value = float(fallback) if text is None or text == "" else js_number(text)
    if not is_integer(value):
        return math.nan
    return min(max(int(value), low), high)


def make_post(post_id: int) -> dict[str, object]:
    topic = TOPICS[post_id % len(TOPICS)]
    return {
        "id": post_id,
        "userId": math.ceil(post_id / 10),
        "title": f"Post {post_id}: notes on {topic}",
        "body": f"This is practice post number {post_id}. It is about {topic}.",
    }


async def posts(second: str | None) -> web.Response:
    post_id = js_number(second)
    if is_integer(post_id) and 1 <= post_id <= POST_COUNT:
        return json_response(make_post(int(post_id)))
    message = f"No post with id {second or ''}; ids go from 1 to {POST_COUNT}."
    return json_response({"error": message}, 404)


async def delay(second: str | None) -> web.Response:
    ms = clamped_integer(second, 0, 0, MAX_DELAY_MS)
    if math.isnan(ms):
        return bad_request("Expected /delay/:ms with a whole number of ms.")
    # When the client goes away, aiohttp cancels this handler, so the wait ends early.
    await asyncio.sleep(ms / 1000)
    return json_response({"delayedMs": int(ms)})


def status(second: str | None) -> web.Response:
    code = js_number(second)
    if not is_integer(code) or code < 200 or code > 599:
        return bad_request("Expected /status/:code with a code from 200 to 599.")
    if int(code) in BODILESS:
        return web.Response(status=int(code), headers=CORS)
    return json_response({"status": int(code)}, int(code))


async def echo(request: web.Request) -> web.Response:
    text = "" if request.method in ("GET", "HEAD") else await request.text()
    try:
        parsed = None if text == "" else json.loads(text)
    except ValueError:
        parsed = None
    headers: dict[str, str] = {}
    for name, value in request.headers.items():
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return json_response(
        {
            "method": request.method,
            "path": request.rel_url.raw_path,
            "query": dict(request.query),
            "headers": headers,
            "body": None if text == "" else text,
            "json": parsed,
        }
    )


async def stream(request: web.Request) -> web.StreamResponse:
    chunks = clamped_integer(request.query.get("chunks"), 5, 1, 100)
    interval_ms = clamped_integer(request.query.get("intervalMs"), 200, 0, MAX_DELAY_MS)
    if math.isnan(chunks) or math.isnan(interval_ms):
        return bad_request("Expected whole numbers: /stream?chunks=5&intervalMs=200.")
    response = web.StreamResponse(headers={**CORS, "content-type": "text/plain; charset=utf-8"})
    await response.prepare(request)
    try:
        for sent in range(1, int(chunks) + 1):
            if sent > 1:
                await asyncio.sleep(interval_ms / 1000)
            await response.write(f"chunk {sent}\n".encode())
        await response.write_eof()
    except ConnectionResetError:
        pass  # the client stopped reading; nothing more to send
    return response


def flaky(request: web.Request, second: str | None, attempts: OrderedDict[str, int]) -> web.Response:
    failures = clamped_integer(request.query.get("failures"), 2, 0, 100)
    if second is None or math.isnan(failures):
        return bad_request("Expected /flaky/:key?failures=N.")
    attempts[second] = attempts.get(second, 0) + 1
    # Least recently used key forgotten first, so made-up keys cannot grow the server without bound.
    attempts.move_to_end(second)
    if len(attempts) > MAX_FLAKY_KEYS:
        attempts.popitem(last=False)
    if attempts[second] <= failures:
        return json_response({"error": "Try again later.", "attempts": attempts[second]}, 503)
    return json_response({"key": second, "attempts": attempts[second]})


async def websocket_echo(request: web.Request) -> web.StreamResponse:
    socket = web.WebSocketResponse()
    await socket.prepare(request)
    async for message in socket:
        if message.type == WSMsgType.TEXT:
            await socket.send_str(message.data)
        elif message.type == WSMsgType.BINARY:
            await socket.send_bytes(message.data)
    return socket


@web.middleware
async def refuse_bad_requests(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Answers what must not reach a route: a TRACE or CONNECT, a bad Host, a body over the cap."""
    if request.method.upper() in REFUSED_METHODS:
        message = f"The practice server does not answer {request.method} requests."
        return plain_text(405, message, allow=ALLOWED_METHODS)
    hosts = request.headers.getall("Host", [])
    hostless = not hosts and request.version < (1, 1)
    if not hostless and (len(hosts) != 1 or not HOST_PATTERN.fullmatch(hosts[0])):
        return plain_text(400, BAD_HOST)
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
        return plain_text(413, BODY_TOO_LARGE)
    try:
        return await handler(request)
    except web.HTTPRequestEntityTooLarge:  # a body sent without a length, capped as it is read
        return plain_text(413, BODY_TOO_LARGE)


@web.middleware
async def log_requests(request: web.Request, handler: Handler) -> web.StreamResponse:
    started = time.perf_counter()
    response = await handler(request)
    elapsed_ms = (time.perf_counter() - started) * 1000
    print(f"{request.method} {request.path_qs} -> {response.status} ({elapsed_ms:.0f} ms)", flush=True)
    return response


def make_app(*, quiet: bool = False) -> web.Application:
    """A fresh server: each app keeps its own /flaky counters."""
    flaky_attempts: OrderedDict[str, int] = OrderedDict()

    async def route(request: web.Request) -> web.StreamResponse:
        # The raw (still percent-encoded) path, as URL.pathname gives it in TypeScript.
        path = request.rel_url.raw_path
        parts = [part for part in path.split("/") if part]
        first = parts[0] if parts else ""
        second = parts[1] if len(parts) > 1 else None
        if len(parts) > 2:
            return json_response({"error": f"No route for {path}."}, 404)
        if first == "" and not parts:
            return json_response({"routes": ROUTES})
        if first == "posts":
            return await posts(second)
        if first == "delay":
            return await delay(second)
        if first == "status":
            return status(second)
        if first == "echo":
            if second is None:
                return await echo(request)
            return json_response({"error": "Did you mean /echo?"}, 404)
        if first == "stream":
            return await stream(request)
        if first == "flaky":
            return flaky(request, second, flaky_attempts)
        if first == "ws" and second == "echo" and request.headers.get("upgrade", "").lower() == "websocket":
            return await websocket_echo(request)
        return json_response({"error": f"No route for {path}. GET / lists the routes."}, 404)

    # aiohttp refuses a body of client_max_size bytes or more; the cap itself is still accepted.
    app = web.Application(
        middlewares=[refuse_bad_requests] if quiet else [log_requests, refuse_bad_requests],
        client_max_size=MAX_BODY_BYTES + 1,
    )
    app.router.add_route("*", "/{tail:.*}", route)
    return app


async def serve(port: int, *, quiet: bool) -> None:
    """Serves until cancelled (Ctrl-C), then closes every connection cleanly."""
    runner = web.AppRunner(make_app(quiet=quiet))
    await runner.setup()
    try:
        # Loopback only: the samples reach it as localhost, and nothing else on the network should.
        await web.TCPSite(runner, "localhost", port).start()
        print(f"Practice server on http://localhost:{port} (Ctrl-C stops it)", flush=True)
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser(description="The practice server for the Python samples.")
    parser.add_argument("--port", type=int, default=8787, help="port to listen on (default 8787)")
    parser.add_argument("--quiet", action="store_true", help="do not log each request")
    args = parser.parse_args()
    try:
        asyncio.run(serve(args.port, quiet=args.quiet))
    except KeyboardInterrupt:
        print("Practice server stopped.")
    except OSError as error:
        if error.errno != errno.EADDRINUSE:
            raise
        raise SystemExit(
            f"Port {args.port} is already in use. Stop whatever is listening there"
            " (perhaps another practice server), then try again."
        ) from None


if __name__ == "__main__":
    main()
