# Right answer: a promisify of its own, for any function that takes a key and an (error, value)
# callback, as Node's util.promisify does.
import asyncio
from collections.abc import Awaitable, Callable

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


def promisify(call: Callable[[str, OnDone], None]) -> Callable[[str], Awaitable[str]]:
    """An awaitable version of `call`, which calls back once with (error, value)."""

    async def awaitable(key: str) -> str:
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()

        def on_done(error: Exception | None, value: str | None) -> None:
            if future.done():
                return
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(value or "")

        call(key, on_done)
        return await future

    return awaitable


lookup = promisify(legacy_lookup)


async def main() -> None:
    print(await lookup("tea"))
    try:
        await lookup("")
        print("no error")
    except ValueError as error:
        print(f"failed: {error}")


asyncio.run(main())
