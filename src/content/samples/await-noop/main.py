import asyncio


async def noop() -> None:
    """Has nothing to wait for, so awaiting it runs it to the end on the spot."""


async def other() -> None:
    print("other task: running")


async def main() -> None:
    task = asyncio.create_task(other())
    print("main: task created")

    await noop()  # nothing in noop() suspends, so main keeps the thread
    print("main: back from await noop()")

    await asyncio.sleep(0)  # this really suspends: the loop gives the task its turn
    print("main: back from await sleep(0)")

    await task


asyncio.run(main())
