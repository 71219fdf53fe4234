import asyncio
import time

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


async def network(reader: asyncio.StreamReader) -> None:
    """Plays the network: messages end with ";", but the chunks are cut wherever they happen to be."""
    for chunk in [b"one;tw", b"o;thr", b"ee;fo"]:
        await asyncio.sleep(0.1)
        reader.feed_data(chunk)
    reader.feed_eof()  # the peer closed the connection in the middle of a message


async def main() -> None:
    # The same StreamReader that open_connection returns, fed by hand here.
    reader = asyncio.StreamReader()
    feeding = asyncio.create_task(network(reader))
    try:
        while True:
            message = await reader.readuntil(b";")  # waits until a whole message is in
            print(f"{elapsed()} message: {message[:-1].decode()}")
    except asyncio.IncompleteReadError as error:
        print(f"{elapsed()} the stream ended inside a message, {len(error.partial)} bytes kept: {error.partial.decode()}")
    await feeding


asyncio.run(main())
