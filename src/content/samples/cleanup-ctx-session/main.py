import asyncio
from collections.abc import AsyncIterator

import aiohttp
from aiohttp import web

PRACTICE = "http://localhost:8787"

# aiohttp 3.9 added typed keys (web.AppKey) and warns about plain string keys; 3.8 has only strings.
CLIENT = web.AppKey("client", aiohttp.ClientSession) if hasattr(web, "AppKey") else "client"


async def client_session(app: web.Application) -> AsyncIterator[None]:
    # Before the yield: startup. After it: cleanup, even when startup of a later context failed.
    async with aiohttp.ClientSession(PRACTICE) as session:
        app[CLIENT] = session
        print("startup: the app's client session is open")
        yield
    print("cleanup: the app's client session is closed")


async def post_title(request: web.Request) -> web.Response:
    session: aiohttp.ClientSession = request.app[CLIENT]
    async with session.get(f"/posts/{request.match_info['id']}") as response:
        post = await response.json()
    return web.Response(text=post["title"])


async def main() -> None:
    app = web.Application()
    app.cleanup_ctx.append(client_session)
    app.router.add_get(r"/titles/{id:\d+}", post_title)
    runner = web.AppRunner(app)
    await runner.setup()  # runs the startup half of every cleanup context
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        host, port = runner.addresses[0]
        async with aiohttp.ClientSession(f"http://{host}:{port}") as visitor:
            for post_id in (1, 2):
                async with visitor.get(f"/titles/{post_id}") as response:
                    print(f"GET /titles/{post_id} -> {await response.text()}")
    finally:
        print("stopping the server")
        await runner.cleanup()  # runs the cleanup halves, in reverse order
    print("done")


asyncio.run(main())
