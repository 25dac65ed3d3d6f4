"""conversations blueprint: view and summary, take over, messages, hand back, close rules."""
import asyncio
import json

import pytest

from console_harness import HTML, USERS, person_events

TAKEOVER = [{"event": "slot", "name": "handover", "value": "active"}, {"event": "pause"},
            {"event": "bot", "data": {"custom": {"stod": {"handover": "active"}}}}]
HANDBACK = [{"event": "slot", "name": "handover", "value": "none"}, {"event": "resume"},
            {"event": "bot", "data": {"custom": {"stod": {"handover": "none"}}}}]
CLOSE = [{"event": "slot", "name": "handover", "value": "closed"}, {"event": "resume"},
         {"event": "bot", "data": {"custom": {"stod": {"handover": "closed"}}}}]


def _emergency(console, conversation="c1"):
    case = console.cases.open_case(conversation, "emergency", category="locked_in", age=15)
    console.rasa.add(conversation, [
        {"event": "user", "text": "de har låst in mig <b>nu</b>", "timestamp": 1.0,
         "parse_data": {"intent": {"name": "emergency"},
                        "entities": [{"entity": "danger", "value": "locked_in"}]}},
        {"event": "bot", "text": "Ring 112 nu.", "timestamp": 2.0,
         "metadata": {"utter_action": "utter_emergency_112"}},
    ], safety_level="emergency", danger_category="locked_in", user_age=15)
    return case


async def test_conversation_page_shows_escaped_transcript_summary_and_is_audited(console):
    case = _emergency(console)
    browser = await console.as_role("counsellor")
    status, _, page = await browser.get(f"/cases/{case.id}", headers=HTML)
    assert status == 200
    assert "de har låst in mig &lt;b&gt;nu&lt;/b&gt;" in page and "<b>nu</b>" not in page
    assert "Akut fara" in page and "locked_in" in page and "Uppmanad att ringa 112 nu" in page
    [view] = [e for e in console.app.ctx.audit.entries() if e.action == "view_transcript"]
    assert (view.actor, view.case_id, view.conversation_id) == ("anna", case.id, "c1")


async def test_conversation_data_has_the_warm_handover_summary(console):
    case = _emergency(console)
    browser = await console.as_role("counsellor")
    data = json.loads((await browser.get(f"/cases/{case.id}/data"))[2])
    summary = data["summary"]
    assert (summary["age"], summary["language"]) == (15, "sv")
    assert summary["flags"][0] == {"flag": "Akut fara", "why": "locked_in",
                                   "message": "de har låst in mig <b>nu</b>"}
    assert summary["bot_told"] == ["Uppmanad att ringa 112 nu"]
    assert data["slots"]["safety_level"] == "emergency"
    assert "conversation_id" not in data


async def test_unknown_case_is_404(console):
    browser = await console.as_role("counsellor")
    assert (await browser.get("/cases/999/data"))[0] == 404
    assert (await browser.post("/cases/999/takeover", json={}))[0] == 404


async def test_takeover_claims_pauses_the_bot_and_is_audited(console):
    case = _emergency(console)
    browser = await console.as_role("counsellor")
    status, _, _ = await browser.post(f"/cases/{case.id}/takeover", json={})
    assert status == 200
    assert console.rasa.appended["c1"] == [TAKEOVER]
    assert console.cases.open_cases_of("c1")[0].claimed_by == "anna"
    assert console.app.ctx.audit.entries()[0].action == "takeover"


async def test_second_counsellor_gets_a_clear_refusal(console):
    case = _emergency(console)
    anna, bo = await console.as_role("counsellor"), console.browser()
    await bo.login(USERS["counsellor2"])
    assert (await anna.post(f"/cases/{case.id}/takeover", json={}))[0] == 200
    status, _, body = await bo.post(f"/cases/{case.id}/takeover", json={})
    assert status == 409 and "anna har redan tagit över" in json.loads(body)["error"]
    assert console.rasa.appended["c1"] == [TAKEOVER]
    assert console.app.ctx.audit.entries()[0].action == "takeover_refused"


async def test_two_simultaneous_takeovers_over_http_one_wins(console):
    case = _emergency(console)
    anna, bo = await console.as_role("counsellor"), console.browser()
    await bo.login(USERS["counsellor2"])
    results = await asyncio.gather(anna.post(f"/cases/{case.id}/takeover", json={}),
                                   bo.post(f"/cases/{case.id}/takeover", json={}))
    assert sorted(status for status, _, _ in results) == [200, 409]
    assert len(console.rasa.appended["c1"]) == 1


async def test_takeover_when_rasa_is_down_fails_clearly_and_requeues(console):
    case = _emergency(console)
    console.rasa.down = True
    browser = await console.as_role("counsellor")
    status, _, body = await browser.post(f"/cases/{case.id}/takeover", json={})
    assert status == 502 and "tillbaka i kön" in json.loads(body)["error"]
    assert console.cases.open_cases_of("c1")[0].claimed_by is None


async def _taken(console):
    case = _emergency(console)
    browser = await console.as_role("counsellor")
    assert (await browser.post(f"/cases/{case.id}/takeover", json={}))[0] == 200
    return case, browser


async def test_counsellor_message_goes_to_the_widget_with_the_counsellor_marker(console):
    case, browser = await _taken(console)
    text = "Hej, jag heter Anna och är stödperson. <i>Är du säker nu?</i>"
    assert (await browser.post(f"/cases/{case.id}/messages", json={"text": text}))[0] == 200
    assert console.rasa.appended["c1"][-1] == [
        {"event": "bot", "text": text, "data": {"custom": {"stod": {"from": "counsellor"}}}}]
    entry = console.app.ctx.audit.entries()[0]
    assert (entry.action, entry.detail) == ("message_sent", f"{len(text)} tecken")
    assert text not in (entry.detail or "")


@pytest.mark.parametrize("text", ["", "   ", "x" * 2001])
async def test_empty_or_huge_message_is_refused(console, text):
    case, browser = await _taken(console)
    status, _, body = await browser.post(f"/cases/{case.id}/messages", json={"text": text})
    assert status == 400 and json.loads(body)["error"]
    assert len(console.rasa.appended["c1"]) == 1


async def test_message_before_takeover_or_by_another_counsellor_is_refused(console):
    case = _emergency(console)
    anna = await console.as_role("counsellor")
    status, _, body = await anna.post(f"/cases/{case.id}/messages", json={"text": "hej"})
    assert status == 409 and "Ta över" in json.loads(body)["error"]
    await anna.post(f"/cases/{case.id}/takeover", json={})
    bo = console.browser()
    await bo.login(USERS["counsellor2"])
    assert (await bo.post(f"/cases/{case.id}/messages", json={"text": "hej"}))[0] == 409


async def test_hand_back_resumes_the_bot_and_then_messages_are_refused(console):
    case, browser = await _taken(console)
    assert (await browser.post(f"/cases/{case.id}/handback", json={}))[0] == 200
    assert console.rasa.appended["c1"][-1] == HANDBACK
    status, _, _ = await browser.post(f"/cases/{case.id}/messages", json={"text": "hej"})
    assert status == 409
    assert (await browser.post(f"/cases/{case.id}/handback", json={}))[0] == 409
    # taking over again pauses the bot again
    assert (await browser.post(f"/cases/{case.id}/takeover", json={}))[0] == 200
    assert console.rasa.appended["c1"][-1] == TAKEOVER


async def test_emergency_close_needs_explicit_acknowledgement(console):
    case, browser = await _taken(console)
    status, _, body = await browser.post(f"/cases/{case.id}/close",
                                         json={"outcome": "police_alerted"})
    assert status == 400 and "bekräftat" in json.loads(body)["error"]
    assert console.rasa.appended["c1"] == [TAKEOVER]  # the bot stays paused
    status, _, _ = await browser.post(f"/cases/{case.id}/close", json={
        "outcome": "police_alerted", "emergency_acknowledged": "on", "note": "Ringde 112."})
    assert status == 200
    assert console.rasa.appended["c1"][-1] == CLOSE
    [closed] = console.cases.cases_for("c1")
    assert (closed.status, closed.outcome, closed.note) == ("closed", "police_alerted",
                                                            "Ringde 112.")
    entry = console.app.ctx.audit.entries()[0]
    assert (entry.action, entry.detail) == ("close", "police_alerted; 1 ärenden")


async def test_report_case_close_needs_the_decision_and_who_and_when(console):
    case = console.cases.open_case("c2", "report", age=14)
    console.rasa.add("c2", [], report_concern=True, user_age=14)
    browser = await console.as_role("counsellor")
    await browser.post(f"/cases/{case.id}/takeover", json={})
    status, _, body = await browser.post(f"/cases/{case.id}/close",
                                         json={"outcome": "advice_given"})
    assert status == 400 and "orosanmälan" in json.loads(body)["error"]
    status, _, body = await browser.post(f"/cases/{case.id}/close", json={
        "outcome": "report_made", "report_decision": "made", "report_made_at": "2026-11-23T10:00"})
    assert status == 400 and "vem" in json.loads(body)["error"]
    status, _, _ = await browser.post(f"/cases/{case.id}/close", json={
        "outcome": "report_made", "report_decision": "made", "report_made_by": "Anna (NCH)",
        "report_made_at": "2026-11-23T10:00"})
    assert status == 200
    [closed] = console.cases.cases_for("c2")
    assert (closed.report_decision, closed.report_made_by) == ("made", "Anna (NCH)")
    assert closed.report_made_at.isoformat() == "2026-11-23T09:00:00"  # 10:00 Stockholm (CET)


async def test_closed_case_cannot_be_taken_over_or_written_to(console):
    case, browser = await _taken(console)
    await browser.post(f"/cases/{case.id}/close", json={"outcome": "no_action",
                                                        "emergency_acknowledged": "true"})
    assert (await browser.post(f"/cases/{case.id}/takeover", json={}))[0] == 409
    assert (await browser.post(f"/cases/{case.id}/messages", json={"text": "hej"}))[0] == 409
    assert (await browser.get(f"/cases/{case.id}/data"))[0] == 200  # history stays readable


async def test_person_messages_arrive_live_over_the_conversation_stream(console):
    case, browser = await _taken(console)

    async def person_writes():
        await asyncio.sleep(0.5)
        console.rasa.trackers["c1"]["events"].extend(person_events("är du en människa nu?"))

    task = asyncio.create_task(person_writes())
    first, second = await browser.events(f"/cases/{case.id}/stream", "conversation", 2)
    await task
    assert first["owner"] == "anna" and first["slots"]["handover"] == "active"
    assert second["transcript"][-1] == {"who": "person", "text": "är du en människa nu?",
                                        "at": second["transcript"][-1]["at"]}
    assert [line["who"] for line in second["transcript"]] == ["person", "bot", "system",
                                                               "person"]


@pytest.mark.parametrize("path", ["/cases/0/data", "/cases/99999999999999999999999/data",
                                  "/cases/-1/data", "/cases/abc/data"])
async def test_odd_case_numbers_are_not_found(console, path):
    browser = await console.as_role("counsellor")
    assert (await browser.get(path))[0] == 404


async def test_typing_signal_reaches_the_channel_and_a_missing_channel_is_no_error(console):
    case, browser = await _taken(console)
    status, _, body = await browser.post(f"/cases/{case.id}/typing", json={"value": True})
    assert (status, json.loads(body)["delivered"]) == (200, True)
    assert console.rasa.signals == [("c1", "typing", True)]
    console.rasa.no_channel = True
    status, _, body = await browser.post(f"/cases/{case.id}/typing", json={"value": False})
    assert (status, json.loads(body)["delivered"]) == (200, False)


async def test_typing_needs_the_conversation_to_be_yours_and_active(console):
    case = _emergency(console)
    browser = await console.as_role("counsellor")
    assert (await browser.post(f"/cases/{case.id}/typing", json={"value": True}))[0] == 409


async def test_the_rasa_token_never_reaches_the_browser(console):
    case = _emergency(console)
    browser = await console.as_role("counsellor")
    await browser.post(f"/cases/{case.id}/takeover", json={})
    bodies = [(await browser.get(path, headers=HTML))[2]
              for path in ("/queue", f"/cases/{case.id}", "/static/console.js")]
    bodies += [(await browser.get(path))[2] for path in ("/queue/data", f"/cases/{case.id}/data")]
    assert all("secret-rasa-token" not in body for body in bodies)


async def test_release_resumes_the_bot_and_puts_the_conversation_back_in_the_queue(console):
    case, anna = await _taken(console)
    assert (await anna.post(f"/cases/{case.id}/release", json={}))[0] == 200
    assert console.rasa.appended["c1"][-1] == HANDBACK
    [open_case] = console.cases.open_cases_of("c1")
    assert (open_case.status, open_case.claimed_by) == ("queued", None)
    assert console.app.ctx.audit.entries()[0].action == "release"
    bo = console.browser()
    await bo.login(USERS["counsellor2"])
    assert (await bo.post(f"/cases/{case.id}/takeover", json={}))[0] == 200
    assert (await anna.post(f"/cases/{case.id}/release", json={}))[0] == 409
