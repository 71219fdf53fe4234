# Wrong answer: after the grace period nothing is cancelled, so the long job runs its full 5 s.
# The check says: Every request “GET /delay/5000” must be cancelled
# A small service: two workers take jobs from the practice server until the service stops.
import asyncio
import os
import signal
from collections.abc import Collection

import aiohttp

BASE = "http://localhost:8787"
GRACE = 2.0  # seconds


async def worker(session: aiohttp.ClientSession, job_ms: int, stop: asyncio.Event) -> None:
    while not stop.is_set():  # no new job once the stop signal has come
        async with session.get(f"{BASE}/delay/{job_ms}") as response:
            await response.read()


async def stop_gracefully(tasks: Collection[asyncio.Task[None]], grace: float) -> None:
    """Gives the tasks grace seconds, then waits for them anyway."""
    await asyncio.wait(tasks, timeout=grace)
    await asyncio.gather(*tasks, return_exceptions=True)


async def main() -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    # The stop signal: `kill -TERM <pid>` would send it from outside; here it comes after 1 s.
    loop.call_later(1.0, os.kill, os.getpid(), signal.SIGTERM)
    async with aiohttp.ClientSession() as session:
        tasks = [
            asyncio.create_task(worker(session, 600, stop)),
            asyncio.create_task(worker(session, 5000, stop)),
        ]
        await stop.wait()
        await stop_gracefully(tasks, GRACE)
    print("shutdown complete")


asyncio.run(main())
