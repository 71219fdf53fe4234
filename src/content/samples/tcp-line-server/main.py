import asyncio


async def shout(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """The server's side of one connection: answer each line in capitals, until the client is done."""
    while line := await reader.readline():  # b"" once the client has closed its side
        writer.write(line.upper())
        await writer.drain()  # wait while the client's buffer is full: backpressure
    writer.close()
    await writer.wait_closed()


async def main() -> None:
    # Port 0: the system picks a free port, and the server says which one it got.
    server = await asyncio.start_server(shout, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("server listening")

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for word in ["tea", "coffee", "water"]:
        writer.write(f"{word}\n".encode())
        await writer.drain()
        reply = await reader.readuntil(b"\n")  # exactly one line, however the bytes were split
        print(f"sent {word}, got {reply.decode().strip()}")
    writer.write_eof()  # no more lines: the server's readline() now returns b""
    rest = await reader.read()  # read() with no size reads to the end of the stream
    print(f"after the last line: {'the connection ended' if rest == b'' else 'more data'}")
    writer.close()
    await writer.wait_closed()

    server.close()
    await server.wait_closed()
    print("server closed")


asyncio.run(main())
