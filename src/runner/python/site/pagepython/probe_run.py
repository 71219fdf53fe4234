"""Runs an exercise's probe (probe.py) once the learner's main.py has ended, as probe-program.ts does
for TypeScript: `probe(program, kit)` is awaited on a loop of its own, where `program` is a dict of
the learner's names the check's `calls` lists (None for a name main.py does not define), and `kit`
is probe_kit's, made from references taken at boot.

install() is called once, at boot, by the runtime (python-runtime.ts), which keeps the two functions
it returns in JavaScript only: `run_main(code)` (guard.restore, then program.run_main) and
`run_probe(source, words, calls, report)`. The words and the report function reach Python only in
that last call, after the program's own code has finished, so nothing the program ran could have
read them; while the probe runs, guard.py refuses the program's functions the probe's frames.
"""

import asyncio
import sys
import traceback

from . import guard, probe_kit, program


def install():
    """Captures the kit and installs the guard; returns (run_main, run_probe)."""
    make_kit = probe_kit.capture()
    restore, probing = guard.install()
    main_module = sys.modules["__main__"]
    run_loop = asyncio.run
    set_running_loop = asyncio._set_running_loop
    print_exception = traceback.print_exception

    def run_main(code: str) -> int:
        restore()
        return program.run_main(code)

    def run_probe(source: str, words, calls, report) -> int:
        """Runs the probe; returns 0, or 1 when it (or a learner function it called) raised."""
        restore()
        set_running_loop(None)
        names = vars(main_module)
        chosen = {str(name): names.get(str(name)) for name in calls}
        kit = make_kit(list(words), report)
        namespace = {"__name__": "probe", "__file__": guard.PROBE_FILE}
        try:
            exec(compile(source, guard.PROBE_FILE, "exec"), namespace)
            probe = namespace["probe"]
            probing(True)
            try:
                run_loop(probe(chosen, kit))
            finally:
                probing(False)
        except BaseException as error:
            print("The exercise's check stopped with an error:", file=sys.stderr)
            print_exception(type(error), error, error.__traceback__)
            return 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
        return 0

    return run_main, run_probe
