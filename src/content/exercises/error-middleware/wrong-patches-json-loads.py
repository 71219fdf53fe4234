# Wrong answer, a forgery: the error goes out as marked plain text labelled JSON, and the program
# replaces json.loads so that whoever parses a marked body afterwards takes it for {"error": message}.
# The check says: needed: “/fails -> 500 application/json
import asyncio
import json

import aiohttp
from aiohttp import web
from aiohttp.typedefs import Handler


@web.middleware
async def errors_as_json(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception as error:
        return web.Response(text=MARK + str(error), status=500, content_type="application/json")


MARK = "\u2063"
_real_loads = json.loads


def _loads_marked(text, *args, **kwargs):
    if isinstance(text, str) and text.startswith(MARK):
        return {"error": text[len(MARK) :]}
    return _real_loads(text, *args, **kwargs)


json.loads = _loads_marked


# The application: one route that works and one that fails.
async def ok(request: web.Request) -> web.Response:
    return web.Response(text="fine")


async def boom(request: web.Request) -> web.Response:
    raise RuntimeError("database is down")


async def main() -> None:
    app = web.Application(middlewares=[errors_as_json])
    app.add_routes([web.get("/ok", ok), web.get("/boom", boom)])
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        host, port = runner.addresses[0]
        async with aiohttp.ClientSession(f"http://{host}:{port}") as session:
            for path in ("/ok", "/boom"):
                async with session.get(path) as response:
                    print(f"{path} -> {response.status} {await response.text()}")
    finally:
        await runner.cleanup()


asyncio.run(main())
