"""The web chat widget in Chromium against the real Rasa server, action server and webchat channel."""
import json
import sqlite3
import time

from scripts.local_stack import http
from tests.browser.conftest import AXE, EXIT_URL, SCREENSHOTS

WAIT = 60_000  # ms: the first replies of a freshly started Rasa server can be slow on 2 cores


def chat_url(stack):
    return f"{stack.base}/webhooks/webchat/"


def open_chat(page, stack):
    response = page.goto(chat_url(stack))
    page.wait_for_selector(".stod-msg--bot", timeout=WAIT)
    page.wait_for_selector('.stod-status[data-state="connected"]', timeout=WAIT)
    return response


def stored(page):
    return json.loads(page.evaluate("sessionStorage.getItem('stod.webchat') || '{}'"))


def conversation_id(page):
    return stored(page)["token"].split(".")[1]


def count(page, selector):
    return page.eval_on_selector_all(selector, "els => els.length")


def texts(page, selector):
    return page.eval_on_selector_all(selector, "els => els.map(e => e.textContent)")


def send(page, text):
    before = count(page, ".stod-msg--bot")
    page.fill("#stod-input", text)
    page.keyboard.press("Enter")
    wait_for_more(page, ".stod-msg--bot", before)


def wait_for_more(page, selector, before):
    page.wait_for_function("([s, n]) => document.querySelectorAll(s).length > n",
                           arg=[selector, before], timeout=WAIT)


def tracker(stack, cid):
    status, body = http("GET", f"{stack.base}/conversations/{cid}/tracker?token={stack.token}")
    assert status == 200
    return body


def tracker_rows(stack, cid):
    path = stack.rasa.env["STOD_TRACKER_STORE_URL"][len("sqlite:///"):]
    with sqlite3.connect(path) as db:
        return db.execute("SELECT COUNT(*) FROM events WHERE sender_id = ?", (cid,)).fetchone()[0]


def test_page_opens_with_112_welcome_quick_exit_first_and_only_local_requests(new_page, stack):
    page = new_page()
    response = open_chat(page, stack)
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp
    assert response.headers["cache-control"] == "no-store"
    assert texts(page, ".stod-msg--bot .stod-text")[0].startswith("Är du i fara just nu? Ring 112.")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "stod-exit"
    assert page.evaluate("document.cookie") == ""
    assert page.evaluate("localStorage.length") == 0
    assert all(url.startswith(stack.base) for url in page.requests), page.requests
    assert page.errors == []
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "widget-desktop.png"))


def test_chat_gets_replies_buttons_are_buttons_and_markup_stays_text(new_page, stack):
    page = new_page(360, 740)
    open_chat(page, stack)
    send(page, "<b>fet</b><img src=x onerror=alert(1)>")
    assert texts(page, ".stod-msg--you .stod-text") == ["<b>fet</b><img src=x onerror=alert(1)>"]
    assert count(page, ".stod-log b, .stod-log img") == 0
    send(page, "är du en robot?")
    button = page.locator("button.stod-choice", has_text="Chatta med en stödperson")
    button.wait_for(timeout=WAIT)
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "widget-phone.png"))
    before = count(page, ".stod-msg--bot")
    button.click()
    wait_for_more(page, ".stod-msg--bot", before)
    assert texts(page, ".stod-msg--you .stod-text")[-1] == "Chatta med en stödperson"
    events = tracker(stack, conversation_id(page))["events"]
    user = [e for e in events if e["event"] == "user"]
    assert user[-1]["text"] == "/request_human"
    assert user[-3]["text"] == "<b>fet</b><img src=x onerror=alert(1)>"
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


def test_language_switch_changes_labels_and_tells_rasa(new_page, stack):
    page = new_page()
    open_chat(page, stack)
    before = count(page, ".stod-msg--bot")
    page.click(".stod-lang")
    assert page.inner_text(".stod-exit") == "Leave page"
    assert page.inner_text(".stod-label") == "Write your message"
    assert page.inner_text(".stod-lang") == "Svenska"
    assert page.evaluate("document.documentElement.lang") == "en"
    wait_for_more(page, ".stod-msg--bot", before)
    user = [e for e in tracker(stack, conversation_id(page))["events"] if e["event"] == "user"]
    assert user[-1]["text"] == '/set_language{"language":"en"}'
    page.click(".stod-lang")
    assert page.inner_text(".stod-exit") == "Lämna sidan"


def _assert_left_without_trace(page, stack):
    page.wait_for_url(EXIT_URL, timeout=10_000)
    assert page.title() == "Neutral"
    page.go_back()
    assert not page.url.startswith(chat_url(stack))  # location.replace: Back does not return
    page.goto(f"{stack.base}/webhooks/webchat/icon.svg")  # same origin, no widget running
    assert page.evaluate("sessionStorage.length") == 0
    assert page.evaluate("localStorage.length") == 0
    assert page.context.cookies() == []


def test_quick_exit_by_click_replaces_the_page_and_clears_storage(new_page, stack):
    page = new_page()
    page.goto("about:blank")
    open_chat(page, stack)
    assert stored(page)["token"]
    page.click(".stod-exit")
    _assert_left_without_trace(page, stack)


def test_quick_exit_by_escape_works_while_typing(new_page, stack):
    page = new_page()
    page.goto("about:blank")
    open_chat(page, stack)
    page.fill("#stod-input", "något jag inte vill att någon ser")
    page.focus("#stod-input")
    page.keyboard.press("Escape")
    _assert_left_without_trace(page, stack)


def test_delete_my_conversation_asks_then_removes_the_transcript(new_page, stack):
    page = new_page()
    open_chat(page, stack)
    send(page, "hej")
    cid = conversation_id(page)
    assert tracker_rows(stack, cid) > 0
    page.click(".stod-delete")
    assert page.is_visible(".stod-dialog")
    page.click(".stod-dialog .stod-tool")  # cancel first: nothing happens
    assert tracker_rows(stack, cid) > 0
    page.click(".stod-delete")
    page.click(".stod-danger")
    page.wait_for_selector("text=Samtalet är raderat", timeout=WAIT)
    assert tracker_rows(stack, cid) == 0
    page.wait_for_function("cid => JSON.parse(sessionStorage.getItem('stod.webchat')).token"
                           " && !JSON.parse(sessionStorage.getItem('stod.webchat')).token.includes(cid)",
                           arg=cid, timeout=WAIT)
    assert "hej" not in texts(page, ".stod-msg--you .stod-text")


def wait_for_server_socket(stack, cid):
    """Wait until the server holds a socket for the conversation (a silent typing signal counts
    them): "connected" in the widget can come before the server has registered a reconnect."""
    deadline = time.monotonic() + WAIT / 1000
    while True:
        status, body = http("POST", f"{stack.base}/webhooks/webchat/internal/signal?token={stack.token}",
                            {"conversation_id": cid, "type": "typing", "value": False})
        if (status == 200 and body["connected"] >= 1) or time.monotonic() > deadline:
            return
        time.sleep(0.2)


def test_reconnect_after_server_drop_loses_no_message(new_page, stack):
    page = new_page()
    open_chat(page, stack)
    cid = conversation_id(page)
    wait_for_server_socket(stack, cid)
    # the server drops the socket, then offline emulation blocks every reconnect (the widget
    # waits at least 250 ms before its first one), so the widget stays away until the missed
    # message exists; going offline first can close the socket in Chromium before the server
    # drops it
    status, body = http("POST", f"{stack.base}/webhooks/webchat/internal/signal?token={stack.token}",
                        {"conversation_id": cid, "type": "disconnect"})
    page.context.set_offline(True)
    assert status == 200 and body["disconnected"] == 1
    page.wait_for_selector('.stod-status[data-state="offline"]', timeout=WAIT)
    url = (f"{stack.base}/conversations/{cid}/tracker/events?execute_side_effects=true"
           f"&output_channel=webchat&token={stack.token}")
    missed = "Hej, jag är stödperson. Jag finns här."
    assert http("POST", url, [{"event": "bot", "text": missed,
                               "data": {"custom": {"stod": {"from": "counsellor"}}}}])[0] == 200
    page.fill("#stod-input", "skrivet utan anslutning")
    page.keyboard.press("Enter")
    page.context.set_offline(False)
    page.wait_for_selector(f"text={missed}", timeout=WAIT)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.stod-msg--bot')].length >= 2", timeout=WAIT)
    assert conversation_id(page) == cid  # same conversation resumed
    assert texts(page, ".stod-msg--counsellor .stod-text") == [missed]  # exactly once
    page.wait_for_timeout(1000)
    user = [e["text"] for e in tracker(stack, cid)["events"] if e["event"] == "user"]
    assert user.count("skrivet utan anslutning") == 1


def test_second_browser_cannot_open_the_first_ones_conversation(new_page, stack):
    first = new_page()
    open_chat(first, stack)
    send(first, "min hemlighet")
    victim = stored(first)["token"]
    cid = victim.split(".")[1]
    forged = ".".join(victim.split(".")[:3] + ["A" * 43])
    second = new_page()
    second.add_init_script(
        "sessionStorage.setItem('stod.webchat', JSON.stringify({token: %s, epoch: null, lastId: 0}))"
        % json.dumps(forged))
    open_chat(second, stack)
    second.wait_for_selector("text=Det tidigare samtalet kunde inte öppnas", timeout=WAIT)
    assert conversation_id(second) != cid
    assert "min hemlighet" not in " ".join(texts(second, ".stod-log .stod-text"))
    before = len([e for e in tracker(stack, cid)["events"] if e["event"] == "user"])
    send(second, "hej")
    after = len([e for e in tracker(stack, cid)["events"] if e["event"] == "user"])
    assert after == before  # nothing written into the first conversation


def test_one_script_tag_embeds_the_widget_on_another_site(new_page, stack, host_site):
    page = new_page(1024, 720)
    page.goto(host_site)
    page.wait_for_selector(".stod--embedded .stod-msg--bot", timeout=WAIT)
    assert page.inner_text("h1") == "Föreningen"  # the host page is untouched
    assert page.is_visible(".stod--embedded .stod-exit")
    assert texts(page, ".stod-msg--bot .stod-text")[0].startswith("Är du i fara just nu? Ring 112.")
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "widget-embedded.png"))


AXE_RUN = """async () => {
    const r = await axe.run(document, {runOnly: {type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
    return r.violations.map(v => ({id: v.id, nodes: v.nodes.map(n => n.target)}));
}"""


def test_axe_finds_no_wcag_violations_on_phone_and_desktop(new_page, stack):
    for width, height in ((360, 740), (1280, 800)):
        page = new_page(width, height, bypass_csp=True)  # lets the test inject axe-core
        open_chat(page, stack)
        page.add_script_tag(path=str(AXE))
        assert page.evaluate(AXE_RUN) == []
    # with bot buttons, a used button, an error message and the confirm dialog open
    send(page, "är du en robot?")
    page.locator("button.stod-choice").first.wait_for(timeout=WAIT)
    page.fill("#stod-input", "x" * 5000)
    page.evaluate("document.querySelector('#stod-input').removeAttribute('maxlength')")
    page.fill("#stod-input", "x" * 5000)
    page.keyboard.press("Enter")
    page.wait_for_selector(".stod-alert:not(:empty)", timeout=WAIT)
    assert page.evaluate(AXE_RUN) == []
    page.click(".stod-delete")
    assert page.evaluate(AXE_RUN) == []


def test_reflows_at_200_percent_zoom_and_respects_reduced_motion(new_page, stack):
    # 200 % zoom of a 1280 px window is a 640 CSS px viewport at twice the pixel density
    page = new_page(640, 400, device_scale_factor=2, reduced_motion="reduce")
    open_chat(page, stack)
    assert page.evaluate("document.documentElement.scrollWidth") <= 640
    assert page.is_visible(".stod-exit") and page.is_visible("#stod-input")
    assert page.evaluate("getComputedStyle(document.querySelector('.stod-log')).scrollBehavior") == "auto"
