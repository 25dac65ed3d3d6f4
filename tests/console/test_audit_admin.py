"""audit and admin blueprints: the log shows each step to admins only; accounts can be disabled."""
import json

import pytest

from console_harness import HTML, USERS


async def test_audit_log_shows_every_step_of_a_handover_to_the_admin(console):
    case = console.cases.open_case("c1", "emergency")
    console.rasa.add("c1", [], safety_level="emergency")
    anna = await console.as_role("counsellor")
    await anna.get(f"/cases/{case.id}", headers=HTML)
    await anna.post(f"/cases/{case.id}/takeover", json={})
    await anna.post(f"/cases/{case.id}/messages", json={"text": "Hej <script>x</script>"})
    await anna.post(f"/cases/{case.id}/handback", json={})
    await anna.post(f"/cases/{case.id}/close", json={"outcome": "advice_given",
                                                      "emergency_acknowledged": "on"})
    admin = await console.as_role("admin")
    status, _, body = await admin.get("/audit")
    assert status == 200
    steps = [(e["actor"], e["action"], e["case_id"]) for e in reversed(json.loads(body))]
    assert steps == [("anna", "login", None), ("anna", "view_transcript", case.id),
                     ("anna", "takeover", case.id), ("anna", "message_sent", case.id),
                     ("anna", "hand_back", case.id), ("anna", "close", case.id),
                     ("ada", "login", None)]
    assert "Hej" not in body and "<script>" not in body  # no conversation text in the log
    status, _, page = await admin.get("/audit", headers=HTML)
    assert status == 200 and "hand_back" in page and "Skrivskyddad" in page


@pytest.mark.parametrize("method", ["PUT", "PATCH", "DELETE"])
async def test_no_route_edits_the_audit_log(console, method):
    admin = await console.as_role("admin")
    status, _, _ = await admin.request(method, "/audit", json={})
    assert status == 405
    assert [e.action for e in console.app.ctx.audit.entries()] == ["login"]


async def test_admin_disables_an_account_and_its_session_ends_at_once(console):
    bo = console.browser()
    await bo.login(USERS["counsellor2"])
    admin = await console.as_role("admin")
    assert (await admin.post("/admin/users/bo/disable", json={}))[0] == 200
    assert (await bo.get("/queue/data"))[0] == 401
    accounts = json.loads((await admin.get("/admin/users"))[2])
    assert {"username": "bo", "role": "counsellor", "disabled": True} in accounts
    assert "password" not in json.dumps(accounts)
    assert console.app.ctx.audit.entries()[0].action == "user_disabled"
    assert (await admin.post("/admin/users/bo/enable", json={}))[0] == 200
    assert (await console.browser().login("bo"))[0] == 303


async def test_admin_cannot_disable_themself_or_a_missing_account(console):
    admin = await console.as_role("admin")
    assert (await admin.post("/admin/users/ada/disable", json={}))[0] == 409
    assert (await admin.post("/admin/users/nobody/disable", json={}))[0] == 404
