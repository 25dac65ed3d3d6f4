"""Browser tests: Debian's Chromium driven by Playwright against the real Rasa + action server.

Chromium comes from apt (scripts/setup.sh), never from `playwright install`. The quick-exit
site is answered by Playwright itself, so no request leaves the machine.
"""
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

from scripts.local_stack import LocalStack, StackError, free_port

CHROMIUM = os.environ.get("STOD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
EXIT_URL = "https://neutral.example/"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
AXE = Path(__file__).resolve().parents[2] / "widget" / "node_modules" / "axe-core" / "axe.min.js"

HOST_SITE_PORT = free_port()  # another site (origin) that embeds the widget with one tag
HOST_SITE = f"http://127.0.0.1:{HOST_SITE_PORT}"

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    """The real servers, with the widget's quick exit pointed at a neutral test address."""
    if not Path(CHROMIUM).exists() or not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run scripts/setup.sh (apt-get install chromium)")
    if not AXE.exists():
        pytest.fail("widget/node_modules is missing: run scripts/setup.sh (npm ci)")
    running = LocalStack(tmp_path_factory.mktemp("browser"),
                         extra_env={"STOD_WIDGET_EXIT_URL": EXIT_URL,
                                    "STOD_WIDGET_SECRET": "browser-test-secret",
                                    "STOD_WIDGET_ALLOWED_ORIGINS": HOST_SITE})
    try:
        running.start()
    except StackError as error:
        running.stop()
        pytest.fail(str(error))
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                              args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def new_page(browser, stack):
    """A page in a fresh browser context (own sessionStorage); every request is recorded."""
    contexts = []

    def make(width=1280, height=800, **options):
        context = browser.new_context(viewport={"width": width, "height": height}, **options)
        contexts.append(context)
        context.route(EXIT_URL + "**", lambda route: route.fulfill(
            status=200, content_type="text/html", body="<title>Neutral</title><p>neutral</p>"))
        page = context.new_page()
        page.requests = []
        page.errors = []
        page.on("request", lambda request: page.requests.append(request.url))
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def host_site(stack):
    """A page on another origin that embeds the widget with one script tag."""
    body = (
        '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Föreningen</title>'
        '</head><body><main><h1>Föreningen</h1><p>Vanlig text på en vanlig sida.</p></main>'
        f'<script src="{stack.base}/webhooks/webchat/widget.js" defer></script></body></html>'
    ).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", HOST_SITE_PORT), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield HOST_SITE + "/"
    server.shutdown()
    server.server_close()
