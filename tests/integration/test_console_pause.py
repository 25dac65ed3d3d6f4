"""Pause must hold: with a counsellor in the chat the bot stays silent, also after `/restart`
and after a session expiry; counsellor messages and the hand back go through the real Rasa API.
"""
import sqlite3
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
