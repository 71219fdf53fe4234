"""The page's own Python helpers, shipped in the site-packages zip beside aiohttp.

loopback: an in-memory network for Pyodide's event loop (the practice server, programs' own servers).
shims: CPython's behaviour where Pyodide's defaults differ (asyncio.run, time.sleep, debug mode).
timeline: the timers and named tasks of main.py, for the run's timeline.
signals: loop.add_signal_handler for the signals a program sends itself.
program: runs the learner's main.py as `python main.py` would.
guard: keeps a program from the check: the boot snapshot it restores, and an audit hook.
probe_kit: the kit an exercise's probe.py works with, captured at boot.
probe_run: runs main.py, then an exercise's probe.py on the learner's functions.
"""
