import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import aclosing

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def ticks(interval: float) -> AsyncIterator[int]:
    """Yields 1, 2, 3, ... one every `interval` seconds, for as long as someone asks."""
    number = 0
    try:
        while True:
            await asyncio.sleep(interval)
            number += 1
            yield number  # pauses here until the loop asks for the next value
    finally:
        print(f"{elapsed()} ticks: cleaned up after {number}")


async def main() -> None:
    # aclosing() closes the generator as the block ends, so its `finally` runs now, not later.
    async with aclosing(ticks(0.2)) as numbers:
        async for number in numbers:
            print(f"{elapsed()} tick {number}")
            if number == 3:
                break
    print(f"{elapsed()} loop left")


asyncio.run(main())
