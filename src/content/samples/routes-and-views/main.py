import asyncio

import aiohttp
from aiohttp import web

routes = web.RouteTableDef()
notes: dict[int, str] = {1: "buy milk"}


@routes.get("/notes")
async def list_notes(request: web.Request) -> web.Response:
    return web.json_response({"ids": sorted(notes)})


@routes.view(r"/notes/{id:\d+}")
class NoteView(web.View):
    """One class per resource: aiohttp calls the method named after the HTTP verb."""

    @property
    def note_id(self) -> int:
        return int(self.request.match_info["id"])

    async def get(self) -> web.Response:
        if self.note_id not in notes:
            raise web.HTTPNotFound(text="no such note")
        return web.Response(text=notes[self.note_id])

    async def put(self) -> web.Response:
        notes[self.note_id] = (await self.request.json())["text"]
        return web.Response(status=204)

    async def delete(self) -> web.Response:
        notes.pop(self.note_id, None)
        return web.Response(status=204)


async def describe(response: aiohttp.ClientResponse) -> str:
    if "Allow" in response.headers:
        return f"allowed: {response.headers['Allow']}"
    if response.content_type == "application/json":
        return f"ids={(await response.json())['ids']}"
    return await response.text() or "(no body)"


async def main() -> None:
    app = web.Application()
    app.add_routes(routes)
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        host, port = runner.addresses[0]
        base = f"http://{host}:{port}"
        async with aiohttp.ClientSession() as session:
            calls = [
                ("PUT", "/notes/2", {"text": "call mum"}),
                ("GET", "/notes/2", None),
                ("GET", "/notes", None),
                ("DELETE", "/notes/1", None),
                ("GET", "/notes/1", None),
                ("POST", "/notes/2", None),
            ]
            for method, path, body in calls:
                async with session.request(method, f"{base}{path}", json=body) as response:
                    print(f"{method} {path} -> {response.status} {await describe(response)}")
    finally:
        await runner.cleanup()


asyncio.run(main())
