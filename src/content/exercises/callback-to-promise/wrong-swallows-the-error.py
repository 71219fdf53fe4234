# Wrong answer: the exception is swallowed: an error sets the result "" instead of the exception.
# The check says: The output lacks the line “failed: empty key”
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
    future: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    def on_done(error: Exception | None, value: str | None) -> None:
        future.set_result(value or "")

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
