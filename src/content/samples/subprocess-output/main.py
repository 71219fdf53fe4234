import asyncio
import signal
import sys
import time

# The child programs are Python too, so the sample needs nothing but the interpreter running it.
QUICK = "print('hello from the child'); print('bye')"
TICKER = "import time\nfor n in range(1, 6):\n    print(f'tick {n}', flush=True)\n    time.sleep(0.4)"


async def main() -> None:
    # communicate() feeds stdin, reads stdout and stderr to the end, and waits for the exit.
    quick = await asyncio.create_subprocess_exec(sys.executable, "-c", QUICK, stdout=asyncio.subprocess.PIPE)
    output, _ = await asyncio.wait_for(quick.communicate(), timeout=5)
    print(f"all at once: {output.decode().splitlines()}, exit code {quick.returncode}")

    # Lines as they arrive. The child prints a line every 0.4 s, five in all; once the first one
    # is in, the rest get one second.
    ticker = await asyncio.create_subprocess_exec(sys.executable, "-c", TICKER, stdout=asyncio.subprocess.PIPE)
    assert ticker.stdout is not None
    try:
        first = await ticker.stdout.readline()
        start = time.perf_counter()
        print(f"0.0s as it arrived: {first.decode().strip()}")
        async with asyncio.timeout(1.0):
            async for line in ticker.stdout:
                print(f"{time.perf_counter() - start:.1f}s as it arrived: {line.decode().strip()}")
    except TimeoutError:
        print(f"{time.perf_counter() - start:.1f}s deadline passed")
    finally:
        # A cancelled read does not stop the child: kill it, then wait for it, or it lingers.
        if ticker.returncode is None:
            ticker.kill()
        await ticker.wait()
    print(f"{time.perf_counter() - start:.1f}s child ended by {signal.Signals(-ticker.returncode).name}")


asyncio.run(main())
