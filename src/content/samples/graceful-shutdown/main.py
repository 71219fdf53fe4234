import asyncio
import os
import signal
import time

import aiohttp

BASE = "http://localhost:8787"
GRACE = 1.0  # seconds the jobs in flight get to finish once the stop signal has come

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def worker(name: str, job_ms: int, session: aiohttp.ClientSession, stop: asyncio.Event) -> None:
    job = 0
    try:
        while not stop.is_set():  # take no new job once the stop signal has come
            job += 1
            async with session.get(f"{BASE}/delay/{job_ms}") as response:
                await response.read()
            print(f"{elapsed()} {name}: job {job} done")
        print(f"{elapsed()} {name}: stopped between jobs")
    except asyncio.CancelledError:
        print(f"{elapsed()} {name}: cancelled during job {job}")
        raise


async def main() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signal_number in (signal.SIGINT, signal.SIGTERM):  # Ctrl-C, and what `kill` and container runtimes send
        loop.add_signal_handler(signal_number, stop.set)
    # The sample sends itself SIGTERM after 1 s, as `kill -TERM <pid>` would from outside.
    loop.call_later(1.0, os.kill, os.getpid(), signal.SIGTERM)

    async with aiohttp.ClientSession() as session:
        workers = [
            asyncio.create_task(worker("short jobs", 600, session, stop)),
            asyncio.create_task(worker("long job", 5000, session, stop)),
        ]
        await stop.wait()
        print(f"{elapsed()} SIGTERM: no new jobs, {GRACE}s for the jobs in flight")
        done, pending = await asyncio.wait(workers, timeout=GRACE)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)  # let each cancelled worker clean up
    print(f"{elapsed()} cleanup: connections closed, exiting")


asyncio.run(main())
