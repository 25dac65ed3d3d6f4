"""The live queue: emergency, report of concern, handover; longest waiting first."""
from __future__ import annotations

from sanic import Blueprint, Request, response

from console.web import COUNSELLOR, event_stream, render, requires

bp = Blueprint("queue", url_prefix="/queue")


@bp.get("")
@requires(*COUNSELLOR, page=True)
async def queue_page(request: Request):
    """The queue page (rows arrive over server-sent events; also rendered once here)."""
    queue = await request.app.ctx.service.queue(request.ctx.session.username)
    return render(request, "queue.html", queue=queue)


@bp.get("/data")
@requires(*COUNSELLOR)
async def queue_data(request: Request):
    """The queue as JSON."""
    return response.json(await request.app.ctx.service.queue(request.ctx.session.username))


@bp.get("/stream")
@requires(*COUNSELLOR, passive=True)
async def queue_stream(request: Request):
    """The queue as server-sent events (`queue`), pushed when it changes."""
    username = request.ctx.session.username
    await event_stream(request, lambda: request.app.ctx.service.queue(username), "queue")
