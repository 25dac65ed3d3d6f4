"""Per-conversation state kept by the channel: the outbox of unacknowledged messages, offered buttons."""
from __future__ import annotations

import asyncio
import secrets
import time
from collections import OrderedDict, deque
from typing import Any, Deque, Dict, List, Optional, Tuple

from channel.ratelimit import TokenBucket

MAX_OFFERED_PAYLOADS = 100
MAX_CLIENT_IDS = 200


class Conversation:
    """One conversation's outbox (message ids, replay until acknowledged) and offered buttons."""

    def __init__(self, conversation_id: str, outbox_size: int, rate: TokenBucket) -> None:
        self.id = conversation_id
        # a new epoch whenever this state is created (e.g. after a restart): the
        # client then forgets its last message id instead of ignoring new ones
        self.epoch = secrets.token_hex(6)
        self.next_id = 1
        self.outbox: Deque[Dict[str, Any]] = deque(maxlen=max(1, outbox_size))
        self.offered: "OrderedDict[str, None]" = OrderedDict()
        self.client_ids: "OrderedDict[str, None]" = OrderedDict()
        self.lock = asyncio.Lock()
        self.rate = rate
        self.last_used = time.monotonic()

    def add(self, payload: Dict[str, Any]) -> Dict[str, Any]:
        """Give the message the next id and keep it until acknowledged."""
        message = {"id": self.next_id, **payload}
        self.next_id += 1
        self.outbox.append(message)
        for button in payload.get("buttons") or []:
            self.offered[button["payload"]] = None
            self.offered.move_to_end(button["payload"])
        while len(self.offered) > MAX_OFFERED_PAYLOADS:
            self.offered.popitem(last=False)
        self.last_used = time.monotonic()
        return message

    def ack(self, upto: int) -> None:
        """The client has every message up to and including `upto`."""
        while self.outbox and self.outbox[0]["id"] <= upto:
            self.outbox.popleft()

    def pending_after(self, last_id: int) -> Tuple[List[Dict[str, Any]], bool]:
        """Messages after `last_id`, and whether some were dropped from a full outbox."""
        self.ack(last_id)
        pending = list(self.outbox)
        first_kept = pending[0]["id"] if pending else self.next_id
        return pending, first_kept > last_id + 1

    def remember_client_id(self, client_id: str) -> bool:
        """Record a client message id; False if it was seen before (a resend)."""
        if client_id in self.client_ids:
            return False
        self.client_ids[client_id] = None
        while len(self.client_ids) > MAX_CLIENT_IDS:
            self.client_ids.popitem(last=False)
        return True

    def offered_payload(self, payload: str) -> bool:
        """Whether the bot offered this button payload in this conversation."""
        return payload in self.offered


class ConversationRegistry:
    """The conversations this process knows, least recently used evicted past `capacity`."""

    def __init__(self, outbox_size: int, per_minute: float, burst: int,
                 capacity: int = 5000) -> None:
        self.outbox_size, self.per_minute, self.burst = outbox_size, per_minute, burst
        self.capacity = capacity
        self._items: "OrderedDict[str, Conversation]" = OrderedDict()

    def get(self, conversation_id: str) -> Optional[Conversation]:
        """The conversation if known."""
        return self._items.get(conversation_id)

    def get_or_create(self, conversation_id: str) -> Conversation:
        """The conversation's state, created if this process has none."""
        conversation = self._items.get(conversation_id)
        if conversation is None:
            conversation = Conversation(
                conversation_id, self.outbox_size, TokenBucket(self.per_minute, self.burst)
            )
            self._items[conversation_id] = conversation
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)
        self._items.move_to_end(conversation_id)
        return conversation

    def remove(self, conversation_id: str) -> None:
        """Forget the conversation (after it was deleted)."""
        self._items.pop(conversation_id, None)
