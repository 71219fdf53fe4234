"""The timers and named tasks of the learner's main.py, for the run's timeline (the requests are
recorded in JavaScript, by the practice exchange). The rows and labels are those a TypeScript run
shows: `timer 1000 ms` from the first await of a sleep to its end, a task's own name from
create_task(..., name=...) to its end.

Every wait of asyncio ends in the loop's call_later: asyncio.sleep, asyncio.timeout, wait_for and
call_at all do. A deadline given to call_at is labelled by the delay the program meant, the deadline
less the clock reading it was worked out from (`loop.time() + 0.5` is `timer 500 ms`), not by what is
left of it when call_at reads the clock again, which a busy or loaded machine makes a millisecond or
more shorter. A timer is the learner's when the nearest frame outside asyncio and Pyodide is in
main.py (or in code main.py compiled): aiohttp's own timers (its ClientTimeout, say) are not, and
neither are the probe's. A delay of 0 is scheduling, not a
wait (call_soon), and is not drawn.

The three JavaScript functions that record rows are given to install() and kept only in the
closures below, never in this module's globals or a list a program could edit; JavaScript checks
what they are told (a delay, a name, the end of a row Python opened this run). A program can still
reach a closure's cells (`__closure__`), so a determined one could add or end timer rows: the
requests, which the checks lean on most, are out of its reach.
"""

import asyncio
import asyncio.timeouts
import math
import sys
import weakref

from pyodide.webloop import WebLoop

from .guard import is_learner_file

_RUNTIME_FOLDERS = ("/asyncio/", "/pyodide/")
_HERE = __file__


def _called_from_learner(frame) -> bool:
    """Whether the nearest frame outside asyncio and Pyodide (and this module) is the learner's:
    main.py, or code it compiled itself (guard.py refuses it a file name of the runtime's)."""
    while frame is not None:
        name = frame.f_code.co_filename
        if name != _HERE and not any(folder in name for folder in _RUNTIME_FOLDERS):
            return is_learner_file(name)
        frame = frame.f_back
    return False


def _task_outcome(task) -> str:
    if task.cancelled():
        return "cancelled"
    # Read without task.exception(), which would mark the error as retrieved and so silence
    # asyncio's "Task exception was never retrieved" for the learner.
    return "error" if task._exception is not None else "ok"


def install(start_timer, start_task, end_span) -> None:
    """Wraps the WebLoop's time, call_later, call_at and create_task and the Handle's run and
    cancel, once."""
    loop_time = WebLoop.time
    call_later = WebLoop.call_later
    call_at = WebLoop.call_at
    create_task = WebLoop.create_task
    handle_run = asyncio.Handle._run
    handle_cancel = asyncio.Handle.cancel
    # A handle whose timer row is open, and that row's id (a handle runs or is cancelled once).
    open_timers = weakref.WeakKeyDictionary()
    # The clock readings that only check a deadline already worked out, and so are not where one
    # came from: call_at's own, and a Timeout's as it is entered.
    rechecks = {call_at.__code__, asyncio.timeouts.Timeout.reschedule.__code__}
    # The latest other clock reading of the step now running (None before the first), and the
    # delay meant by the call_at now calling call_later.
    latest_reading = [None]
    meant_delays = []

    def read_clock(self):
        now = loop_time(self)
        if sys._getframe(1).f_code not in rechecks:
            latest_reading[0] = now
        return now

    def timed_call_at(self, when, callback, *args, context=None):
        reading = latest_reading[0]
        try:
            meant = None if reading is None else float(when) - reading
        except (TypeError, ValueError):
            meant = None
        meant_delays.append(meant)
        try:
            return call_at(self, when, callback, *args, context=context)
        finally:
            meant_delays.pop()

    def timed_call_later(self, delay, callback, *args, context=None):
        meant = meant_delays[-1] if meant_delays else None
        handle = call_later(self, delay, callback, *args, context=context)
        try:
            seconds = float(delay)
        except (TypeError, ValueError):
            return handle
        if 0 < seconds < math.inf and _called_from_learner(sys._getframe(1)):
            shown = meant if meant is not None and 0 < meant < math.inf else seconds
            span = start_timer(shown * 1000)
            if span:
                open_timers[handle] = span
        return handle

    def named_create_task(self, coro, **kwargs):
        task = create_task(self, coro, **kwargs)
        name = kwargs.get("name")
        if name is not None and _called_from_learner(sys._getframe(1)):
            span = start_task(str(name))
            if span:
                task.add_done_callback(lambda done: end_span(span, _task_outcome(done)))
        return task

    def run_and_end(self):
        latest_reading[0] = None  # a new step: a reading of an earlier one is no deadline's base
        span = open_timers.pop(self, None)
        if span is not None:
            end_span(span, "ok")
        return handle_run(self)

    def cancel_and_end(self):
        span = open_timers.pop(self, None)
        if span is not None:
            end_span(span, "cancelled")
        return handle_cancel(self)

    WebLoop.time = read_clock
    WebLoop.call_later = timed_call_later
    WebLoop.call_at = timed_call_at
    WebLoop.create_task = named_create_task
    asyncio.Handle._run = run_and_end
    asyncio.Handle.cancel = cancel_and_end
