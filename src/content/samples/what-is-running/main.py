import asyncio
import time

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def wait_for_reply(seconds: float) -> None:
    await asyncio.sleep(seconds)  # stands in for a server that answers slowly, or never


async def download(seconds: float) -> None:
    await wait_for_reply(seconds)


def await_chain(task: asyncio.Task) -> str:  # type: ignore[type-arg]
    """The coroutines a task is suspended in, outermost first, by following each one's cr_await."""
    names = []
    coro = task.get_coro()
    while coro is not None and hasattr(coro, "cr_code"):
        names.append(coro.cr_code.co_name)
        coro = coro.cr_await  # what this coroutine is awaiting: another coroutine, or a Future
    return " > ".join(names)


async def main() -> None:
    asyncio.current_task().set_name("main")  # type: ignore[union-attr]
    quick = asyncio.create_task(download(0.2), name="download-1")
    stuck = asyncio.create_task(download(30), name="download-2")
    await quick
    print(f"{elapsed()} download-1 done")

    await asyncio.sleep(0.3)
    print(f"{elapsed()} tasks still running:")
    for task in sorted(asyncio.all_tasks(), key=lambda task: task.get_name()):
        print(f"  {task.get_name()}: {await_chain(task)}")
    # print_stack() (or get_stack()) shows a suspended task's outermost frame only.
    print(f"  get_stack() of download-2: {[frame.f_code.co_name for frame in stuck.get_stack()]}")

    stuck.cancel()
    try:
        await stuck
    except asyncio.CancelledError:
        print(f"{elapsed()} download-2 cancelled")


asyncio.run(main())
