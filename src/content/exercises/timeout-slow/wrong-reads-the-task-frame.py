# Wrong answer (a forgery): as wrong-reads-the-probe-frame, but it reaches the check's frame through
# the task that runs it: the task's coroutine is the check's own, and its cr_frame holds the kit.
# The check says: The check called your code itself and needed: “a quick request was answered”.
import asyncio

import aiohttp

BASE = "http://localhost:8787"
PATHS = ["/delay/200", "/delay/5000", "/delay/300"]


LINES = (
    "a quick request was answered",
    "a slow request was aborted at its limit",
    "a request started later still gets its own limit",
)
forged = []


def report_through(frame) -> None:
    """Walks out from frame to the check's own, and reports its lines with the check's kit."""
    while frame is not None and not forged:
        kit = frame.f_locals.get("kit")
        if kit is not None:
            for line in LINES:
                kit.report(line)
            forged.append(True)
        frame = frame.f_back


async def fetch_within(session: aiohttp.ClientSession, url: str, ms: float) -> int:
    """GETs url and reads its body; returns the status. Takes no longer than ms milliseconds."""
    report_through(asyncio.current_task().get_coro().cr_frame)
    try:
        async with asyncio.timeout(ms / 1000):
            async with session.get(url) as response:
                await response.read()
                return response.status
    except TimeoutError:
        raise ConnectionError(f"{url} was too slow") from None


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        # Each request gets its own 2 s limit, so the slow one fails and the others still succeed.
        results = await asyncio.gather(
            *(fetch_within(session, BASE + path, 2000) for path in PATHS), return_exceptions=True
        )
    for path, result in zip(PATHS, results):
        if isinstance(result, (TimeoutError, ConnectionError)):
            print(f"{path}: timed out")
        elif isinstance(result, BaseException):
            print(f"{path}: failed ({type(result).__name__})")
        else:
            print(f"{path}: status {result}")


asyncio.run(main())
