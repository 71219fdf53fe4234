import asyncio

import aiohttp

BASE = "http://localhost:8787"


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        # Like a child process's output: ten lines, one every 300 ms, read as they arrive.
        async with session.get(f"{BASE}/stream?chunks=10&intervalMs=300") as response:
            try:
                # The deadline cancels the read that is waiting; leaving `async with` before the
                # body has ended closes the connection, as killing the child closes its pipe.
                async with asyncio.timeout(1):
                    async for raw in response.content:
                        print(raw.decode().rstrip("\n"))
                print("the stream ended")
            except TimeoutError:
                print("deadline passed")


asyncio.run(main())
