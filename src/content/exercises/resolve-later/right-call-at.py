# Right answer: the deadline worked out on the loop's own clock and handed to loop.call_at, with a
# lambda that sets the result.
import asyncio
import time


def ready_after(ms: float) -> asyncio.Future[str]:
    """A future that gets the result "ready" after `ms` milliseconds, set from a call_at callback."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[str] = loop.create_future()
    loop.call_at(loop.time() + ms / 1000, lambda: future.set_result("ready"))
    return future


async def main() -> None:
    start = time.perf_counter()
    value = await ready_after(500)
    print(value)
    print(f"waited {time.perf_counter() - start:.1f}s")


asyncio.run(main())
