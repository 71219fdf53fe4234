import asyncio
import time
from contextlib import AsyncExitStack
from types import TracebackType

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


class Connection:
    """A pretend connection: opening and closing each take 0.1 s; "broken" cannot be opened."""

    def __init__(self, name: str) -> None:
        self.name = name

    async def __aenter__(self) -> "Connection":
        await asyncio.sleep(0.1)
        if self.name == "broken":
            raise ConnectionError(f"cannot open {self.name}")
        print(f"{elapsed()} {self.name}: open")
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await asyncio.sleep(0.1)
        print(f"{elapsed()} {self.name}: closed")


async def use_all(names: list[str]) -> None:
    # How many connections is known only at run time, so one `async with` per name cannot be written.
    async with AsyncExitStack() as stack:
        connections = [await stack.enter_async_context(Connection(name)) for name in names]
        print(f"{elapsed()} using {len(connections)} connections")
    # Leaving the block closed them, last opened first.


async def main() -> None:
    await use_all(["a", "b", "c"])
    try:
        await use_all(["d", "broken", "f"])
    except ConnectionError as error:
        print(f"{elapsed()} caught: {error}")


asyncio.run(main())
