import asyncio

LIMIT = 16  # bytes; open_connection and start_server default to 64 KiB


async def main() -> None:
    # The same StreamReader that open_connection returns (limit=... there), fed by hand here.
    reader = asyncio.StreamReader(limit=LIMIT)
    reader.feed_data(b"short line\n" + b"x" * 40 + b"\n" + b"next line\n")
    reader.feed_eof()

    for _ in range(3):
        try:
            line = await reader.readline()
            print(f"line of {len(line) - 1} bytes: {line.decode().strip()}")
        except ValueError:
            # readline drops the line that was too long and stays usable for the next one.
            print(f"a line over {LIMIT} bytes: dropped, and the reader goes on")
    print(f"at the end: {'nothing left' if reader.at_eof() else 'more data'}")


asyncio.run(main())
