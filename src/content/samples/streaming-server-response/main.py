import asyncio
import time

import aiohttp
from aiohttp import web


def since(start: float) -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def progress(request: web.Request) -> web.StreamResponse:
    # A StreamResponse sends its headers at prepare(), then the body piece by piece.
    response = web.StreamResponse(headers={"Content-Type": "text/plain"})
    await response.prepare(request)
    for step in range(1, 5):
        await asyncio.sleep(0.3)  # stands in for real work between the pieces
        await response.write(f"step {step} of 4 done\n".encode())
    await response.write_eof()
    return response


async def main() -> None:
    app = web.Application()
    app.router.add_get("/progress", progress)
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        host, port = runner.addresses[0]
        async with aiohttp.ClientSession() as session:
            start = time.perf_counter()  # times count from the request, not from the server's start
            async with session.get(f"http://{host}:{port}/progress") as response:
                print(f"{since(start)} headers arrived: {response.status}")
                # Each line prints as soon as it arrives, not when the whole body is done.
                async for line in response.content:
                    print(f"{since(start)} {line.decode().strip()}")
    finally:
        await runner.cleanup()


asyncio.run(main())
