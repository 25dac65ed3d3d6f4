"""The webchat channel over real socket.io connections (python-socketio AsyncClient)."""
import asyncio
import urllib.request

import pytest

from casedata import CaseRepository
from channel.tokens import ConversationTokens, new_conversation_id
from scripts.local_stack import http


async def test_new_connection_gets_a_server_issued_conversation_and_the_welcome(make_server):
    server = await make_server()
    client = await server.client()
    confirm = await client.session()
    assert confirm["resumed"] is False
    cid = server.channel.tokens.verify(confirm["token"])
    assert len(cid) >= 32
    welcome = (await client.wait_for("bot_uttered"))[0]
    assert welcome["id"] == 1 and welcome["text"] == "Välkommen"
    assert welcome["buttons"] == [{"title": "Ja", "payload": "/affirm"}]
    assert server.bot.received == ["/session_start"]
    await client.close()


async def test_client_supplied_conversation_id_is_ignored(make_server):
    server = await make_server()
    victim = new_conversation_id()
    client = await server.client()
    confirm = await client.session({"session_id": victim, "conversation_id": victim,
                                    "sender": victim})
    assert server.channel.tokens.verify(confirm["token"]) != victim
    await client.close()


async def test_forged_token_for_another_conversation_gets_an_error_and_a_fresh_one(make_server):
    server = await make_server()
    owner = await server.client()
    owner_id = server.channel.tokens.verify((await owner.session())["token"])
    await owner.wait_for("bot_uttered")
    await owner.say("min hemlighet")
    forged = ConversationTokens("guessed secret", 600).issue(owner_id)
    intruder = await server.client()
    confirm = await intruder.session({"token": forged, "last_id": 0})
    assert intruder.of("error_event")[0]["code"] == "session_invalid"
    assert confirm["resumed"] is False
    assert server.channel.tokens.verify(confirm["token"]) != owner_id
    await intruder.wait_for("bot_uttered")
    assert all("hemlighet" not in (m["text"] or "") for m in intruder.of("bot_uttered"))
    await owner.close()
    await intruder.close()


async def test_expired_token_gets_session_expired_and_a_fresh_conversation(make_server):
    server = await make_server()
    cid = new_conversation_id()
    expired = ConversationTokens(server.channel.config.secret, 600, clock=lambda: 0).issue(cid)
    client = await server.client()
    confirm = await client.session({"token": expired})
    assert client.of("error_event")[0]["code"] == "session_expired"
    assert server.channel.tokens.verify(confirm["token"]) != cid
    await client.close()


async def test_typed_slash_commands_reach_rasa_without_the_slash(make_server):
    server = await make_server()
    client = await server.client()
    await client.session()
    await client.wait_for("bot_uttered")
    assert (await client.say("/restart"))["ok"] is True
    assert (await client.say(' /set_language{"language":"en"}'))["ok"] is True
    assert server.bot.received[1:] == ["restart", 'set_language{"language":"en"}']
    await client.close()


async def test_only_buttons_the_bot_offered_are_forwarded_as_payloads(make_server):
    server = await make_server()
    client = await server.client()
    await client.session()
    await client.wait_for("bot_uttered")
    offered = await client.sio.call("user_message", {"payload": "/affirm"}, timeout=5)
    refused = await client.sio.call("user_message", {"payload": "/restart"}, timeout=5)
    assert offered == {"ok": True}
    assert refused == {"ok": False, "error": "unknown_button"}
    assert server.bot.received == ["/session_start", "/affirm"]
    assert client.of("error_event")[-1]["code"] == "unknown_button"
    await client.close()


async def test_language_switch_sends_set_language_and_rejects_other_values(make_server):
    server = await make_server()
    client = await server.client()
    await client.session()
    assert await client.sio.call("set_language", {"language": "en"}, timeout=5) == {"ok": True}
    assert (await client.sio.call("set_language", {"language": "/restart"}, timeout=5))["ok"] is False
    assert server.bot.received[-1] == '/set_language{"language":"en"}'
    await client.close()


@pytest.mark.parametrize("payload, code", [
    ({"text": "x" * 4001}, "too_long"),
    ({"text": ""}, "empty"),
    ({"text": 12}, "malformed"),
    ("just a string", "malformed"),
    ({"text": "hej", "client_id": ["x"]}, "malformed"),
    ({"payload": {"a": 1}}, "malformed"),
])
async def test_oversized_and_malformed_payloads_get_a_clear_error(make_server, payload, code):
    server = await make_server()
    client = await server.client()
    await client.session()
    result = await client.sio.call("user_message", payload, timeout=5)
    assert result == {"ok": False, "error": code}
    assert (await client.wait_for("error_event"))[-1]["code"] == code
    assert server.bot.received == ["/session_start"]
    await client.close()


async def test_message_before_session_request_is_refused(make_server):
    server = await make_server()
    client = await server.client()
    assert await client.say("hej") == {"ok": False, "error": "no_session"}
    assert server.bot.received == []
    await client.close()


async def test_flooding_client_is_rate_limited_with_an_error(make_server):
    server = await make_server(rate_per_minute=6, rate_burst=3)
    client = await server.client()
    await client.session()
    results = [await client.say(f"meddelande {n}") for n in range(5)]
    assert [r["ok"] for r in results] == [True, True, False, False, False]
    assert results[2]["error"] == "rate_limited" and results[2]["retry_after"] > 0
    assert any(e["code"] == "rate_limited" for e in client.of("error_event"))
    await client.close()


async def test_resent_message_with_the_same_client_id_reaches_rasa_once(make_server):
    server = await make_server()
    client = await server.client()
    await client.session()
    assert await client.say("hej", client_id="m1") == {"ok": True}
    assert await client.say("hej", client_id="m1") == {"ok": True, "duplicate": True}
    assert server.bot.received.count("hej") == 1
    await client.close()


async def test_reconnect_resumes_and_replays_missed_messages_exactly_once(make_server):
    server = await make_server()
    first = await server.client()
    confirm = await first.session()
    welcome = (await first.wait_for("bot_uttered"))[0]
    await first.sio.emit("ack", {"id": welcome["id"]})
    await asyncio.sleep(0.1)
    await first.close()
    cid = server.channel.tokens.verify(confirm["token"])
    # messages from outside the person's request (the console) while no one is connected
    for text in ("en", "två"):
        await server.channel.get_output_channel().send_response(
            cid, {"text": text, "custom": {"stod": {"from": "counsellor"}}})
    second = await server.client()
    resumed = await second.session({"token": confirm["token"], "epoch": confirm["epoch"],
                                     "last_id": welcome["id"]})
    assert resumed["resumed"] is True
    assert server.channel.tokens.verify(resumed["token"]) == cid
    replayed = await second.wait_for("bot_uttered", 2)
    assert [(m["id"], m["kind"], m["text"]) for m in replayed] == [
        (2, "counsellor", "en"), (3, "counsellor", "två")]
    await second.sio.emit("ack", {"id": 3})
    await asyncio.sleep(0.1)
    await second.close()
    third = await server.client()
    await third.session({"token": resumed["token"], "epoch": resumed["epoch"], "last_id": 3})
    await asyncio.sleep(0.3)
    assert third.of("bot_uttered") == []
    await third.close()


async def test_unacknowledged_messages_are_replayed_after_a_drop(make_server):
    server = await make_server()
    first = await server.client()
    confirm = await first.session()
    await first.wait_for("bot_uttered")
    await first.say("hallå")
    await first.wait_for("bot_uttered", 2)
    await first.close()  # dropped before acknowledging anything
    second = await server.client()
    await second.session({"token": confirm["token"], "epoch": confirm["epoch"], "last_id": 1})
    replayed = await second.wait_for("bot_uttered")
    assert [(m["id"], m["text"]) for m in replayed] == [(2, "echo: hallå")]
    await second.close()


async def test_typing_signal_needs_the_internal_token_and_reaches_the_room(make_server):
    server = await make_server()
    client = await server.client()
    cid = server.channel.tokens.verify((await client.session())["token"])
    url = f"{server.url}/webhooks/webchat/internal/signal"
    body = {"conversation_id": cid, "type": "typing", "value": True}
    assert (await asyncio.to_thread(http, "POST", url, body))[0] == 401
    assert (await asyncio.to_thread(http, "POST", url + "?token=wrong", body))[0] == 403
    status, answer = await asyncio.to_thread(http, "POST", url + "?token=internal-token", body)
    assert status == 200 and answer["ok"] is True
    typing = await client.wait_for("typing", 3)
    assert {"from": "counsellor", "value": True} in typing
    status, _ = await asyncio.to_thread(
        http, "POST", url + "?token=internal-token",
        {"conversation_id": "unknown-conversation", "type": "typing", "value": False})
    assert status == 200
    await client.close()


async def test_internal_disconnect_drops_the_conversations_sockets(make_server):
    server = await make_server()
    client = await server.client()
    cid = server.channel.tokens.verify((await client.session())["token"])
    status, answer = await asyncio.to_thread(
        http, "POST", f"{server.url}/webhooks/webchat/internal/signal?token=internal-token",
        {"conversation_id": cid, "type": "disconnect"})
    assert status == 200 and answer["disconnected"] == 1
    await asyncio.sleep(0.3)
    assert not client.sio.connected


async def test_delete_removes_the_transcript_and_starts_a_fresh_conversation(make_server):
    server = await make_server()
    client = await server.client()
    cid = server.channel.tokens.verify((await client.session())["token"])
    await client.wait_for("bot_uttered")
    await client.say("något privat")
    assert await server.bot.tracker_store.retrieve(cid) is not None
    result = await client.sio.call("delete_conversation", {}, timeout=5)
    assert result == {"ok": True, "status": "deleted"}
    assert await server.bot.tracker_store.retrieve(cid) is None
    confirm = (await client.wait_for("session_confirm", 2))[-1]
    assert server.channel.tokens.verify(confirm["token"]) != cid
    assert (await client.wait_for("delete_result"))[0] == {"status": "deleted"}
    await client.close()


@pytest.mark.parametrize("kind", ["emergency", "report"])
async def test_delete_is_refused_while_an_emergency_or_report_case_is_open(make_server, kind):
    server = await make_server()
    client = await server.client()
    cid = server.channel.tokens.verify((await client.session())["token"])
    await client.wait_for("bot_uttered")
    repository = CaseRepository.from_url(server.cases_url)
    repository.open_case(cid, kind)
    repository.dispose()
    result = await client.sio.call("delete_conversation", {}, timeout=5)
    assert result == {"ok": True, "status": "kept", "reason": kind}
    assert await server.bot.tracker_store.retrieve(cid) is not None
    await client.close()


async def test_foreign_origin_is_refused_and_configured_origin_accepted(make_server):
    server = await make_server(allowed_origins=("https://partner.example",))
    with pytest.raises(Exception):
        await server.client(headers={"Origin": "https://evil.example"})
    client = await server.client(headers={"Origin": "https://partner.example"})
    await client.session()
    await client.close()
    own = await server.client(headers={"Origin": server.url})
    await own.session()
    await own.close()


def test_page_has_a_strict_content_security_policy_and_no_caching():
    """(checked on the real server in the browser tests too)"""
    from channel.webchat import PAGE_CSP, PAGE_HEADERS

    assert "default-src 'none'" in PAGE_CSP and "script-src 'self'" in PAGE_CSP
    assert "unsafe-inline" not in PAGE_CSP
    assert PAGE_HEADERS["Cache-Control"] == "no-store"


async def test_widget_script_is_served_with_the_public_configuration_only(make_server):
    server = await make_server(exit_url="https://neutral.example/")
    status, body, headers = await asyncio.to_thread(_get, f"{server.url}/webhooks/webchat/widget.js")
    assert status == 200 and "https://neutral.example/" in body
    assert server.channel.config.secret not in body and "internal-token" not in body
    assert headers["Cache-Control"] == "no-store"
    status, page, headers = await asyncio.to_thread(_get, f"{server.url}/webhooks/webchat/")
    assert status == 200 and "default-src 'none'" in headers["Content-Security-Policy"]
    assert "<script>" not in page  # no inline script


def _get(url):
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.read().decode(), dict(response.headers)


async def test_delete_deletes_nothing_when_the_case_database_cannot_be_asked(make_server):
    server = await make_server(cases_db_url="sqlite:////proc/no-such-dir/cases.db")
    client = await server.client()
    cid = server.channel.tokens.verify((await client.session())["token"])
    await client.wait_for("bot_uttered")
    result = await client.sio.call("delete_conversation", {}, timeout=5)
    assert result == {"ok": False, "error": "delete_failed"}
    assert (await client.wait_for("error_event"))[-1]["code"] == "delete_failed"
    assert await server.bot.tracker_store.retrieve(cid) is not None
    await client.close()


async def test_a_failure_inside_rasa_gives_the_person_a_clear_error(make_server):
    server = await make_server()
    client = await server.client()
    await client.session()
    await client.wait_for("bot_uttered")

    async def broken(message):
        raise RuntimeError("model crashed")

    server.channel._on_new_message = broken
    assert await client.say("hej") == {"ok": False, "error": "unavailable"}
    assert (await client.wait_for("error_event"))[-1]["code"] == "unavailable"
    await client.close()
