"""Two browsers: a young person in the widget and a counsellor in the console.

Emergency message -> first in the live queue without a reload -> take over -> messages both ways ->
the bot stays silent -> hand back -> the bot answers -> close -> the audit log shows each step.
Screenshots go to screenshots/console-*.png (for the README).
"""
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "console"))
from console_harness import PASSWORD, start_console, stop_console  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent.parent
SHOTS = ROOT / "screenshots"


def _bot_events(stack, sender):
    from scripts.local_stack import http

    _, tracker = http("GET", f"{stack.base}/conversations/{sender}/tracker?token={stack.token}")
    return [e for e in tracker["events"] if e["event"] == "bot"]


async def _write(page, text):
    """Type into the widget's message field and send (Enter)."""
    await page.fill("#stod-input", text)
    await page.press("#stod-input", "Enter")


async def test_person_and_counsellor_full_handover(e2e_stack, tmp_path):
    from playwright.async_api import async_playwright, expect

    stack = e2e_stack
    SHOTS.mkdir(exist_ok=True)
    console = await start_console(tmp_path, real_rasa=True, cases_db_url=stack.cases_url,
                                  rasa_url=stack.base, rasa_token=stack.token)
    try:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                                       args=["--no-sandbox"])
            person = await (await browser.new_context()).new_page()
            staff = await (await browser.new_context()).new_page()

            await staff.goto(f"{console.base}/login")
            await staff.fill("input[name=username]", "anna")
            await staff.fill("input[name=password]", PASSWORD)
            await staff.click("button[type=submit]")
            await expect(staff.locator("h1")).to_contain_text("Väntar")

            await person.goto(f"{stack.base}/webhooks/webchat/")
            await expect(person.get_by_text("Ring 112").first).to_be_visible(timeout=15000)
            await _write(person, "hjälp han slår mig just nu")
            # the live queue shows it without a reload; how fast is the in-process queue test's
            # concern (tests/console/test_queue.py), not a browser's on a loaded machine
            row = staff.locator("#waiting tr.kind-emergency").first
            await expect(row).to_be_visible(timeout=15000)
            await staff.screenshot(path=str(SHOTS / "console-queue.png"), full_page=True)

            await row.get_by_role("link").click()
            await expect(staff.locator("section.summary")).to_contain_text("Akut fara")
            await staff.click("#takeover")
            await expect(staff.locator("#send")).to_be_visible()
            await staff.fill("#send textarea[name=text]", "Hej, jag heter Anna. Är du säker nu?")
            await staff.click("#send button[type=submit]")
            await expect(person.get_by_text("Hej, jag heter Anna. Är du säker nu?")).to_be_visible(
                timeout=5000)

            bot_before = len(_bot_events(stack, console.cases.open_queue()[0].conversation_id))
            await _write(person, "ja, jag har låst dörren")
            await expect(staff.locator("#transcript")).to_contain_text("ja, jag har låst dörren",
                                                                       timeout=5000)
            conversation = console.cases.open_queue()[0].conversation_id
            assert len(_bot_events(stack, conversation)) == bot_before  # the bot stayed silent
            await staff.screenshot(path=str(SHOTS / "console-conversation.png"), full_page=True)

            await staff.click("#handback")
            await _write(person, "är jag anonym?")
            await expect(person.get_by_text("sparas").last).to_be_visible(timeout=10000)

            await staff.select_option("#close select[name=outcome]", "police_alerted")
            await staff.check("#close input[name=emergency_acknowledged]")
            await staff.click("#close button[type=submit]")
            await expect(staff.get_by_text("Ärendet är avslutat.")).to_be_visible()

            admin = await (await browser.new_context()).new_page()
            await admin.goto(f"{console.base}/login")
            await admin.fill("input[name=username]", "ada")
            await admin.fill("input[name=password]", PASSWORD)
            await admin.click("button[type=submit]")
            log = admin.locator("table.audit")
            for step in ("login", "view_transcript", "takeover", "message_sent", "hand_back",
                         "close"):
                await expect(log).to_contain_text(step)
            await admin.screenshot(path=str(SHOTS / "console-audit.png"), full_page=True)
            await browser.close()
    finally:
        await stop_console(console)
