# The check calls the learner's ready_after with delays of its own, worked out from words picked for
# each run, and watches on a clock the program cannot change when each future gets its result: not
# before its time, and within 150 ms after it; two at once must each keep their own time. The
# future is read with asyncio.Future's own methods, so a subclass that overrides done, result or
# add_done_callback changes nothing the probe sees.
import asyncio

# How late a future may get its result, and how much sooner than asked it may (the loop's clock
# and the kit's are not the same clock).
LATE_MS = 150
SOON_MS = 5


def _delay_from(word):
    """A delay from 150 to 399 ms that only this run's word gives."""
    return 150 + sum(ord(letter) for letter in word) % 250


async def probe(program, kit):
    ready_after = program.get("ready_after")
    if not callable(ready_after):
        kit.report("there is no function named ready_after")
        return
    future_type = asyncio.Future
    done, cancelled, exception, result = (
        future_type.done,
        future_type.cancelled,
        future_type.exception,
        future_type.result,
    )
    long_ms = _delay_from(kit.words[0]) + 250
    short_ms = _delay_from(kit.words[1])

    def timed(name, ms):
        """Calls ready_after(ms) now; returns what it gave and when its future was done."""
        call = {"name": name, "ms": ms, "started_at": kit.now(), "future": None, "done_at": None}
        try:
            value = ready_after(ms)
        except Exception as error:  # what the call raised is the answer the check reports
            call["raised"] = type(error).__name__
            return call
        if kit.is_instance(value, future_type):
            call["future"] = value
            future_type.add_done_callback(value, lambda _: call.__setitem__("done_at", kit.now()))
        return call

    longer = timed("the longer call", long_ms)
    shorter = timed("the shorter call", short_ms)
    calls = (longer, shorter)
    try:
        await kit.sleep(short_ms - 60)
        # A future done at this look is early only if the look came before its time: on a busy
        # machine the look itself can come late, when a right answer's future is rightly done.
        looked_at = kit.now()
        early = any(
            call["future"] is not None
            and done(call["future"])
            and looked_at - call["started_at"] < call["ms"] - SOON_MS
            for call in calls
        )
        await kit.sleep(long_ms + LATE_MS - (short_ms - 60))
        for call in calls:
            name, ms, future, done_at = call["name"], call["ms"], call["future"], call["done_at"]
            what = f"{name}, ready_after({ms}),"
            if "raised" in call:
                kit.report(f"{what} raised {call['raised']}")
            elif future is None:
                kit.report(f"{what} did not return a future")
            elif done_at is None:
                kit.report(f"{what} had no result {ms + LATE_MS} ms later")
            elif cancelled(future) or exception(future) is not None:
                kit.report(f"{what} ended with an error, not a result")
            elif not (kit.is_instance(result(future), str) and str.__eq__(result(future), "ready") is True):
                kit.report(f'{what} had a result other than "ready"')
            elif done_at - call["started_at"] < ms - SOON_MS:
                early = True
                kit.report(f"{what} had its result after {kit.round(done_at - call['started_at'])} ms, too soon")
            else:
                kit.report(f'{name}\'s future had the result "ready" on time')
        kit.report("a future was done before its time" if early else "neither future was done before its time")
    finally:
        for call in calls:  # a timer a wrong answer left waiting must not outlive the probe
            if call["future"] is not None and not done(call["future"]):
                future_type.cancel(call["future"])
