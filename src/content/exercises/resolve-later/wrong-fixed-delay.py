# Wrong answer: it always waits 500 ms, whatever ms it is given.
# The check says: There must be exactly 1 timer of 500 ms; there were 3.
import asyncio
import time


def ready_after(ms: float) -> asyncio.Future[str]:
    loop = asyncio.get_running_loop()
    future: asyncio.Future[str] = loop.create_future()
    loop.call_later(0.5, future.set_result, "ready")
    return future


async def main() -> None:
    start = time.perf_counter()
    value = await ready_after(500)
    print(value)
    print(f"waited {time.perf_counter() - start:.1f}s")


asyncio.run(main())
