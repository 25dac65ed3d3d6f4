"""The `webchat` Rasa input channel: the web widget's socket.io v4 endpoint and its pages.

Security model (see README, "Web chat widget"):
- the server issues every conversation id (192 random bits) and binds it to the browser with a
  signed, expiring token; ids a client sends are ignored; a bad token gets an error event and a
  fresh conversation;
- typed text loses its leading slashes; the only slash messages forwarded are buttons the bot
  offered in this conversation, the channel's own `/session_start` and the language switch;
- every bot message gets a per-conversation id and stays in a bounded outbox until the browser
  acknowledges it, so a reconnecting browser gets what it missed exactly once.
"""
from __future__ import annotations

import asyncio
import hmac
import html
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, Optional, Text, Tuple
from urllib.parse import urlsplit

import socketio
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.shared.core.events import BotUttered
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channel.conversations import Conversation, ConversationRegistry
from channel.deletion import delete_tracker, open_keeping_case
from channel.messages import (
    InputError,
    client_message_id,
    clean_user_text,
    set_language_message,
    widget_message,
)
from channel.ratelimit import TokenBucket
from channel.tokens import ConversationTokens, TokenError, new_conversation_id
from common import settings as settings_module

logger = logging.getLogger(__name__)

CHANNEL_NAME = "webchat"
URL_PREFIX = "/webhooks/webchat"
SOCKETIO_PATH = f"{URL_PREFIX}/socket.io"
WIDGET_DIR = Path(__file__).resolve().parent.parent / "widget"
SOCKETIO_CLIENT = WIDGET_DIR / "node_modules" / "socket.io-client" / "dist" / "socket.io.min.js"
CONFIG_MARKER = "/*STOD_CONFIG*/null"
# engine.io drops a connection whose packet is larger than this; below it, the
# channel answers an over-long message with a clear `too_long` error
MAX_PACKET_BYTES = 64 * 1024
SESSION_START = "/session_start"

COMMON_HEADERS = {
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
PAGE_HEADERS = {
    **COMMON_HEADERS,
    "Content-Security-Policy": PAGE_CSP,
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}
NEUTRAL_ICON = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">'
    '<circle cx="8" cy="8" r="7" fill="#8a8f98"/></svg>'
)


def _int(value: str, default: int, low: int, high: int) -> int:
    try:
        return max(low, min(high, int(value)))
    except (TypeError, ValueError):
        return default


@dataclass(frozen=True)
class WidgetConfig:
    """The channel's configuration, read from common/settings.py."""

    secret: str
    token_ttl_seconds: int
    allowed_origins: Tuple[str, ...]
    exit_url: str
    title: str
    icon_url: str
    link_domains: Tuple[str, ...]
    token_storage: str
    language: str
    max_message_chars: int
    rate_per_minute: int
    rate_burst: int
    outbox_size: int
    rasa_token: str
    cases_db_url: str
    redis_url: Optional[str]

    @classmethod
    def from_settings(cls, s: Optional[settings_module.Settings] = None) -> "WidgetConfig":
        """The configuration from the environment."""
        s = s or settings_module.load()
        origins = tuple(
            o.strip().rstrip("/") for o in s.STOD_WIDGET_ALLOWED_ORIGINS.split(",") if o.strip()
        )
        domains = tuple(
            d.strip().lower().lstrip(".") for d in s.STOD_WIDGET_LINK_DOMAINS.split(",")
            if d.strip()
        )
        redis_url = None
        if s.STOD_LOCK_STORE_TYPE == "redis":
            redis_url = f"redis://{s.STOD_REDIS_HOST}:{s.STOD_REDIS_PORT}/0"
        return cls(
            secret=s.STOD_WIDGET_SECRET,
            token_ttl_seconds=60 * _int(s.STOD_WIDGET_TOKEN_TTL_MINUTES, 240, 1, 7 * 24 * 60),
            allowed_origins=origins,
            exit_url=s.STOD_WIDGET_EXIT_URL,
            title=s.STOD_WIDGET_TITLE,
            icon_url=s.STOD_WIDGET_ICON_URL,
            link_domains=domains,
            token_storage="memory" if s.STOD_WIDGET_TOKEN_STORAGE == "memory" else "session",
            language="en" if s.STOD_WIDGET_LANGUAGE == "en" else "sv",
            max_message_chars=_int(s.STOD_WIDGET_MAX_MESSAGE_CHARS, 4000, 1, 10000),
            rate_per_minute=_int(s.STOD_WIDGET_RATE_PER_MINUTE, 30, 1, 6000),
            rate_burst=_int(s.STOD_WIDGET_RATE_BURST, 10, 1, 1000),
            outbox_size=_int(s.STOD_WIDGET_OUTBOX_SIZE, 200, 1, 10000),
            rasa_token=s.STOD_RASA_TOKEN,
            cases_db_url=s.STOD_CASES_DB_URL,
            redis_url=redis_url,
        )

    def public(self) -> Dict[str, Any]:
        """What the browser may know (no secrets)."""
        return {
            "exitUrl": self.exit_url,
            "title": self.title,
            "linkDomains": list(self.link_domains),
            "tokenStorage": self.token_storage,
            "language": self.language,
            "maxChars": self.max_message_chars,
            "socketPath": SOCKETIO_PATH,
        }


def room_of(conversation_id: str) -> str:
    """The socket.io room of a conversation."""
    return f"conversation:{conversation_id}"


class SocketState:
    """What the channel knows about one connected socket."""

    def __init__(self, rate: TokenBucket) -> None:
        self.conversation_id: Optional[str] = None
        self.rate = rate


class WebchatBlueprint(Blueprint):
    """A blueprint that also attaches the socket.io server to the Rasa app."""

    def __init__(self, channel: "WebchatInput", *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.ctx.channel = channel

    def register(self, app: Sanic, options: Dict[Text, Any]) -> None:
        """Attach socket.io at SOCKETIO_PATH and remember the app (for agent access)."""
        channel = self.ctx.channel
        channel.app = app
        channel.sio.attach(app, SOCKETIO_PATH)
        super().register(app, options)


class WebchatOutput(OutputChannel):
    """Bot, counsellor and handover messages to a conversation's room, kept until acknowledged."""

    def __init__(self, channel: "WebchatInput") -> None:
        self.channel = channel

    @classmethod
    def name(cls) -> Text:
        return CHANNEL_NAME

    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        """One Rasa bot message becomes (at most) one widget message."""
        payload = widget_message(message)
        if payload is not None:
            await self.channel.deliver(recipient_id, payload)

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        """Plain text (used by Rasa only through send_response here)."""
        await self.channel.deliver(recipient_id, {"kind": "bot", "text": text, "buttons": []})


class WebchatInput(InputChannel):
    """socket.io v4 channel with server-issued conversation ids and signed tokens."""

    @classmethod
    def name(cls) -> Text:
        return CHANNEL_NAME

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        """Configuration comes from the environment (common/settings.py), not credentials.yml."""
        return cls(WidgetConfig.from_settings())

    def __init__(self, config: Optional[WidgetConfig] = None) -> None:
        self.config = config or WidgetConfig.from_settings()
        self.tokens = ConversationTokens(self.config.secret, self.config.token_ttl_seconds)
        self.registry = ConversationRegistry(
            self.config.outbox_size, self.config.rate_per_minute, self.config.rate_burst
        )
        self.sockets: Dict[str, SocketState] = {}
        self.sio: Optional[socketio.AsyncServer] = None
        self.app: Optional[Sanic] = None
        self._on_new_message: Optional[Callable[[UserMessage], Awaitable[Any]]] = None
        self._cases = None

    def url_prefix(self) -> Text:
        return CHANNEL_NAME

    def get_output_channel(self) -> Optional[OutputChannel]:
        """Output for messages that do not come from the person (console, HTTP API)."""
        return WebchatOutput(self) if self.sio is not None else None

    # ---- origins -------------------------------------------------------------------------

    def origin_allowed(self, origin: Optional[str], environ: Optional[Dict[str, Any]] = None) -> bool:
        """The page's own origin, and the configured sites, may open a socket."""
        if not origin:
            return True  # not a browser: the origin check protects browsers only
        origin = origin.rstrip("/")
        if origin in self.config.allowed_origins:
            return True
        environ = environ or {}
        hosts = {environ.get("HTTP_HOST", "")}
        forwarded = environ.get("HTTP_X_FORWARDED_HOST")
        if forwarded:
            hosts.add(forwarded.split(",")[0].strip())
        return bool(urlsplit(origin).netloc) and urlsplit(origin).netloc in hosts

    # ---- outbound ------------------------------------------------------------------------

    async def deliver(self, conversation_id: str, payload: Dict[str, Any]) -> Dict[str, Any]:
        """Number the message, keep it in the outbox and emit it to the conversation's room."""
        conversation = self.registry.get_or_create(conversation_id)
        async with conversation.lock:
            message = conversation.add(payload)
            await self.sio.emit("bot_uttered", message, room=room_of(conversation_id))
        return message

    async def _error(self, sid: str, code: str, detail: str = "", **extra: Any) -> None:
        await self.sio.emit("error_event", {"code": code, "message": detail or code, **extra},
                            to=sid)

    # ---- sessions ------------------------------------------------------------------------

    async def _bind(self, sid: str, state: SocketState, conversation_id: str,
                    resumed: bool, last_id: int, epoch: Optional[str]) -> Conversation:
        """Join the conversation's room, confirm the session and replay what was missed."""
        if state.conversation_id and state.conversation_id != conversation_id:
            await self.sio.leave_room(sid, room_of(state.conversation_id))
        conversation = self.registry.get_or_create(conversation_id)
        async with conversation.lock:
            await self.sio.enter_room(sid, room_of(conversation_id))  # awaited (rasa#13027)
            state.conversation_id = conversation_id
            if not resumed or epoch != conversation.epoch:
                last_id = 0
            pending, gap = conversation.pending_after(last_id) if resumed else ([], False)
            await self.sio.emit("session_confirm", {
                "token": self.tokens.issue(conversation_id),
                "resumed": resumed,
                "epoch": conversation.epoch,
                "gap": gap,
            }, to=sid)
            for message in pending:
                await self.sio.emit("bot_uttered", message, to=sid)
        return conversation

    async def _start_fresh(self, sid: str, state: SocketState) -> None:
        conversation_id = new_conversation_id()
        await self._bind(sid, state, conversation_id, resumed=False, last_id=0, epoch=None)
        await self._to_rasa(conversation_id, SESSION_START)

    async def _to_rasa(self, conversation_id: str, text: str) -> None:
        room = room_of(conversation_id)
        await self.sio.emit("typing", {"from": "bot", "value": True}, room=room)
        try:
            await self._on_new_message(UserMessage(
                text, WebchatOutput(self), conversation_id, input_channel=CHANNEL_NAME,
            ))
        finally:
            await self.sio.emit("typing", {"from": "bot", "value": False}, room=room)

    # ---- handlers ------------------------------------------------------------------------

    async def on_connect(self, sid: str, environ: Dict[str, Any], auth: Any = None) -> bool:
        """Accept the socket; the conversation is chosen by `session_request`."""
        self.sockets[sid] = SocketState(TokenBucket(self.config.rate_per_minute,
                                                    self.config.rate_burst))
        return True

    async def on_disconnect(self, sid: str, *reason: Any) -> None:
        """Forget the socket (the conversation and its outbox stay)."""
        self.sockets.pop(sid, None)

    def _limited(self, state: SocketState, conversation: Optional[Conversation]) -> bool:
        allowed = state.rate.allow()
        if conversation is not None:
            allowed = conversation.rate.allow() and allowed
        return not allowed

    async def on_session_request(self, sid: str, data: Any = None) -> None:
        """Resume the conversation a genuine token names, or start a fresh one."""
        state = self.sockets.get(sid)
        if state is None:
            return
        if self._limited(state, None):
            await self._error(sid, "rate_limited", "too many requests",
                              retry_after=state.rate.retry_after())
            return
        if data is None:
            data = {}
        if not isinstance(data, dict):
            await self._error(sid, "malformed", "session_request must be an object")
            data = {}
        token = data.get("token")
        if token is None:
            await self._start_fresh(sid, state)
            return
        try:
            conversation_id = self.tokens.verify(token)
        except TokenError as error:
            await self._error(sid, f"session_{error.code}",
                              "the earlier conversation could not be opened; a new one starts")
            await self._start_fresh(sid, state)
            return
        last_id = data.get("last_id")
        last_id = last_id if isinstance(last_id, int) and last_id >= 0 else 0
        epoch = data.get("epoch") if isinstance(data.get("epoch"), str) else None
        await self._bind(sid, state, conversation_id, True, last_id, epoch)

    async def _conversation_of(self, sid: str) -> Tuple[Optional[SocketState], Optional[Conversation]]:
        state = self.sockets.get(sid)
        if state is None:
            return None, None
        if state.conversation_id is None:
            await self._error(sid, "no_session", "send session_request first")
            return state, None
        return state, self.registry.get_or_create(state.conversation_id)

    async def on_user_message(self, sid: str, data: Any = None) -> Dict[str, Any]:
        """Typed text or a button; the socket.io acknowledgement says whether it was taken."""
        state, conversation = await self._conversation_of(sid)
        if conversation is None:
            return {"ok": False, "error": "no_session"}
        if self._limited(state, conversation):
            retry = max(state.rate.retry_after(), conversation.rate.retry_after())
            await self._error(sid, "rate_limited", "too many messages; wait a moment",
                              retry_after=retry)
            return {"ok": False, "error": "rate_limited", "retry_after": retry}
        try:
            if not isinstance(data, dict):
                raise InputError("malformed", "a message must be an object")
            client_id = client_message_id(data)
            if "payload" in data:
                text = await self._button_payload(conversation, data.get("payload"))
            else:
                text = clean_user_text(data.get("text"), self.config.max_message_chars)
        except InputError as error:
            await self._error(sid, error.code, error.detail,
                              client_id=data.get("client_id") if isinstance(data, dict) else None)
            return {"ok": False, "error": error.code}
        if client_id is not None and not conversation.remember_client_id(client_id):
            return {"ok": True, "duplicate": True}
        try:
            await self._to_rasa(conversation.id, text)
        except Exception:  # never leave the person without an answer
            logger.exception("webchat: handling a message failed")
            await self._error(sid, "unavailable", "the assistant could not answer; try again")
            return {"ok": False, "error": "unavailable"}
        return {"ok": True}

    async def _button_payload(self, conversation: Conversation, payload: Any) -> str:
        """The payload of a button the bot itself offered in this conversation."""
        if not isinstance(payload, str) or not payload or len(payload) > 512:
            raise InputError("malformed", "payload must be a short string")
        if conversation.offered_payload(payload) or await self._offered_in_tracker(
                conversation.id, payload):
            return payload
        raise InputError("unknown_button", "that button was not offered in this conversation")

    async def _offered_in_tracker(self, conversation_id: str, payload: str) -> bool:
        """Whether a stored bot message of the conversation offered the payload (after a restart)."""
        agent = getattr(getattr(self.app, "ctx", None), "agent", None)
        if agent is None or agent.tracker_store is None:
            return False
        tracker = await agent.tracker_store.retrieve_full_tracker(conversation_id)
        if tracker is None:
            return False
        for event in tracker.events:
            if not isinstance(event, BotUttered):
                continue
            for button in (event.data or {}).get("buttons") or []:
                if isinstance(button, dict) and button.get("payload") == payload:
                    return True
        return False

    async def on_set_language(self, sid: str, data: Any = None) -> Dict[str, Any]:
        """The widget's language switch: `/set_language{"language": …}` to Rasa."""
        state, conversation = await self._conversation_of(sid)
        if conversation is None:
            return {"ok": False, "error": "no_session"}
        if self._limited(state, conversation):
            await self._error(sid, "rate_limited", "too many messages; wait a moment",
                              retry_after=state.rate.retry_after())
            return {"ok": False, "error": "rate_limited"}
        try:
            if not isinstance(data, dict):
                raise InputError("malformed", "set_language needs an object")
            text = set_language_message(data.get("language"))
        except InputError as error:
            await self._error(sid, error.code, error.detail)
            return {"ok": False, "error": error.code}
        await self._to_rasa(conversation.id, text)
        return {"ok": True}

    async def on_ack(self, sid: str, data: Any = None) -> None:
        """The browser has every message up to `id`."""
        state = self.sockets.get(sid)
        if state is None or state.conversation_id is None:
            return
        upto = data.get("id") if isinstance(data, dict) else None
        conversation = self.registry.get(state.conversation_id)
        if isinstance(upto, int) and conversation is not None:
            conversation.ack(upto)

    async def on_delete_conversation(self, sid: str, data: Any = None) -> Dict[str, Any]:
        """Delete the transcript, unless an open emergency or report case keeps it."""
        state, conversation = await self._conversation_of(sid)
        if conversation is None:
            return {"ok": False, "error": "no_session"}
        if self._limited(state, conversation):
            await self._error(sid, "rate_limited", "too many requests")
            return {"ok": False, "error": "rate_limited"}
        conversation_id = conversation.id
        try:
            keeping = await asyncio.to_thread(open_keeping_case, self._case_repository(),
                                              conversation_id)
        except Exception:  # the case database is down: never delete blindly
            logger.exception("webchat: open-case check failed; nothing deleted")
            await self._error(sid, "delete_failed", "the conversation could not be deleted now")
            return {"ok": False, "error": "delete_failed"}
        if keeping:
            result = {"status": "kept", "reason": keeping}
            await self.sio.emit("delete_result", result, to=sid)
            return {"ok": True, **result}
        agent = self.app.ctx.agent
        try:
            async with agent.lock_store.lock(conversation_id):
                removed = delete_tracker(agent.tracker_store, conversation_id)
        except Exception as error:  # DeletionUnsupported, database errors, lock timeouts
            logger.exception("webchat: deleting a conversation failed (%s)",
                             type(error).__name__)
            await self._error(sid, "delete_failed", "the conversation could not be deleted now")
            return {"ok": False, "error": "delete_failed"}
        logger.info("webchat: a conversation was deleted at the person's request (%d events)",
                    removed)
        self.registry.remove(conversation_id)
        room = room_of(conversation_id)
        await self.sio.emit("delete_result", {"status": "deleted"}, room=room)
        for other_sid, other in list(self.sockets.items()):
            if other.conversation_id == conversation_id:
                await self.sio.leave_room(other_sid, room)
                other.conversation_id = None
                await self._start_fresh(other_sid, other)
        return {"ok": True, "status": "deleted"}

    def _case_repository(self):
        if self._cases is None:
            from casedata import CaseRepository

            self._cases = CaseRepository.from_url(self.config.cases_db_url)
        return self._cases

    # ---- HTTP ----------------------------------------------------------------------------

    async def signal(self, request: Request) -> HTTPResponse:
        """Internal: a counsellor's typing indicator (or a forced reconnect) for a conversation."""
        token = request.args.get("token")
        if not token:
            return response.json({"error": "token required"}, status=401)
        if not hmac.compare_digest(token.encode(), self.config.rasa_token.encode()):
            return response.json({"error": "wrong token"}, status=403)
        body = request.json if request.body else None
        if not isinstance(body, dict) or not isinstance(body.get("conversation_id"), str):
            return response.json({"error": "conversation_id required"}, status=400)
        conversation_id, kind = body["conversation_id"], body.get("type")
        room = room_of(conversation_id)
        local = [sid for sid, s in self.sockets.items() if s.conversation_id == conversation_id]
        if kind == "typing" and isinstance(body.get("value"), bool):
            await self.sio.emit("typing", {"from": "counsellor", "value": body["value"]},
                                room=room)
            return response.json({"ok": True, "connected": len(local)})
        if kind == "disconnect":
            for sid in local:
                await self.sio.disconnect(sid)
            return response.json({"ok": True, "disconnected": len(local)})
        return response.json({"error": "type must be typing (value true|false) or disconnect"},
                             status=400)

    def page(self) -> HTTPResponse:
        """The standalone chat page."""
        template = (WIDGET_DIR / "index.html").read_text(encoding="utf-8")
        icon = self.config.icon_url or f"{URL_PREFIX}/icon.svg"
        body = (template
                .replace("{{title}}", html.escape(self.config.title))
                .replace("{{icon}}", html.escape(icon, quote=True))
                .replace("{{lang}}", self.config.language))
        return response.html(body, headers=PAGE_HEADERS)

    def widget_js(self) -> HTTPResponse:
        """widget.js with the public configuration filled in."""
        source = (WIDGET_DIR / "widget.js").read_text(encoding="utf-8")
        config = json.dumps(self.config.public()).replace("<", "\\u003c")
        return response.text(source.replace(CONFIG_MARKER, config, 1),
                             content_type="text/javascript; charset=utf-8",
                             headers=COMMON_HEADERS)

    @staticmethod
    def static(name: str, content_type: str) -> HTTPResponse:
        """A file of widget/ as it is."""
        return response.raw((WIDGET_DIR / name).read_bytes(), content_type=content_type,
                            headers=COMMON_HEADERS)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """The socket.io server and the widget's HTTP routes under /webhooks/webchat/."""
        self._on_new_message = on_new_message
        client_manager = None
        if self.config.redis_url:
            client_manager = socketio.AsyncRedisManager(
                self.config.redis_url, channel="stodchatten-webchat"
            )
        self.sio = socketio.AsyncServer(
            async_mode="sanic",
            cors_allowed_origins=self.origin_allowed,
            cors_credentials=False,
            max_http_buffer_size=MAX_PACKET_BYTES,
            client_manager=client_manager,
            logger=False,
            engineio_logger=False,
        )
        for event, handler in (
            ("connect", self.on_connect),
            ("disconnect", self.on_disconnect),
            ("session_request", self.on_session_request),
            ("user_message", self.on_user_message),
            ("set_language", self.on_set_language),
            ("ack", self.on_ack),
            ("delete_conversation", self.on_delete_conversation),
        ):
            self.sio.on(event, handler)

        blueprint = WebchatBlueprint(self, "webchat_webhook", __name__)

        @blueprint.route("/", methods=["GET"])
        async def index(_: Request) -> HTTPResponse:
            return self.page()

        @blueprint.route("/widget.js", methods=["GET"])
        async def script(_: Request) -> HTTPResponse:
            return self.widget_js()

        @blueprint.route("/widget.css", methods=["GET"])
        async def stylesheet(_: Request) -> HTTPResponse:
            return self.static("widget.css", "text/css; charset=utf-8")

        @blueprint.route("/icon.svg", methods=["GET"])
        async def icon(_: Request) -> HTTPResponse:
            return response.raw(NEUTRAL_ICON.encode(), content_type="image/svg+xml",
                                headers=COMMON_HEADERS)

        @blueprint.route("/vendor/socket.io.min.js", methods=["GET"])
        async def socketio_client(_: Request) -> HTTPResponse:
            if not SOCKETIO_CLIENT.exists():
                return response.text("socket.io-client missing: run scripts/setup.sh (npm ci)",
                                     status=503, headers=COMMON_HEADERS)
            return response.raw(SOCKETIO_CLIENT.read_bytes(),
                                content_type="text/javascript; charset=utf-8",
                                headers=COMMON_HEADERS)

        @blueprint.route("/internal/signal", methods=["POST"])
        async def signal(request: Request) -> HTTPResponse:
            return await self.signal(request)

        return blueprint
