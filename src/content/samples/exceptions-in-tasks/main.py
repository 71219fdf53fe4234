import asyncio
import time

import aiohttp

BASE = "http://localhost:8787"
PATHS = ["/posts/1", "/status/503", "/posts/999", "/delay/500"]

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def get_json(session: aiohttp.ClientSession, path: str) -> dict[str, object]:
    async with session.get(f"{BASE}{path}") as response:
        response.raise_for_status()  # a 4xx or 5xx becomes a ClientResponseError
        return await response.json()


def describe(path: str, result: dict[str, object] | BaseException) -> str:
    if isinstance(result, aiohttp.ClientResponseError):
        return f"{path}: failed, status {result.status}"
    if isinstance(result, BaseException):
        return f"{path}: failed, {result!r}"
    return f"{path}: ok, keys {', '.join(result)}"


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        print(f"{elapsed()} {len(PATHS)} requests; some of them will fail")
        # return_exceptions=True: a failure becomes an item of the list, not a raise,
        # so no failure cuts the others short and every exception is retrieved.
        results = await asyncio.gather(
            *(get_json(session, path) for path in PATHS), return_exceptions=True
        )
    for path, result in zip(PATHS, results):
        print(describe(path, result))
    failures = sum(isinstance(result, BaseException) for result in results)
    print(f"{elapsed()} every outcome is in: {len(results) - failures} ok, {failures} failed")


asyncio.run(main())
