"""OnCallNotifier: tells the on-call contact about an emergency through a webhook.

The notification carries no message text: only the case id, its category, the
conversation id and the time, so nothing the person wrote leaves the system.
It is sent in the background with retries; a failure is logged and never
blocks or delays the reply to the person. With no webhook URL configured
(local mode) the notification is written to the log only.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from typing import Any, Awaitable, Callable, Dict, Optional, Set

import aiohttp

from common import settings

logger = logging.getLogger(__name__)

Sender = Callable[[str, bytes, Dict[str, str]], Awaitable[int]]


async def _post(url: str, body: bytes, headers: Dict[str, str]) -> int:
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        async with session.post(url, data=body, headers=headers) as response:
            return response.status


class OnCallNotifier:
    """Sends emergency notifications to a configurable webhook, retried."""

    def __init__(
        self,
        url: str,
        secret: str = "",
        retries: int = 3,
        backoff_seconds: float = 0.5,
        sender: Sender = _post,
    ) -> None:
        self.url = url
        self.secret = secret
        self.retries = retries
        self.backoff_seconds = backoff_seconds
        self._sender = sender
        self._tasks: Set[asyncio.Task] = set()

    @classmethod
    def from_settings(cls) -> "OnCallNotifier":
        """A notifier configured from the environment."""
        config = settings.load()
        return cls(
            config.STOD_ONCALL_WEBHOOK_URL,
            config.STOD_ONCALL_WEBHOOK_SECRET,
            config.oncall_retries,
        )

    def _headers(self, body: bytes) -> Dict[str, str]:
        headers = {"Content-Type": "application/json"}
        if self.secret:
            digest = hmac.new(self.secret.encode(), body, hashlib.sha256).hexdigest()
            headers["X-Stodchatten-Signature"] = f"sha256={digest}"
        return headers

    async def send(self, payload: Dict[str, Any]) -> bool:
        """Deliver one notification, retrying; True when the webhook answered 2xx."""
        if not self.url:
            logger.warning("on-call webhook not configured (local mode): %s", payload)
            return False
        body = json.dumps(payload, sort_keys=True).encode()
        headers = self._headers(body)
        for attempt in range(1, self.retries + 2):
            try:
                status = await self._sender(self.url, body, headers)
                if 200 <= status < 300:
                    return True
                logger.warning("on-call webhook answered %s (attempt %s)", status, attempt)
            except Exception as error:  # network errors, timeouts
                logger.warning("on-call webhook failed (attempt %s): %s", attempt, error)
            if attempt <= self.retries:
                await asyncio.sleep(self.backoff_seconds * 2 ** (attempt - 1))
        logger.error("on-call notification NOT delivered after %s attempts: %s",
                     self.retries + 1, payload)
        return False

    def notify_in_background(self, payload: Dict[str, Any]) -> Optional[asyncio.Task]:
        """Start sending without waiting; never raises."""
        try:
            task = asyncio.get_running_loop().create_task(self.send(payload))
        except Exception:
            logger.exception("could not start the on-call notification")
            return None
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task
