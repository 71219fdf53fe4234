import asyncio
import contextvars
import time

import aiohttp

BASE = "http://localhost:8787"
start = time.perf_counter()

# One variable for the whole program; each task sees its own value.
request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


def log(message: str) -> None:
    # No parameter brings the id here: the line reads it from the current context.
    print(f"{elapsed()} [{request_id.get()}] {message}")


async def audit() -> None:
    # This task got a copy of its parent's context when it was created: a set here stays here.
    request_id.set(f"{request_id.get()}/audit")
    await asyncio.sleep(0.1)
    log("audit written")


async def handle(session: aiohttp.ClientSession, name: str, ms: int) -> None:
    request_id.set(name)  # only this task's context changes
    log("started")
    async with session.get(f"{BASE}/delay/{ms}") as response:
        await response.read()
    log(f"answered after {ms} ms")
    await asyncio.create_task(audit())
    log("done")


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        async with asyncio.TaskGroup() as group:
            group.create_task(handle(session, "req-1", 500))
            group.create_task(handle(session, "req-2", 200))
    log("all requests handled")


asyncio.run(main())
