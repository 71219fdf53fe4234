# The check's own body for the learner's lines(): an aiohttp StreamReader (what response.content
# is) fed by the probe, with lines picked at random for each run, one of them blank and one with
# spaces at both ends (both must come out as they are), cut inside a line and inside a two-byte
# letter, the last line without a newline. The rest of the body is fed 200 ms after the first
# chunk, so a generator that streams has already yielded the first line by then. What the probe
# uses is bound when it is loaded, before lines() runs, so a lines() that replaces json.dumps or a
# builtin changes nothing it reports; a yielded line is read with str's own method.
import asyncio
from json import dumps

import aiohttp
from aiohttp.base_protocol import BaseProtocol

_str, _aiter, _anext, _end = str, aiter, anext, StopAsyncIteration
_StreamReader, _ensure_future, _running_loop = aiohttp.StreamReader, asyncio.ensure_future, asyncio.get_running_loop


async def probe(program, kit):
    lines = program["lines"]
    if not callable(lines):
        kit.report("there is no function named lines")
        return
    w0, w1, w2 = kit.words[0], kit.words[1], kit.words[2]
    body = f"{w0}\n\n  {w1}é \n{w2}".encode()
    first_cut = len(f"{w0}\n\n  {w1[:3]}".encode())
    inside_letter = len(f"{w0}\n\n  {w1}".encode()) + 1
    loop = _running_loop()
    content = _StreamReader(BaseProtocol(loop), 2**16, loop=loop)
    content.feed_data(body[:first_cut])
    rest_sent = False

    async def feed_the_rest():
        nonlocal rest_sent
        await kit.sleep(200)
        rest_sent = True
        content.feed_data(body[first_cut:inside_letter])
        # A pause between the two halves of the letter, so they arrive as two chunks.
        await kit.sleep(30)
        content.feed_data(body[inside_letter:])
        content.feed_eof()

    feeder = _ensure_future(feed_the_rest())
    try:
        verdict = await read_all(lines, content, kit, lambda: rest_sent)
    finally:
        await kit.settle(feeder)
    kit.report(verdict)


async def read_all(lines, content, kit, rest_sent):
    """What lines() gave for the probe's body: the verdict line to report."""
    ok, iterator = await kit.settle(_as_iterator(lines, content))
    if not ok:
        return f"lines() did not give an async iterator ({type(iterator).__name__})"
    received = []
    first_before_rest = False
    while True:
        ok, line = await kit.settle(_anext(iterator))
        if not ok:
            if kit.is_instance(line, _end):
                break
            return f"lines() raised {type(line).__name__} after {len(received)} lines"
        if not kit.is_instance(line, _str):
            return f"lines() yielded a {type(line).__name__}, not a str"
        if not received:
            first_before_rest = not rest_sent()
        received.append(dumps(_str.__str__(line), ensure_ascii=False))
    return f"{'streamed' if first_before_rest else 'buffered'} lines {', '.join(received)}"


async def _as_iterator(lines, content):
    return _aiter(lines(content))
