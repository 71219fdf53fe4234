import asyncio
import contextlib
import time

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


class Heartbeat:
    """Counts a beat every 0.25 s, as long as the event loop gets to run it."""

    def __init__(self) -> None:
        self.beats = 0

    async def run(self) -> None:
        while True:
            await asyncio.sleep(0.25)
            self.beats += 1


def verdict(count: int) -> str:
    # The exact count wobbles with timing; what matters is none versus several.
    if count == 0:
        return "0 heartbeats, the event loop was stuck"
    if count >= 3:
        return "3+ heartbeats, the event loop kept running"
    return f"only {count} heartbeats"


async def main() -> None:
    heart = Heartbeat()
    ticker = asyncio.create_task(heart.run())
    await asyncio.sleep(0)  # let the heartbeat start
    print(f"{elapsed()} heartbeat every 0.25s, then three waits of 1s")

    before = heart.beats
    time.sleep(1)  # blocks the whole thread, event loop included
    print(f"{elapsed()} time.sleep(1): {verdict(heart.beats - before)}")

    before = heart.beats
    await asyncio.sleep(1)  # hands the thread back to the event loop while it waits
    print(f"{elapsed()} await asyncio.sleep(1): {verdict(heart.beats - before)}")

    before = heart.beats
    await asyncio.to_thread(time.sleep, 1)  # for blocking code you cannot rewrite
    print(f"{elapsed()} await asyncio.to_thread(time.sleep, 1): {verdict(heart.beats - before)}")

    ticker.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await ticker


asyncio.run(main())
