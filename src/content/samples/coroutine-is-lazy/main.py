import asyncio


async def greet(name: str) -> str:
    print(f"greet: first line runs for {name}")
    await asyncio.sleep(0.1)
    print("greet: back after its await")
    return f"hello, {name}"


async def main() -> None:
    print("main: calling greet()")
    # Only builds a coroutine object: not one line of greet has run yet.
    pending = greet("Ada")
    print(f"main: greet() returned a {type(pending).__name__}")
    print("main: now awaiting it")
    result = await pending
    print(f"main: got {result}")


asyncio.run(main())
