# Wrong answer: the future has its result at once, and a 500 ms sleep comes after it, so "ready"
# is printed after a 500 ms timer though the future never waited for it.
# The check says: needed: “the longer call's future had the result "ready" on time”
import asyncio
import time


def ready_after(ms: float) -> asyncio.Future[str]:
    if ms < 0:
        raise ValueError("ms must not be negative")
    future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    future.set_result("ready")
    return future


async def main() -> None:
    start = time.perf_counter()
    value = await ready_after(500)
    await asyncio.sleep(0.5)
    print(value)
    print(f"waited {time.perf_counter() - start:.1f}s")


asyncio.run(main())
