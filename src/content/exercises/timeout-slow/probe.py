# The check calls the learner's fetch_within itself, on requests of its own (marked ?probe), in a
# session of its own: a quick one under a long limit, a slow one under a short limit (it must be
# cancelled, really, at its limit, raising TimeoutError), and a later quick one, which a deadline
# shared with earlier calls would cut short. Times come from the kit's clock, and the session stays
# open until the slow request would have been answered, so one left running shows as answered.
import asyncio

BASE = "http://localhost:8787"


async def probe(program, kit):
    fetch_within = program["fetch_within"]
    if not callable(fetch_within):
        kit.report("there is no function named fetch_within")
        return

    async def attempt(session, path, ms):
        """How one call ended: "200" (its status), or the name of what it raised; and how long it took."""
        started_at = kit.now()
        ok, value = await kit.settle(fetch_within(session, BASE + path, ms))
        took = kit.now() - started_at
        if ok:
            return ("200" if kit.is_instance(value, int) and int.__eq__(value, 200) is True else "another answer"), took
        if kit.is_instance(value, TimeoutError):
            return "TimeoutError", took
        return type(value).__name__, took

    async with kit.session() as session:
        quick_call = asyncio.ensure_future(attempt(session, "/delay/100?probe", 1200))
        slow_started_at = kit.now()
        slow, slow_took = await attempt(session, "/delay/1500?probe", 400)
        quick, _ = await quick_call
        kit.report(
            "a quick request was answered"
            if quick == "200"
            else f"a quick request under a 1200 ms limit ended with {quick}"
        )
        if slow == "TimeoutError" and 350 <= slow_took <= 1100:
            kit.report("a slow request was aborted at its limit")
        elif slow == "200":
            kit.report("a slow request under a 400 ms limit was answered instead")
        else:
            kit.report(f"a slow request under a 400 ms limit ended with {slow} after {kit.round(slow_took)} ms")
        later, _ = await attempt(session, "/delay/300?probe", 1000)
        kit.report(
            "a request started later still gets its own limit"
            if later == "200"
            else f"a request started later ended with {later}"
        )
        # A slow request that was left running, not cancelled, is answered by now: its row says so.
        await kit.sleep(max(0.0, 1800 - (kit.now() - slow_started_at)))

