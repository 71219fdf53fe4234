# The check calls the learner's get_json itself, in a session of its own: on a success that echoes a
# word picked for this run, on a 404 and on a 503 whose bodies it knows, and reports each verdict on
# the runtime's own channel (the program cannot reach it). What get_json raised is asked for its
# class through the real type's MRO, and its status and body are compared with int's and str's own
# methods, never with == on what the learner's code made.
import json

BASE = "http://localhost:8787"
ERROR_CASES = [
    (404, "/posts/0", '{"error":"No post with id 0; ids go from 1 to 100."}'),
    (503, "/status/503", '{"status":503}'),
]


async def probe(program, kit):
    get_json, http_error = program.get("get_json"), program.get("HttpError")
    if not callable(get_json) or not kit.is_instance(http_error, type):
        kit.report("there is no function named get_json, or no class named HttpError")
        return
    word = kit.words[0]

    def is_http_error(value):
        return kit.is_instance(value, http_error)

    def same(value, cls, expected):
        return kit.is_instance(value, cls) and cls.__eq__(value, expected) is True

    def describe(ok, value):
        if ok:
            return f"it returned {_shown(value)}"
        if is_http_error(value):
            status, body = getattr(value, "status", None), getattr(value, "body", None)
            return f"it raised an HttpError with status {_shown(status)} and body {_shown(body)}"
        message = BaseException.__str__(value) if kit.is_instance(value, BaseException) else "?"
        return f"it raised {type(value).__name__}: {message}"

    async with kit.session() as session:
        ok, value = await kit.settle(get_json(session, f"{BASE}/echo?word={word}"))
        query = dict.get(value, "query") if ok and kit.is_instance(value, dict) else None
        echoed = dict.get(query, "word") if kit.is_instance(query, dict) else None
        kit.report(
            "get_json returns the JSON of a success"
            if same(echoed, str, word)
            else f"get_json does not return the JSON of a success: {describe(ok, value)}"
        )
        for status, path, body in ERROR_CASES:
            ok, value = await kit.settle(get_json(session, BASE + path))
            good = (
                not ok
                and is_http_error(value)
                and same(getattr(value, "status", None), int, status)
                and same(getattr(value, "body", None), str, body)
            )
            kit.report(
                f"get_json raises an HttpError with status {status} and its body"
                if good
                else f"get_json does not raise an HttpError with status {status} and its body for {path}: "
                + describe(ok, value)
            )


def _shown(value):
    """A value as the verdict shows it: as JSON when it is data, else by its type's name."""
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    except (TypeError, ValueError):
        return f"a {type(value).__name__}"
