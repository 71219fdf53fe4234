# Wrong answer: time.sleep waits, but it blocks the whole loop meanwhile and starts no timer; the
# future is only made once the wait is over.
# The check says: There must be exactly 1 timer of 500 ms; there were 0.
import asyncio
import time


def ready_after(ms: float) -> asyncio.Future[str]:
    time.sleep(ms / 1000)
    future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    future.set_result("ready")
    return future


async def main() -> None:
    start = time.perf_counter()
    value = await ready_after(500)
    print(value)
    print(f"waited {time.perf_counter() - start:.1f}s")


asyncio.run(main())
