# Wrong answer: it waits for the callback, then waits another 1.5 seconds before setting the future.
# The check says: needed: “lookup ended when the callback came”
import asyncio
from collections.abc import Callable

# What the library calls back with: an exception, or None and the value.
OnDone = Callable[[Exception | None, str | None], None]


def legacy_lookup(key: str, on_done: OnDone) -> None:
    """A library from before asyncio's futures: it looks a key up and calls on_done once, 200 ms
    later, with an exception or with the value. Its callback runs on the event loop."""

    def answer() -> None:
        if key == "":
            on_done(ValueError("empty key"), None)
        else:
            on_done(None, f"value of {key}")

    asyncio.get_running_loop().call_later(0.2, answer)


async def lookup(key: str) -> str:
    loop = asyncio.get_running_loop()
    future: asyncio.Future[str] = loop.create_future()

    def on_done(error: Exception | None, value: str | None) -> None:
        if error is not None:
            loop.call_later(1.5, future.set_exception, error)
        else:
            loop.call_later(1.5, future.set_result, value or "")

    legacy_lookup(key, on_done)
    return await future


async def main() -> None:
    print(await lookup("tea"))
    try:
        await lookup("")
        print("no error")
    except ValueError as error:
        print(f"failed: {error}")


asyncio.run(main())
