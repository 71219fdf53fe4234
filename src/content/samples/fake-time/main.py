import asyncio
import time
import unittest
from unittest.mock import AsyncMock, call, patch

async def retry_with_backoff(operation, attempts: int = 4, first_delay: float = 1.0):  # type: ignore[no-untyped-def]
    """The code under test: tries `operation`, waiting 1 s, 2 s, 4 s... between failures."""
    delay = first_delay
    for attempt in range(1, attempts + 1):
        try:
            return await operation()
        except ConnectionError:
            if attempt == attempts:
                raise
            await asyncio.sleep(delay)
            delay *= 2


class BackoffTests(unittest.IsolatedAsyncioTestCase):
    async def test_backs_off_1_then_2_then_4_seconds(self) -> None:
        operation = AsyncMock(side_effect=[ConnectionError(), ConnectionError(), ConnectionError(), "done"])
        # Replace asyncio.sleep for the length of the block: each sleep returns at once, and the
        # mock remembers what it was asked to wait.
        with patch("asyncio.sleep", new_callable=AsyncMock) as sleep:
            self.assertEqual(await retry_with_backoff(operation), "done")
        self.assertEqual(sleep.await_args_list, [call(1.0), call(2.0), call(4.0)])

    async def test_gives_up_after_4_attempts(self) -> None:
        operation = AsyncMock(side_effect=ConnectionError("busy"))
        with patch("asyncio.sleep", new_callable=AsyncMock):
            with self.assertRaisesRegex(ConnectionError, "busy"):
                await retry_with_backoff(operation)
        self.assertEqual(operation.await_count, 4)


class LineReport(unittest.TestResult):
    """One line per test on stdout, and no timings, so every run prints the same report."""

    def addSuccess(self, test: unittest.TestCase) -> None:
        super().addSuccess(test)
        print(f"ok - {name_of(test)}")

    def addFailure(self, test: unittest.TestCase, err) -> None:  # type: ignore[no-untyped-def]
        super().addFailure(test, err)
        print(f"not ok - {name_of(test)}: {err[1]!r}")

    def addError(self, test: unittest.TestCase, err) -> None:  # type: ignore[no-untyped-def]
        super().addError(test, err)
        print(f"not ok - {name_of(test)}: {err[1]!r}")


def name_of(test: unittest.TestCase) -> str:
    return test._testMethodName.removeprefix("test_").replace("_", " ")


def run_tests(case: type[unittest.TestCase]) -> None:
    report = LineReport()
    unittest.defaultTestLoader.loadTestsFromTestCase(case).run(report)
    failed = len(report.failures) + len(report.errors)
    print(f"{report.testsRun - failed} passed, {failed} failed")


start = time.perf_counter()
run_tests(BackoffTests)
real = time.perf_counter() - start
# The real time is a few milliseconds; the margin is for a busy machine.
print(f"14 s of backoff took {'under' if real < 5 else 'over'} 5 s of real time")
