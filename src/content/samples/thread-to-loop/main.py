import asyncio
import threading
import time

import aiohttp

BASE = "http://localhost:8787"
start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def save(session: aiohttp.ClientSession, count: int) -> str:
    async with session.post(f"{BASE}/echo", json={"readings": count}) as response:
        sent = (await response.json())["json"]
    await asyncio.sleep(0.2)
    return f"saved {sent['readings']} readings"


def sensor(loop: asyncio.AbstractEventLoop, readings: asyncio.Queue[int], session: aiohttp.ClientSession) -> None:
    """Runs on its own thread, as a callback-based library does. It must not touch the loop directly."""
    for reading in [1, 2, 3]:
        time.sleep(0.2)
        # Queue.put_nowait is not thread-safe: ask the loop to run it, on the loop's own thread.
        loop.call_soon_threadsafe(readings.put_nowait, reading)
    # Async code called from sync code: submit a coroutine to the loop, then block this thread for it.
    future = asyncio.run_coroutine_threadsafe(save(session, 3), loop)
    result = future.result(timeout=5)
    print(f"{elapsed()} the sensor's side got \"{result}\" back")


async def main() -> None:
    loop = asyncio.get_running_loop()
    readings: asyncio.Queue[int] = asyncio.Queue()
    async with aiohttp.ClientSession() as session:
        thread = threading.Thread(target=sensor, args=(loop, readings, session))
        thread.start()
        for _ in range(3):
            reading = await readings.get()
            print(f"{elapsed()} the loop got reading {reading}")
        await asyncio.to_thread(thread.join)  # join() blocks, so wait for it on another thread


asyncio.run(main())
