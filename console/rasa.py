"""RasaClient: the console's only way to the private Rasa HTTP API (token stays server-side)."""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Dict, List, Optional
from urllib.parse import quote

import aiohttp

logger = logging.getLogger(__name__)
OUTPUT_CHANNEL = "webchat"


class RasaError(RuntimeError):
    """The Rasa server could not be reached or refused the request."""


def counsellor_message(text: str) -> Dict[str, Any]:
    """A bot event the widget shows as a counsellor message (docs/interfaces.md)."""
    return {"event": "bot", "text": text, "data": {"custom": {"stod": {"from": "counsellor"}}}}


def handover_events(state: str) -> List[Dict[str, Any]]:
    """Take over (active), hand back (none) or close (closed), as docs/interfaces.md lists them."""
    pause = {"event": "pause"} if state == "active" else {"event": "resume"}
    return [
        {"event": "slot", "name": "handover", "value": state},
        pause,
        {"event": "bot", "data": {"custom": {"stod": {"handover": state}}}},
    ]


class RasaClient:
    """Reads trackers and appends events; the token goes in the query, never to a browser."""

    def __init__(self, base_url: str, token: str, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._session: Optional[aiohttp.ClientSession] = None

    async def open(self) -> None:
        """Create the HTTP session (in the app's before_server_start listener)."""
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=self._timeout)

    async def close(self) -> None:
        """Close the HTTP session."""
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _url(self, conversation_id: str, tail: str) -> str:
        return f"{self.base_url}/conversations/{quote(conversation_id, safe='')}/{tail}"

    async def _request(self, method: str, url: str, params: Dict[str, str],
                       body: Any = None) -> Any:
        if self._session is None:
            await self.open()
        params = {**params, "token": self._token}
        try:
            async with self._session.request(method, url, params=params, json=body) as response:
                if response.status != 200:
                    # never log the URL: it carries the token
                    raise RasaError(f"Rasa answered {response.status}")
                return await response.json(content_type=None)
        except (aiohttp.ClientError, asyncio.TimeoutError) as error:
            raise RasaError(f"Rasa is unreachable ({type(error).__name__})") from None

    async def tracker(self, conversation_id: str) -> Dict[str, Any]:
        """The whole tracker (every event, across sessions and restarts)."""
        return await self._request("GET", self._url(conversation_id, "tracker"),
                                    {"include_events": "ALL"})

    async def append(self, conversation_id: str, events: List[Dict[str, Any]]) -> Dict[str, Any]:
        """Append events and deliver bot messages to the person's widget."""
        return await self._request(
            "POST", self._url(conversation_id, "tracker/events"),
            {"execute_side_effects": "true", "output_channel": OUTPUT_CHANNEL}, events,
        )

    async def typing(self, conversation_id: str, value: bool) -> None:
        """Show or hide 'counsellor is typing' in the widget (the channel's signal endpoint)."""
        await self._request(
            "POST", f"{self.base_url}/webhooks/{OUTPUT_CHANNEL}/internal/signal", {},
            {"conversation_id": conversation_id, "type": "typing", "value": bool(value)},
        )

    async def send_message(self, conversation_id: str, text: str) -> None:
        """A counsellor message, shown in the widget as from the counsellor."""
        await self.append(conversation_id, [counsellor_message(text)])

    async def set_handover(self, conversation_id: str, state: str) -> None:
        """Pause for a counsellor (active) or resume the bot (none / closed)."""
        await self.append(conversation_id, handover_events(state))
