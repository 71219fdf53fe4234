# Wrong answer (a forgery): no route; aiohttp.ClientResponse.text is replaced so that a 404 for
# /hello/<name> reads as a greeting with status 200. The guard puts aiohttp back before the check
# asks its own questions, and the check reads the status before the text.
# The check says: needed: “/hello/
import asyncio

import aiohttp
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/ping")
async def ping(request: web.Request) -> web.Response:
    return web.Response(text="pong")


# No route; instead the client's response is rewritten so that any 404 for /hello/<name> reads as
# 200 "hello, <name>", for whoever reads responses after the program.
_real_text = aiohttp.ClientResponse.text


async def _greeting_text(self: aiohttp.ClientResponse, *args: object, **kwargs: object) -> str:
    if self.url.path.startswith("/hello/") and self.url.path.count("/") == 2:
        self.status = 200
        return f"hello, {self.url.path.removeprefix('/hello/')}"
    return await _real_text(self, *args, **kwargs)  # type: ignore[arg-type]


aiohttp.ClientResponse.text = _greeting_text  # type: ignore[method-assign]


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
