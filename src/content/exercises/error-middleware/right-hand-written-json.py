# Right answer: the JSON is written with json.dumps, with a space after the colon, and the HTTP
# exceptions are told apart with isinstance; the check reads the body as data, so that is fine.
import asyncio
import json

import aiohttp
from aiohttp import web
from aiohttp.typedefs import Handler


@web.middleware
async def errors_as_json(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        response = await handler(request)
    except Exception as error:
        if isinstance(error, web.HTTPException):
            raise
        body = json.dumps({"error": str(error)})  # with a space after the colon: still JSON
        return web.Response(text=body, status=500, content_type="application/json")
    return response


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
