import asyncio
import time
from collections.abc import AsyncIterator

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def numbers(count: int) -> AsyncIterator[int]:
    """Yields 1 to `count`, each after 0.2 s of (pretend) work."""
    for number in range(1, count + 1):
        await asyncio.sleep(0.2)
        yield number


async def main() -> None:
    source = aiter(numbers(5))  # aiter(x) calls x.__aiter__(), as iter(x) calls x.__iter__()
    first = await anext(source)  # one value, without a loop
    print(f"{elapsed()} anext gave {first}")

    # An async comprehension takes the values one after another: it runs nothing concurrently.
    evens = [number async for number in source if number % 2 == 0]
    print(f"{elapsed()} the rest, evens only: {', '.join(map(str, evens))}")

    # With a default, anext() on a finished iterator returns it instead of raising.
    print(f"{elapsed()} anext after the end: {await anext(source, 'nothing left')}")


asyncio.run(main())
