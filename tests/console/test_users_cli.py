"""`python -m console.users`: create (password from a prompt or stdin only), disable, list."""
import io

import pytest

from casedata import CaseRepository, UserRepository
from console import users as cli


@pytest.fixture
def database(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path}/cases.db"
    monkeypatch.setenv("STOD_CASES_DB_URL", url)
    return url


def _users(url):
    repository = CaseRepository.from_url(url)
    return UserRepository(repository.engine), repository


def test_create_reads_the_password_from_stdin_and_stores_a_hash(database, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    assert cli.main(["create", "Anna", "--role", "counsellor", "--password-stdin"]) == 0
    assert "created anna (counsellor)" in capsys.readouterr().out
    users, repository = _users(database)
    try:
        user = users.get("anna")
        assert user.password_hash.startswith("$argon2id$")
        result = users.authenticate("anna", "a long enough password", max_failures=5,
                                    lockout=__import__("datetime").timedelta(minutes=1))
        assert result.status == "ok"
    finally:
        repository.dispose()


def test_create_asks_twice_at_the_prompt_and_refuses_a_mismatch(database, monkeypatch, capsys):
    answers = iter(["first long password", "second long password"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert cli.main(["create", "anna", "--role", "admin"]) == 1
    assert "inte lika" in capsys.readouterr().err


def test_a_password_on_the_command_line_is_not_accepted(database):
    with pytest.raises(SystemExit):
        cli.main(["create", "anna", "--role", "admin", "--password", "on the command line"])


def test_short_password_and_unknown_role_are_refused(database, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert cli.main(["create", "anna", "--role", "counsellor", "--password-stdin"]) == 1
    assert "minst 12" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["create", "anna", "--role", "root", "--password-stdin"])


def test_disable_and_list(database, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    cli.main(["create", "anna", "--role", "trainer", "--password-stdin"])
    assert cli.main(["disable", "anna"]) == 0
    assert cli.main(["disable", "nobody"]) == 1
    capsys.readouterr()
    cli.main(["list"])
    assert capsys.readouterr().out.strip() == "anna\ttrainer\tdisabled"
