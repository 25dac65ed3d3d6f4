"""ActionExplainPrivacy: the full answer, adjusted to a known age."""
import pytest

from actions.privacy import ActionExplainPrivacy


@pytest.mark.parametrize(
    ("age", "report_response"),
    [
        (12, "utter_privacy_report_child"),
        (17, "utter_privacy_report_child"),
        (18, "utter_privacy_report_adult"),
        (40, "utter_privacy_report_adult"),
        (None, "utter_privacy_report_unknown_age"),
    ],
)
@pytest.mark.parametrize(
    "question",
    ["är jag anonym?", "kommer ni säga till mina föräldrar?", "can the police see this?"],
)
async def test_privacy_answer_tells_storage_readers_reports_and_device_safety(
    dispatcher, tracker_factory, domain, sent, age, report_response, question
):
    tracker = tracker_factory(slots={"user_age": age}, intent="ask_privacy", text=question)
    events = await ActionExplainPrivacy().run(dispatcher, tracker, domain)

    assert events == []
    assert sent() == [
        "utter_privacy_stored",
        "utter_privacy_readers",
        report_response,
        "utter_privacy_device",
    ]
