# Wrong answer: a forgery that makes no request at all, and prints the summary the check looks for.
# The check says: The run must make exactly 5 requests; it made 0.
import asyncio


async def main() -> None:
    print("all 5 done")
    print("took 1.0s")


asyncio.run(main())
