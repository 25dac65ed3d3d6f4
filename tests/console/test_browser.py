"""The console in a real browser (Debian's chromium via Playwright) with the stand-in Rasa:
the script works under the strict CSP, the queue and the transcript update without reload,
messages are sent from the page, and conversation text is shown as text, never as markup.
"""
import asyncio
from pathlib import Path

import pytest

from console_harness import PASSWORD, person_events

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parent.parent.parent / "screenshots"
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")


async def test_counsellor_works_a_conversation_in_the_browser(console):
    from playwright.async_api import async_playwright, expect

    console.cases.open_case("h1", "handover")
    console.rasa.add("h1", person_events("kan jag prata med någon?", intent="request_human"),
                     handover="requested")
    SHOTS.mkdir(exist_ok=True)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM),
                                                   args=["--no-sandbox"])
        page = await (await browser.new_context()).new_page()
        problems = []
        # (the browser's own favicon request is the one 404 allowed)
        page.on("console", lambda msg: problems.append(msg.text)
                if msg.type == "error" and "favicon" not in (msg.location or {}).get("url", "")
                else None)
        page.on("pageerror", lambda exc: problems.append(str(exc)))
        page.on("dialog", lambda dialog: asyncio.ensure_future(dialog.dismiss()))

        await page.goto(f"{console.base}/login")
        await page.fill("input[name=username]", "anna")
        await page.fill("input[name=password]", PASSWORD)
        await page.click("button[type=submit]")
        await expect(page.locator("#waiting tr.kind-handover")).to_have_count(1)

        # a new emergency arrives: it appears first, without a reload
        console.cases.open_case("e1", "emergency", age=15, category="weapon")
        console.rasa.add("e1", [
            {"event": "user", "text": "<img src=x onerror=alert(1)> han har en kniv", "timestamp": 1.0,
             "parse_data": {"intent": {"name": "emergency"},
                            "entities": [{"entity": "danger", "value": "weapon"}]}}],
            safety_level="emergency", danger_category="weapon", user_age=15)
        first = page.locator("#waiting tbody tr").first
        await expect(first).to_have_class("kind-emergency", timeout=3000)
        await expect(first).to_contain_text("Akut (weapon)")
        await page.screenshot(path=str(SHOTS / "console-queue-live.png"), full_page=True)

        await first.get_by_role("link").click()
        await expect(page.locator("section.summary")).to_contain_text("han har en kniv")
        await page.click("#takeover")
        await expect(page.locator("#send")).to_be_visible()
        await page.fill("#send textarea[name=text]", "Hej, jag heter Anna.")
        await page.click("#send button[type=submit]")
        await expect(page.locator("#transcript")).to_contain_text("Hej, jag heter Anna.")
        assert console.rasa.appended["e1"][-1][0]["text"] == "Hej, jag heter Anna."

        console.rasa.trackers["e1"]["events"].extend(person_events("<b>tack</b>, jag är rädd"))
        await expect(page.locator("#transcript")).to_contain_text("<b>tack</b>, jag är rädd")
        assert await page.locator("#transcript b").count() == 0  # text, not markup
        assert await page.locator("img").count() == 0
        await page.screenshot(path=str(SHOTS / "console-conversation-live.png"), full_page=True)
        await browser.close()
    assert problems == []
