"""SafetyNetTrackerStore: an emergency gets its case and on-call alert even without the action server."""
import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from casedata import Case, CaseRepository, migrate
from tracker_store.safety_net import SafetyNetTrackerStore, new_emergency


class RecordingNotifier:
    """Collects the on-call payloads instead of posting them."""

    def __init__(self):
        self.payloads = []

    def notify_in_background(self, payload):
        self.payloads.append(payload)


class BrokenRepository:
    """A case database that is down."""

    def open_cases_of(self, conversation_id):
        raise RuntimeError("database down")


@pytest.fixture
def cases(tmp_path):
    url = f"sqlite:///{tmp_path}/cases.db"
    migrate(url)
    repository = CaseRepository.from_url(url)
    yield repository
    repository.dispose()


@pytest.fixture
def notifier():
    return RecordingNotifier()


@pytest.fixture
def store(tmp_path, cases, notifier):
    return SafetyNetTrackerStore(domain=Domain.empty(), host=f"sqlite:///{tmp_path}/tracker.db",
                                 cases=cases, notifier=notifier)


def user(text, intent, entities=()):
    return UserUttered(text, intent={"name": intent, "confidence": 1.0}, entities=list(entities))


def turn(text, intent, entities=()):
    """A user message and the bot's answer, as one turn of events."""
    return [user(text, intent, entities), ActionExecuted("utter_x"), BotUttered("svar"),
            ActionExecuted("action_listen")]


def tracker(sender, events):
    return DialogueStateTracker.from_events(sender, events)


async def test_an_emergency_without_a_case_gets_one_and_on_call_is_alerted(store, cases, notifier):
    danger = [{"entity": "danger", "value": "weapon", "start": 0, "end": 5}]
    await store.save(tracker("c1", turn("han har en kniv", "emergency", danger)))
    [case] = cases.open_cases_of("c1")
    assert (case.kind, case.status, case.category) == ("emergency", "queued", "weapon")
    assert [(p["event"], p["case_id"], p["recorded_by"]) for p in notifier.payloads] == [
        ("emergency", case.id, "rasa-server")]


async def test_an_emergency_the_action_already_recorded_is_not_recorded_or_alerted_twice(
        store, cases, notifier):
    made_by_action = cases.open_case("c2", "emergency", category="violence_now")
    await store.save(tracker("c2", turn("HJÄLP han slår mig nu", "emergency")))
    assert [case.id for case in cases.open_cases_of("c2")] == [made_by_action.id]
    assert notifier.payloads == []


async def test_a_message_that_is_not_an_emergency_opens_nothing(store, cases, notifier):
    await store.save(tracker("c3", turn("vad är hedersvåld", "ask_what_is_honour_violence")))
    assert cases.open_cases_of("c3") == []
    assert notifier.payloads == []


async def test_an_emergency_already_saved_does_not_reopen_a_closed_case_on_a_later_save(
        store, cases, notifier):
    events = turn("hjälp pappa slår mig nu", "emergency")
    await store.save(tracker("c4", events))
    [case] = cases.open_cases_of("c4")
    with cases.engine.begin() as connection:  # a counsellor closed it
        connection.execute(Case.__table__.update().where(Case.__table__.c.id == case.id)
                           .values(status="closed"))
    # a counsellor's message appended later (console) saves the tracker again
    await store.save(tracker("c4", events + [BotUttered("Hej, jag heter Sara"),
                                             ActionExecuted("action_listen")]))
    assert cases.open_cases_of("c4") == []
    assert len(notifier.payloads) == 1


async def test_a_broken_case_database_never_stops_the_conversation_from_being_saved(tmp_path, notifier):
    store = SafetyNetTrackerStore(domain=Domain.empty(), host=f"sqlite:///{tmp_path}/t.db",
                                  cases=BrokenRepository(), notifier=notifier)
    await store.save(tracker("c5", turn("han har en kniv", "emergency")))
    stored = await store.retrieve("c5")
    assert [e.text for e in stored.events if isinstance(e, UserUttered)] == ["han har en kniv"]


@pytest.mark.parametrize(("events", "expected"), [
    ([user("a", "greet")], None),
    ([user("a", "emergency"), user("b", "greet")], None),
    ([user("a", "greet"), ActionExecuted("x"), user("b", "emergency"), ActionExecuted("y")], "b"),
    ([ActionExecuted("action_listen")], None),
])
def test_only_the_latest_new_user_message_counts(events, expected):
    found = new_emergency(events)
    assert (found.text if found else None) == expected


def test_endpoints_yml_uses_the_safety_net_store_and_the_path_resolves():
    # a wrong module path would make Rasa fall back, with only a warning, to an in-memory store
    import yaml
    from pathlib import Path
    from rasa.shared.utils.common import class_from_module_path

    endpoints = yaml.safe_load((Path(__file__).parents[2] / "endpoints.yml").read_text())
    assert class_from_module_path(endpoints["tracker_store"]["type"]) is SafetyNetTrackerStore
