"""The counsellor console: a Sanic app factory (one blueprint per feature)."""
from __future__ import annotations

import itertools
from pathlib import Path
from typing import Optional, Union

from argon2 import PasswordHasher
from sanic import Request, Sanic

from casedata import AuditLog, CaseRepository, UserRepository, engine_for
from common.facts import OpeningHours
from common.settings import Settings
from console.blueprints import admin, audit, auth, conversations, queue
from console.config import ConsoleConfig, resolve
from console.rasa import RasaClient
from console.services import ConsoleService
from console.sessions import SessionStore
from console.web import CSP

STATIC = Path(__file__).resolve().parent / "static"
BLUEPRINTS = (auth.bp, queue.bp, conversations.bp, audit.bp, admin.bp)
_names = itertools.count()


def create_app(config: Union[ConsoleConfig, Settings, None] = None, *,
               hasher: Optional[PasswordHasher] = None, name: Optional[str] = None,
               rasa: Optional[RasaClient] = None) -> Sanic:
    """Build the console app; resources (database, Rasa client) open in listeners.

    `hasher` and `rasa` let tests use a cheaper password hash and a stand-in Rasa.
    """
    console_config = resolve(config)
    app = Sanic(name or f"stod_console_{next(_names)}")
    app.config.KEEP_ALIVE_TIMEOUT = 5
    app.config.GRACEFUL_SHUTDOWN_TIMEOUT = 2
    app.config.REQUEST_MAX_SIZE = 256 * 1024
    app.ctx.config = console_config
    app.ctx.hasher = hasher
    app.ctx.sessions = SessionStore(
        idle_seconds=console_config.idle_minutes * 60,
        max_seconds=console_config.session_max_hours * 3600,
    )
    for blueprint in BLUEPRINTS:
        app.blueprint(blueprint)
    app.static("/static", str(STATIC), name="static")

    @app.listener("before_server_start")
    async def open_resources(app: Sanic, _loop) -> None:
        engine = engine_for(console_config.cases_db_url)
        app.ctx.engine = engine
        app.ctx.cases = CaseRepository(engine)
        app.ctx.users = UserRepository(engine, hasher=app.ctx.hasher)
        app.ctx.audit = AuditLog(engine)
        app.ctx.rasa = rasa or RasaClient(console_config.rasa_url, console_config.rasa_token)
        await app.ctx.rasa.open()
        app.ctx.service = ConsoleService(app.ctx.cases, app.ctx.audit, app.ctx.rasa,
                                         hours=OpeningHours.from_facts())

    @app.listener("after_server_stop")
    async def close_resources(app: Sanic, _loop) -> None:
        await app.ctx.rasa.close()
        app.ctx.engine.dispose()

    @app.on_response
    async def security_headers(request: Request, response) -> None:
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        if not request.path.startswith("/static/"):
            response.headers["Cache-Control"] = "no-store"

    unguarded = [route.path for route in app.router.routes
                 if not route.name.endswith(".static")
                 and not hasattr(route.handler, "stod_roles")]
    if unguarded:  # every route must declare who may use it
        raise RuntimeError(f"console routes without a role check: {unguarded}")
    return app
