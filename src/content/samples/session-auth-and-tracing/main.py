import asyncio
import time
from types import SimpleNamespace

import aiohttp

BASE = "http://localhost:8787"


async def on_request_start(
    session: aiohttp.ClientSession, context: SimpleNamespace, params: aiohttp.TraceRequestStartParams
) -> None:
    context.started = time.perf_counter()


async def on_request_end(
    session: aiohttp.ClientSession, context: SimpleNamespace, params: aiohttp.TraceRequestEndParams
) -> None:
    took = time.perf_counter() - context.started
    print(f"trace: {params.method} {params.url.path} -> {params.response.status} in {took:.1f}s")


async def main() -> None:
    tracing = aiohttp.TraceConfig()
    tracing.on_request_start.append(on_request_start)
    tracing.on_request_end.append(on_request_end)
    async with aiohttp.ClientSession(
        BASE,
        auth=aiohttp.BasicAuth("ada", "open sesame"),  # sent with every request of the session
        headers={"x-client": "async-tour/1.0"},  # and these headers too
        trace_configs=[tracing],
    ) as session:
        async with session.get("/echo") as response:
            seen = (await response.json())["headers"]
        print(f"the server saw: authorization: {seen['authorization']}")
        print(f"the server saw: x-client: {seen['x-client']}")
        for path in ("/delay/300", "/delay/600"):
            async with session.get(path) as response:
                await response.read()


asyncio.run(main())
