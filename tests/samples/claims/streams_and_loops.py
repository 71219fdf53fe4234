"""Claims of chapters 12 and 13 that no sample prints, reported as JSON for tests/suites/claims.test.ts.

Chapter 12: asyncio.run inside a running loop raises RuntimeError at once.
Chapter 13: over the limit, readuntil raises LimitOverrunError (not a ValueError) and keeps the data,
while readline raises ValueError and drops the line; IncompleteReadError keeps the partial message.
"""
import asyncio
import json


async def nested_run() -> str:
    inner = asyncio.sleep(0)
    try:
        asyncio.run(inner)
    except RuntimeError as error:
        return str(error)
    finally:
        inner.close()  # never started, so no "was never awaited" warning
    return "no error"


async def over_the_limit() -> dict[str, object]:
    data = b"x" * 40 + b"\nnext\n"
    reader = asyncio.StreamReader(limit=16)
    reader.feed_data(data)
    reader.feed_eof()
    try:
        await reader.readuntil(b"\n")
        readuntil = "no error"
    except asyncio.LimitOverrunError as error:
        readuntil = f"LimitOverrunError, consumed {error.consumed}, ValueError: {isinstance(error, ValueError)}"
    kept = len(await reader.read())

    reader = asyncio.StreamReader(limit=16)
    reader.feed_data(data)
    reader.feed_eof()
    try:
        await reader.readline()
        readline = "no error"
    except ValueError as error:
        readline = type(error).__name__
    after = (await reader.readline()).decode().strip()
    return {"readuntil": readuntil, "keptBytes": kept, "readline": readline, "readlineNext": after}


async def cut_short() -> str:
    reader = asyncio.StreamReader()
    reader.feed_data(b"one;fo")
    reader.feed_eof()
    await reader.readuntil(b";")
    try:
        await reader.readuntil(b";")
    except asyncio.IncompleteReadError as error:
        return error.partial.decode()
    return "no error"


async def main() -> None:
    report = {"nestedRun": await nested_run(), **await over_the_limit(), "partial": await cut_short()}
    print(json.dumps(report))


asyncio.run(main())
