# The check's own use of the learner's middleware, with a body, a header and an error message picked
# at random for each run: an app of the probe's own, with errors_as_json as its middleware, is served
# on the loopback network and asked for each path by the kit's own ClientSession. A 201 and a 404,
# returned or raised as aiohttp's web.HTTPNotFound, must pass through untouched; an error raised
# (after an await, or before any) must come back as a 500 JSON response. JSON is compared as data.
# Each path has a handler of its own, so a handler never reads the request.
import json

from aiohttp import web


def _ascii(word):
    """A header value here is ASCII: the word with every other letter left out."""
    return "".join(letter for letter in word if " " <= letter <= "~")


def _media_type(value):
    """The media type of a Content-Type value: what comes before any `;`, without spaces."""
    if value is None:
        return "no type"
    return value.split(";", 1)[0].replace(" ", "")


def _shown(body):
    """The body as the verdict shows it: JSON as canonical data, anything else as it came."""
    try:
        data = json.loads(body)
    except ValueError:
        return body
    return "JSON " + json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


async def probe(program, kit):
    middleware = program.get("errors_as_json")
    if not callable(middleware):
        kit.report("there is no function named errors_as_json")
        return
    w0, w1, w2 = kit.words[0], kit.words[1], kit.words[2]
    header = _ascii(w1)

    async def created(request):
        return web.Response(text=w0, status=201, headers={"x-check": header})

    async def missing(request):
        return web.Response(text=f"no {w0} here", status=404)

    async def raised_404(request):
        raise web.HTTPNotFound(text=f"no {w0} there")

    async def fails(request):
        await kit.sleep(1)
        raise RuntimeError(w2)

    async def fails_at_once(request):
        raise RuntimeError(f"{w2} at once")

    routes = [
        ("/created", created),
        ("/missing", missing),
        ("/raised-404", raised_404),
        ("/fails", fails),
        ("/fails-at-once", fails_at_once),
    ]
    app = web.Application(middlewares=[middleware])
    for path, handler in routes:
        app.router.add_get(path, handler)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        host, port = runner.addresses[0][:2]
        async with kit.session() as session:
            for path, _ in routes:
                kit.report(await _answer(session, f"http://{host}:{port}{path}", path, header))
    finally:
        await runner.cleanup()


async def _answer(session, url, path, header):
    """What came back for one path, as one report line."""
    try:
        async with session.get(url) as response:
            status = response.status
            kind = _media_type(response.headers.get("Content-Type"))
            given = response.headers.get("x-check")
            body = await response.text()
    except Exception:
        return f"{path} -> no answer"
    note = "no x-check" if given is None else "x-check kept" if given == header else f"x-check={given}"
    return f"{path} -> {status} {kind}, {note}, {_shown(body)}"
