"""CaseRepository: migrations, one open case per kind, queue order."""
import pytest

from casedata import CaseRepository, migrate


@pytest.fixture
def repo(tmp_path):
    url = f"sqlite:///{tmp_path}/cases.db"
    migrate(url)
    repository = CaseRepository.from_url(url)
    yield repository
    repository.dispose()


def test_open_case_is_idempotent_per_conversation_and_kind(repo):
    first = repo.open_case("c1", "emergency", category="weapon")
    again = repo.open_case("c1", "emergency", age=15)
    assert first.id == again.id
    [case] = repo.cases_for("c1")
    assert (case.category, case.age) == ("weapon", 15)


def test_queue_puts_emergency_before_report_before_handover_then_oldest(repo):
    repo.open_case("h1", "handover")
    repo.open_case("r1", "report")
    repo.open_case("e1", "emergency")
    repo.open_case("h2", "handover")
    order = [(c.kind, c.conversation_id) for c in repo.open_queue()]
    assert order == [("emergency", "e1"), ("report", "r1"),
                     ("handover", "h1"), ("handover", "h2")]


def test_waiting_ahead_counts_queued_cases_before_this_one(repo):
    repo.open_case("e1", "emergency")
    repo.open_case("h1", "handover")
    mine = repo.open_case("h2", "handover")
    assert repo.waiting_ahead_of(mine) == 2


@pytest.mark.parametrize("bad_id", ["", "x" * 129])
def test_invalid_conversation_id_is_refused(repo, bad_id):
    with pytest.raises(ValueError):
        repo.open_case(bad_id, "handover")


def test_unknown_kind_is_refused(repo):
    with pytest.raises(ValueError):
        repo.open_case("c1", "gossip")


def test_sql_looking_id_is_stored_as_plain_data(repo):
    sneaky = "x'); DROP TABLE cases;--"
    repo.open_case(sneaky, "handover")
    assert repo.has_open_case(sneaky)
    assert len(repo.open_queue()) == 1


def test_migrations_run_twice_without_harm(tmp_path):
    url = f"sqlite:///{tmp_path}/again.db"
    migrate(url)
    migrate(url)
    assert CaseRepository.from_url(url).open_queue() == []
