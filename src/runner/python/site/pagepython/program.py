"""Runs the learner's code as `python main.py` runs it: as __main__, no event loop running, a
traceback that starts at main.py, the exit code SystemExit asks for."""

import asyncio
import linecache
import sys
import traceback

from . import loopback, signals


def run_main(code: str) -> int:
    """Runs `code` as main.py and returns its exit code. Call it with callPromising, so the event
    loop's run_until_complete can suspend on JSPI instead of returning a future."""
    loopback.reset()
    signals.reset()
    # `python main.py` starts with no loop running. In the page, what a program leaves behind can
    # still hold the WebLoop in the slot (seen after app-background-task, an aiohttp server), and the
    # next program's asyncio.run then refused to start: python-every-sample.spec.ts ran into it.
    asyncio._set_running_loop(None)
    linecache.cache["main.py"] = (len(code), None, code.splitlines(True), "main.py")
    namespace = {"__name__": "__main__", "__file__": "main.py", "__builtins__": __builtins__}
    sys.modules["__main__"].__dict__.clear()
    sys.modules["__main__"].__dict__.update(namespace)
    try:
        exec(compile(code, "main.py", "exec"), sys.modules["__main__"].__dict__)
    except SystemExit as stop:
        if stop.code is None:
            return 0
        if isinstance(stop.code, int):
            return stop.code
        print(stop.code, file=sys.stderr)
        return 1
    except BaseException as error:
        # The frame of this exec is ours, not the learner's: start the traceback below it.
        traceback.print_exception(type(error), error, error.__traceback__.tb_next)
        return 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return 0
