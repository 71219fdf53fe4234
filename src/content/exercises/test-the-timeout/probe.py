# The check runs the learner's test against with_timeouts of its own: two correct ones (one raises
# TimeoutError itself, one aiohttp's ServerTimeoutError, a subclass of it, so a test must accept
# the class and its subclasses) and five broken ones. A test must pass the first two and fail each
# of the others within 3 s. The limits and the 3 s wait are the kit's sleeps, and what the probe
# uses is bound when it is loaded, before the learner's test runs, so a test that replaces asyncio's
# functions cannot pick the verdicts.
import asyncio

import aiohttp

_ensure_future, _wait, _first = asyncio.ensure_future, asyncio.wait, asyncio.FIRST_COMPLETED
_timeout_error, _server_timeout_error = TimeoutError, aiohttp.ServerTimeoutError
_base_exception, _exception, _type = BaseException, Exception, type


async def probe(program, kit):
    test_with_timeout = program["test_with_timeout"]
    if not callable(test_with_timeout):
        kit.report("there is no function named test_with_timeout")
        return

    async def first_of(work, seconds):
        """(True, the work's task) if it ended within seconds, else (False, it), cancelled."""
        timer = _ensure_future(kit.sleep(seconds * 1000))
        done, _ = await _wait({work, timer}, return_when=_first)
        if work in done:
            timer.cancel()
            return True, work
        work.cancel()
        return False, work

    def limited(make_error, scale=1.0, change=None):
        """A with_timeout that gives up after seconds * scale, raising make_error(seconds); change,
        when given, has its say on a failure in time first (returns a value or an exception)."""

        async def with_timeout(aw, seconds):
            in_time, work = await first_of(_ensure_future(aw), seconds * scale)
            if not in_time:
                raise make_error(seconds)
            if change is None or work.cancelled() or work.exception() is None:
                return work.result()  # the value, or the very exception the work raised
            changed = change(work.exception())
            if kit.is_instance(changed, _base_exception):
                raise changed
            return changed

        return with_timeout

    def named(seconds):
        return _timeout_error(f"no answer within {seconds} s")

    def subclassed(seconds):
        return _server_timeout_error(f"no answer within {seconds} s")

    def plain(seconds):
        return _exception(f"no answer within {seconds} s")

    async def never_times_out(aw, seconds):
        return await aw

    def copy_of(error):
        return _type(error)(*error.args)

    candidates = [
        ("a correct with_timeout (TimeoutError)", limited(named), True),
        ("a correct with_timeout (a subclass of TimeoutError)", limited(subclassed), True),
        ("never times out", never_times_out, False),
        ("raises a plain Exception", limited(plain), False),
        ("times out too early", limited(named, 0.1), False),
        ("swallows failures", limited(named, change=lambda error: None), False),
        ("raises a copy of the error, not the error itself", limited(named, change=copy_of), False),
    ]
    for name, candidate, correct in candidates:
        verdict = await run_test(test_with_timeout, candidate, first_of)
        good = verdict == "passed" if correct else verdict != "passed"
        what = f"passes {name}" if correct else f"catches “{name}”"
        kit.report(f"your test {what if good else f'does not: {name}: the test {verdict}'}")


async def run_test(test_with_timeout, candidate, first_of):
    """How the learner's test ended with candidate: "passed", "failed", or not within 3 s."""

    async def test():
        await test_with_timeout(candidate)

    in_time, task = await first_of(_ensure_future(test()), 3)
    if not in_time:
        return "did not finish within 3 s"
    return "passed" if not task.cancelled() and task.exception() is None else "failed"
