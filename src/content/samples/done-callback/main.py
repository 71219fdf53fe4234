import asyncio
import time

start = time.perf_counter()


def say(message: str) -> None:
    print(f"{time.perf_counter() - start:.1f}s {message}")


async def brew(drink: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    if drink == "coffee":
        raise RuntimeError("out of beans")
    return f"a cup of {drink}"


def report(task: asyncio.Task[str]) -> None:
    # It receives the finished task, not its value: ask how it ended.
    if task.cancelled():
        say(f"callback: {task.get_name()} was cancelled")
    elif (error := task.exception()) is not None:
        say(f"callback: {task.get_name()} failed: {error}")
    else:
        say(f"callback: {task.get_name()} gave {task.result()}")


async def main() -> None:
    coffee = asyncio.create_task(brew("coffee", 0.5), name="coffee")
    tea = asyncio.create_task(brew("tea", 1), name="tea")
    coffee.add_done_callback(report)
    tea.add_done_callback(report)
    say("main: callbacks attached")
    say(f"main: awaited {await tea}")


asyncio.run(main())
