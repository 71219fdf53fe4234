import asyncio
import time
from dataclasses import dataclass

import aiohttp

BASE = "http://localhost:8787"
LIMIT = 2

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


@dataclass
class InFlight:
    """Requests in flight now, and the most there ever were at once."""

    now: int = 0
    peak: int = 0


async def request(
    session: aiohttp.ClientSession, slots: asyncio.Semaphore, in_flight: InFlight, number: int
) -> int:
    async with slots:  # waits here while LIMIT requests are already in flight
        in_flight.now += 1
        in_flight.peak = max(in_flight.peak, in_flight.now)
        print(f"{elapsed()} request {number} started")
        try:
            async with session.get(f"{BASE}/delay/500?n={number}") as response:
                await response.read()
        finally:
            in_flight.now -= 1
    return number


async def main() -> None:
    slots = asyncio.Semaphore(LIMIT)
    in_flight = InFlight()
    async with aiohttp.ClientSession() as session:
        done = await asyncio.gather(*(request(session, slots, in_flight, n) for n in range(1, 7)))
    print(f"{elapsed()} {len(done)} done, at most {in_flight.peak} at once")


asyncio.run(main())
