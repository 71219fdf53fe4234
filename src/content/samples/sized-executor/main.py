import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

start = time.perf_counter()


def elapsed() -> str:
    return f"{time.perf_counter() - start:.1f}s"


def resize(image: int, seconds: float) -> int:
    time.sleep(seconds)  # a blocking library call that holds its thread until it is done
    return image


async def main() -> None:
    loop = asyncio.get_running_loop()
    # Two threads, so at most two blocking calls at once; the others queue inside the pool.
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="resize") as pool:

        async def job(image: int, seconds: float) -> None:
            await loop.run_in_executor(pool, resize, image, seconds)
            print(f"{elapsed()} image {image} resized")

        async with asyncio.TaskGroup() as group:
            for image, seconds in [(1, 0.4), (2, 0.6), (3, 0.4), (4, 0.4)]:
                group.create_task(job(image, seconds))
    print(f"{elapsed()} all four resized, two at a time")


asyncio.run(main())
