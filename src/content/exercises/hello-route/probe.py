# The check's own requests to the learner's application, with names picked at random for each run:
# only a real route can answer them. make_app() builds the application, which the probe serves on
# the loopback network and asks with the kit's own ClientSession (the name goes out percent-encoded,
# as a browser sends it). A 404 is reported as "404 not found" whatever its body, so aiohttp's own
# "404: Not Found" will do; any other answer is reported with its status and its text.
import asyncio

from aiohttp import web


async def probe(program, kit):
    make_app = program.get("make_app")
    if not callable(make_app):
        kit.report("there is no function named make_app")
        return
    ok, app = await kit.settle(_built(make_app))
    if not ok:
        kit.report(f"make_app raised {type(app).__name__}")
        return
    if not kit.is_instance(app, web.Application):
        kit.report("make_app did not return a web.Application")
        return
    first, second, stranger = kit.words[0], kit.words[1], kit.words[2]
    paths = [f"hello/{first}", f"hello/{second}", stranger, f"hello/{first}/more"]
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        host, port = runner.addresses[0][:2]
        async with kit.session() as session:
            for path in paths:
                kit.report(f"/{path} -> {await _answer(kit, session, f'http://{host}:{port}/{path}')}")
    finally:
        await runner.cleanup()


async def _built(make_app):
    """make_app's application; an async make_app is awaited."""
    app = make_app()
    return await app if asyncio.iscoroutine(app) else app


async def _answer(kit, session, url):
    """What came back for one path: its status and text, or that nothing did."""
    try:
        async with session.get(url) as response:
            status = response.status
            body = await response.text()
    except Exception as error:
        return f"no answer ({type(error).__name__})"
    if kit.is_instance(status, int) and int.__eq__(status, 404) is True:
        return "404 not found"
    return f"{status} {body}"
