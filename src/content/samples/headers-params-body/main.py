import asyncio

import aiohttp

BASE = "http://localhost:8787"


async def main() -> None:
    # Headers given to the session go with every request it sends.
    async with aiohttp.ClientSession(headers={"X-Tutorial": "chapter-5"}) as session:
        # GET: params= builds and encodes the query string.
        params = {"q": "async io", "page": "2"}
        async with session.get(f"{BASE}/echo", params=params) as response:
            echo = await response.json()
        print(f"GET query: q={echo['query']['q']} page={echo['query']['page']}")
        print(f"GET header x-tutorial: {echo['headers']['x-tutorial']}")

        # POST: json= serializes the dict into the body and sets the content type.
        note = {"title": "hello", "tags": ["async", "http"]}
        async with session.post(f"{BASE}/echo", json=note) as response:
            echo = await response.json()
        print(f"POST body: content-type {echo['headers']['content-type']}")
        print(f"POST body: title={echo['json']['title']} tags={','.join(echo['json']['tags'])}")

        # The mistake: params= on a POST puts the data in the URL and leaves the body empty.
        async with session.post(f"{BASE}/echo", params={"title": "hello"}) as response:
            echo = await response.json()
        print(f"POST query by mistake: title={echo['query']['title']}, body {echo['body'] or 'empty'}")


asyncio.run(main())
