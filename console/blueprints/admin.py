"""Account administration for admins: list, disable, enable (create: `python -m console.users`)."""
from __future__ import annotations

import asyncio

from sanic import Blueprint, Request, response

from console.web import ADMIN, done, refused, render, requires, wants_json

bp = Blueprint("admin", url_prefix="/admin")


@bp.get("/users")
@requires(*ADMIN, page=True)
async def users(request: Request):
    """Every account with role and state (never a hash)."""
    accounts = await asyncio.to_thread(request.app.ctx.users.all)
    if wants_json(request):
        return response.json([{"username": u.username, "role": u.role, "disabled": u.disabled}
                              for u in accounts])
    return render(request, "users.html", accounts=accounts)


async def _set(request: Request, username: str, disabled: bool):
    ctx = request.app.ctx
    if disabled and username == request.ctx.session.username:
        return refused(request, "/admin/users", 409, "Du kan inte stänga av ditt eget konto.")
    user = await asyncio.to_thread(ctx.users.get, username)
    if user is None:
        return refused(request, "/admin/users", 404, "Kontot finns inte.")
    await asyncio.to_thread(ctx.users.set_disabled, username, disabled)
    if disabled:
        ctx.sessions.drop_user(user.id)
    await asyncio.to_thread(ctx.audit.record, request.ctx.session.username,
                            "user_disabled" if disabled else "user_enabled",
                            detail=user.username)
    return done(request, "/admin/users",
                f"{user.username} är {'avstängd' if disabled else 'aktiv igen'}.")


@bp.post("/users/<username:str>/disable")
@requires(*ADMIN)
async def disable(request: Request, username: str):
    """Disable an account and end its sessions."""
    return await _set(request, username, True)


@bp.post("/users/<username:str>/enable")
@requires(*ADMIN)
async def enable(request: Request, username: str):
    """Enable an account again."""
    return await _set(request, username, False)
