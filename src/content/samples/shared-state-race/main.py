import asyncio
from collections.abc import Awaitable, Callable

DEPOSITS = 5
AMOUNT = 10


class Account:
    def __init__(self) -> None:
        self.balance = 0
        self.lock = asyncio.Lock()


async def deposit(account: Account) -> None:
    current = account.balance  # read
    await asyncio.sleep(0)  # any await that really waits (a request, a query): other tasks run here
    account.balance = current + AMOUNT  # write back a value that may be stale by now


async def deposit_locked(account: Account) -> None:
    async with account.lock:  # one task at a time from the read to the write
        current = account.balance
        await asyncio.sleep(0)
        account.balance = current + AMOUNT


async def run(label: str, deposit_once: Callable[[Account], Awaitable[None]]) -> None:
    account = Account()
    await asyncio.gather(*(deposit_once(account) for _ in range(DEPOSITS)))
    expected = DEPOSITS * AMOUNT
    lost = (expected - account.balance) // AMOUNT
    print(f"{label}: balance {account.balance}, expected {expected} ({lost} updates lost)")


async def main() -> None:
    await run("without a lock", deposit)
    await run("with a lock", deposit_locked)


asyncio.run(main())
