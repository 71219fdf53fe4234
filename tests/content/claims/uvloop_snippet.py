"""Checks the uvloop snippet of the best-practices chapter against the Python that runs it.

uvloop itself is not needed: the snippet is parsed, not run. What is run is the claim the snippet's
comments make about this Python: whether asyncio.run and asyncio.Runner take a loop_factory.
Prints one JSON object for the test to judge.
"""

import ast
import asyncio
import inspect
import json
import sys

tree = ast.parse(sys.argv[1])
compile(tree, "<uvloop snippet>", "exec")

# Calls at the top level of the snippet are the lines that run; commented-out alternatives are not.
live_calls = [
    ast.unparse(node.value)
    for node in tree.body
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
]
asyncio_run_keywords = [
    keyword.arg
    for node in ast.walk(tree)
    if isinstance(node, ast.Call) and ast.unparse(node.func) == "asyncio.run"
    for keyword in node.keywords
]


async def nothing() -> None:
    pass


# What the old live line would have done here, tried for real with the standard loop.
coroutine = nothing()
try:
    asyncio.run(coroutine, loop_factory=asyncio.new_event_loop)
    run_with_loop_factory = "ran"
except TypeError:
    coroutine.close()
    run_with_loop_factory = "TypeError"

print(
    json.dumps(
        {
            "python": list(sys.version_info[:2]),
            "liveCalls": live_calls,
            "asyncioRunKeywords": asyncio_run_keywords,
            "runWithLoopFactory": run_with_loop_factory,
            "runnerTakesLoopFactory": "loop_factory" in inspect.signature(asyncio.Runner).parameters,
        }
    )
)
