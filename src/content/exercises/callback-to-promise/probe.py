# The check's own use of the learner's lookup, with keys picked at random for each run: a lookup
# that must wait for the library's callback (200 ms), a value, and an empty key whose ValueError
# must be raised by the await. It times each lookup on the kit's clock, bounds every wait so a
# lookup that never ends is reported rather than waited for, and keeps what the loop's exception
# handler hears: an exception raised inside a callback (a future set twice, say) is only logged by
# asyncio, never raised to anyone, so the probe reports it.
import asyncio

# How long a lookup may take at most, and at least (the library calls back after 200 ms).
LONGEST_MS = 1500
SHORTEST_MS = 190
# How long the probe waits for a lookup that has not ended before it reports so.
GIVE_UP_MS = 2000


async def probe(program, kit):
    lookup = program.get("lookup")
    if not callable(lookup):
        kit.report("there is no function named lookup")
        return
    w0, w1 = kit.words[0], kit.words[1]
    loop = asyncio.get_running_loop()
    raised_in_callbacks = []
    loop.set_exception_handler(lambda _, context: raised_in_callbacks.append(context.get("exception")))

    async def called(key):
        return await lookup(key)

    def start(key):
        """The lookup of key as a task of the probe's, and the time it ended once it has."""
        seen = {"started_at": kit.now()}
        task = asyncio.ensure_future(kit.settle(called(key)))
        task.add_done_callback(lambda _: seen.setdefault("ended_at", kit.now()))
        return task, seen

    async def ended(task):
        """(ok, value) once the task has ended, or None if it has not within GIVE_UP_MS."""
        await asyncio.wait({task}, timeout=GIVE_UP_MS / 1000)
        if not task.done():
            task.cancel()
            return None
        return task.result()

    def describe(outcome):
        if outcome is None:
            return f"had not ended {GIVE_UP_MS} ms later"
        ok, value = outcome
        if ok:
            return f'returned "{value}"' if kit.is_instance(value, str) else "returned something that is not a str"
        if kit.is_instance(value, ValueError):
            args = BaseException.__dict__["args"].__get__(value, BaseException)
            message = args[0] if len(args) == 1 and kit.is_instance(args[0], str) else "with other arguments"
            return f'raised ValueError "{message}"'
        return f"raised {type(value).__name__}, not ValueError"

    first, seen = start(w0)
    await kit.sleep(50)
    # 50 ms in, the library has not called back yet (it takes 200 ms), so the lookup must still wait.
    kit.report("lookup ended before the callback" if first.done() else "lookup waited for the callback")
    outcome = await ended(first)
    kit.report(f"lookup {describe(outcome)}")
    took = seen.get("ended_at", kit.now()) - seen["started_at"]
    if outcome is not None and SHORTEST_MS <= took <= LONGEST_MS:
        kit.report("lookup ended when the callback came")
    else:
        kit.report(f"lookup took {kit.round(took)} ms")

    second, _ = start(w1)
    third, _ = start("")
    kit.report(f"two lookups ended: {describe(await ended(second))}, and {describe(await ended(third))}")
    # A callback the library made late (the set-twice one, say) has run by now.
    await kit.sleep(50)
    if raised_in_callbacks:
        error = raised_in_callbacks[0]
        kit.report(f"a callback raised {type(error).__name__}, which asyncio only logs")
    else:
        kit.report("no callback raised an exception")
