/**
 * Claims of the chapters that only a real Python run can hold, beyond the samples themselves.
 * Chapter 5: a plain number of seconds works as a timeout on one request, and never on the session
 * (aiohttp 3.8 fails at the first request; newer versions raise ValueError when the session is made).
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { pythonPath, pythonUnavailableReason } from "./python.node.ts";
import { runProcess } from "./run-process.node.ts";
import { usePracticeServer } from "./practice-server.node.ts";

usePracticeServer();
const claimsDirectory = fileURLToPath(new URL("claims/", import.meta.url));
const pythonProblem = pythonUnavailableReason();

if (pythonProblem !== undefined && process.env["CI"] === undefined) {
  console.warn(`Skipping the Python claims: ${pythonProblem}`);
}

interface TimeoutNumberReport {
  aiohttp: string;
  session: string;
  request: string;
}

describe.skipIf(pythonProblem !== undefined && process.env["CI"] === undefined)(
  "what the chapters claim",
  () => {
    it("a plain number as a timeout works on one request, not on the session", async () => {
      if (pythonProblem !== undefined) throw new Error(pythonProblem);
      const result = await runProcess(pythonPath, ["timeout_number.py"], {
        cwd: claimsDirectory,
        timeoutMs: 20_000,
      });
      expect(result.stderr).toBe("");
      const report = JSON.parse(result.stdout) as TimeoutNumberReport;
      expect(report.request).toBe("answered 200");
      const [major, minor] = report.aiohttp.split(".").map(Number);
      if (major === 3 && minor !== undefined && minor <= 8) {
        // The session takes the number without a word; the first request trips over it.
        expect(report.session).toBe("the first request raised AttributeError");
      } else {
        expect(report.session).toMatch(/^creating the session raised ValueError$|^the first request raised /);
      }
    });
  },
);
