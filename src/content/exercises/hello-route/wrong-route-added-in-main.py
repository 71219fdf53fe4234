# Wrong answer: the route is added in main(), to the one application main() serves, not in
# make_app(): the program's own request is greeted, but an application make_app() builds has no
# such route.
# The check says: needed: “/hello/
import asyncio

import aiohttp
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/ping")
async def ping(request: web.Request) -> web.Response:
    return web.Response(text="pong")


async def hello(request: web.Request) -> web.Response:
    return web.Response(text=f"hello, {request.match_info['name']}")


def make_app() -> web.Application:
    """The application, with every route in the table; any other path gets aiohttp's 404."""
    app = web.Application()
    app.add_routes(routes)
    return app


async def main() -> None:
    app = make_app()
    app.router.add_get("/hello/{name}", hello)
    runner = web.AppRunner(app)
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
