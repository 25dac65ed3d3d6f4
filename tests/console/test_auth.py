"""auth blueprint: session cookie flags, CSRF, lockout, logout, idle timeout, disabled accounts."""
import pytest

from console_harness import HTML, JSON, PASSWORD, start_console, stop_console


def _set_cookie(headers, name):
    return next(value for value in headers.getall("Set-Cookie") if value.startswith(name + "="))


async def test_login_sets_an_httponly_samesite_strict_session_cookie(console):
    browser = console.browser()
    status, headers, _ = await browser.login("anna")
    assert status == 303 and headers["Location"] == "/queue"
    cookie = _set_cookie(headers, "stod_console")
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # plain http on 127.0.0.1 by default
    assert [e.action for e in console.app.ctx.audit.entries()] == ["login"]


async def test_behind_https_the_cookie_is_secure_and_host_prefixed(tmp_path):
    console = await start_console(tmp_path, cookie_secure=True)
    try:
        browser = console.browser()
        _, headers, _ = await browser.get("/login", headers=HTML)
        login_cookie = _set_cookie(headers, "__Host-stod_login")
        assert "Secure" in login_cookie and "HttpOnly" in login_cookie
    finally:
        await stop_console(console)


async def test_wrong_password_is_refused_with_one_message_and_audited(console):
    browser = console.browser()
    status, _, page = await browser.login("anna", "not the password")
    assert status == 401
    assert "Fel användarnamn eller lösenord" in page
    status_unknown, _, page_unknown = await browser.login("nobody", "not the password")
    assert status_unknown == 401 and "Fel användarnamn eller lösenord" in page_unknown
    entries = console.app.ctx.audit.entries()
    assert [(e.actor, e.action) for e in entries] == [(None, "login_failed"),
                                                      ("anna", "login_failed")]


async def test_account_locks_after_repeated_failures_and_the_right_password_is_refused(console):
    browser = console.browser()
    for _ in range(3):  # the harness sets STOD_CONSOLE_LOCKOUT_ATTEMPTS=3
        await browser.login("anna", "guess")
    status, _, _ = await browser.login("anna", PASSWORD)
    assert status == 401
    actions = [e.action for e in console.app.ctx.audit.entries()]
    assert actions[:2] == ["login_locked", "login_locked"]
    assert console.users.get("anna").locked_until is not None


async def test_login_without_the_form_token_is_refused(console):
    browser = console.browser()
    await browser.get("/login", headers=HTML)
    status, _, _ = await browser.post("/login", data={"username": "anna", "password": PASSWORD},
                                      headers=HTML, csrf=False)
    assert status == 403
    status, _, _ = await browser.post(
        "/login", data={"username": "anna", "password": PASSWORD, "csrf_token": "forged"},
        headers=HTML, csrf=False)
    assert status == 403


@pytest.mark.parametrize("token", [None, "", "forged-token"])
async def test_state_changes_without_the_sessions_csrf_token_are_refused(console, token):
    console.cases.open_case("c1", "handover")
    browser = await console.as_role("counsellor")
    headers = dict(JSON)
    if token is not None:
        headers["X-CSRF-Token"] = token
    status, _, body = await browser.post("/cases/1/takeover", headers=headers, csrf=False,
                                         json={})
    assert status == 403 and "CSRF" in body
    assert console.cases.open_cases_of("c1")[0].claimed_by is None


async def test_csrf_token_in_a_form_field_is_accepted(console):
    console.cases.open_case("c1", "handover")
    browser = await console.as_role("counsellor")
    status, headers, _ = await browser.post("/cases/1/takeover", headers=HTML, csrf=False,
                                            data={"csrf_token": browser.csrf})
    assert status == 303 and headers["Location"] == "/cases/1"
    assert console.cases.open_cases_of("c1")[0].claimed_by == "anna"


async def test_another_sessions_csrf_token_does_not_work(console):
    console.cases.open_case("c1", "handover")
    first = await console.as_role("counsellor")
    second = await console.as_role("counsellor")
    assert first.csrf != second.csrf
    status, _, _ = await first.post("/cases/1/takeover", json={}, csrf=False,
                                    headers={**JSON, "X-CSRF-Token": second.csrf})
    assert status == 403


async def test_logout_ends_the_session_and_is_audited(console):
    browser = await console.as_role("counsellor")
    assert (await browser.get("/queue/data"))[0] == 200
    status, headers, _ = await browser.post("/logout", json={})
    assert status == 303 and headers["Location"] == "/login"
    assert (await browser.get("/queue/data"))[0] == 401
    assert [e.action for e in console.app.ctx.audit.entries()][:2] == ["logout", "login"]


async def test_idle_session_expires(console):
    browser = await console.as_role("counsellor")
    store = console.app.ctx.sessions
    real_clock = store.clock
    store.clock = lambda: real_clock() + store.idle_seconds + 1
    try:
        assert (await browser.get("/queue/data"))[0] == 401
        status, headers, _ = await browser.get("/queue", headers=HTML)
        assert status == 303 and headers["Location"] == "/login"
    finally:
        store.clock = real_clock


async def test_activity_keeps_the_session_alive(console):
    browser = await console.as_role("counsellor")
    store = console.app.ctx.sessions
    real_clock = store.clock
    half = store.idle_seconds * 0.6
    store.clock = lambda: real_clock() + half
    assert (await browser.get("/queue/data"))[0] == 200
    store.clock = lambda: real_clock() + 2 * half
    try:
        assert (await browser.get("/queue/data"))[0] == 200
    finally:
        store.clock = real_clock


async def test_disabling_an_account_ends_its_sessions_even_from_the_cli(console):
    browser = await console.as_role("counsellor")
    console.users.set_disabled("anna")  # what `python -m console.users disable anna` does
    assert (await browser.get("/queue/data"))[0] == 401
    status, _, _ = await console.browser().login("anna")
    assert status == 401


@pytest.mark.parametrize("username", ["x'); DROP TABLE console_users;--", "ä" * 500,
                                      "<script>alert(1)</script>", "\u202eanna", ""])
async def test_odd_usernames_get_the_plain_refusal(console, username):
    status, _, page = await console.browser().login(username, "whatever")
    assert status == 401 and "Fel användarnamn" in page and "<script>alert" not in page
    assert console.users.get("anna") is not None
