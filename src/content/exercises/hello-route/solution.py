import asyncio

import aiohttp
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/ping")
async def ping(request: web.Request) -> web.Response:
    return web.Response(text="pong")


# {name} matches one path segment, so /hello/Ada/more finds no route and gets a 404. aiohttp
# decodes the path before it matches, so match_info holds Zoë, not Zo%C3%AB.
@routes.get("/hello/{name}")
async def hello(request: web.Request) -> web.Response:
    return web.Response(text=f"hello, {request.match_info['name']}")


def make_app() -> web.Application:
    """The application, with every route in the table; any other path gets aiohttp's 404."""
    app = web.Application()
    app.add_routes(routes)
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
