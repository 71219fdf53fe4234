"""What aiohttp does with a plain number of seconds as a timeout, on a session and on one request.

Chapter 5 says the number works on one request only. Prints one JSON object for the test to judge;
it talks only to the practice server.
"""

import asyncio
import json

import aiohttp

URL = "http://localhost:8787/delay/0"


def describe(error: BaseException) -> str:
    return type(error).__name__


async def on_the_session() -> str:
    try:
        session = aiohttp.ClientSession(timeout=2)  # type: ignore[arg-type]  # the mistake under test
    except Exception as error:
        return f"creating the session raised {describe(error)}"
    async with session:
        try:
            async with session.get(URL) as response:
                return f"answered {response.status}"
        except Exception as error:
            return f"the first request raised {describe(error)}"


async def on_one_request() -> str:
    async with aiohttp.ClientSession() as session:
        try:
            async with session.get(URL, timeout=2) as response:
                return f"answered {response.status}"
        except Exception as error:
            return f"the request raised {describe(error)}"


async def main() -> None:
    report = {
        "aiohttp": aiohttp.__version__,
        "session": await on_the_session(),
        "request": await on_one_request(),
    }
    print(json.dumps(report))


asyncio.run(main())
