import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import TracebackType

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


class QueryError(Exception):
    """A query the pretend database refused."""


class Connection:
    """A pretend database connection: opening and closing each take 0.1 s."""

    def __init__(self, name: str) -> None:
        self.name = name

    async def __aenter__(self) -> "Connection":
        await asyncio.sleep(0.1)
        print(f"{elapsed()} {self.name}: open")
        return self  # what `as` receives

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool:
        await asyncio.sleep(0.1)
        print(f"{elapsed()} {self.name}: closed")
        return False  # False: an exception from the block goes on up


@asynccontextmanager
async def transaction(connection: Connection) -> AsyncIterator[None]:
    """Commits if the block succeeds, rolls back and re-raises if it fails."""
    print(f"{elapsed()} {connection.name}: begin")
    try:
        yield  # the body of the `async with` block runs here
    except Exception as error:
        await asyncio.sleep(0.1)
        print(f"{elapsed()} {connection.name}: rollback after {type(error).__name__}")
        raise
    await asyncio.sleep(0.1)
    print(f"{elapsed()} {connection.name}: commit")


async def main() -> None:
    async with Connection("db") as db:
        async with transaction(db):
            print(f"{elapsed()} insert a row")
        try:
            async with transaction(db):
                raise QueryError("duplicate key")
        except QueryError as error:
            print(f"{elapsed()} caught: {error}")


asyncio.run(main())
