"""What an asyncio.timeout raises when a ClientTimeout has already fired in the same task.

Chapter 5 says: CancelledError on Python 3.11.0 to 3.11.2 with aiohttp before 3.10.8 (aiohttp left
one cancellation request behind, and asyncio.timeout counted it until 3.11.3), TimeoutError
otherwise. Prints one JSON object for the test to judge; it talks only to the practice server.
"""

import asyncio
import json
import sys

import aiohttp

BASE = "http://localhost:8787"


async def main() -> None:
    timeout = aiohttp.ClientTimeout(total=0.2)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        try:
            async with session.get(f"{BASE}/delay/1000") as response:
                await response.read()
        except TimeoutError:
            pass
        try:
            async with asyncio.timeout(0.2):
                await asyncio.sleep(1)
            outcome = "no error"
        except TimeoutError:
            outcome = "TimeoutError"
        except asyncio.CancelledError:
            outcome = "CancelledError"
            asyncio.current_task().uncancel()  # so that the program can report it and end normally
    print(
        json.dumps(
            {"python": list(sys.version_info[:3]), "aiohttp": aiohttp.__version__, "outcome": outcome}
        )
    )


asyncio.run(main())
