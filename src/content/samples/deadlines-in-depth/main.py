import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"
IDLE = 0.5  # seconds a stream may stay silent
start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def get(session: aiohttp.ClientSession, path: str) -> None:
    async with session.get(f"{BASE}{path}") as response:
        await response.read()


async def nested(session: aiohttp.ClientSession) -> None:
    loop = asyncio.get_running_loop()
    step, own = 0, None
    try:
        # The whole job must end by a point in time, whatever each step allows itself.
        async with asyncio.timeout_at(loop.time() + 1.0) as job:
            for step, path in enumerate(["/delay/300", "/delay/3000"], start=1):
                own = asyncio.timeout(2.0)  # each step allows itself 2 s
                async with own:
                    await get(session, path)
                print(f"{elapsed()} nested: step {step} done")
    except TimeoutError:
        which = "its own limit" if own is not None and own.expired() else "the job's deadline" if job.expired() else "?"
        print(f"{elapsed()} nested: step {step} stopped by {which}")


async def read_stream(session: aiohttp.ClientSession, path: str) -> None:
    loop = asyncio.get_running_loop()
    chunks = 0
    began = time.perf_counter()
    try:
        async with asyncio.timeout(IDLE) as idle:
            async with session.get(f"{BASE}{path}") as response:
                async for _line in response.content:
                    chunks += 1
                    idle.reschedule(loop.time() + IDLE)  # each chunk moves the deadline on
        print(f"{elapsed()} idle: {chunks} chunks in {time.perf_counter() - began:.1f}s, none late")
    except TimeoutError:
        print(f"{elapsed()} idle: nothing for {IDLE}s after chunk {chunks}, gave up")


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        await nested(session)
        await read_stream(session, "/stream?chunks=4&intervalMs=300")
        await read_stream(session, "/stream?chunks=3&intervalMs=800")


asyncio.run(main())
