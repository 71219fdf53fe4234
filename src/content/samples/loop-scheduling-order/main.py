import asyncio
import time

start = time.perf_counter()


def say(message: str) -> None:
    print(f"{time.perf_counter() - start:.1f}s {message}")


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, say, "timer: ran 0.5 s later")
    loop.call_soon(say, "soon: ran as soon as main paused")
    say("main: both scheduled, neither has run yet")

    await asyncio.sleep(0)  # give the loop one turn
    say("main: back after yielding once")

    await asyncio.sleep(1)  # keep the loop alive until the timer has fired
    say("main: done")


asyncio.run(main())
