import asyncio
import contextvars
import time

start = time.perf_counter()
request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


def blocking_lookup() -> str:
    # A blocking library call, so it runs on a worker thread. It reads the id as log code would.
    time.sleep(0.2)
    return f"[{request_id.get()}]"


async def main() -> None:
    loop = asyncio.get_running_loop()
    request_id.set("req-7")

    # to_thread copies the current context and runs the function inside the copy.
    seen = await asyncio.to_thread(blocking_lookup)
    print(f"{elapsed()} to_thread: the thread sees {seen}")

    # run_in_executor hands the bare function to the pool: the thread has a context of its own.
    seen = await loop.run_in_executor(None, blocking_lookup)
    print(f"{elapsed()} run_in_executor: the thread sees {seen}")

    # The fix: copy the context yourself and make the thread run the function inside it.
    context = contextvars.copy_context()
    seen = await loop.run_in_executor(None, context.run, blocking_lookup)
    print(f"{elapsed()} run_in_executor with context.run: the thread sees {seen}")


asyncio.run(main())
