"""The kit an exercise's probe (probe.py) works with, the twin of src/exercises/probe-kit.ts.

`capture()` runs at boot, before any learner code: it takes every function and class the kit uses
then, so a program that replaces time.perf_counter, asyncio.sleep, isinstance or aiohttp's
ClientSession for itself changes nothing the kit does. A kit is made per probe run, with that
run's words and the report function JavaScript hands over; it is kept in no module and no list,
only in the probe's own frames, which guard.py keeps out of the learner's reach.

    kit.words          this run's words (a tuple of str), nowhere in the program's source
    kit.report(line)   tells the check one fact, through JavaScript, never through output
    kit.now()          milliseconds on a clock the program cannot change (a float)
    await kit.sleep(ms)  waits on a timer that no timeline row shows
    await kit.settle(awaitable)  (True, value), or (False, exception): never raises
    kit.is_instance(value, cls)  whether cls is in type(value).__mro__, asking no __instancecheck__
    kit.session()      an aiohttp.ClientSession of the class loaded at boot
    kit.round(ms)      a whole number of milliseconds, for a report
"""

import asyncio
import time

import aiohttp


def capture():
    """Takes what the kit needs, now; returns `make_kit(words, report)`."""
    perf_counter = time.perf_counter
    sleep = asyncio.sleep
    client_session = aiohttp.ClientSession
    type_of = type
    mro_of = type.__dict__["__mro__"].__get__
    text_type, tuple_type, float_type, int_type, round_number = str, tuple, float, int, round
    base_exception, object_setattr = BaseException, object.__setattr__

    class Kit:
        __slots__ = ("words", "report", "now", "sleep", "settle", "is_instance", "session", "round")

        def __setattr__(self, name, value):
            raise AttributeError("the kit cannot be changed")

    def make_kit(words, report):
        kit = Kit()
        fields = {
            "words": tuple_type(text_type(word) for word in words),
            "report": lambda line: report(line if type_of(line) is text_type else text_type(line)),
            "now": lambda: perf_counter() * 1000.0,
            "sleep": lambda ms: sleep(float_type(ms) / 1000.0),
            "settle": _settler(base_exception),
            "is_instance": lambda value, cls: cls in mro_of(type_of(value)),
            "session": lambda **options: client_session(**options),
            "round": lambda ms: int_type(round_number(ms)),
        }
        for name, value in fields.items():
            object_setattr(kit, name, value)
        return kit

    return make_kit


def _settler(base_exception):
    async def settle(awaitable):
        try:
            return True, await awaitable
        except base_exception as error:  # a cancellation too: the probe says what it saw
            return False, error

    return settle
