"""The 112 reply does not depend on the action server."""
import pytest


@pytest.fixture
def action_server_down(stack):
    stack.actions.stop()
    yield stack
    stack.start_actions()


@pytest.mark.parametrize(
    "message",
    ["HJÄLP han slår mig nu", "pappa har en kniv och hotar mamma", "jag vill ta livet av mig"],
)
def test_emergency_still_gets_112_when_the_action_server_is_down(action_server_down, message):
    stack = action_server_down
    sender = stack.new_conversation(welcome=False)
    replies = [reply.get("text", "") for reply in stack.say(sender, message)]
    assert any(text.startswith("Ring 112 nu") for text in replies), replies
    assert stack.slots(sender)["safety_level"] == "emergency"


def test_emergency_reaches_the_counsellor_queue_when_the_action_server_is_down(action_server_down):
    from casedata import CaseRepository

    stack = action_server_down
    sender = stack.new_conversation(welcome=False)
    stack.say(sender, "pappa har en kniv och hotar mamma")
    repository = CaseRepository.from_url(stack.cases_url)
    try:
        kinds = [case.kind for case in repository.open_queue() if case.conversation_id == sender]
    finally:
        repository.dispose()
    assert kinds == ["emergency"]
