"""Login, logout and the landing page."""
from __future__ import annotations

import asyncio
import datetime as dt
import secrets

from sanic import Blueprint, Request, response

from console.sessions import login_form_token, same
from console.web import ANY_ROLE, cookie_name, current_session, public, render, requires, set_cookie

bp = Blueprint("auth")
LOGIN_FAILED = "Fel användarnamn eller lösenord, eller så är kontot tillfälligt låst eller avstängt."
HOME_BY_ROLE = {"counsellor": "/queue", "admin": "/audit", "trainer": "/home"}


def _login_page(request: Request, status: int = 200, message: str = ""):
    name = cookie_name(request, login=True)
    value = request.cookies.get(name)
    if not value or len(value) > 100:
        value = secrets.token_urlsafe(24)
    token = login_form_token(request.app.ctx.config.secret, value)
    page = render(request, "login.html", status=status, csrf=token, message=message)
    set_cookie(request, page, name, value, max_age=3600)
    return page


@bp.get("/login")
@public
async def login_form(request: Request):
    """The login form (with its CSRF token)."""
    request.ctx.session = await current_session(request)
    if request.ctx.session is not None:
        return response.redirect("/", status=303)
    return _login_page(request)


@bp.post("/login")
@public
async def login(request: Request):
    """Check the password; start a session, or count the failure toward the lockout."""
    request.ctx.session = None
    app = request.app
    config = app.ctx.config
    login_cookie = request.cookies.get(cookie_name(request, login=True)) or ""
    sent = (request.form or {}).get("csrf_token", "") if request.form else ""
    if not login_cookie or not same(sent, login_form_token(config.secret, login_cookie)):
        return response.json({"error": "Ogiltig eller saknad CSRF-token."}, status=403)
    username = ((request.form.get("username") or "").strip().lower())[:64]
    password = request.form.get("password") or ""
    result = await asyncio.to_thread(
        app.ctx.users.authenticate, username, password,
        max_failures=config.lockout_attempts,
        lockout=dt.timedelta(minutes=config.lockout_minutes),
    )
    if result.status != "ok":
        known = await asyncio.to_thread(app.ctx.users.get, username) if username else None
        action = "login_locked" if result.status == "locked" else "login_failed"
        await asyncio.to_thread(
            app.ctx.audit.record, known.username if known else None, action,
            detail=result.status if known else "okänt användarnamn",
        )
        return _login_page(request, status=401, message=LOGIN_FAILED)
    user = result.user
    token = app.ctx.sessions.create(user.id, user.username, user.role)
    await asyncio.to_thread(app.ctx.audit.record, user.username, "login")
    resp = response.redirect(HOME_BY_ROLE[user.role], status=303)
    set_cookie(request, resp, cookie_name(request), token)
    set_cookie(request, resp, cookie_name(request, login=True), "", max_age=0)
    return resp


@bp.post("/logout")
@requires(*ANY_ROLE)
async def logout(request: Request):
    """End this session."""
    request.app.ctx.sessions.drop(request.cookies.get(cookie_name(request)))
    await asyncio.to_thread(request.app.ctx.audit.record, request.ctx.session.username, "logout")
    resp = response.redirect("/login", status=303)
    set_cookie(request, resp, cookie_name(request), "", max_age=0)
    return resp


@bp.get("/")
@requires(*ANY_ROLE, page=True)
async def index(request: Request):
    """Each role's start page."""
    return response.redirect(HOME_BY_ROLE[request.ctx.session.role], status=303)


@bp.get("/home")
@requires(*ANY_ROLE, page=True)
async def home(request: Request):
    """A start page with no conversation data (trainers' review comes in a later issue)."""
    return render(request, "home.html")


@bp.get("/health")
@public
async def health(request: Request):
    """Liveness for scripts/run.sh (no data)."""
    return response.json({"status": "ok"})
