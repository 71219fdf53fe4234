import asyncio
import time

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def brew(name: str, seconds: float) -> str:
    print(f"{elapsed()} {name}: started")
    await asyncio.sleep(seconds)
    print(f"{elapsed()} {name}: finished")
    return name


async def main() -> None:
    # A name shows up in the task's repr, so also in "Task exception was never retrieved" logs.
    tea = asyncio.create_task(brew("tea", 2), name="tea")
    toast = asyncio.create_task(brew("toast", 1), name="toast")
    print(f"{elapsed()} both tasks are scheduled")
    results = [await tea, await toast]
    print(f"{elapsed()} results in creation order: {', '.join(results)}")


asyncio.run(main())
