"""A loopback network for Pyodide's WebLoop.

A browser has no sockets, so the WebLoop's create_connection/create_server/getaddrinfo are replaced
by in-memory transports. aiohttp's own client and server code runs unchanged on top:

- 127.0.0.1 / localhost port 8787 is the practice server: each HTTP request on the connection is
  parsed here and handed to the runtime's JavaScript practice handler (the `_practice_bridge` module), and
  its Response is written back as HTTP/1.1 chunked bytes, as the Node practice server sends them.
  `/ws/echo` upgrades are served by a tiny aiohttp.web echo handler.
- a server the program starts (web.TCPSite, test_utils) listens on 127.0.0.1 at a port of its own.
- anything else is refused, the way a machine with no network refuses it.
"""

import asyncio
import errno
import http
import itertools
import socket

from pyodide.ffi import to_js
from pyodide.webloop import WebLoop

PRACTICE_PORT = 8787
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0", None, ""}
_listeners: dict[int, "_Server"] = {}
_free_ports = itertools.count(41000)


class _FakeSocket:
    """What aiohttp reads off a listening socket: its address."""

    def __init__(self, name: tuple[str, int]) -> None:
        self._name = name
        self.family = socket.AF_INET
        self.type = socket.SOCK_STREAM

    def getsockname(self):
        return self._name

    def setsockopt(self, *args) -> None:
        pass

    def setblocking(self, flag) -> None:
        pass

    def fileno(self) -> int:
        return -1

    def close(self) -> None:
        pass


def fake_port_socket(host: str, port: int, family=socket.AF_INET) -> _FakeSocket:
    """Stands in for aiohttp.test_utils.get_port_socket (a real bind is impossible here)."""
    return _FakeSocket((host, port or next(_free_ports)))


class _Pipe(asyncio.Transport):
    """One end of an in-memory connection. Writes arrive at the other end on a later loop turn."""

    def __init__(self, loop, sockname, peername) -> None:
        super().__init__()
        self._loop = loop
        self._protocol = None
        self._peer: "_Pipe | None" = None
        self._closing = False
        self._lost = False
        self._paused = False
        self._held: list = []  # data (bytes) or EOF (None) that arrived while reading was paused
        self._extra = {"sockname": sockname, "peername": peername}

    # -- the asyncio.Transport surface aiohttp uses
    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    def set_protocol(self, protocol) -> None:
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self) -> bool:
        return self._closing

    def write(self, data) -> None:
        if self._closing or not data:
            return
        self._loop.call_soon(self._peer._arrive, bytes(data))

    def writelines(self, chunks) -> None:
        self.write(b"".join(chunks))

    def can_write_eof(self) -> bool:
        return True

    def write_eof(self) -> None:
        self._loop.call_soon(self._peer._arrive, None)

    def get_write_buffer_size(self) -> int:
        return 0

    def get_write_buffer_limits(self):
        return (0, 0)

    def set_write_buffer_limits(self, high=None, low=None) -> None:
        pass

    def pause_reading(self) -> None:
        self._paused = True

    def resume_reading(self) -> None:
        if not self._paused:
            return
        self._paused = False
        held, self._held = self._held, []
        for item in held:
            self._arrive(item)

    def is_reading(self) -> bool:
        return not (self._paused or self._closing)

    def close(self) -> None:
        if self._closing:
            return
        self._closing = True
        if self._peer is not None:
            self._loop.call_soon(self._peer._arrive, None)  # the other side reads EOF, as with TCP
        self._loop.call_soon(self._connection_lost, None)

    def abort(self) -> None:
        self.close()

    # -- delivery
    def _arrive(self, data) -> None:
        if self._lost:
            return
        if self._paused:
            self._held.append(data)
            return
        if data is None:
            keep_open = self._protocol.eof_received()
            if not keep_open:
                self.close()
        else:
            self._protocol.data_received(data)

    def _connection_lost(self, exc) -> None:
        if self._lost:
            return
        self._lost = True
        self._protocol.connection_lost(exc)


def _connect(loop, client_factory, server_factory, client_addr, server_addr):
    client = _Pipe(loop, client_addr, server_addr)
    server = _Pipe(loop, server_addr, client_addr)
    client._peer, server._peer = server, client
    client._protocol, server._protocol = client_factory(), server_factory()
    server._protocol.connection_made(server)
    client._protocol.connection_made(client)
    return client, client._protocol


class _Server(asyncio.AbstractServer):
    def __init__(self, loop, factory, host: str, port: int) -> None:
        self._loop = loop
        self.factory = factory
        self._port = port
        self.sockets = (_FakeSocket((host, port)),)
        self._serving = True

    def close(self) -> None:
        self._serving = False
        _listeners.pop(self._port, None)

    def close_clients(self) -> None:
        pass

    def abort_clients(self) -> None:
        pass

    async def wait_closed(self) -> None:
        pass

    def get_loop(self):
        return self._loop

    def is_serving(self) -> bool:
        return self._serving

    async def start_serving(self) -> None:
        self._serving = True

    async def serve_forever(self) -> None:
        await self._loop.create_future()


# -- the practice server's end of a connection: HTTP/1.1 in, the page's JS handler, HTTP/1.1 out


def _ws_echo_protocol():
    from aiohttp import WSMsgType, web

    async def echo(request):
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                await ws.send_str(message.data)
            elif message.type == WSMsgType.BINARY:
                await ws.send_bytes(message.data)
        return ws

    return web.Server(echo)()


class _PracticeConnection(asyncio.Protocol):
    def __init__(self) -> None:
        self._head = bytearray()
        self._reader: asyncio.StreamReader | None = None
        self._task = None
        self._abort = None

    def connection_made(self, transport) -> None:
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        if self._reader is not None:
            self._reader.feed_data(data)
            return
        # Sniff the first request head: a WebSocket upgrade goes to the echo handler.
        self._head += data
        end = self._head.find(b"\r\n\r\n")
        if end < 0:
            return
        head = self._head[:end].decode("latin-1").lower()
        loop = asyncio.get_running_loop()
        if "upgrade: websocket" in head and head.split(" ", 2)[1].split("?")[0] == "/ws/echo":
            protocol = _ws_echo_protocol()
            self._transport.set_protocol(protocol)
            protocol.connection_made(self._transport)
            protocol.data_received(bytes(self._head))
            return
        self._reader = asyncio.StreamReader()
        self._reader.feed_data(bytes(self._head))
        self._task = loop.create_task(self._serve(), name="practice-server")

    def eof_received(self):
        if self._reader is not None:
            self._reader.feed_eof()
        return False

    def connection_lost(self, exc) -> None:
        # As Node does on 'close': the handler stops waiting (/delay ends early), the task ends.
        if self._abort is not None:
            self._abort()
        if self._task is not None:
            self._task.cancel()

    async def _serve(self) -> None:
        reader = self._reader
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError):
                return
            request_line, *lines = head.decode("latin-1").split("\r\n")
            method, target, _version = request_line.split(" ", 2)
            headers = [tuple(part.strip() for part in line.split(":", 1)) for line in lines if line]
            names = {name.lower(): value for name, value in headers}
            body = b""
            if names.get("transfer-encoding", "").lower() == "chunked":
                while (size := int((await reader.readline()).split(b";")[0], 16)) > 0:
                    body += await reader.readexactly(size)
                    await reader.readexactly(2)
                await reader.readline()
            elif int(names.get("content-length", "0")):
                body = await reader.readexactly(int(names["content-length"]))
            await self._exchange(method, target, headers, body)

    async def _exchange(self, method: str, target: str, headers, body: bytes) -> None:
        write = self._transport.write
        from _practice_bridge import exchange as practice_exchange

        exchange = practice_exchange(
            method, target, to_js([list(h) for h in headers]),
            to_js(body) if body else None,
        )
        self._abort = exchange.abort
        try:
            response = await exchange.response
        except Exception as error:  # the handler threw: Node's server answers 500
            text = f"Practice server error: {error}".encode()
            write(b"HTTP/1.1 500 Internal Server Error\r\ncontent-type: text/plain\r\n"
                  b"content-length: %d\r\n\r\n%s" % (len(text), text))
            return
        status = response.status
        reason = http.HTTPStatus(status).phrase if status in http.HTTPStatus._value2member_map_ else ""
        lines = [f"HTTP/1.1 {status} {reason}"]
        lines += [f"{name}: {value}" for name, value in response.headers]
        bodiless = response.reader is None or method == "HEAD" or status in (204, 304)
        if not bodiless:
            lines.append("transfer-encoding: chunked")
        else:
            lines.append("content-length: 0") if status not in (204, 304) else None
        write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        if bodiless:
            return
        while True:
            chunk = await response.reader.read()
            if chunk.done:
                break
            data = chunk.value.to_bytes()
            write(b"%x\r\n%s\r\n" % (len(data), data))
        write(b"0\r\n\r\n")
        self._abort = None


# -- the WebLoop's network methods


async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
    if host in LOCAL_HOSTS:
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", ("127.0.0.1", int(port or 0)))]
    raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")


async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None, sock=None, **kwargs):
    if ssl:
        raise ConnectionRefusedError(errno.ECONNREFUSED, "no TLS in the page: only http://localhost answers")
    port = int(port or 0)
    address = ("127.0.0.1", port)
    if host in LOCAL_HOSTS and port == PRACTICE_PORT:
        return _connect(self, protocol_factory, _PracticeConnection, ("127.0.0.1", next(_free_ports)), address)
    if host in LOCAL_HOSTS and port in _listeners:
        server = _listeners[port]
        return _connect(self, protocol_factory, server.factory, ("127.0.0.1", next(_free_ports)), address)
    raise ConnectionRefusedError(errno.ECONNREFUSED, f"Connect call failed {address}")


async def create_server(self, protocol_factory, host=None, port=None, *, sock=None, **kwargs):
    if sock is not None:
        host, port = sock.getsockname()[:2]
    host = host if isinstance(host, str) else "0.0.0.0"
    port = int(port or 0) or next(_free_ports)
    if port in _listeners or port == PRACTICE_PORT:
        raise OSError(errno.EADDRINUSE, f"error while attempting to bind on address {(host, port)!r}: address already in use")
    server = _listeners[port] = _Server(self, protocol_factory, host, port)
    return server


def reset() -> None:
    """Forgets the servers an earlier program left listening: each run starts on a quiet machine."""
    _listeners.clear()


def install() -> None:
    WebLoop.getaddrinfo = getaddrinfo
    WebLoop.create_connection = create_connection
    WebLoop.create_server = create_server


def patch_test_utils() -> None:
    """aiohttp's TestServer binds a real socket to find a free port; hand it a fake one instead."""
    import aiohttp.test_utils as test_utils

    test_utils.get_port_socket = fake_port_socket
    defaults = test_utils.BaseTestServer.__init__.__kwdefaults__
    if defaults is not None and "socket_factory" in defaults:
        defaults["socket_factory"] = fake_port_socket
