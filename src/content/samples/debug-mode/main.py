import asyncio
import logging
import re
import time

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


class SlowStepReport(logging.Handler):
    """Turns asyncio's debug-mode warning into one short line (the full one names files and lines)."""

    def emit(self, record: logging.LogRecord) -> None:
        # The full text: "Executing <Task pending name='Task-1' coro=<main() ...>> took 0.503 seconds"
        found = re.search(r" took ([\d.]+) seconds$", record.getMessage())
        if found:
            print(f"warning: the event loop was blocked for {float(found[1]):.1f}s")
        else:
            print(f"asyncio says: {record.getMessage()}")


asyncio_logger = logging.getLogger("asyncio")
asyncio_logger.addHandler(SlowStepReport())
asyncio_logger.propagate = False  # our handler only: no copy of the warning on stderr


async def main() -> None:
    loop = asyncio.get_running_loop()
    # In debug mode, any step that keeps the loop longer than this is logged (default 0.1 s).
    loop.slow_callback_duration = 0.25
    print(f"{elapsed()} watching the event loop")

    print(f"{elapsed()} blocking for 0.5s")
    time.sleep(0.5)  # the bug: nothing else can run meanwhile
    print(f"{elapsed()} blocking call done")

    print(f"{elapsed()} awaiting for 0.5s")
    await asyncio.sleep(0.5)  # the step ends here, so asyncio measures it and warns
    print(f"{elapsed()} awaited call done")


# debug=True is what `python -X dev` or PYTHONASYNCIODEBUG=1 would switch on.
asyncio.run(main(), debug=True)
