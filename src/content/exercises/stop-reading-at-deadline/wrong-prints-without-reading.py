# Wrong answer (a forgery): nothing is read at all; the chunk lines are printed outright and a
# one-second sleep comes before the deadline line.
# The check says: There must be exactly 1 request “GET /stream?chunks=10&intervalMs=300”; there were 0.
import asyncio


async def main() -> None:
    for chunk in [1, 2, 3]:
        print(f"chunk {chunk}")
    await asyncio.sleep(1)
    print("deadline passed")


asyncio.run(main())
