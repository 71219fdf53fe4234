import asyncio
import time

import aiohttp
from aiohttp import web

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def countdown(request: web.Request) -> web.WebSocketResponse:
    # The handler upgrades the request, then sends for as long as it likes before closing.
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    for n in (3, 2, 1):
        await ws.send_str(f"{n}...")
        await asyncio.sleep(0.3)
    await ws.send_str("liftoff")
    await ws.close()
    return ws


async def main() -> None:
    app = web.Application()
    app.router.add_get("/countdown", countdown)
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        host, port = runner.addresses[0]
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(f"http://{host}:{port}/countdown") as ws:
                # The loop ends when the server closes the connection.
                async for message in ws:
                    if message.type == aiohttp.WSMsgType.TEXT:
                        print(f"{elapsed()} got {message.data}")
            print(f"{elapsed()} the server closed with code {ws.close_code}")
    finally:
        await runner.cleanup()


asyncio.run(main())
