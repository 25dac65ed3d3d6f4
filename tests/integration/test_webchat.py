"""The webchat channel inside the real Rasa server (model, actions, SQLite tracker store)."""
import asyncio
import sqlite3


from scripts.local_stack import http
from tests.channel.socket_client import Client


async def open_chat(stack):
    client = Client()
    await client.connect(stack.base)
    confirm = await client.session()
    welcome = await client.wait_for("bot_uttered", timeout=60)
    return client, confirm, welcome


def conversation_of(stack, token):
    return token.split(".")[1]


def tracker_rows(stack, conversation_id):
    path = stack.rasa.env["STOD_TRACKER_STORE_URL"][len("sqlite:///"):]
    with sqlite3.connect(path) as db:
        return db.execute("SELECT COUNT(*) FROM events WHERE sender_id = ?",
                          (conversation_id,)).fetchone()[0]


async def say(client, text, replies):
    before = len(client.of("bot_uttered"))
    assert (await client.sio.call("user_message", {"text": text}, timeout=60))["ok"] is True
    return (await client.wait_for("bot_uttered", before + replies, timeout=60))[before:]


async def test_webchat_conversation_opens_with_the_112_welcome_and_answers_emergencies(stack):
    client, _, welcome = await open_chat(stack)
    assert welcome[0]["text"].startswith("Är du i fara just nu? Ring 112.")
    replies = await say(client, "hjälp min pappa slår mig just nu", 1)
    assert "112" in replies[0]["text"].split(".")[0]
    await client.close()


async def test_typed_restart_is_not_a_restart_command(stack):
    client, confirm, _ = await open_chat(stack)
    await say(client, "/restart", 1)
    status, tracker = http("GET", f"{stack.base}/conversations/"
                                  f"{conversation_of(stack, confirm['token'])}/tracker?token={stack.token}")
    user = [e for e in tracker["events"] if e["event"] == "user"][-1]
    assert user["text"] == "restart"
    assert user["parse_data"]["intent"]["name"] != "restart"
    assert not any(e["event"] == "restart" for e in tracker["events"])
    await client.close()


async def test_console_messages_and_handover_reach_the_widget_and_are_replayed(stack):
    client, confirm, welcome = await open_chat(stack)
    cid = conversation_of(stack, confirm["token"])
    await client.sio.emit("ack", {"id": welcome[-1]["id"]})
    await asyncio.sleep(0.2)
    await client.close()
    url = (f"{stack.base}/conversations/{cid}/tracker/events?execute_side_effects=true"
           f"&output_channel=webchat&token={stack.token}")
    take_over = [{"event": "slot", "name": "handover", "value": "active"}, {"event": "pause"},
                 {"event": "bot", "data": {"custom": {"stod": {"handover": "active"}}}}]
    message = [{"event": "bot", "text": "Hej, jag heter Sara och är stödperson.",
                "data": {"custom": {"stod": {"from": "counsellor"}}}}]
    assert http("POST", url, take_over)[0] == 200
    assert http("POST", url, message)[0] == 200
    again = Client()
    await again.connect(stack.base)
    resumed = await again.session({"token": confirm["token"], "epoch": confirm["epoch"],
                                   "last_id": welcome[-1]["id"]})
    assert resumed["resumed"] is True
    replayed = await again.wait_for("bot_uttered", 2)
    assert [m["kind"] for m in replayed] == ["handover", "counsellor"]
    assert replayed[0]["handover"] == "active"
    assert replayed[1]["text"] == "Hej, jag heter Sara och är stödperson."
    await asyncio.sleep(0.5)
    assert len(again.of("bot_uttered")) == 2  # exactly once
    await again.close()


async def test_delete_removes_every_tracker_row(stack):
    client, confirm, _ = await open_chat(stack)
    cid = conversation_of(stack, confirm["token"])
    await say(client, "hej", 1)
    assert tracker_rows(stack, cid) > 0
    result = await client.sio.call("delete_conversation", {}, timeout=30)
    assert result == {"ok": True, "status": "deleted"}
    assert tracker_rows(stack, cid) == 0
    fresh = (await client.wait_for("session_confirm", 2, timeout=30))[-1]
    assert conversation_of(stack, fresh["token"]) != cid
    await client.close()


async def test_delete_is_refused_while_the_emergency_case_is_open(stack):
    client, confirm, _ = await open_chat(stack)
    cid = conversation_of(stack, confirm["token"])
    await say(client, "de har låst in mig i mitt rum", 1)
    await asyncio.sleep(1)
    assert "emergency" in [case.kind for case in stack.cases(cid)]
    result = await client.sio.call("delete_conversation", {}, timeout=30)
    assert result == {"ok": True, "status": "kept", "reason": "emergency"}
    assert tracker_rows(stack, cid) > 0
    await client.close()
