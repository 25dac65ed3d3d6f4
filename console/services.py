"""ConsoleService: what the console does (queue, view, take over, talk, hand back, close).

Views stay thin: they check the role and the CSRF token, parse input and call
one method here. Every method that touches a conversation writes the audit log.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional, Tuple

from casedata import AuditLog, Case, CaseRepository, Closure, ClosureError, NotOwnerError
from casedata.models import utcnow
from common.facts import OpeningHours
from console import summary as summaries
from console.rasa import RasaClient, RasaError

MESSAGE_MAX = 2000
TOPIC_TTL_SECONDS = 10.0
KIND_LABELS = {"emergency": "Akut", "report": "Orosanmälan", "handover": "Vill prata"}


class ServiceError(Exception):
    """A refusal with an HTTP status and a message for the counsellor."""

    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadRequest(ServiceError):
    """Invalid input."""

    status = 400


class NotFound(ServiceError):
    """No such case."""

    status = 404


class Conflict(ServiceError):
    """The conversation is not in a state that allows this (taken, handed back, closed)."""

    status = 409


class Unavailable(ServiceError):
    """The Rasa server did not answer."""

    status = 502


@dataclass
class ConversationView:
    """Everything the conversation page shows."""

    case: Case
    cases: List[Case]
    owner: Optional[str]
    transcript: List[Dict[str, Any]]
    summary: Optional[Dict[str, Any]]
    slots: Dict[str, Any]
    error: Optional[str] = None


class ConsoleService:
    """The console's operations over case data, the audit log and the Rasa API."""

    def __init__(self, cases: CaseRepository, audit: AuditLog, rasa: RasaClient,
                 clock: Callable[[], dt.datetime] = utcnow,
                 hours: Optional[OpeningHours] = None) -> None:
        self.cases, self.audit, self.rasa, self.clock = cases, audit, rasa, clock
        self.hours = hours
        self._topics: Dict[str, Tuple[float, List[str]]] = {}

    @staticmethod
    async def _db(function, *args, **kwargs):
        return await asyncio.to_thread(function, *args, **kwargs)

    async def record(self, actor: Optional[str], action: str, **kwargs) -> None:
        """Append to the audit log (off the event loop)."""
        await self._db(self.audit.record, actor, action, **kwargs)

    # ------------------------------------------------------------------ queue

    async def _topics_for(self, conversation_id: str) -> List[str]:
        cached = self._topics.get(conversation_id)
        if cached and cached[0] > time.monotonic():
            return cached[1]
        try:
            topics = summaries.topics_of(await self.rasa.tracker(conversation_id))
        except RasaError:
            topics = cached[1] if cached else []
        self._topics[conversation_id] = (time.monotonic() + TOPIC_TTL_SECONDS, topics)
        return topics

    async def queue(self, username: str) -> Dict[str, Any]:
        """Waiting conversations (emergency, report, handover; longest waiting first) and mine."""
        open_cases = await self._db(self.cases.open_queue)
        by_conversation: Dict[str, List[Case]] = defaultdict(list)
        for case in open_cases:
            by_conversation[case.conversation_id].append(case)
        now = self.clock()
        waiting, mine = [], []
        for conversation_id, cases in by_conversation.items():
            owner = next((c.claimed_by for c in cases if c.claimed_by), None)
            if owner is not None and owner != username:
                continue
            top = min(cases, key=lambda c: (c.priority, c.created_at, c.id))
            since = min(c.created_at for c in cases)
            flags = []
            for case in sorted(cases, key=lambda c: c.priority):
                label = KIND_LABELS[case.kind]
                flags.append(f"{label} ({case.category})" if case.category else label)
            row = {
                "case_id": top.id,
                "kind": top.kind,
                "priority": top.priority,
                "waiting_seconds": max(0, int((now - since).total_seconds())),
                "since": since,
                "age": next((c.age for c in cases if c.age is not None), None),
                "language": top.language,
                "flags": flags,
                "conversation_id": conversation_id,
            }
            (mine if owner == username else waiting).append(row)
        waiting.sort(key=lambda row: (row["priority"], row["since"], row["case_id"]))
        mine.sort(key=lambda row: (row["priority"], row["since"], row["case_id"]))
        rows = waiting + mine
        topics = await asyncio.gather(*(self._topics_for(r["conversation_id"]) for r in rows))
        for row, row_topics in zip(rows, topics):
            row["topics"] = row_topics
        for gone in set(self._topics) - set(by_conversation):
            del self._topics[gone]
        # the browser gets no conversation id: it addresses conversations by case id
        for row in rows:
            del row["conversation_id"], row["since"]
        return {"waiting": waiting, "mine": mine, "open": self.opening()}

    def opening(self) -> Dict[str, Any]:
        """Whether counsellors are on duty now, from facts.yml."""
        if self.hours is None:
            return {"is_open": None, "next": None}
        now = dt.datetime.now(dt.timezone.utc)
        is_open = self.hours.is_open(now)
        upcoming = None if is_open else self.hours.next_opening(now)
        return {"is_open": is_open,
                "next": self.hours.describe(upcoming, "sv") if upcoming else None}

    # ------------------------------------------------------------------ one conversation

    async def case(self, case_id: int) -> Case:
        """The case, or NotFound."""
        if not 0 < case_id < 2**31:
            raise NotFound("Ärendet finns inte.")
        case = await self._db(self.cases.get, case_id)
        if case is None:
            raise NotFound("Ärendet finns inte.")
        return case

    async def view(self, case_id: int, username: str) -> ConversationView:
        """Transcript, safety slots and summary (audited as a transcript view)."""
        case = await self.case(case_id)
        cases = await self._db(self.cases.cases_for, case.conversation_id)
        open_cases = [c for c in cases if c.status != "closed"]
        owner = next((c.claimed_by for c in open_cases if c.claimed_by), None)
        await self.record(username, "view_transcript", conversation_id=case.conversation_id,
                          case_id=case.id)
        try:
            tracker = await self.rasa.tracker(case.conversation_id)
        except RasaError as error:
            return ConversationView(case, cases, owner, [], None, {}, error=str(error))
        return ConversationView(case, cases, owner, summaries.transcript(tracker),
                                summaries.summary(tracker), summaries.safety_slots(tracker))

    async def live_state(self, case: Case) -> Dict[str, Any]:
        """Transcript and state for the live stream (not audited again)."""
        tracker = await self.rasa.tracker(case.conversation_id)
        open_cases = await self._db(self.cases.open_cases_of, case.conversation_id)
        return {
            "transcript": summaries.transcript(tracker),
            "slots": summaries.safety_slots(tracker),
            "owner": next((c.claimed_by for c in open_cases if c.claimed_by), None),
            "open": bool(open_cases),
        }

    async def _owned(self, case_id: int, username: str) -> Tuple[Case, Dict[str, Any]]:
        """The case and its tracker, if `username` owns the conversation; else Conflict."""
        case = await self.case(case_id)
        open_cases = await self._db(self.cases.open_cases_of, case.conversation_id)
        if not open_cases:
            raise Conflict("Ärendet är redan avslutat.")
        owner = next((c.claimed_by for c in open_cases if c.claimed_by), None)
        if owner != username:
            raise Conflict("Ta över samtalet först." if owner is None
                           else f"{owner} har tagit över det här samtalet.")
        try:
            tracker = await self.rasa.tracker(case.conversation_id)
        except RasaError as error:
            raise Unavailable(f"Chattservern svarar inte: {error}") from None
        return case, tracker

    async def takeover(self, case_id: int, username: str) -> None:
        """Claim atomically, then pause the bot and tell the person a counsellor joined."""
        case = await self.case(case_id)
        claim = await self._db(self.cases.claim, case.conversation_id, username)
        if not claim.won:
            await self.record(username, "takeover_refused", conversation_id=case.conversation_id,
                              case_id=case.id, detail=f"held by {claim.holder or 'nobody (closed)'}")
            if claim.holder is None:
                raise Conflict("Ärendet är redan avslutat.")
            raise Conflict(f"{claim.holder} har redan tagit över samtalet.")
        try:
            tracker = await self.rasa.tracker(case.conversation_id)
            if (tracker.get("slots") or {}).get("handover") != "active":
                await self.rasa.set_handover(case.conversation_id, "active")
        except RasaError as error:
            await self._db(self.cases.release, case.conversation_id, username)
            raise Unavailable(f"Chattservern svarar inte, samtalet är tillbaka i kön: {error}") \
                from None
        await self.record(username, "takeover", conversation_id=case.conversation_id,
                          case_id=case.id)

    async def send(self, case_id: int, username: str, text: str) -> None:
        """Send a counsellor message to the person's widget."""
        text = (text or "").strip()
        if not text:
            raise BadRequest("Skriv ett meddelande.")
        if len(text) > MESSAGE_MAX:
            raise BadRequest(f"Meddelandet får vara högst {MESSAGE_MAX} tecken.")
        case, tracker = await self._owned(case_id, username)
        if (tracker.get("slots") or {}).get("handover") != "active":
            raise Conflict("Samtalet är hos chattboten; ta över igen för att skriva.")
        try:
            await self.rasa.send_message(case.conversation_id, text)
        except RasaError as error:
            raise Unavailable(f"Meddelandet kom inte fram: {error}") from None
        await self.record(username, "message_sent", conversation_id=case.conversation_id,
                          case_id=case.id, detail=f"{len(text)} tecken")

    async def typing(self, case_id: int, username: str, value: bool) -> bool:
        """Tell the widget the counsellor is (not) typing; False if it could not be delivered."""
        case, tracker = await self._owned(case_id, username)
        if (tracker.get("slots") or {}).get("handover") != "active":
            raise Conflict("Samtalet är hos chattboten.")
        try:
            await self.rasa.typing(case.conversation_id, value)
        except RasaError:
            return False  # transient and optional: never an error for the counsellor
        return True

    async def hand_back(self, case_id: int, username: str) -> None:
        """Resume the bot with a marker; the conversation stays yours until closed."""
        case, tracker = await self._owned(case_id, username)
        if (tracker.get("slots") or {}).get("handover") != "active":
            raise Conflict("Samtalet är redan hos chattboten.")
        try:
            await self.rasa.set_handover(case.conversation_id, "none")
        except RasaError as error:
            raise Unavailable(f"Chattservern svarar inte: {error}") from None
        await self.record(username, "hand_back", conversation_id=case.conversation_id,
                          case_id=case.id)

    async def release(self, case_id: int, username: str) -> None:
        """Give the conversation back to the queue (the bot resumes if it was paused)."""
        case, tracker = await self._owned(case_id, username)
        if (tracker.get("slots") or {}).get("handover") == "active":
            try:
                await self.rasa.set_handover(case.conversation_id, "none")
            except RasaError as error:
                raise Unavailable(f"Chattservern svarar inte: {error}") from None
        await self._db(self.cases.release, case.conversation_id, username)
        await self.record(username, "release", conversation_id=case.conversation_id,
                          case_id=case.id)

    async def close(self, case_id: int, username: str, closure: Closure) -> None:
        """Close with an outcome (rules checked first), resume the bot, mark the chat closed."""
        case = await self.case(case_id)
        try:
            await self._db(self.cases.check_closure, case.conversation_id, username, closure)
        except NotOwnerError as error:
            raise Conflict(str(error)) from None
        except ClosureError as error:
            raise BadRequest(str(error)) from None
        try:
            await self.rasa.set_handover(case.conversation_id, "closed")
        except RasaError as error:
            raise Unavailable(f"Chattservern svarar inte; ärendet är inte avslutat: {error}") \
                from None
        try:
            closed = await self._db(self.cases.close, case.conversation_id, username, closure)
        except ClosureError as error:
            raise Conflict(str(error)) from None
        await self.record(username, "close", conversation_id=case.conversation_id,
                          case_id=case.id,
                          detail=f"{closure.outcome}; {len(closed)} ärenden"
                          + (f"; orosanmälan {closure.report_decision}"
                             if closure.report_decision else ""))
