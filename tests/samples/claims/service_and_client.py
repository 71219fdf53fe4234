"""What chapters 14 and 15 say about asyncio and aiohttp, beyond their samples.

Prints one JSON object for the test to judge; it talks only to the practice server.
"""

import asyncio
import json
import os
import signal
import sys
import warnings

import aiohttp
from aiohttp import web

BASE = "http://localhost:8787"


async def open_session() -> aiohttp.ClientSession:
    return aiohttp.ClientSession(BASE)


async def use_session(session: aiohttp.ClientSession) -> str:
    try:
        async with session.get("/posts/1") as response:
            return f"answered {response.status}"
    except Exception as error:
        return f"{type(error).__name__}: {error}"
    finally:
        try:
            await session.close()
        except Exception:
            pass


def session_across_two_runs() -> str:
    """Chapter 15: a session made in one asyncio.run, used in the next."""
    session = asyncio.run(open_session())
    return asyncio.run(use_session(session))


def ctrl_c_in_asyncio_run() -> list[str]:
    """Chapter 15: Ctrl-C cancels the main task, runs its finally, then raises KeyboardInterrupt."""
    seen: list[str] = []

    async def main() -> None:
        asyncio.get_running_loop().call_later(0.05, os.kill, os.getpid(), signal.SIGINT)
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            seen.append("main task cancelled")
            raise
        finally:
            seen.append("finally ran")

    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        seen.append("KeyboardInterrupt")
    return seen


async def reschedule_none() -> str:
    """Chapter 15: reschedule(None) removes the deadline."""
    async with asyncio.timeout(0.05) as deadline:
        deadline.reschedule(None)
        await asyncio.sleep(0.15)
    return f"no timeout, when() is {deadline.when()}"


async def changing_a_started_app() -> str:
    """Chapter 15: writing app[...] after the app has started."""
    app = web.Application()
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                app["late"] = 1
            except Exception as error:
                return f"{type(error).__name__}: {error}"
        return "; ".join(f"{w.category.__name__}: {w.message}" for w in caught) or "nothing"
    finally:
        await runner.cleanup()


async def streamed_upload() -> dict[str, object]:
    """Chapter 14: an async generator as data= is sent chunked, unchanged."""

    async def lines():  # type: ignore[no-untyped-def]
        for n in range(1, 4):
            yield f"line {n}\n".encode()

    async with aiohttp.ClientSession() as session:
        async with session.post(f"{BASE}/echo", data=lines()) as response:
            seen = await response.json()
    return {"transferEncoding": seen["headers"].get("transfer-encoding"), "body": seen["body"]}


def main() -> None:
    from aiohttp import client

    timeout = client.DEFAULT_TIMEOUT
    report = {
        "python": list(sys.version_info[:3]),
        "aiohttp": aiohttp.__version__,
        "sessionAcrossRuns": session_across_two_runs(),
        "ctrlC": ctrl_c_in_asyncio_run(),
        "rescheduleNone": asyncio.run(reschedule_none()),
        "startedApp": asyncio.run(changing_a_started_app()),
        "upload": asyncio.run(streamed_upload()),
        "defaultTimeout": {
            "total": timeout.total,
            "connect": timeout.connect,
            "sock_connect": timeout.sock_connect,
            "sock_read": timeout.sock_read,
        },
        "traceSignals": sorted(name for name in dir(aiohttp.TraceConfig()) if name.startswith("on_")),
    }
    print(json.dumps(report))


main()
