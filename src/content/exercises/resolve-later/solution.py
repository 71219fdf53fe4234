import asyncio
import time


def ready_after(ms: float) -> asyncio.Future[str]:
    """A future that gets the result "ready" after `ms` milliseconds, set from a call_later callback."""
    if ms < 0:
        raise ValueError("ms must not be negative")
    loop = asyncio.get_running_loop()
    future: asyncio.Future[str] = loop.create_future()
    # The callback runs later, on the event loop; until then `await future` just waits.
    loop.call_later(ms / 1000, future.set_result, "ready")
    return future


async def main() -> None:
    start = time.perf_counter()
    value = await ready_after(500)
    print(value)
    print(f"waited {time.perf_counter() - start:.1f}s")


asyncio.run(main())
