"""What keeps a learner's program from reaching an exercise's check, though both share one interpreter.

Two parts, installed once at boot, after the runtime's own patches:

1. A snapshot of what the runtime and the check rely on: builtins, the asyncio, aiohttp, time and
   pagepython modules and their classes. `restore()` puts back every name a program replaced or
   deleted, before each run and again before the probe, so a patch (WebLoop.call_later unwrapped,
   asyncio.sleep replaced) lives no longer than the program that made it.
2. An audit hook (sys.addaudithook: it cannot be removed) that refuses, from any stack holding a
   frame of the learner's code, the ways to reach another frame's variables or to run as the runtime:
   - always: sys.addaudithook, sys.settrace, sys.setprofile, gc.get_objects, gc.get_referrers and
     gc.get_referents; replacing the __code__ or defaults of a function the program did not write;
     writing a file under /lib/ (or renaming one into or out of it), which an import would then
     trust; and, called by the learner's code itself, compiling code or making a code object under a
     file name the runtime trusts;
   - while the probe runs (the check calls the learner's functions): sys._getframe,
     sys._current_frames and sys._current_exceptions, and reading a traceback's, coroutine's,
     generator's or async generator's frame, so code the probe calls cannot read the probe's kit.
   The runtime's own code (this folder) calling such a function is let through.

A learner frame is one whose file is not under /lib/ (the standard library, site-packages and this
runtime) nor one of importlib's frozen modules, and is not the probe's: main.py, and code a program
compiles itself.

Not guarded (src/exercises/README.md says so too): closure cells (`__closure__[i].cell_contents`),
sys.monitoring callbacks made only of library functions, JavaScript reached through Pyodide's `js`
module, and class attributes a program sets while it runs (restored only after it).
"""

import builtins
import os
import sys

PROBE_FILE = "probe.py"
_TRUSTED_PREFIXES = ("/lib/", "<frozen ")
_RUNTIME_FOLDER = __file__.rsplit("/", 1)[0] + "/"

_ALWAYS = frozenset(
    {
        "sys.addaudithook",
        "sys.settrace",
        "sys.setprofile",
        "gc.get_objects",
        "gc.get_referrers",
        "gc.get_referents",
    }
)
_WHILE_PROBING = frozenset({"sys._getframe", "sys._current_frames", "sys._current_exceptions"})
_FRAME_ATTRIBUTES = frozenset({"tb_frame", "gi_frame", "cr_frame", "ag_frame"})
_FUNCTION_INTERNALS = frozenset({"__code__", "__defaults__", "__kwdefaults__"})
_WRITES = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_WATCHED = _ALWAYS | _WHILE_PROBING | {
    "object.__getattr__",
    "object.__setattr__",
    "compile",
    "code.__new__",
    "open",
    "os.rename",
}

# Modules whose names and classes a program might replace to hide from the timeline or the probe.
_GUARDED_MODULE_PREFIXES = ("asyncio", "aiohttp", "pyodide", "pagepython", "time", "builtins", "json")


def is_learner_file(name: str) -> bool:
    """Whether code from the file `name` is the learner's: not the runtime's or the standard
    library's (importlib's frozen modules too), not the probe's."""
    return not name.startswith(_TRUSTED_PREFIXES) and name != PROBE_FILE


def _trusted_name(name) -> bool:
    return isinstance(name, str) and not is_learner_file(name)


def _under_lib(path) -> bool:
    """Whether `path` (relative to the current folder, as open takes it) is in the runtime's files."""
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    return isinstance(path, str) and os.path.abspath(path).startswith(_TRUSTED_PREFIXES[0])


def _writes(mode, flags) -> bool:
    """Whether open's mode (io.open) or flags (os.open) ask to write."""
    if isinstance(mode, str) and any(letter in mode for letter in "wax+"):
        return True
    return isinstance(flags, int) and flags & _WRITES != 0


def _snapshot():
    """(namespace, name, value) for each module-level name and class attribute worth keeping."""
    kept, modules = [], []
    for module_name, module in list(sys.modules.items()):
        names = getattr(module, "__dict__", None)
        # Not a Python module (pyodide_js is JavaScript's): nothing of it to put back.
        if not module_name.startswith(_GUARDED_MODULE_PREFIXES) or type(names) is not dict:
            continue
        modules.append((module_name, module))
        kept.extend((names, name, value) for name, value in list(names.items()))
        for value in list(names.values()):
            if isinstance(value, type) and getattr(value, "__module__", None) == module_name:
                kept.extend((value, name, attribute) for name, attribute in list(vars(value).items()))
    return tuple(kept), tuple(modules)


def install():
    """Takes the snapshot and installs the hook; returns `restore()` and `probing(on)`."""
    kept, modules = _snapshot()
    builtins_at_boot = dict(vars(builtins))
    settrace, setprofile, getframe = sys.settrace, sys.setprofile, sys._getframe
    state = {"probing": False, "busy": False}
    set_attribute = type.__setattr__

    def restore() -> None:
        settrace(None)
        setprofile(None)
        names = vars(builtins)
        for name, value in builtins_at_boot.items():
            if names.get(name, names) is not value:
                names[name] = value
        for name, module in modules:
            if sys.modules.get(name) is not module:
                sys.modules[name] = module
        for owner, name, value in kept:
            if isinstance(owner, dict):
                if owner.get(name, owner) is not value:
                    owner[name] = value
            elif vars(owner).get(name, owner) is not value:
                try:
                    set_attribute(owner, name, value)
                except (TypeError, AttributeError):
                    pass  # a built-in type's attribute: no program could have set it either

    def probing(on: bool) -> None:
        state["probing"] = bool(on)

    def refused(event: str, args, direct_is_learner: bool) -> bool:
        if event in _ALWAYS:
            return True
        if event in _WHILE_PROBING:
            return state["probing"]
        if event == "object.__getattr__":
            return state["probing"] and len(args) > 1 and args[1] in _FRAME_ATTRIBUTES
        if event == "object.__setattr__":
            if len(args) < 2 or args[1] not in _FUNCTION_INTERNALS:
                return False
            code = getattr(args[0], "__code__", None)
            return code is None or not is_learner_file(code.co_filename)
        if event == "open":
            # A file the program writes among the library's would run as trusted code when imported.
            return len(args) > 2 and _under_lib(args[0]) and _writes(args[1], args[2])
        if event == "os.rename":
            return len(args) > 1 and (_under_lib(args[0]) or _under_lib(args[1]))
        if event in ("compile", "code.__new__"):
            # Only when the program itself asks: importing a module compiles its library file.
            return direct_is_learner and len(args) > 1 and _trusted_name(args[1])
        return False

    def hook(event: str, args) -> None:
        if event not in _WATCHED or state["busy"]:
            return
        state["busy"] = True  # the hook's own _getframe and attribute reads raise events too
        try:
            frame = getframe(1)
            direct = frame.f_code.co_filename
            if direct.startswith(_RUNTIME_FOLDER):
                return
            learner = False
            while frame is not None:
                if is_learner_file(frame.f_code.co_filename):
                    learner = True
                    break
                frame = frame.f_back
            if learner and refused(event, args, is_learner_file(direct)):
                raise RuntimeError(f"{event} is not available to a program in an exercise run")
        finally:
            state["busy"] = False

    sys.addaudithook(hook)
    return restore, probing
