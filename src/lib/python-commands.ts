/**
 * The commands "Run the Python yourself" gives, per system. One source for the page and for the
 * test that follows it: tests/suites/run-python-yourself.test.ts runs the Debian commands exactly
 * as written. A virtual environment's Python is called by its path rather than activated, so the
 * same line works in every shell (bash, zsh, cmd and PowerShell) and in a second terminal.
 */

/** The systems the page has tabs for, in the order shown. */
export const platforms = ["debian", "macos", "windows"] as const;
export type Platform = (typeof platforms)[number];

/** What a learner types at each step. */
export interface PlatformCommands {
  /** Installs aiohttp and prints its version. */
  install: string;
  /** Starts the practice server from the folder holding practice_server.py. */
  server: string;
  /** Runs a sample saved as main.py. */
  sample: string;
}

export const pythonCommands: Record<Platform, PlatformCommands> = {
  // Debian 12 and Ubuntu 24.04 ship Python 3.11+ and aiohttp 3.8+; stock Debian has no `python`.
  debian: {
    install: [
      "sudo apt install python3-aiohttp",
      'python3 -c "import aiohttp; print(aiohttp.__version__)"',
    ].join("\n"),
    server: "python3 practice_server.py",
    sample: "python3 main.py",
  },
  macos: {
    install: [
      "python3 -m venv .venv",
      ".venv/bin/python -m pip install aiohttp",
      '.venv/bin/python -c "import aiohttp; print(aiohttp.__version__)"',
    ].join("\n"),
    server: ".venv/bin/python practice_server.py",
    sample: ".venv/bin/python main.py",
  },
  // `py` is the launcher python.org's installer puts on PATH; `python` may be the Store's stub.
  windows: {
    install: [
      "py -m venv .venv",
      ".venv\\Scripts\\python -m pip install aiohttp",
      '.venv\\Scripts\\python -c "import aiohttp; print(aiohttp.__version__)"',
    ].join("\n"),
    server: ".venv\\Scripts\\python practice_server.py",
    sample: ".venv\\Scripts\\python main.py",
  },
};
