"""Pause must hold: with a counsellor in the chat the bot stays silent, also after `/restart`
and after a session expiry; counsellor messages and the hand back go through the real Rasa API.
"""
import json
import sqlite3
import sys
from pathlib import Path

import pytest

from console.rasa import RasaClient
from scripts.local_stack import http


def _tracker(stack, sender):
    status, tracker = http("GET", f"{stack.base}/conversations/{sender}/tracker"
                                  f"?include_events=ALL&token={stack.token}")
    assert status == 200
    return tracker


def _let_time_pass(stack, sender, seconds):
    """Move the conversation's stored events back in time (as if `seconds` had passed)."""
    tracker_db = Path(stack.cases_url[len("sqlite:///"):]).parent / "tracker.db"
    with sqlite3.connect(tracker_db) as db:
        db.execute(
            "UPDATE events SET timestamp = timestamp - ?, "
            "data = json_set(data, '$.timestamp', json_extract(data, '$.timestamp') - ?) "
            "WHERE sender_id = ?", (seconds, seconds, sender))


def _bot_events_after(tracker, count):
    return [e for e in tracker["events"][count:] if e["event"] == "bot"]


@pytest.fixture
async def rasa(stack):
    client = RasaClient(stack.base, stack.token)
    await client.open()
    yield client
    await client.close()


@pytest.fixture
async def taken_over(stack, rasa):
    """A conversation where the person asked for a human and a counsellor took over."""
    sender = stack.new_conversation()
    stack.say(sender, "kan jag prata med en människa")
    await rasa.set_handover(sender, "active")
    tracker = _tracker(stack, sender)
    assert tracker["paused"] is True and tracker["slots"]["handover"] == "active"
    return sender


async def test_bot_is_silent_while_a_counsellor_owns_the_chat(stack, taken_over):
    before = len(_tracker(stack, taken_over)["events"])
    assert stack.say(taken_over, "hallå? är det en människa nu?") == []
    assert stack.say(taken_over, "hjälp han slår mig just nu") == []
    tracker = _tracker(stack, taken_over)
    assert _bot_events_after(tracker, before) == []
    # the message is still understood and flagged for the counsellor
    assert tracker["slots"]["safety_level"] == "emergency"


async def test_typed_restart_does_not_unpause(stack, taken_over):
    before = len(_tracker(stack, taken_over)["events"])
    assert stack.say(taken_over, "/restart") == []
    assert stack.say(taken_over, "är du kvar?") == []
    tracker = _tracker(stack, taken_over)
    assert tracker["paused"] is True and tracker["slots"]["handover"] == "active"
    new = [e["event"] for e in tracker["events"][before:]]
    assert "restart" not in new and _bot_events_after(tracker, before) == []
    assert any(e.get("name") == "action_restart" for e in tracker["events"][before:])


async def test_session_expiry_does_not_unpause(stack, taken_over):
    _let_time_pass(stack, taken_over, 2 * 3600)  # the domain's expiry is 60 minutes
    before = len(_tracker(stack, taken_over)["events"])
    assert stack.say(taken_over, "hej, är ni kvar?") == []
    tracker = _tracker(stack, taken_over)
    new = tracker["events"][before:]
    assert "session_started" in [e["event"] for e in new]  # a new session did start
    assert tracker["paused"] is True and tracker["slots"]["handover"] == "active"
    assert _bot_events_after(tracker, before) == []  # no welcome, no answer


async def test_counsellor_message_and_hand_back_through_the_rasa_api(stack, rasa, taken_over):
    await rasa.send_message(taken_over, "Hej, jag heter Anna och är stödperson.")
    tracker = _tracker(stack, taken_over)
    last_bot = [e for e in tracker["events"] if e["event"] == "bot"][-1]
    assert last_bot["text"] == "Hej, jag heter Anna och är stödperson."
    assert last_bot["data"]["custom"] == {"stod": {"from": "counsellor"}}

    await rasa.set_handover(taken_over, "none")
    tracker = _tracker(stack, taken_over)
    assert tracker["paused"] is False and tracker["slots"]["handover"] == "none"
    assert [e for e in tracker["events"] if e["event"] == "bot"][-1]["data"]["custom"] == {
        "stod": {"handover": "none"}}
    replies = stack.say(taken_over, "är jag anonym?")
    assert replies and any(reply.get("text") for reply in replies)


# ---------------------------------------------------------------- the console itself
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "console"))
from console_harness import start_console, stop_console  # noqa: E402


async def test_console_takeover_chat_hand_back_and_close_against_the_real_servers(
        stack, tmp_path):
    sender = stack.new_conversation()
    stack.say(sender, "hjälp han slår mig just nu")
    console = await start_console(tmp_path, real_rasa=True, cases_db_url=stack.cases_url,
                                  rasa_url=stack.base, rasa_token=stack.token)
    try:
        anna = await console.as_role("counsellor")
        queue = json.loads((await anna.get("/queue/data"))[2])
        [case_id] = [row["case_id"] for row in queue["waiting"]
                     if console.cases.get(row["case_id"]).conversation_id == sender]
        assert queue["waiting"][0]["kind"] == "emergency"
        data = json.loads((await anna.get(f"/cases/{case_id}/data"))[2])
        assert data["summary"]["flags"][0]["message"] == "hjälp han slår mig just nu"
        assert "Uppmanad att ringa 112 nu" in data["summary"]["bot_told"]

        assert (await anna.post(f"/cases/{case_id}/takeover", json={}))[0] == 200
        assert _tracker(stack, sender)["paused"] is True
        assert (await anna.post(f"/cases/{case_id}/messages",
                                json={"text": "Hej, jag heter Anna. Är du säker just nu?"}))[0] == 200
        last_bot = [e for e in _tracker(stack, sender)["events"] if e["event"] == "bot"][-1]
        assert (last_bot["text"], last_bot["data"]["custom"]) == (
            "Hej, jag heter Anna. Är du säker just nu?", {"stod": {"from": "counsellor"}})
        assert stack.say(sender, "ja, jag har låst dörren") == []  # the bot stays silent
        transcript = json.loads((await anna.get(f"/cases/{case_id}/data"))[2])["transcript"]
        assert transcript[-1]["who"] == "person"
        assert transcript[-1]["text"] == "ja, jag har låst dörren"

        assert (await anna.post(f"/cases/{case_id}/handback", json={}))[0] == 200
        assert stack.say(sender, "är jag anonym?")  # the bot answers again
        status, _, _ = await anna.post(f"/cases/{case_id}/close", json={
            "outcome": "police_alerted", "emergency_acknowledged": "on"})
        assert status == 200
        assert _tracker(stack, sender)["slots"]["handover"] == "closed"
        assert {c.status for c in stack.cases(sender)} == {"closed"}
        actions = [e.action for e in reversed(console.app.ctx.audit.entries())]
        assert actions[-6:] == ["view_transcript", "takeover", "message_sent", "view_transcript",
                                "hand_back", "close"]
    finally:
        await stop_console(console)
