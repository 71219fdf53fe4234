import asyncio
import json

import aiohttp
from aiohttp import web
from aiohttp.typedefs import Handler

@web.middleware
async def log_requests(request: web.Request, handler: Handler) -> web.StreamResponse:
    response = await handler(request)
    print(f"server log: {request.method} {request.path} -> {response.status}")
    return response


@web.middleware
async def errors_as_json(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except web.HTTPException as error:
        if error.status < 400:
            raise  # redirects and the like pass through unchanged
        return web.json_response({"error": error.reason}, status=error.status)
    except Exception as error:
        # Anything else is a bug: answer 500 without leaking the details to the client.
        print(f"server bug: {error}")
        return web.json_response({"error": "Internal Server Error"}, status=500)


async def hello(request: web.Request) -> web.Response:
    return web.Response(text="hello")


async def broken(request: web.Request) -> web.Response:
    raise ValueError("the database is on fire")


async def main() -> None:
    # The first middleware in the list is the outermost: it sees what the later ones return.
    app = web.Application(middlewares=[log_requests, errors_as_json])
    app.add_routes([web.get("/hello", hello), web.get("/broken", broken)])
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        host, port = runner.addresses[0]
        async with aiohttp.ClientSession(f"http://{host}:{port}") as session:
            for path in ("/hello", "/nowhere", "/broken"):
                async with session.get(path) as response:
                    body = await response.text()
                    if response.content_type == "application/json":
                        body = f"error={json.loads(body)['error']}"
                    print(f"GET {path} -> {response.status} {body}")
    finally:
        await runner.cleanup()


asyncio.run(main())
