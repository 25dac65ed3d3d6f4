"""Outside the counsellors' hours a request for a human is still queued for the console."""
import datetime as dt

import pytest

from actions.handover import ActionRequestHandover, _utc_now

SATURDAY_22 = dt.datetime(2026, 11, 28, 22, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.fixture
def saturday_night():
    ActionRequestHandover.clock = staticmethod(lambda: SATURDAY_22)
    yield
    ActionRequestHandover.clock = staticmethod(_utc_now)


@pytest.mark.parametrize("language", ["sv", "en"])
async def test_request_outside_hours_is_queued_and_listed_for_counsellors(
    dispatcher, tracker_factory, domain, cases, sent, saturday_night, language
):
    tracker = tracker_factory(slots={"language": language}, intent="request_human")
    await ActionRequestHandover().run(dispatcher, tracker, domain)
    assert sent() == ["utter_handover_queued_closed"]
    [case] = cases.open_queue()
    assert (case.conversation_id, case.kind, case.status, case.language) == (
        "conv-1", "handover", "queued", language)
