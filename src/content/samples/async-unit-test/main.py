import asyncio
import unittest

import aiohttp

BASE = "http://localhost:8787"


async def fetch_title(session: aiohttp.ClientSession, post_id: int) -> str:
    """The code under test: the title of one post, or LookupError if there is none."""
    async with session.get(f"{BASE}/posts/{post_id}") as response:
        if response.status == 404:
            raise LookupError(f"no post {post_id}")
        response.raise_for_status()
        post = await response.json()
        return post["title"]


class FetchTitleTests(unittest.IsolatedAsyncioTestCase):
    # Each test gets a fresh event loop, in debug mode: a step that holds the loop longer than
    # slow_callback_duration (0.1 s) is logged. Our tests share a busy machine, so allow 0.5 s.
    async def asyncSetUp(self) -> None:
        asyncio.get_running_loop().slow_callback_duration = 0.5
        self.session = aiohttp.ClientSession()

    async def asyncTearDown(self) -> None:
        await self.session.close()

    async def test_a_known_post_gives_its_title(self) -> None:
        self.assertEqual(await fetch_title(self.session, 1), "Post 1: notes on coroutines")

    async def test_a_missing_post_is_an_error(self) -> None:
        with self.assertRaises(LookupError):
            await fetch_title(self.session, 999)

    async def test_three_posts_load_together(self) -> None:
        titles = await asyncio.gather(*(fetch_title(self.session, n) for n in (1, 2, 3)))
        self.assertEqual([title.split(":")[0] for title in titles], ["Post 1", "Post 2", "Post 3"])


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
    # test_a_known_post_gives_its_title -> "a known post gives its title"
    return test._testMethodName.removeprefix("test_").replace("_", " ")


def run_tests(case: type[unittest.TestCase]) -> None:
    report = LineReport()
    unittest.defaultTestLoader.loadTestsFromTestCase(case).run(report)
    failed = len(report.failures) + len(report.errors)
    print(f"{report.testsRun - failed} passed, {failed} failed")


run_tests(FetchTitleTests)
