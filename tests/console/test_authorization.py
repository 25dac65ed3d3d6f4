"""Authorization matrix: every role, anonymous included, against every console route."""
import pytest

from console_harness import HTML, JSON, USERS

ROLES = ("anonymous", "counsellor", "trainer", "admin")
# (method, route pattern, concrete path, kind, body, expected status per role in ROLES order)
# kind: html = a browser page, json = API call, stream = server-sent events.
MATRIX = [
    ("GET", "/health", "/health", "json", None, (200, 200, 200, 200)),
    ("GET", "/login", "/login", "html", None, (200, 303, 303, 303)),
    # anonymous: a wrong password with the form's token; logged in: no login form, no token
    ("POST", "/login", "/login", "login", None, (401, 403, 403, 403)),
    ("POST", "/logout", "/logout", "json", None, (401, 303, 303, 303)),
    ("GET", "/", "/", "html", None, (303, 303, 303, 303)),
    ("GET", "/home", "/home", "html", None, (303, 200, 200, 200)),
    ("GET", "/queue", "/queue", "html", None, (303, 200, 403, 403)),
    ("GET", "/queue/data", "/queue/data", "json", None, (401, 200, 403, 403)),
    ("GET", "/queue/stream", "/queue/stream", "stream", None, (401, 200, 403, 403)),
    ("GET", "/cases/<case_id:int>", "/cases/1", "html", None, (303, 200, 403, 403)),
    ("GET", "/cases/<case_id:int>/data", "/cases/1/data", "json", None, (401, 200, 403, 403)),
    ("GET", "/cases/<case_id:int>/stream", "/cases/1/stream", "stream", None,
     (401, 200, 403, 403)),
    ("POST", "/cases/<case_id:int>/takeover", "/cases/1/takeover", "json", {},
     (401, 200, 403, 403)),
    ("POST", "/cases/<case_id:int>/messages", "/cases/1/messages", "json", {"text": "Hej"},
     (401, 200, 403, 403)),
    ("POST", "/cases/<case_id:int>/typing", "/cases/1/typing", "json", {"value": True},
     (401, 200, 403, 403)),
    ("POST", "/cases/<case_id:int>/handback", "/cases/1/handback", "json", {},
     (401, 200, 403, 403)),
    ("POST", "/cases/<case_id:int>/release", "/cases/1/release", "json", {},
     (401, 200, 403, 403)),
    ("POST", "/cases/<case_id:int>/close", "/cases/1/close", "json",
     {"outcome": "police_alerted", "emergency_acknowledged": "true"}, (401, 200, 403, 403)),
    ("GET", "/audit", "/audit", "html", None, (303, 403, 403, 200)),
    ("GET", "/admin/users", "/admin/users", "html", None, (303, 403, 403, 200)),
    ("POST", "/admin/users/<username:str>/disable", "/admin/users/bo/disable", "json", {},
     (401, 403, 403, 200)),
    ("POST", "/admin/users/<username:str>/enable", "/admin/users/bo/enable", "json", {},
     (401, 403, 403, 200)),
]
CASES = [
    pytest.param(method, path, kind, body, role, statuses[ROLES.index(role)],
                 id=f"{role}-{method}-{path}")
    for method, _, path, kind, body, statuses in MATRIX
    for role in ROLES
]


def test_the_matrix_covers_every_route_of_the_app(console):
    routes = {
        (method, "/" + route.path)
        for route in console.app.router.routes
        if not route.name.endswith(".static")
        for method in route.methods if method != "HEAD"
    }
    listed = {(method, pattern.rstrip("/") or "/") for method, pattern, *_ in MATRIX}
    assert {(m, p.rstrip("/") or "/") for m, p in routes} == listed


async def _seed(console):
    """Case 1: an emergency that the counsellor 'anna' has taken over."""
    case = console.cases.open_case("conv-e", "emergency", category="weapon")
    assert case.id == 1
    console.cases.claim("conv-e", USERS["counsellor"])
    console.rasa.add("conv-e", [], handover="active", safety_level="emergency")


@pytest.mark.parametrize(("method", "path", "kind", "body", "role", "expected"), CASES)
async def test_route_answers_each_role_as_expected(console, method, path, kind, body, role,
                                                   expected):
    await _seed(console)
    browser = await console.as_role(role)
    if kind == "stream":
        status = await browser.status_of_stream(path)
    elif kind == "login":
        token = await browser.login_form() if role == "anonymous" else ""
        status, _, _ = await browser.post(
            "/login", data={"username": "anna", "password": "wrong", "csrf_token": token},
            headers=HTML, csrf=False)
    elif method == "GET":
        status, _, _ = await browser.get(path, headers=HTML if kind == "html" else JSON)
    else:
        status, _, _ = await browser.post(path, json=body)
    assert status == expected


async def test_static_files_carry_no_data_and_are_public(console):
    browser = console.browser()
    status, headers, text = await browser.get("/static/console.js")
    assert status == 200 and "textContent" in text and "innerHTML" not in text
