# The check runs the learner's stop_gracefully on tasks of its own: one that ends in time, one that
# ends only when cancelled (and then takes 50 ms to clean up before its CancelledError goes on, as
# a worker that closes its connection does), and a pair that both end quickly under a long grace
# period. The tasks time themselves on the kit's clock and sleep on the kit's timers, what the
# probe uses is bound when it is loaded, and the verdicts go out on the runtime's own channel.
import asyncio

_ensure_future, _wait, _first = asyncio.ensure_future, asyncio.wait, asyncio.FIRST_COMPLETED
_cancelled_error = asyncio.CancelledError


async def probe(program, kit):
    stop_gracefully = program["stop_gracefully"]
    if not callable(stop_gracefully):
        kit.report("there is no function named stop_gracefully")
        return
    probe_start = kit.now()
    mine = []  # every task the probe starts, cancelled at the end if still running

    def now():
        return kit.now() - probe_start

    def probe_task(end_ms):
        """A task that ends after end_ms (never, when None) or, once cancelled, 50 ms later."""
        seen = {"cancelled_at": -1.0, "ended_at": -1.0}

        async def work():
            try:
                await kit.sleep(end_ms if end_ms is not None else 600_000)
            except _cancelled_error:
                seen["cancelled_at"] = now()
                await kit.sleep(50)  # cleaning up
                seen["ended_at"] = now()
                raise
            seen["ended_at"] = now()

        task = _ensure_future(work())
        mine.append(task)
        return task, seen

    async def settle(awaitable_call, limit_ms):
        """How the call ends: "returned", "raised", or "too slow" within limit_ms."""

        async def call():
            await awaitable_call()

        task = _ensure_future(call())
        mine.append(task)
        timer = _ensure_future(kit.sleep(limit_ms))
        done, _ = await _wait({task, timer}, return_when=_first)
        timer.cancel()
        if task not in done:
            return "too slow"
        return "returned" if not task.cancelled() and task.exception() is None else "raised"

    def say(passed, what, why):
        kit.report(f"stop_gracefully {what}" if passed else f"stop_gracefully does not: {why}")

    try:
        quick, quick_seen = probe_task(100)
        stuck, stuck_seen = probe_task(None)
        outcome = await settle(lambda: stop_gracefully([quick, stuck], 0.4), 3000)
        stopped_at = now()
        quick_cancelled_at = quick_seen["cancelled_at"]
        say(
            quick_cancelled_at < 0,
            "leaves a task that ends in time to finish",
            "a task that would end in time was cancelled",
        )
        cancelled_at = stuck_seen["cancelled_at"]
        say(
            350 <= cancelled_at <= 900,
            "cancels a stuck task when the grace period is over",
            "a stuck task was never cancelled"
            if cancelled_at < 0
            else f"a stuck task was cancelled {kit.round(cancelled_at)} ms in, with a grace period of 0.4 s",
        )
        ended_at = stuck_seen["ended_at"]
        if outcome == "returned":
            why = "it returned while a task was still cleaning up"
        elif outcome == "raised":
            why = "it raised when a cancelled task did"
        else:
            why = "it had not returned 3 s later"
        say(outcome == "returned" and 0 <= ended_at <= stopped_at, "waits until every task has ended", why)

        pair_start = now()
        first, _ = probe_task(100)
        second, _ = probe_task(150)
        await settle(lambda: stop_gracefully([first, second], 2.0), 3000)
        pair_ms = now() - pair_start
        say(
            pair_ms < 800,
            "returns as soon as every task has ended",
            f"two tasks ended by 150 ms, yet it returned after {kit.round(pair_ms)} ms (grace 2 s)",
        )
    finally:
        for task in mine:
            task.cancel()
        await kit.settle(_wait(mine))
