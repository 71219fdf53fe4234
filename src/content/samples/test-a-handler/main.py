import asyncio
import unittest

from aiohttp import web
from aiohttp.test_utils import AioHTTPTestCase


async def greet(request: web.Request) -> web.Response:
    """The handler under test: GET /greet?name=Ada answers {"greeting": "Hello, Ada!"}."""
    name = request.query.get("name", "").strip()
    if not name:
        return web.json_response({"error": "name is required"}, status=400)
    return web.json_response({"greeting": f"Hello, {name}!"})


def make_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/greet", greet)
    return app


class GreetTests(AioHTTPTestCase):
    # AioHTTPTestCase starts make_app() on a real server (127.0.0.1, a free port) before each
    # test, and gives self.client, a session whose relative URLs go to that server.
    async def get_application(self) -> web.Application:
        return make_app()

    async def asyncSetUp(self) -> None:
        asyncio.get_running_loop().slow_callback_duration = 0.5  # debug mode is on: see chapter text
        await super().asyncSetUp()

    async def test_a_name_gets_a_greeting(self) -> None:
        async with self.client.get("/greet", params={"name": "Ada"}) as response:
            self.assertEqual(response.status, 200)
            self.assertEqual(await response.json(), {"greeting": "Hello, Ada!"})

    async def test_no_name_is_a_400(self) -> None:
        async with self.client.get("/greet") as response:
            self.assertEqual(response.status, 400)
            self.assertEqual((await response.json())["error"], "name is required")

    async def test_post_is_not_allowed(self) -> None:
        # The router answers 405 by itself: only GET was registered for /greet.
        async with self.client.post("/greet", params={"name": "Ada"}) as response:
            self.assertEqual(response.status, 405)


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


run_tests(GreetTests)
