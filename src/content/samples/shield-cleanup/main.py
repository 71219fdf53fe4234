import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def save(session: aiohttp.ClientSession) -> None:
    print(f"{elapsed()} save: started, takes 1s")
    # The practice server's /delay/1000 stands in for a slow write.
    async with session.post(f"{BASE}/delay/1000", json={"draft": "hello"}) as response:
        await response.read()
    print(f"{elapsed()} save: finished")


async def edit(session: aiohttp.ClientSession, saves: list[asyncio.Task[None]]) -> None:
    try:
        await asyncio.sleep(3)  # the user is typing
    finally:
        # Cleanup runs even when the task is cancelled. The save is its own task, and shield()
        # keeps a second cancel (a timeout, a shutdown) from reaching it.
        saving = asyncio.create_task(save(session))
        saves.append(saving)
        await asyncio.shield(saving)


async def main() -> None:
    saves: list[asyncio.Task[None]] = []
    async with aiohttp.ClientSession() as session:
        task = asyncio.create_task(edit(session, saves))
        await asyncio.sleep(0.5)
        print(f"{elapsed()} main: cancel the editor")
        task.cancel()
        await asyncio.sleep(0.3)
        print(f"{elapsed()} main: cancel it again, impatient")
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print(f"{elapsed()} main: the editor ended cancelled")
        await asyncio.gather(*saves)  # the shielded save is still running: wait for it
        print(f"{elapsed()} main: every save is done")


asyncio.run(main())
