"""CPython's behaviour where Pyodide's defaults differ, installed once per interpreter.

The chapters teach CPython, so the page must behave like it:
1. asyncio.run is CPython's own, and no loop is "running" at the top level of main.py, so
   asyncio.run, asyncio.Runner and IsolatedAsyncioTestCase make their own loop. Pyodide starts
   with a global running WebLoop and an asyncio.run that reuses it (ignoring debug=).
2. time.sleep blocks, as it does in CPython. Pyodide's lets the loop run meanwhile, which would
   teach the opposite of the blocking-call lesson.
3. run_in_executor / to_thread: there are no threads. The function runs as a task of its own; while
   it sleeps the loop goes on, as beside a real thread. CPU-bound work there still blocks the loop.
4. Debug mode logs "Executing <Handle> took N seconds" for a slow step, as CPython's loop does.
5. loop.add_signal_handler works for the signals a program sends itself (signals.py).
6. Tasks and futures are named Task and Future in their reprs and in asyncio's messages, as
   CPython's are, not PyodideTask and PyodideFuture.
"""

import asyncio
import contextvars
import sys
import time
import weakref

import js
from pyodide import webloop
from pyodide.webloop import WebLoop

from . import signals

_suspending_sleep = time.sleep
_webloop_run_until_complete = WebLoop.run_until_complete
_handle_run = asyncio.Handle._run
_shared = None
try:
    _shared = js.Int32Array.new(js.SharedArrayBuffer.new(4))
except Exception:  # no SharedArrayBuffer here (a page that is not cross-origin isolated)
    _shared = None


def _blocking_sleep(seconds: float) -> None:
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    if _in_executor_thread():
        running = asyncio._get_running_loop()
        try:
            return _suspending_sleep(seconds)  # suspends this "thread" only: the loop runs on
        finally:
            asyncio._set_running_loop(running)
    if _shared is not None:
        js.Atomics.wait(_shared, 0, 0, seconds * 1000)  # blocks the thread without burning CPU
        return
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


_executor_slots: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _run_in_executor(self, executor, func, *args):
    # An executor's max_workers still bounds how many of its "threads" run at once.
    slots = None
    if executor is not None and isinstance(getattr(executor, "_max_workers", None), int):
        slots = _executor_slots.setdefault(executor, asyncio.Semaphore(executor._max_workers))

    async def in_a_thread():
        await asyncio.sleep(0)  # like a thread, it starts after the caller has gone on
        if slots is None:
            return func(*args)
        async with slots:
            return func(*args)

    # A thread starts with an empty context, as in CPython (to_thread copies its own in).
    return self.create_task(in_a_thread(), context=contextvars.Context())


_thread_code = next(c for c in _run_in_executor.__code__.co_consts if type(c).__name__ == "code")


def _in_executor_thread() -> bool:
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code is _thread_code:
            return True
        frame = frame.f_back
    return False


def _timed_run(self):
    """Runs a handle as CPython's _run_once does: the debug-mode warning for a slow step, and the
    running-loop slot given back afterwards (the WebLoop claims it per handle and keeps it)."""
    loop = self._loop
    try:
        if loop is None or not loop.get_debug():
            return _handle_run(self)
        started = loop.time()
        _handle_run(self)
        took = loop.time() - started
        if took >= getattr(loop, "slow_callback_duration", 0.1):
            from asyncio.base_events import _format_handle
            from asyncio.log import logger

            logger.warning("Executing %s took %.3f seconds", _format_handle(self), took)
    finally:
        asyncio._set_running_loop(None)


def _run_until_complete(self, future):
    try:
        return _webloop_run_until_complete(self, future)
    finally:
        asyncio._set_running_loop(None)  # as in CPython: no loop runs once this returns


def install() -> None:
    asyncio.run = webloop._orig_run
    asyncio._set_running_loop(None)
    WebLoop.run_until_complete = _run_until_complete
    WebLoop.run_in_executor = _run_in_executor
    WebLoop.slow_callback_duration = 0.1
    asyncio.Handle._run = _timed_run
    time.sleep = _blocking_sleep
    for cls, name in ((webloop.PyodideTask, "Task"), (webloop.PyodideFuture, "Future")):
        cls.__name__ = cls.__qualname__ = name
    signals.install()
