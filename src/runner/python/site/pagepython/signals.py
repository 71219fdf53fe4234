"""loop.add_signal_handler and remove_signal_handler on the page's WebLoop, as CPython's Unix loop has them.

Pyodide's WebLoop raises NotImplementedError for both, yet signal.signal works and os.kill to the
program's own pid delivers the signal before os.kill returns. So a program that stops itself with
SIGTERM, as `kill` would from outside, runs here as on a machine. Nothing sends a signal from outside
the page: there is no Ctrl+C.

CPython's loop installs a no-op Python handler and learns of the signal through its wakeup fd; here the
Python handler itself queues the callback on the loop, which is where CPython's path ends too.
"""

import signal
import sys
import weakref

from asyncio import coroutines, events
from pyodide.webloop import WebLoop

_webloop_close = WebLoop.close
# Linux refuses a handler for these (sigaction fails with EINVAL); Emscripten takes one, so refuse here.
_uncatchable = frozenset({signal.SIGKILL, signal.SIGSTOP})
# Loops that have had a handler, so a new run can take away what the last program left behind.
_loops_with_handlers: "weakref.WeakSet[WebLoop]" = weakref.WeakSet()
_dispositions_at_boot: "dict[int, object]" = {}


def _handlers(loop: WebLoop) -> "dict[int, events.Handle]":
    """The loop's handles by signal number, kept where CPython's loop keeps them."""
    return loop.__dict__.setdefault("_signal_handlers", {})


def _check_signal(sig) -> None:
    """As CPython's _UnixSelectorEventLoop._check_signal: the same errors with the same messages."""
    if not isinstance(sig, int):
        raise TypeError(f"sig must be an int, not {sig!r}")
    if sig not in signal.valid_signals():
        raise ValueError(f"invalid signal number {sig}")


def _default_disposition(sig: int):
    return signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL


def add_signal_handler(self: WebLoop, sig, callback, *args) -> None:
    """Set callback as the handler for the signal sig. UNIX only.

    Raise ValueError if the signal number is invalid or uncatchable.
    Raise RuntimeError if there is a problem setting up the handler.
    """
    if coroutines.iscoroutine(callback) or coroutines._iscoroutinefunction(callback):
        raise TypeError("coroutines cannot be used with add_signal_handler()")
    _check_signal(sig)
    self._check_closed()
    if sig in _uncatchable:
        raise RuntimeError(f"sig {sig} cannot be caught")
    # The handle takes the context of this call, as CPython's does; the callback runs in it.
    _handlers(self)[sig] = events.Handle(callback, args, self, None)
    _loops_with_handlers.add(self)
    signal.signal(sig, _signal_handler_for(weakref.ref(self)))


def _signal_handler_for(loop_ref: "weakref.ref[WebLoop]"):
    def queue_on_loop(sig: int, frame) -> None:
        loop = loop_ref()
        handle = None if loop is None else _handlers(loop).get(sig)
        if loop is None or handle is None:
            return  # removed meanwhile: CPython's loop ignores it too
        if handle._cancelled:
            loop.remove_signal_handler(sig)
        else:
            loop.call_soon_threadsafe(handle._callback, *handle._args, context=handle._context)

    return queue_on_loop


def remove_signal_handler(self: WebLoop, sig) -> bool:
    """Remove a handler for a signal. UNIX only.

    Return True if a signal handler was removed, False if not.
    """
    _check_signal(sig)
    if _handlers(self).pop(sig, None) is None:
        return False
    # As CPython: the default comes back, not whatever was there before add_signal_handler.
    signal.signal(sig, _default_disposition(sig))
    return True


def _close(self: WebLoop) -> None:
    _webloop_close(self)
    if not sys.is_finalizing():
        for sig in list(_handlers(self)):
            self.remove_signal_handler(sig)


def reset() -> None:
    """Before each run: no loop's handler and no disposition a previous program set is left, as in a new
    process. A program that never closed its loop would otherwise have its callback called again."""
    for loop in list(_loops_with_handlers):
        _handlers(loop).clear()
    _loops_with_handlers.clear()
    for sig, disposition in _dispositions_at_boot.items():
        if signal.getsignal(sig) is not disposition:
            signal.signal(sig, disposition)


def install() -> None:
    WebLoop.add_signal_handler = add_signal_handler
    WebLoop.remove_signal_handler = remove_signal_handler
    WebLoop.close = _close
    for sig in signal.valid_signals():
        disposition = signal.getsignal(sig)
        if disposition is not None:  # None: a handler not set from Python, which Python cannot restore
            _dispositions_at_boot[sig] = disposition
