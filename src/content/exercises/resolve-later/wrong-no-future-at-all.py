# Wrong answer (a forgery): no future at all; the timer prints "ready" itself.
# The check says: needed: “the longer call's future had the result "ready" on time”
import asyncio
import time


def ready_after(ms: float) -> None:
    asyncio.get_running_loop().call_later(ms / 1000, print, "ready")


async def main() -> None:
    start = time.perf_counter()
    ready_after(500)
    await asyncio.sleep(0.6)
    print(f"waited {time.perf_counter() - start:.1f}s")


asyncio.run(main())
