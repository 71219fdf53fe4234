import asyncio

import aiohttp

ECHO_URL = "ws://localhost:8787/ws/echo"


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        # ws_connect upgrades an HTTP request to a WebSocket; the block closes it on the way out.
        async with session.ws_connect(ECHO_URL) as ws:
            print("connected")
            for text in ["one", "two", "three"]:
                await ws.send_str(text)
                reply = await ws.receive_str()
                print(f"sent {text}, got back {reply}")
            await ws.close()
            print(f"closed with code {ws.close_code}")


asyncio.run(main())
