# Right answer: a callback of its own that leaves a cancelled future alone, and a timer that is
# cancelled with the future, so nothing is left to fire for a future nobody waits for.
import asyncio
import time


def ready_after(ms: float) -> asyncio.Future[str]:
    """A future that gets the result "ready" after `ms` milliseconds, set from a call_later callback."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[str] = loop.create_future()

    def set_ready() -> None:
        if not future.done():  # cancelled meanwhile: setting a result would raise InvalidStateError
            future.set_result("ready")

    timer = loop.call_later(ms / 1000, set_ready)
    future.add_done_callback(lambda _: timer.cancel())
    return future


async def main() -> None:
    start = time.perf_counter()
    value = await ready_after(500)
    print(value)
    print(f"waited {time.perf_counter() - start:.1f}s")


asyncio.run(main())
