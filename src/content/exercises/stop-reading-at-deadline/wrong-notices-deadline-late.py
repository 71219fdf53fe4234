# Wrong answer: the timer only sets an event, and the loop looks at it after each line, then also
# waits for the line after that, so the deadline is noticed two lines late.
# The check says: “deadline passed” must follow the last of them at once, within 300 ms, not after a wait of its own; it came
import asyncio

import aiohttp

BASE = "http://localhost:8787"


async def main() -> None:
    passed = asyncio.Event()
    asyncio.get_running_loop().call_later(1, passed.set)
    seen_since = 0
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{BASE}/stream?chunks=10&intervalMs=300") as response:
            async for raw in response.content:
                print(raw.decode().rstrip("\n"))
                if passed.is_set():
                    seen_since += 1
                    if seen_since == 2:
                        break
    print("deadline passed" if passed.is_set() else "the stream ended")


asyncio.run(main())
