"""Where a cancellation reaches a running task: at its next real suspension, not at its next await.

Chapter 9 says so, and chapter 11 calls a task's step the code between two real suspensions. The
task cancels itself, then awaits a coroutine that never waits and a future that is already done
(neither suspends), then sleep(0), which does. Prints one JSON object for the test to judge.
"""

import asyncio
import json


async def noop() -> None:
    """Has nothing to wait for."""


async def worker(seen: list[str]) -> None:
    task = asyncio.current_task()
    assert task is not None
    task.cancel()
    await noop()
    seen.append("await noop()")
    done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    done.set_result(None)
    await done
    seen.append("await of a done future")
    await asyncio.sleep(0)
    seen.append("await asyncio.sleep(0)")


async def main() -> None:
    seen: list[str] = []
    task = asyncio.create_task(worker(seen))
    try:
        await task
        outcome = "finished"
    except asyncio.CancelledError:
        outcome = "cancelled"
    print(json.dumps({"ranPast": seen, "outcome": outcome}))


asyncio.run(main())
