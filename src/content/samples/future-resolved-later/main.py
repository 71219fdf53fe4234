import asyncio
import time

start = time.perf_counter()


def say(message: str) -> None:
    print(f"{time.perf_counter() - start:.1f}s {message}")


async def main() -> None:
    loop = asyncio.get_running_loop()
    ready: asyncio.Future[str] = loop.create_future()
    # Nothing computes the value: a timer callback supplies it in 1 s.
    loop.call_later(1, ready.set_result, "the kettle has boiled")
    say("main: awaiting a value nobody has yet")
    value = await ready
    say(f"main: got '{value}'")


asyncio.run(main())
