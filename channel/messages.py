"""What goes in and out of the widget: user text cleaned, bot events turned into widget messages."""
from __future__ import annotations

import json
import re
import unicodedata
from typing import Any, Dict, List, Optional

HANDOVER_STATES = ("active", "none", "closed")
LANGUAGES = ("sv", "en")
MAX_BUTTON_PAYLOAD_CHARS = 512
MAX_CLIENT_ID_CHARS = 64
# Leading whitespace and slashes: a person cannot type `/restart` or an intent.
_LEADING_SLASHES = re.compile(r"^[\s/]+")
_KEEP_CONTROLS = {"\n", "\t"}


class InputError(Exception):
    """A payload the channel refuses; `code` names the reason for the widget."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code
        self.detail = detail or code


def clean_user_text(raw: Any, max_chars: int) -> str:
    """Typed text as Rasa should see it: normalised, no control characters, no leading slash."""
    if not isinstance(raw, str):
        raise InputError("malformed", "text must be a string")
    if len(raw) > max_chars:
        raise InputError("too_long", f"at most {max_chars} characters per message")
    text = unicodedata.normalize("NFC", raw).replace("\u2028", "\n").replace("\u2029", "\n")
    text = "".join(
        ch for ch in text if ch in _KEEP_CONTROLS or unicodedata.category(ch) != "Cc"
    )
    text = _LEADING_SLASHES.sub("", text).strip()
    if not text:
        raise InputError("empty", "the message is empty")
    return text


def set_language_message(language: Any) -> str:
    """The one slash message for the widget's language switch."""
    if language not in LANGUAGES:
        raise InputError("malformed", "language must be sv or en")
    return "/set_language" + json.dumps({"language": language}, separators=(",", ":"))


def client_message_id(data: Dict[str, Any]) -> Optional[str]:
    """The client's own id for a message (for resends after a reconnect), if valid."""
    value = data.get("client_id")
    if value is None:
        return None
    if not isinstance(value, str) or not value or len(value) > MAX_CLIENT_ID_CHARS:
        raise InputError("malformed", "client_id must be a short string")
    return value


def buttons_of(message: Dict[str, Any]) -> List[Dict[str, str]]:
    """The bot's buttons as {title, payload} pairs."""
    raw = message.get("buttons") or message.get("quick_replies") or []
    buttons = []
    for button in raw if isinstance(raw, list) else []:
        if isinstance(button, dict) and button.get("payload"):
            buttons.append({"title": str(button.get("title") or button["payload"]),
                            "payload": str(button["payload"])})
    return buttons


def widget_message(message: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    """A Rasa bot message as the widget shows it, or None if there is nothing to show."""
    custom = message.get("custom")
    stod = custom.get("stod") if isinstance(custom, dict) else None
    stod = stod if isinstance(stod, dict) else {}
    text = message.get("text")
    text = text if isinstance(text, str) else ""
    if stod.get("handover") in HANDOVER_STATES:
        return {"kind": "handover", "handover": stod["handover"], "text": text}
    buttons = buttons_of(message)
    if not text and not buttons:
        return None
    kind = "counsellor" if stod.get("from") == "counsellor" else "bot"
    return {"kind": kind, "text": text, "buttons": [] if kind == "counsellor" else buttons}
