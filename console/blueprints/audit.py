"""The audit log, for admins: read-only (no route changes it; the database refuses edits)."""
from __future__ import annotations

import asyncio

from sanic import Blueprint, Request, response

from console.web import ADMIN, render, requires, wants_json

bp = Blueprint("audit", url_prefix="/audit")


@bp.get("")
@requires(*ADMIN, page=True)
async def audit_log(request: Request):
    """The newest 500 entries (JSON with Accept: application/json)."""
    entries = await asyncio.to_thread(request.app.ctx.audit.entries, 500)
    if wants_json(request):
        return response.json([
            {"at": e.at.isoformat(timespec="seconds"), "actor": e.actor, "action": e.action,
             "case_id": e.case_id, "detail": e.detail} for e in entries
        ])
    return render(request, "audit.html", entries=entries)
