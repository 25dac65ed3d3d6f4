"""Shared view helpers: role checks with CSRF, templates with autoescape, SSE, cookies."""
from __future__ import annotations

import asyncio
import json
import time
from functools import wraps
from typing import Any, Awaitable, Callable, Dict, Optional

from jinja2 import Environment, PackageLoader, select_autoescape
from sanic import Request, response
from sanic.response import HTTPResponse

from casedata import ROLES
from console.sessions import (
    COOKIE,
    CSRF_FIELD,
    CSRF_HEADER,
    LOGIN_COOKIE,
    SECURE_COOKIE,
    SECURE_LOGIN_COOKIE,
    Session,
    same,
)

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
COUNSELLOR = ("counsellor",)
ADMIN = ("admin",)
ANY_ROLE = ROLES
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")

templates = Environment(
    loader=PackageLoader("console", "templates"),
    autoescape=select_autoescape(["html"], default_for_string=True, default=True),
)


def cookie_name(request: Request, login: bool = False) -> str:
    """The session (or login-form) cookie name; __Host- prefixed when Secure."""
    secure = request.app.ctx.config.cookie_secure
    if login:
        return SECURE_LOGIN_COOKIE if secure else LOGIN_COOKIE
    return SECURE_COOKIE if secure else COOKIE


def set_cookie(request: Request, resp: HTTPResponse, name: str, value: str,
               max_age: Optional[int] = None) -> None:
    """HttpOnly, SameSite=Strict, Path=/, Secure when configured."""
    resp.cookies[name] = value
    cookie = resp.cookies[name]
    cookie["httponly"] = True
    cookie["samesite"] = "Strict"
    cookie["path"] = "/"
    if request.app.ctx.config.cookie_secure:
        cookie["secure"] = True
    if max_age is not None:
        cookie["max-age"] = max_age


def wants_json(request: Request) -> bool:
    """JSON for fetch/API callers, HTML (redirects) for forms."""
    return "application/json" in (request.headers.get("accept") or "") or (
        request.content_type or "").startswith("application/json")


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTTPResponse:
    """A page from templates/ (autoescaped), with the session and flash messages."""
    session: Optional[Session] = getattr(request.ctx, "session", None)
    flash = []
    if session is not None:
        flash, session.flash = session.flash, []
    body = templates.get_template(name).render(session=session, flash=flash, **context)
    return response.html(body, status=status)


def error(request: Request, status: int, message: str) -> HTTPResponse:
    """An error as JSON or as a page."""
    if wants_json(request) or request.method not in SAFE_METHODS:
        return response.json({"error": message}, status=status)
    return render(request, "error.html", status=status, message=message)


def field(request: Request, name: str, default: str = "") -> str:
    """A form or JSON field as text."""
    if (request.content_type or "").startswith("application/json"):
        body = request.json if isinstance(request.json, dict) else {}
        value = body.get(name, default)
        return value if isinstance(value, str) else str(value) if value is not None else default
    return request.form.get(name, default) if request.form else default


async def current_session(request: Request, touch: bool = True) -> Optional[Session]:
    """The live session of this request; None when absent, expired, or the user was disabled."""
    store = request.app.ctx.sessions
    token = request.cookies.get(cookie_name(request))
    session = store.get(token, touch=touch)
    if session is None:
        return None
    user = await asyncio.to_thread(request.app.ctx.users.get_by_id, session.user_id)
    if user is None or user.disabled or user.role != session.role:
        store.drop(token)
        return None
    return session


def requires(*roles: str, page: bool = False, passive: bool = False):
    """Role check (and CSRF for state changes) for a route; records the roles on the handler.

    page: anonymous GETs are redirected to the login page instead of getting 401.
    passive: the request does not count as activity for the idle timeout (live streams).
    """

    def decorate(handler: Callable[..., Awaitable[HTTPResponse]]):
        @wraps(handler)
        async def guarded(request: Request, *args, **kwargs):
            session = await current_session(request, touch=not passive)
            request.ctx.session = session
            if session is None:
                if page and request.method in SAFE_METHODS and not wants_json(request):
                    return response.redirect("/login", status=303)
                return error(request, 401, "Logga in först.")
            if session.role not in roles:
                return error(request, 403, "Din roll har inte tillgång till det här.")
            if request.method not in SAFE_METHODS:
                sent = request.headers.get(CSRF_HEADER) or field(request, CSRF_FIELD)
                if not same(sent, session.csrf):
                    return error(request, 403, "Ogiltig eller saknad CSRF-token.")
            return await handler(request, *args, **kwargs)

        guarded.stod_roles = tuple(roles)
        return guarded

    return decorate


def public(handler):
    """Mark a route as reachable without login (it checks its own CSRF if it changes state)."""
    handler.stod_roles = ("anonymous",)
    return handler


def done(request: Request, location: str, message: str, status: int = 200) -> HTTPResponse:
    """Success: JSON for fetch, or a flash message and a redirect for forms."""
    if wants_json(request):
        return response.json({"ok": True, "message": message}, status=status)
    request.ctx.session.flash.append(("ok", message))
    return response.redirect(location, status=303)


def refused(request: Request, location: str, status: int, message: str) -> HTTPResponse:
    """Refusal: JSON with the status, or a flash message and a redirect for forms."""
    if wants_json(request):
        return response.json({"error": message}, status=status)
    request.ctx.session.flash.append(("error", message))
    return response.redirect(location, status=303)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str, separators=(",", ":"))


async def event_stream(request: Request, produce: Callable[[], Awaitable[Dict[str, Any]]],
                       event: str) -> None:
    """Server-sent events: `produce()` every poll interval, sent when it changed.

    Ends when the session ends (event `expired`), after the configured maximum
    (the browser reconnects), or when the browser goes away.
    """
    config = request.app.ctx.config
    stream = await request.respond(
        content_type="text/event-stream; charset=utf-8",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )
    await stream.send("retry: 1000\n\n")
    last, last_sent = None, time.monotonic()
    deadline = time.monotonic() + config.stream_max_seconds
    try:
        while time.monotonic() < deadline:
            if request.transport.is_closing():
                return
            if await current_session(request, touch=False) is None:
                await stream.send("event: expired\ndata: {}\n\n")
                break
            try:
                payload = _json(await produce())
            except Exception as exc:  # keep the stream alive; tell the page
                payload = _json({"error": getattr(exc, "message", None) or str(exc)})
            if payload != last:
                await stream.send(f"event: {event}\ndata: {payload}\n\n")
                last, last_sent = payload, time.monotonic()
            elif time.monotonic() - last_sent > 15:
                await stream.send(": keepalive\n\n")
                last_sent = time.monotonic()
            await asyncio.sleep(config.poll_seconds)
    except (ConnectionError, OSError):
        return
    await stream.eof()
