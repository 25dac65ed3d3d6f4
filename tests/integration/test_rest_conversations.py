"""The whole assistant over REST: replies, safety slots in the tracker, cases recorded."""
import pytest

from scripts.local_stack import http


def texts(replies):
    return [reply.get("text", "") for reply in replies]


def test_session_start_welcome_states_storage_readers_and_report_duty(stack):
    sender = stack.new_conversation(welcome=False)
    welcome = " ".join(texts(stack.say(sender, "/session_start")))
    assert welcome.startswith("Är du i fara just nu? Ring 112.")
    for fact in ("sparas", "kan läsa det", "orosanmälan", "Lämna sidan"):
        assert fact in welcome


@pytest.mark.parametrize(
    "message",
    [
        "hjälp min pappa slår mig just nu",
        "de har låst in mig i mitt rum",
        "min bror sa att han ska döda mig",
        "jag vill inte leva längre",
        "they are taking me to pakistan tomorrow to get married",
    ],
)
def test_emergency_gets_112_first_and_is_flagged(stack, message):
    sender = stack.new_conversation()
    replies = texts(stack.say(sender, message))
    assert "112" in replies[0].split(".")[0]
    slots = stack.slots(sender)
    assert slots["safety_level"] == "emergency"
    assert slots["danger_category"]
    assert [case.kind for case in stack.cases(sender)] == ["emergency"]


def test_child_disclosure_sets_report_concern_and_tells_the_child(stack):
    sender = stack.new_conversation()
    replies = " ".join(texts(stack.say(sender, "jag är 14 och pappa slår mig när jag pratar med killar")))
    slots = stack.slots(sender)
    assert slots["user_age"] == 14
    assert slots["report_concern"] is True
    assert slots["safety_level"] in ("concern", "emergency")
    assert "orosanmälan" in replies
    assert "report" in [case.kind for case in stack.cases(sender)]


def test_disclosure_without_age_asks_age_then_reports_for_a_child(stack):
    sender = stack.new_conversation()
    first = " ".join(texts(stack.say(sender, "mina föräldrar kollar min mobil hela tiden och jag får inte ha kompisar")))
    assert "hur gammal" in first
    assert stack.slots(sender)["report_concern"] is False
    stack.say(sender, "jag är 15")
    slots = stack.slots(sender)
    assert (slots["user_age"], slots["report_concern"]) == (15, True)


def test_adult_disclosure_never_sets_report_concern(stack):
    sender = stack.new_conversation()
    stack.say(sender, "jag är 24 och min familj vill gifta bort mig med min kusin")
    slots = stack.slots(sender)
    assert slots["user_age"] == 24
    assert slots["report_concern"] is False
    assert slots["safety_level"] == "concern"


def test_privacy_question_gets_the_full_answer(stack):
    sender = stack.new_conversation()
    answer = " ".join(texts(stack.say(sender, "är jag anonym här? sparar ni det jag skriver")))
    for fact in ("sparas", "allmän handling", "orosanmälan", "privat läge"):
        assert fact in answer


def test_asking_for_a_human_queues_a_handover(stack):
    sender = stack.new_conversation()
    stack.say(sender, "kan jag prata med en riktig människa")
    assert stack.slots(sender)["handover"] == "requested"
    assert [case.kind for case in stack.cases(sender)] == ["handover"]


def test_english_message_gets_an_english_reply(stack):
    sender = stack.new_conversation()
    replies = " ".join(texts(stack.say(sender, "can I talk to a real person please")))
    assert stack.slots(sender)["language"] == "en"
    assert "queue" in replies or "counsellors" in replies


@pytest.mark.parametrize(
    "message",
    [
        "",
        "   ",
        "😢😢😢",
        "x" * 10_000,
        "<script>alert('hej')</script><b>hej</b>",
        "'; DROP TABLE events; --",
        "\u202eolleh\u200d\u0000",
    ],
    ids=["empty", "blank", "emoji", "10k", "markup", "sql", "odd-unicode"],
)
def test_hostile_or_odd_input_gets_a_safe_reply_and_the_chat_goes_on(stack, message):
    sender = stack.new_conversation()
    stack.say(sender, message)
    replies = texts(stack.say(sender, "hej"))
    assert replies, "the conversation stopped answering"
    assert stack.slots(sender)["safety_level"] == "none"


def test_http_api_refuses_requests_without_the_token(stack):
    status, _ = http("GET", f"{stack.base}/conversations/anyone/tracker")
    assert status == 401
    status, _ = http("GET", f"{stack.base}/conversations/anyone/tracker?token=wrong")
    assert status == 401


def test_opening_the_session_sends_exactly_one_welcome(stack):
    sender = stack.new_conversation(welcome=False)
    replies = texts(stack.say(sender, "/session_start"))
    assert sum(text.startswith("Är du i fara just nu?") for text in replies) == 1


def test_emergency_as_the_very_first_message_still_opens_with_112(stack):
    sender = stack.new_conversation(welcome=False)
    replies = texts(stack.say(sender, "han står utanför dörren och har en kniv"))
    assert replies[0].startswith("Är du i fara just nu? Ring 112.")
    assert any(text.startswith("Ring 112 nu") for text in replies)
    assert stack.slots(sender)["safety_level"] == "emergency"


def test_restart_after_an_emergency_keeps_the_risk_level(stack):
    sender = stack.new_conversation()
    stack.say(sender, "hjälp min pappa slår mig just nu")
    stack.say(sender, "/restart")
    slots = stack.slots(sender)
    assert slots["safety_level"] == "emergency"
    assert slots["danger_category"]
