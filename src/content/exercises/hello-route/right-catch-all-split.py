# Right answer: one catch-all route that splits the path itself and answers its own 404 "not
# found", in a program that puts a logger with timestamps in place of print; what the program does
# to its own print does not matter to the check.
import asyncio
import builtins
import time

import aiohttp
from aiohttp import web


async def handle(request: web.Request) -> web.Response:
    # request.path is already decoded: Zo%C3%AB arrives as Zoë.
    match request.path.split("/"):
        case ["", "ping"]:
            return web.Response(text="pong")
        case ["", "hello", name] if name:
            return web.Response(text=f"hello, {name}")
        case _:
            return web.Response(text="not found", status=404)


def make_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/{path:.*}", handle)
    return app


started = time.monotonic()
plain_print = builtins.print


def logged_print(*parts: object, **options: object) -> None:
    plain_print(f"[{(time.monotonic() - started) * 1000:.0f} ms]", *parts, **options)  # type: ignore[call-overload]


builtins.print = logged_print


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
