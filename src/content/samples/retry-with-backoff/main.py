import asyncio
import secrets
import time

import aiohttp

BASE = "http://localhost:8787"
ATTEMPTS = 4
FIRST_DELAY = 0.2  # seconds; doubles after every failure
ATTEMPT_LIMIT = 5.0  # seconds for each attempt: a hung request counts as a failure too

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def get_with_retry(session: aiohttp.ClientSession, url: str) -> dict[str, object]:
    delay = FIRST_DELAY
    problem = ""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            async with session.get(url) as response:
                if response.status < 500:
                    response.raise_for_status()  # a 4xx will not get better: fail now
                    print(f"{elapsed()} attempt {attempt}: status {response.status}")
                    return await response.json()
                problem = f"status {response.status}"
        except TimeoutError:  # checked first: some aiohttp timeouts are connection errors as well
            problem = "timed out"
        except aiohttp.ClientConnectionError:
            problem = "no connection"
        if attempt < ATTEMPTS:
            print(f"{elapsed()} attempt {attempt}: {problem}, retrying in {delay:.1f}s")
            await asyncio.sleep(delay)
            delay *= 2
    raise RuntimeError(f"gave up after {ATTEMPTS} attempts ({problem})")


async def main() -> None:
    # The server counts requests per key, so each run needs a key of its own.
    key = f"retry-{secrets.token_hex(4)}"
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=ATTEMPT_LIMIT)) as session:
        data = await get_with_retry(session, f"{BASE}/flaky/{key}?failures=2")
    print(f"{elapsed()} succeeded on attempt {data['attempts']}")


asyncio.run(main())
