# Wrong answer: set_result is called, not handed over: future.set_result("ready") runs at once and
# call_later gets its return value, None, to call 500 ms later.
# The check says: needed: “the longer call's future had the result "ready" on time”
import asyncio
import time


def ready_after(ms: float) -> asyncio.Future[str]:
    loop = asyncio.get_running_loop()
    future: asyncio.Future[str] = loop.create_future()
    loop.call_later(ms / 1000, future.set_result("ready"))
    return future


async def main() -> None:
    start = time.perf_counter()
    value = await ready_after(500)
    await asyncio.sleep(0.6)  # the timer's callback only fails later, in the loop's log
    print(value)
    print(f"waited {time.perf_counter() - start:.1f}s")


asyncio.run(main())
