import asyncio
import time

# How long each task works after the settings arrive, before it must wait for the others.
WORK = {"A": 0.2, "B": 0.4, "C": 0.6}

start = time.perf_counter()
passed_at: dict[str, float] = {}


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def load_settings(loaded: asyncio.Event) -> None:
    await asyncio.sleep(0.3)
    print(f"{elapsed()} settings loaded")
    loaded.set()  # wakes every task waiting on the event, now and later


async def task(name: str, loaded: asyncio.Event, everyone: asyncio.Barrier) -> None:
    await loaded.wait()
    print(f"{elapsed()} {name} starts")
    await asyncio.sleep(WORK[name])
    print(f"{elapsed()} {name} waits at the barrier")
    await everyone.wait()  # nobody passes until all three have arrived
    passed_at[name] = time.perf_counter() - start


async def main() -> None:
    loaded = asyncio.Event()
    everyone = asyncio.Barrier(len(WORK))  # Python 3.11+
    async with asyncio.TaskGroup() as group:
        group.create_task(load_settings(loaded))
        for name in WORK:
            group.create_task(task(name, loaded, everyone), name=name)
    times = ", ".join(f"{name} at {passed_at[name]:.1f}s" for name in WORK)
    print(f"passed the barrier: {times}")


asyncio.run(main())
