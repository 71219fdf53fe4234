import asyncio

import aiohttp

URLS = [
    "http://localhost:8799/",  # nothing listens on this port
    "http://localhost:8787/status/404",
    "http://localhost:8787/status/500",
    "http://localhost:8787/status/200",
]


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        for url in URLS:
            try:
                async with session.get(url) as response:
                    response.raise_for_status()
                    print(f"{url}: ok, status {response.status}")
            except aiohttp.ClientResponseError as error:
                # A response came back, with a 4xx or 5xx status.
                print(f"{url}: {type(error).__name__}, status {error.status}")
            except aiohttp.ClientConnectorError as error:
                # No response at all: refused, unreachable, or the name did not resolve.
                print(f"{url}: {type(error).__name__}, no response")


asyncio.run(main())
