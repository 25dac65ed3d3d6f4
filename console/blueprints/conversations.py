"""One conversation: transcript, summary, take over, messages, hand back, close."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from sanic import Blueprint, Request, response

from casedata import OUTCOMES, Closure
from console.services import ServiceError
from console.web import COUNSELLOR, done, error, event_stream, field, refused, render, requires

bp = Blueprint("conversations", url_prefix="/cases")
OUTCOME_LABELS = {
    "advice_given": "Råd gavs",
    "referred_social_services": "Hänvisad till socialtjänsten",
    "report_made": "Orosanmälan gjord",
    "police_alerted": "Polisen larmad",
    "no_action": "Ingen åtgärd",
}
assert set(OUTCOME_LABELS) == set(OUTCOMES)


def _page(case_id: int) -> str:
    return f"/cases/{case_id}"


@bp.get("/<case_id:int>")
@requires(*COUNSELLOR, page=True)
async def conversation_page(request: Request, case_id: int):
    """Transcript, safety slots and the warm-handover summary (audited)."""
    try:
        view = await request.app.ctx.service.view(case_id, request.ctx.session.username)
    except ServiceError as exc:
        return error(request, exc.status, exc.message)
    return render(request, "conversation.html", view=view, outcomes=OUTCOME_LABELS,
                  me=request.ctx.session.username)


@bp.get("/<case_id:int>/data")
@requires(*COUNSELLOR)
async def conversation_data(request: Request, case_id: int):
    """The same as JSON (audited as a transcript view)."""
    try:
        view = await request.app.ctx.service.view(case_id, request.ctx.session.username)
    except ServiceError as exc:
        return error(request, exc.status, exc.message)
    return response.json({
        "case_id": view.case.id, "owner": view.owner, "transcript": view.transcript,
        "summary": view.summary, "slots": view.slots, "error": view.error,
        "cases": [{"kind": c.kind, "status": c.status, "outcome": c.outcome} for c in view.cases],
    }, default=str)


@bp.get("/<case_id:int>/stream")
@requires(*COUNSELLOR, passive=True)
async def conversation_stream(request: Request, case_id: int):
    """Live transcript and state as server-sent events (`conversation`)."""
    service = request.app.ctx.service
    try:
        case = await service.case(case_id)
    except ServiceError as exc:
        return error(request, exc.status, exc.message)
    await event_stream(request, lambda: service.live_state(case), "conversation")


async def _act(request: Request, case_id: int, action, message: str):
    try:
        await action()
    except ServiceError as exc:
        return refused(request, _page(case_id), exc.status, exc.message)
    return done(request, _page(case_id), message)


@bp.post("/<case_id:int>/takeover")
@requires(*COUNSELLOR)
async def takeover(request: Request, case_id: int):
    """Claim the conversation (one counsellor wins) and pause the bot."""
    service, user = request.app.ctx.service, request.ctx.session.username
    return await _act(request, case_id, lambda: service.takeover(case_id, user),
                      "Du har tagit över samtalet. Chattboten är pausad.")


@bp.post("/<case_id:int>/messages")
@requires(*COUNSELLOR)
async def send_message(request: Request, case_id: int):
    """Send a message to the person."""
    service, user = request.app.ctx.service, request.ctx.session.username
    text = field(request, "text")
    return await _act(request, case_id, lambda: service.send(case_id, user, text),
                      "Skickat.")


@bp.post("/<case_id:int>/typing")
@requires(*COUNSELLOR)
async def typing(request: Request, case_id: int):
    """'Counsellor is typing' on or off in the person's widget (not stored, not audited)."""
    service, user = request.app.ctx.service, request.ctx.session.username
    value = field(request, "value").lower() in ("true", "1", "on")
    try:
        delivered = await service.typing(case_id, user, value)
    except ServiceError as exc:
        return error(request, exc.status, exc.message)
    return response.json({"ok": True, "delivered": delivered})


@bp.post("/<case_id:int>/handback")
@requires(*COUNSELLOR)
async def hand_back(request: Request, case_id: int):
    """Give the conversation back to the bot."""
    service, user = request.app.ctx.service, request.ctx.session.username
    return await _act(request, case_id, lambda: service.hand_back(case_id, user),
                      "Samtalet är tillbaka hos chattboten.")


@bp.post("/<case_id:int>/release")
@requires(*COUNSELLOR)
async def release(request: Request, case_id: int):
    """Put the conversation back in the queue for another counsellor (e.g. at the end of a shift)."""
    service, user = request.app.ctx.service, request.ctx.session.username
    try:
        await service.release(case_id, user)
    except ServiceError as exc:
        return refused(request, _page(case_id), exc.status, exc.message)
    return done(request, "/queue", "Samtalet är tillbaka i kön.")


def _local_to_utc(value: str, request: Request) -> Optional[dt.datetime]:
    """'2026-11-23T21:05' in the counsellors' time zone (facts.yml) -> naive UTC."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ServiceError("Ogiltig tidpunkt för orosanmälan.") from None
    if moment.tzinfo is None:
        hours = request.app.ctx.service.hours
        zone = hours.timezone if hours is not None else dt.timezone.utc
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None)


@bp.post("/<case_id:int>/close")
@requires(*COUNSELLOR)
async def close(request: Request, case_id: int):
    """Close with an outcome and a note (emergency: acknowledgement; report: the decision)."""
    service, user = request.app.ctx.service, request.ctx.session.username
    try:
        closure = Closure(
            outcome=field(request, "outcome"),
            note=field(request, "note"),
            emergency_acknowledged=field(request, "emergency_acknowledged").lower()
            in ("on", "true", "1", "yes"),
            report_decision=field(request, "report_decision") or None,
            report_made_by=field(request, "report_made_by") or None,
            report_made_at=_local_to_utc(field(request, "report_made_at"), request),
        )
    except ServiceError as exc:
        return refused(request, _page(case_id), 400, exc.message)
    return await _act(request, case_id, lambda: service.close(case_id, user, closure),
                      "Ärendet är avslutat.")
