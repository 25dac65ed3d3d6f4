"""Server-side login sessions with idle timeout, and CSRF tokens.

The browser holds only a random session token (HttpOnly, SameSite=Strict cookie);
the store keeps its SHA-256, the user, the role and the session's CSRF token.
Logins before a session exist are protected by a signed double-submit token.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, Optional

COOKIE = "stod_console"
SECURE_COOKIE = "__Host-stod_console"
LOGIN_COOKIE = "stod_login"
SECURE_LOGIN_COOKIE = "__Host-stod_login"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass
class Session:
    """One logged-in browser."""

    user_id: int
    username: str
    role: str
    csrf: str
    created: float
    last_seen: float
    flash: list = field(default_factory=list)


class SessionStore:
    """In-memory sessions of this console process (a restart logs everyone out)."""

    def __init__(self, idle_seconds: float, max_seconds: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.idle_seconds = idle_seconds
        self.max_seconds = max_seconds
        self.clock = clock
        self._sessions: Dict[str, Session] = {}

    def create(self, user_id: int, username: str, role: str) -> str:
        """A new session; returns the token for the cookie."""
        token = secrets.token_urlsafe(32)
        now = self.clock()
        self._sessions[_digest(token)] = Session(user_id, username, role,
                                                 secrets.token_urlsafe(32), now, now)
        return token

    def get(self, token: Optional[str], touch: bool = True) -> Optional[Session]:
        """The live session for a cookie value (expired ones are dropped)."""
        if not token or len(token) > 100:
            return None
        key = _digest(token)
        session = self._sessions.get(key)
        if session is None:
            return None
        now = self.clock()
        if now - session.last_seen > self.idle_seconds or now - session.created > self.max_seconds:
            del self._sessions[key]
            return None
        if touch:
            session.last_seen = now
        return session

    def drop(self, token: Optional[str]) -> None:
        """Log out one browser."""
        if token:
            self._sessions.pop(_digest(token), None)

    def drop_user(self, user_id: int) -> int:
        """End every session of a user (when disabled)."""
        keys = [key for key, session in self._sessions.items() if session.user_id == user_id]
        for key in keys:
            del self._sessions[key]
        return len(keys)


def login_form_token(secret: str, login_cookie: str) -> str:
    """The CSRF token of the login form, bound to the pre-login cookie."""
    return hmac.new(secret.encode(), b"login:" + login_cookie.encode(), hashlib.sha256).hexdigest()


def same(a: Optional[str], b: Optional[str]) -> bool:
    """Constant-time comparison of two optional strings."""
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))
