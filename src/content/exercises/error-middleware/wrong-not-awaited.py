# Wrong answer: the try block returns the handler's coroutine without awaiting it, so nothing in
# the try ever fails, and aiohttp is handed a coroutine where it wants a response: it drops the
# connection, and the program's own request fails.
# The check says: The run ended with an error
import asyncio
import json

import aiohttp
from aiohttp import web
from aiohttp.typedefs import Handler


@web.middleware
async def errors_as_json(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return handler(request)  # type: ignore[return-value]  # the missing await is the mistake
    except web.HTTPException:
        raise
    except Exception as error:
        return web.json_response({"error": str(error)}, status=500)


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
