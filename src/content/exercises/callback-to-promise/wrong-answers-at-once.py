# Wrong answer (a forgery): lookup answers at once, as the library would, without waiting for it,
# so the two lines the task asks for are printed and nothing waited.
# The check says: needed: “lookup waited for the callback”
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
    legacy_lookup(key, lambda error, value: None)
    if key == "":
        raise ValueError("empty key")
    return f"value of {key}"


async def main() -> None:
    print(await lookup("tea"))
    try:
        await lookup("")
        print("no error")
    except ValueError as error:
        print(f"failed: {error}")


asyncio.run(main())
