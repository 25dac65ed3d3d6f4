"""Case data for the console: atomic claim, closure rules, accounts and lockout, append-only audit."""
import datetime as dt
import threading
import uuid

import pytest
import sqlalchemy as sa
from argon2 import PasswordHasher

from casedata import (
    AuditLog,
    CaseRepository,
    Closure,
    ClosureError,
    NotOwnerError,
    UserError,
    UserRepository,
    migrate,
)
from casedata.models import utcnow

FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
PG_BASE = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture
def repo(tmp_path):
    url = f"sqlite:///{tmp_path}/cases.db"
    migrate(url)
    repository = CaseRepository.from_url(url)
    yield repository
    repository.dispose()


def _postgres_available() -> bool:
    try:
        engine = sa.create_engine(PG_BASE, connect_args={"connect_timeout": 2})
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:
        return False


@pytest.fixture
def pg_repo():
    """A repository in a private schema of the shared PostgreSQL `test` database."""
    if not _postgres_available():
        pytest.skip("PostgreSQL at 127.0.0.1:5432 is not reachable")
    schema = f"console_test_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_BASE, future=True)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = f"{PG_BASE}?options=-csearch_path%3D{schema}"
    try:
        migrate(url)
        repository = CaseRepository.from_url(url)
        yield repository
        repository.dispose()
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _race(repository, conversation_id, usernames):
    """Claim from several threads released at the same moment; the results by user."""
    barrier = threading.Barrier(len(usernames))
    results = {}

    def claim(name):
        barrier.wait()
        results[name] = repository.claim(conversation_id, name)

    threads = [threading.Thread(target=claim, args=(name,)) for name in usernames]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return results


@pytest.mark.parametrize("round_", range(5))
def test_concurrent_claims_on_sqlite_exactly_one_wins(repo, round_):
    repo.open_case("c1", "emergency")
    repo.open_case("c1", "report")
    results = _race(repo, "c1", ["anna", "bo", "cem"])
    winners = [name for name, claim in results.items() if claim.won]
    assert len(winners) == 1
    assert all(claim.holder == winners[0] for claim in results.values())
    assert {case.claimed_by for case in repo.open_cases_of("c1")} == {winners[0]}


def test_concurrent_claims_on_postgresql_exactly_one_wins(pg_repo):
    for round_ in range(5):
        conversation = f"pg-{round_}"
        pg_repo.open_case(conversation, "emergency")
        pg_repo.open_case(conversation, "handover")
        results = _race(pg_repo, conversation, ["anna", "bo", "cem", "dia"])
        winners = [name for name, claim in results.items() if claim.won]
        assert len(winners) == 1, results
        assert {c.claimed_by for c in pg_repo.open_cases_of(conversation)} == set(winners)


def test_claim_again_by_the_owner_succeeds_and_others_are_refused_with_the_holder(repo):
    repo.open_case("c1", "handover")
    assert repo.claim("c1", "anna").won
    assert repo.claim("c1", "anna").won
    refused = repo.claim("c1", "bo")
    assert (refused.won, refused.holder) == (False, "anna")
    [case] = repo.open_cases_of("c1")
    assert (case.status, case.claimed_by) == ("active", "anna")


def test_case_raised_after_a_claim_belongs_to_the_same_counsellor(repo):
    repo.open_case("c1", "handover")
    repo.claim("c1", "anna")
    emergency = repo.open_case("c1", "emergency")
    assert (emergency.status, emergency.claimed_by) == ("active", "anna")
    assert not repo.claim("c1", "bo").won


def test_release_puts_the_conversation_back_in_the_queue(repo):
    repo.open_case("c1", "handover")
    repo.claim("c1", "anna")
    assert repo.release("c1", "anna") == 1
    [case] = repo.open_cases_of("c1")
    assert (case.status, case.claimed_by) == ("queued", None)
    assert repo.claim("c1", "bo").won


def test_claim_of_a_conversation_without_open_cases_fails(repo):
    claim = repo.claim("nothing-here", "anna")
    assert (claim.won, claim.holder) == (False, None)


def test_emergency_cannot_be_closed_without_explicit_acknowledgement(repo):
    repo.open_case("c1", "emergency")
    repo.claim("c1", "anna")
    with pytest.raises(ClosureError, match="akut"):
        repo.close("c1", "anna", Closure(outcome="police_alerted"))
    assert repo.open_cases_of("c1")
    [closed] = repo.close("c1", "anna", Closure(outcome="police_alerted",
                                                emergency_acknowledged=True, note=" ringde 112 "))
    assert (closed.status, closed.outcome, closed.note) == ("closed", "police_alerted", "ringde 112")
    assert closed.emergency_acknowledged and closed.closed_by == "anna"


def test_report_case_needs_the_report_decision_and_who_and_when_if_made(repo):
    repo.open_case("c1", "report")
    repo.claim("c1", "anna")
    with pytest.raises(ClosureError, match="orosanmälan"):
        repo.close("c1", "anna", Closure(outcome="advice_given"))
    with pytest.raises(ClosureError, match="vem"):
        repo.close("c1", "anna", Closure(outcome="report_made", report_decision="made",
                                         report_made_at=utcnow()))
    with pytest.raises(ClosureError, match="när"):
        repo.close("c1", "anna", Closure(outcome="report_made", report_decision="made",
                                         report_made_by="Anna, NCH"))
    made_at = utcnow().replace(microsecond=0) - dt.timedelta(minutes=10)
    [closed] = repo.close("c1", "anna", Closure(outcome="report_made", report_decision="made",
                                                report_made_by="Anna, NCH",
                                                report_made_at=made_at))
    assert (closed.report_decision, closed.report_made_by, closed.report_made_at) == (
        "made", "Anna, NCH", made_at)


def test_report_decision_not_made_closes_a_report_case(repo):
    repo.open_case("c1", "report")
    repo.claim("c1", "anna")
    [closed] = repo.close("c1", "anna", Closure(outcome="referred_social_services",
                                                report_decision="not_made"))
    assert closed.status == "closed"


@pytest.mark.parametrize(
    ("closure", "message"),
    [
        (Closure(outcome="gossip"), "utfall"),
        (Closure(outcome="advice_given", note="x" * 1001), "1000"),
        (Closure(outcome="report_made"), "gjord"),
        (Closure(outcome="advice_given", report_decision="maybe"), "Okänt"),
        (Closure(outcome="report_made", report_decision="made", report_made_by="Bo",
                 report_made_at=utcnow() + dt.timedelta(days=1)), "framtiden"),
    ],
)
def test_invalid_closures_are_refused_and_leave_the_case_open(repo, closure, message):
    repo.open_case("c1", "handover")
    repo.claim("c1", "anna")
    with pytest.raises(ClosureError, match=message):
        repo.close("c1", "anna", closure)
    assert [c.status for c in repo.open_cases_of("c1")] == ["active"]


def test_only_the_owner_can_close(repo):
    repo.open_case("c1", "handover")
    repo.claim("c1", "anna")
    with pytest.raises(NotOwnerError):
        repo.close("c1", "bo", Closure(outcome="no_action"))
    repo.open_case("c2", "handover")
    with pytest.raises(NotOwnerError):  # unclaimed: nobody owns it yet
        repo.close("c2", "anna", Closure(outcome="no_action"))


def test_closing_closes_every_open_case_of_the_conversation(repo):
    for kind in ("emergency", "report", "handover"):
        repo.open_case("c1", kind)
    repo.claim("c1", "anna")
    closed = repo.close("c1", "anna", Closure(outcome="police_alerted", emergency_acknowledged=True,
                                              report_decision="not_made"))
    assert sorted(c.kind for c in closed) == ["emergency", "handover", "report"]
    assert repo.open_cases_of("c1") == []
    assert repo.open_queue() == []


# ------------------------------------------------------------------ accounts

@pytest.fixture
def users(repo):
    return UserRepository(repo.engine, hasher=FAST_HASHER)


def _login(users, name, password, now=None):
    return users.authenticate(name, password, max_failures=3,
                              lockout=dt.timedelta(minutes=15), now=now)


def test_passwords_are_stored_as_argon2id_hashes(users):
    user = users.create("Anna", "correct horse battery", "counsellor")
    assert user.username == "anna"
    assert user.password_hash.startswith("$argon2id$")
    assert "correct horse" not in user.password_hash
    assert _login(users, "anna", "correct horse battery").status == "ok"


@pytest.mark.parametrize(
    ("name", "password", "role"),
    [("a", "long enough password", "counsellor"),
     ("anna; drop table", "long enough password", "counsellor"),
     ("anna", "short", "counsellor"),
     ("anna", "long enough password", "root")],
)
def test_bad_accounts_are_refused(users, name, password, role):
    with pytest.raises(UserError):
        users.create(name, password, role)


def test_duplicate_username_is_refused(users):
    users.create("anna", "long enough password", "counsellor")
    with pytest.raises(UserError, match="finns redan"):
        users.create("ANNA", "another long password", "admin")


def test_account_locks_after_repeated_failures_even_with_the_right_password(users):
    users.create("anna", "long enough password", "counsellor")
    assert [_login(users, "anna", "wrong").status for _ in range(3)] == [
        "invalid", "invalid", "locked"]
    assert _login(users, "anna", "long enough password").status == "locked"
    later = utcnow() + dt.timedelta(minutes=16)
    assert _login(users, "anna", "long enough password", now=later).status == "ok"
    assert users.get("anna").failed_logins == 0


def test_an_expired_lock_starts_the_count_afresh(users):
    users.create("anna", "long enough password", "counsellor")
    for _ in range(3):
        _login(users, "anna", "wrong")
    later = utcnow() + dt.timedelta(minutes=16)
    assert _login(users, "anna", "wrong", now=later).status == "invalid"


def test_disabled_account_cannot_log_in_and_unknown_user_is_just_invalid(users):
    users.create("anna", "long enough password", "counsellor")
    assert users.set_disabled("anna")
    assert _login(users, "anna", "long enough password").status == "disabled"
    assert _login(users, "nobody", "long enough password").status == "invalid"
    assert not users.set_disabled("nobody")


# ------------------------------------------------------------------ audit

def test_audit_log_appends_and_reads_newest_first(repo):
    audit = AuditLog(repo.engine)
    audit.record("anna", "login")
    audit.record("anna", "takeover", conversation_id="c1", case_id=7)
    entries = audit.entries()
    assert [(e.actor, e.action, e.conversation_id) for e in entries] == [
        ("anna", "takeover", "c1"), ("anna", "login", None)]


def test_audit_log_refuses_unknown_actions(repo):
    with pytest.raises(ValueError):
        AuditLog(repo.engine).record("anna", "edit_history")


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET actor = 'mallory'",
                                       "DELETE FROM audit_log"])
def test_the_database_refuses_to_edit_or_delete_audit_entries(repo, statement):
    AuditLog(repo.engine).record("anna", "login")
    with pytest.raises(sa.exc.DatabaseError, match="append-only"):
        with repo.engine.begin() as connection:
            connection.execute(sa.text(statement))
    assert [e.actor for e in AuditLog(repo.engine).entries()] == ["anna"]


def test_postgres_audit_log_is_append_only_too(pg_repo):
    AuditLog(pg_repo.engine).record("anna", "login")
    with pytest.raises(sa.exc.DatabaseError, match="append-only"):
        with pg_repo.engine.begin() as connection:
            connection.execute(sa.text("DELETE FROM audit_log"))
