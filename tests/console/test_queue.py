"""queue blueprint: order, what a row shows, live updates over server-sent events."""
import asyncio
import datetime as dt
import json

import sqlalchemy as sa

from casedata.models import Case, utcnow
from console_harness import HTML, person_events

ROW_KEYS = {"case_id", "kind", "priority", "waiting_seconds", "age", "language", "flags", "topics"}


def _age_case(console, case, minutes):
    with console.cases.engine.begin() as connection:
        connection.execute(sa.update(Case.__table__).where(Case.__table__.c.id == case.id)
                           .values(created_at=utcnow() - dt.timedelta(minutes=minutes)))


async def test_queue_orders_emergency_then_report_then_handover_longest_waiting_first(console):
    waits = {"h-old": ("handover", 30), "h-new": ("handover", 2), "r1": ("report", 5),
             "e-new": ("emergency", 1), "e-old": ("emergency", 10)}
    for conversation, (kind, minutes) in waits.items():
        _age_case(console, console.cases.open_case(conversation, kind), minutes)
    browser = await console.as_role("counsellor")
    status, _, body = await browser.get("/queue/data")
    rows = json.loads(body)["waiting"]
    assert status == 200
    assert [(row["kind"], row["waiting_seconds"] // 60) for row in rows] == [
        ("emergency", 10), ("emergency", 1), ("report", 5), ("handover", 30), ("handover", 2)]


async def test_a_row_shows_wait_age_language_topics_flags_and_nothing_identifying(console):
    console.cases.open_case("secret-conversation-id", "emergency", age=15, language="en",
                            category="locked_in")
    console.cases.open_case("secret-conversation-id", "report")
    console.rasa.add("secret-conversation-id",
                     person_events("my name is Sara and they locked me in", intent="emergency"))
    browser = await console.as_role("counsellor")
    _, _, body = await browser.get("/queue/data")
    [row] = json.loads(body)["waiting"]
    assert set(row) == ROW_KEYS
    assert (row["age"], row["language"], row["kind"]) == (15, "en", "emergency")
    assert row["flags"] == ["Akut (locked_in)", "Orosanmälan"]
    assert row["topics"] == ["Akut fara"]
    assert "secret-conversation-id" not in body and "Sara" not in body


async def test_conversations_taken_by_someone_else_leave_the_queue_mine_are_listed(console):
    console.cases.open_case("c1", "handover")
    console.cases.open_case("c2", "handover")
    console.cases.claim("c1", "bo")
    console.cases.claim("c2", "anna")
    browser = await console.as_role("counsellor")
    queue = json.loads((await browser.get("/queue/data"))[2])
    assert queue["waiting"] == []
    assert [row["case_id"] for row in queue["mine"]] == [2]


async def test_queue_page_escapes_topics_and_says_when_counsellors_are_back(console):
    console.cases.open_case("c1", "handover")
    console.rasa.add("c1", [{"event": "user", "text": "x", "parse_data": {
        "intent": {"name": "<script>alert(1)</script>"}, "entities": []}}])
    browser = await console.as_role("counsellor")
    status, _, page = await browser.get("/queue", headers=HTML)
    assert status == 200
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert ("Stödpersonerna har öppet nu." in page) or ("Förfrågningar köas ändå." in page)


async def test_new_emergency_reaches_the_live_queue_within_two_seconds(console):
    console.cases.open_case("h1", "handover")
    browser = await console.as_role("counsellor")

    async def raise_emergency_later():
        await asyncio.sleep(0.5)
        raised_at = asyncio.get_running_loop().time()
        console.cases.open_case("e1", "emergency", category="weapon")
        return raised_at

    task = asyncio.create_task(raise_emergency_later())
    first, second = await browser.events("/queue/stream", "queue", 2, timeout=10)
    seen_at = asyncio.get_running_loop().time()
    raised_at = await task
    assert [row["kind"] for row in first["waiting"]] == ["handover"]
    assert [row["kind"] for row in second["waiting"]] == ["emergency", "handover"]
    assert seen_at - raised_at < 2.0


async def test_live_queue_tells_the_page_when_the_session_expired(console):
    browser = await console.as_role("counsellor")
    store = console.app.ctx.sessions

    async def expire_soon():
        await asyncio.sleep(0.4)
        real = store.clock
        store.clock = lambda: real() + store.idle_seconds + 1

    task = asyncio.create_task(expire_soon())
    expired = await browser.events("/queue/stream", "expired", 1, timeout=10)
    await task
    assert expired == [{}]
