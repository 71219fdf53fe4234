import asyncio

import aiohttp
from aiohttp import web

routes = web.RouteTableDef()


@routes.get(r"/square/{n:\d+}")
async def square(request: web.Request) -> web.Response:
    n = int(request.match_info["n"])
    return web.Response(text=f"{n} squared is {n * n}")


@routes.post("/sum")
async def add_up(request: web.Request) -> web.Response:
    data = await request.json()
    return web.json_response({"sum": sum(data["numbers"])})


async def main() -> None:
    app = web.Application()
    app.add_routes(routes)
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        # Port 0 asks the operating system for any free port.
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        host, port = runner.addresses[0]
        base = f"http://{host}:{port}"
        print("server ready")
        async with aiohttp.ClientSession() as session:
            async with session.get(f"{base}/square/7") as response:
                print(f"GET /square/7 -> {response.status} {await response.text()}")
            async with session.post(f"{base}/sum", json={"numbers": [1, 2, 3]}) as response:
                total = (await response.json())["sum"]
                print(f"POST /sum -> {response.status} sum={total}")
            async with session.get(f"{base}/nowhere") as response:
                print(f"GET /nowhere -> {response.status}")
    finally:
        # Closes the listening socket and any open connections, even after an error.
        await runner.cleanup()
    print("done")


asyncio.run(main())
