# The check's own attempts, handed to the learner's first_success as coroutines, with results picked
# at random for each run: one fails at once, one returns after 200 ms, one would take 1.5 s and must
# be cancelled within 100 ms of the success; then two that both fail, which must end in an
# ExceptionGroup of both. The attempts time themselves on the kit's clock, which the program cannot
# change, and see their own cancellation, so nothing the program prints or patches can stand in.
import asyncio

# How long after the first success first_success may return, and cancel the slow attempt.
SOON_MS = 100
# How long each call is given before the probe stops waiting for it: the slow attempt's 1.5 s with
# room to spare, and a second to raise when every attempt fails.
FIRST_CALL_MS = 2500
ALL_FAIL_MS = 1000


async def probe(program, kit):
    first_success = program.get("first_success")
    if not callable(first_success):
        kit.report("there is no function named first_success")
        return
    w0, w1, w2 = kit.words[0], kit.words[1], kit.words[2]
    seen = {"won_at": None, "slow_cancelled_at": None}

    async def failing(word):
        raise RuntimeError(f"{word} failed")

    async def winner():
        await kit.sleep(200)
        seen["won_at"] = kit.now()
        return w2

    async def slow():
        try:
            await kit.sleep(1500)
        except asyncio.CancelledError:
            seen["slow_cancelled_at"] = kit.now()
            raise
        return w1

    async def called(attempts):
        return await first_success(attempts)

    async def within(attempts, ms):
        """(ended, ok, value, ended_at): how the call ended, if it did within ms."""
        call = asyncio.ensure_future(kit.settle(called(attempts)))
        waited = asyncio.ensure_future(kit.sleep(ms))
        await asyncio.wait({call, waited}, return_when=asyncio.FIRST_COMPLETED)
        ended_at = kit.now()
        waited.cancel()
        if not call.done():
            call.cancel()
            return False, False, None, ended_at
        ok, value = call.result()
        return True, ok, value, ended_at

    ended, ok, value, ended_at = await within([failing(w0), slow(), winner()], FIRST_CALL_MS)
    if not ended:
        kit.report(f"it had neither returned nor raised {FIRST_CALL_MS} ms later")
    elif not ok:
        kit.report(f"it raised {type(value).__name__} though one attempt succeeded")
    else:
        kit.report(f"the first success was {value if kit.is_instance(value, str) else 'not a word'}")
        won_at = seen["won_at"]
        on_time = won_at is not None and ended_at - won_at <= SOON_MS
        kit.report(
            "it returned as soon as the first attempt succeeded"
            if on_time
            else "it returned long after the first success"
        )
        # Give a cancellation that is on its way a moment to land, then judge it.
        await kit.sleep(SOON_MS + 20)
        cancelled_at = seen["slow_cancelled_at"]
        if won_at is None or cancelled_at is None:
            kit.report("the slow attempt was never cancelled")
        elif cancelled_at - won_at <= SOON_MS:
            kit.report("the slow attempt was cancelled as soon as the first attempt succeeded")
        else:
            kit.report(f"the slow attempt was cancelled {kit.round(cancelled_at - won_at)} ms after the first success")

    ended, ok, value, _ = await within([failing(w0), failing(w1)], ALL_FAIL_MS)
    if not ended:
        kit.report(f"when all fail, it had neither returned nor raised {ALL_FAIL_MS} ms later")
    elif ok:
        kit.report(f"when all fail, it returned {value if kit.is_instance(value, str) else 'something'}")
    elif kit.is_instance(value, ExceptionGroup):
        # The base class's own field, which a subclass's property cannot stand in for.
        errors = BaseExceptionGroup.__dict__["exceptions"].__get__(value, BaseExceptionGroup)
        kit.report(f"when all fail, it raises an ExceptionGroup of {len(errors)}")
    else:
        kit.report(f"when all fail, it raises {type(value).__name__}, not an ExceptionGroup")
