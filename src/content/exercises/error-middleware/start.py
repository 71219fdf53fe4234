import asyncio
import json

import aiohttp
from aiohttp import web
from aiohttp.typedefs import Handler


# A middleware wraps the handler of every request, as errorsAsJson does in the TypeScript.
@web.middleware
async def errors_as_json(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Answers a handler's error with status 500 and {"error": message} as JSON."""
    # Catch what the handler raises and turn it into a 500 JSON response.
    return await handler(request)


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
