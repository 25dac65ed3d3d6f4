"""Server-issued conversation ids and the signed, expiring tokens that bind them to a browser."""
from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import time
from typing import Callable

TOKEN_VERSION = "v1"
MAX_TOKEN_CHARS = 256
_CONVERSATION_ID = re.compile(r"^[A-Za-z0-9_-]{32,128}$")
_SIGNATURE = re.compile(r"^[A-Za-z0-9_-]{43}$")


class TokenError(Exception):
    """A token that does not open a conversation; `code` is `invalid` or `expired`."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def new_conversation_id() -> str:
    """A fresh conversation id: 192 random bits, URL-safe."""
    return secrets.token_urlsafe(24)


class ConversationTokens:
    """Issues and verifies `v1.<conversation id>.<expiry>.<HMAC-SHA256>` tokens."""

    def __init__(self, secret: str, ttl_seconds: int,
                 clock: Callable[[], float] = time.time) -> None:
        if not secret:
            raise ValueError("a token secret is required")
        self._key = secret.encode("utf-8")
        self.ttl_seconds = max(60, int(ttl_seconds))
        self._clock = clock

    def _sign(self, conversation_id: str, expires: int) -> str:
        mac = hmac.new(self._key, f"{TOKEN_VERSION}.{conversation_id}.{expires}".encode(),
                       hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()

    def issue(self, conversation_id: str) -> str:
        """A token for `conversation_id`, valid for the configured time from now."""
        if not _CONVERSATION_ID.match(conversation_id):
            raise ValueError("not a server-issued conversation id")
        expires = int(self._clock()) + self.ttl_seconds
        return f"{TOKEN_VERSION}.{conversation_id}.{expires}.{self._sign(conversation_id, expires)}"

    def verify(self, token: object) -> str:
        """The conversation id a genuine, unexpired token names; TokenError otherwise."""
        if not isinstance(token, str) or not token or len(token) > MAX_TOKEN_CHARS:
            raise TokenError("invalid")
        parts = token.split(".")
        if len(parts) != 4 or parts[0] != TOKEN_VERSION:
            raise TokenError("invalid")
        _, conversation_id, expires_text, signature = parts
        if (not _CONVERSATION_ID.match(conversation_id) or not expires_text.isdigit()
                or len(expires_text) > 12 or not _SIGNATURE.match(signature)):
            raise TokenError("invalid")
        expected = self._sign(conversation_id, int(expires_text))
        if not hmac.compare_digest(expected, signature):
            raise TokenError("invalid")
        if int(expires_text) <= self._clock():
            raise TokenError("expired")
        return conversation_id
