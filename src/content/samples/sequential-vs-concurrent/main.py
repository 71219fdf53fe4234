import asyncio
import time

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def main() -> None:
    print(f"{elapsed()} three 1 s waits, one after another")
    for _ in range(3):
        await asyncio.sleep(1)  # the next wait starts only when this one ends
    print(f"{elapsed()} done: the waits added up")

    print(f"{elapsed()} three 1 s waits, together")
    await asyncio.gather(asyncio.sleep(1), asyncio.sleep(1), asyncio.sleep(1))
    print(f"{elapsed()} done: the waits overlapped")


asyncio.run(main())
