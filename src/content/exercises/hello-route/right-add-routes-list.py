# Right answer: no route table; make_app() lists its routes with web.get, the name's segment
# spelled out as a regular expression.
import asyncio

import aiohttp
from aiohttp import web

async def ping(request: web.Request) -> web.Response:
    return web.Response(text="pong")


async def hello(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    return web.Response(text=f"hello, {name}", status=200)


def make_app() -> web.Application:
    """The application, with every route in the table; any other path gets aiohttp's 404."""
    app = web.Application()
    app.add_routes([web.get("/ping", ping), web.get(r"/hello/{name:[^/]+}", hello)])
    return app


async def main() -> None:
    runner = web.AppRunner(make_app())
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        host, port = runner.addresses[0][:2]
        async with aiohttp.ClientSession(f"http://{host}:{port}") as session:
            for path in ("/ping", "/hello/Ada", "/nowhere"):
                async with session.get(path) as response:
                    print(f"{path} -> {response.status} {await response.text()}")
    finally:
        await runner.cleanup()


asyncio.run(main())
