# The check's own use of the learner's AsyncQueue, with items picked at random for each run: a get
# that waits and is woken by put, two waiting gets served in order, queued items oldest first, and
# an empty queue that keeps get waiting until the next put. A woken get must have its item within a
# few turns of the loop after put. A get that polls with asyncio.sleep(0) starts no timer, so the
# probe also counts how often the waiting get hands control back to the loop: a get woken by put
# does so once (it awaits one future), a get that looks again does so on every turn.
import asyncio

# Turns of the loop a woken get is given to finish: put's wake-up and the get's return take one or
# two; a get that only looks again now and then would need more.
TURNS_TO_FINISH = 5
# How long the first get waits before its item is put, and how often it may hand control back to
# the loop meanwhile: once for the future it awaits, once more to spare.
WAIT_MS = 50
MOST_SUSPENSIONS = 2


class _Turn:
    """One turn of the loop: the task awaiting this is scheduled again at once."""

    def __await__(self):
        yield


class _Counted:
    """Awaits `awaitable` for the task that awaits this, counting how often it suspends."""

    def __init__(self, awaitable):
        self.awaitable = awaitable
        self.suspensions = 0

    def __await__(self):
        steps = type(self.awaitable).__await__(self.awaitable)
        sent, thrown = None, None
        while True:
            try:
                yielded = steps.send(sent) if thrown is None else steps.throw(thrown)
            except StopIteration as stop:
                return stop.value
            self.suspensions += 1
            try:
                sent, thrown = (yield yielded), None
            except BaseException as error:  # the task's cancel, handed on to the get
                sent, thrown = None, error


async def probe(program, kit):
    AsyncQueue = program.get("AsyncQueue")
    if not isinstance(AsyncQueue, type):
        kit.report("there is no class named AsyncQueue")
        return
    w0, w1, w2, w3, w4, w5 = (kit.words[index] for index in range(6))
    started = []

    def start(queue):
        """queue.get() running as a task of its own, and the count of its suspensions."""
        counted = _Counted(queue.get())

        async def get():
            return await counted

        task = asyncio.ensure_future(get())
        started.append(task)
        return task, counted

    async def shown(task):
        """What the task has settled with once the loop has taken a few turns."""
        for _ in range(TURNS_TO_FINISH):
            if task.done():
                break
            await _Turn()
        if not task.done():
            return "nothing yet"
        if task.cancelled() or task.exception() is not None:
            return "an error"
        value = task.result()
        return value if kit.is_instance(value, str) else "something that is not a word"

    try:
        queue = AsyncQueue()

        waiting, counted = start(queue)
        # A real wait: the loop turns, and the get must still be waiting, asleep.
        await kit.sleep(WAIT_MS)
        looked = counted.suspensions
        state = "did not wait" if waiting.done() else "waited" if looked <= MOST_SUSPENSIONS else "kept looking"
        queue.put(w0)
        kit.report(f"a waiting get {state}, then received {await shown(waiting)}")

        one, _ = start(queue)
        two, _ = start(queue)
        await kit.sleep(5)
        queue.put(w1)
        queue.put(w2)
        kit.report(f"two waiting gets received {await shown(one)}, {await shown(two)}")

        queue.put(w3)
        queue.put(w4)
        first = await shown(start(queue)[0])
        kit.report(f"queued items came out {first}, {await shown(start(queue)[0])}")

        extra, _ = start(queue)
        await kit.sleep(5)
        early = "nothing yet" if not extra.done() else await shown(extra)
        queue.put(w5)
        made = "made get wait" if early == "nothing yet" else f"returned {early}"
        kit.report(f"an empty queue {made}, then gave {await shown(extra)}")
    finally:
        for task in started:  # a get a wrong queue never served must not outlive the probe
            task.cancel()
