import asyncio

import aiohttp

ECHO = "http://localhost:8787/echo"  # answers with what it received


async def show(label: str, response: aiohttp.ClientResponse) -> dict[str, str]:
    seen = await response.json()
    media_type = seen["headers"]["content-type"].split(";")[0]
    print(f"{label}: sent as {media_type}")
    return seen


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        # A dict as data= is a classic HTML form: fields, url-encoded.
        async with session.post(ECHO, data={"name": "Ada", "lang": "py"}) as response:
            seen = await show("form", response)
        print(f"form: the body is {seen['body']}")

        # A file needs multipart: FormData with a filename and a content type for the part.
        form = aiohttp.FormData()
        form.add_field("name", "Ada")
        form.add_field("notes", b"first line\nsecond line\n", filename="notes.txt", content_type="text/plain")
        async with session.post(ECHO, data=form) as response:
            seen = await show("multipart", response)
        body = seen["body"]
        has_file = 'filename="notes.txt"' in body
        has_content = "first line\nsecond line\n" in body  # the file's bytes, unchanged
        print(f"multipart: the part for notes.txt is there: {'yes' if has_file else 'no'}")
        print(f"multipart: and so is its content: {'yes' if has_content else 'no'}")


asyncio.run(main())
