"""Pure parts of the webchat channel: tokens, text cleaning, bot messages, outbox, rate limit."""
import pytest

from channel.conversations import Conversation, ConversationRegistry
from channel.messages import InputError, clean_user_text, set_language_message, widget_message
from channel.ratelimit import TokenBucket
from channel.tokens import ConversationTokens, TokenError, new_conversation_id


class Clock:
    def __init__(self, now=1_000_000.0):
        self.now = now

    def __call__(self):
        return self.now


def test_conversation_ids_are_random_and_at_least_128_bits():
    ids = {new_conversation_id() for _ in range(200)}
    assert len(ids) == 200
    assert all(len(i) == 32 for i in ids)  # 24 bytes = 192 bits, base64url


def test_issued_token_verifies_to_its_conversation():
    tokens = ConversationTokens("secret", 600)
    cid = new_conversation_id()
    assert tokens.verify(tokens.issue(cid)) == cid


def test_token_expires_after_its_lifetime():
    clock = Clock()
    tokens = ConversationTokens("secret", 600, clock=clock)
    token = tokens.issue(new_conversation_id())
    clock.now += 599
    tokens.verify(token)
    clock.now += 2
    with pytest.raises(TokenError) as error:
        tokens.verify(token)
    assert error.value.code == "expired"


def test_token_signed_with_another_secret_is_invalid():
    cid = new_conversation_id()
    token = ConversationTokens("other secret", 600).issue(cid)
    with pytest.raises(TokenError) as error:
        ConversationTokens("secret", 600).verify(token)
    assert error.value.code == "invalid"


def test_token_with_swapped_conversation_id_is_invalid():
    tokens = ConversationTokens("secret", 600)
    mine = tokens.issue(new_conversation_id())
    victim = new_conversation_id()
    version, _, expires, signature = mine.split(".")
    with pytest.raises(TokenError):
        tokens.verify(".".join([version, victim, expires, signature]))


def test_token_with_extended_expiry_is_invalid():
    tokens = ConversationTokens("secret", 600)
    version, cid, expires, signature = tokens.issue(new_conversation_id()).split(".")
    with pytest.raises(TokenError) as error:
        tokens.verify(".".join([version, cid, str(int(expires) + 10_000), signature]))
    assert error.value.code == "invalid"


@pytest.mark.parametrize("token", [
    "", "abc", None, 42, {"id": "x"}, "v1.short.1.sig", "v2.a.b.c", "v1." + "A" * 300,
    "v1." + "A" * 32 + ".notanumber." + "A" * 43,
])
def test_malformed_tokens_are_invalid(token):
    with pytest.raises(TokenError) as error:
        ConversationTokens("secret", 600).verify(token)
    assert error.value.code == "invalid"


@pytest.mark.parametrize("typed, forwarded", [
    ("/restart", "restart"),
    ("  //request_human", "request_human"),
    ('/set_language{"language":"en"}', 'set_language{"language":"en"}'),
    ("\n/ /session_start", "session_start"),
    ("hej /restart", "hej /restart"),
    ("hej\u0000där\u0007", "hejdär"),
    ("e\u0301", "\u00e9"),
])
def test_typed_text_loses_leading_slashes_and_control_characters(typed, forwarded):
    assert clean_user_text(typed, 4000) == forwarded


@pytest.mark.parametrize("typed, code", [
    ("", "empty"), ("   ", "empty"), ("///", "empty"), (None, "malformed"),
    (["hej"], "malformed"), ({"text": "hej"}, "malformed"), ("a" * 4001, "too_long"),
])
def test_bad_text_is_refused_with_a_code(typed, code):
    with pytest.raises(InputError) as error:
        clean_user_text(typed, 4000)
    assert error.value.code == code


def test_text_at_the_limit_is_accepted():
    assert len(clean_user_text("å" * 4000, 4000)) == 4000


def test_language_switch_message_is_the_only_slash_message_built_here():
    assert set_language_message("en") == '/set_language{"language":"en"}'
    with pytest.raises(InputError):
        set_language_message("de")


def test_bot_counsellor_and_handover_messages_are_told_apart():
    assert widget_message({"text": "Hej", "buttons": [{"title": "Ja", "payload": "/affirm"}]}) == {
        "kind": "bot", "text": "Hej", "buttons": [{"title": "Ja", "payload": "/affirm"}]}
    assert widget_message({"text": "Jag heter Sara",
                           "custom": {"stod": {"from": "counsellor"}}})["kind"] == "counsellor"
    assert widget_message({"text": None, "custom": {"stod": {"handover": "active"}}}) == {
        "kind": "handover", "handover": "active", "text": ""}
    assert widget_message({"text": None, "custom": {"other": 1}}) is None


def test_outbox_replays_only_unacknowledged_messages_in_order():
    conversation = Conversation("c" * 32, 10, TokenBucket(60, 10))
    for n in range(5):
        conversation.add({"kind": "bot", "text": str(n), "buttons": []})
    conversation.ack(2)
    pending, gap = conversation.pending_after(3)
    assert [m["id"] for m in pending] == [4, 5] and not gap
    assert conversation.pending_after(5) == ([], False)


def test_outbox_is_bounded_and_reports_a_gap():
    conversation = Conversation("c" * 32, 3, TokenBucket(60, 10))
    for n in range(6):
        conversation.add({"kind": "bot", "text": str(n), "buttons": []})
    pending, gap = conversation.pending_after(0)
    assert [m["id"] for m in pending] == [4, 5, 6] and gap


def test_registry_evicts_least_recently_used():
    registry = ConversationRegistry(10, 60, 10, capacity=2)
    registry.get_or_create("a")
    registry.get_or_create("b")
    registry.get_or_create("a")
    registry.get_or_create("c")
    assert registry.get("b") is None and registry.get("a") and registry.get("c")


def test_token_bucket_allows_a_burst_then_the_rate():
    clock = Clock(0.0)
    bucket = TokenBucket(per_minute=60, burst=3, clock=clock)
    assert [bucket.allow() for _ in range(4)] == [True, True, True, False]
    assert bucket.retry_after() == pytest.approx(1.0)
    clock.now += 1.0
    assert bucket.allow() and not bucket.allow()
