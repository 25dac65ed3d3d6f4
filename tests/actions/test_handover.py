"""ActionRequestHandover: queue, honest wait or opening hours."""
import datetime as dt

import pytest
from rasa_sdk.events import SlotSet

from actions.handover import ActionRequestHandover

STOCKHOLM = dt.timezone(dt.timedelta(hours=1))  # CET, late November
TUESDAY_10 = dt.datetime(2026, 11, 24, 10, 0, tzinfo=STOCKHOLM)
SATURDAY_22 = dt.datetime(2026, 11, 28, 22, 0, tzinfo=STOCKHOLM)


@pytest.fixture
def at():
    """Set the handover action's clock."""

    def set_clock(moment: dt.datetime) -> None:
        ActionRequestHandover.clock = staticmethod(lambda: moment)

    yield set_clock
    from actions.handover import _utc_now

    ActionRequestHandover.clock = staticmethod(_utc_now)


async def test_open_hours_queue_tells_how_many_wait_ahead(
    dispatcher, tracker_factory, domain, cases, at
):
    at(TUESDAY_10)
    cases.open_case("someone-else", "handover")
    events = await ActionRequestHandover().run(dispatcher, tracker_factory(), domain)

    assert events == [SlotSet("handover", "requested")]
    [message] = dispatcher.messages
    assert message["response"] == "utter_handover_queued_open"
    assert message["waiting"] == 1
    [case] = cases.cases_for("conv-1")
    assert (case.kind, case.status) == ("handover", "queued")


@pytest.mark.parametrize(
    ("language", "reopens", "line"),
    [
        ("sv", "måndag 09:00", "• Kvinnofridslinjen: 020-50 50 50 (dygnet runt)"),
        ("en", "Monday 09:00", "• BRIS: 116 111 (24/7)"),
    ],
)
async def test_closed_hours_tell_when_counsellors_are_back_and_24_7_alternatives(
    dispatcher, tracker_factory, domain, cases, at, language, reopens, line
):
    at(SATURDAY_22)
    tracker = tracker_factory(slots={"language": language})
    events = await ActionRequestHandover().run(dispatcher, tracker, domain)

    assert events == [SlotSet("handover", "requested")]
    [message] = dispatcher.messages
    assert message["response"] == "utter_handover_queued_closed"
    assert message["reopens"] == reopens
    assert line in message["always_open"].splitlines()
    assert [c.kind for c in cases.cases_for("conv-1")] == ["handover"]


async def test_second_request_does_not_queue_twice(
    dispatcher, tracker_factory, domain, cases, sent
):
    tracker = tracker_factory(slots={"handover": "requested"})
    events = await ActionRequestHandover().run(dispatcher, tracker, domain)
    assert events == []
    assert sent() == ["utter_handover_already_queued"]
    assert cases.cases_for("conv-1") == []


async def test_child_asking_for_human_while_disclosing_harm_gets_report_set_up(
    dispatcher, tracker_factory, domain, cases, at
):
    at(TUESDAY_10)
    tracker = tracker_factory(
        slots={"user_age": 13, "harm_category": "violence"}, intent="request_human",
        entities=[{"entity": "harm", "value": "violence"}],
    )
    events = await ActionRequestHandover().run(dispatcher, tracker, domain)
    assert events == [
        SlotSet("handover", "requested"),
        SlotSet("report_concern", True),
        SlotSet("safety_level", "concern"),
    ]
    assert sorted(c.kind for c in cases.cases_for("conv-1")) == ["handover", "report"]
