"""Console test harness (imported by conftest.py and the tests): the real Sanic app on a free local port, a stand-in Rasa, users per role.

Sanic 21.12's `app.test_client` needs sanic-testing 0.8.x, which pins httpx<0.24 and
so h11<0.15; the shared venv has h11 0.16 and nothing may be downgraded. So the
fixture does what that test client does: it serves the app with `create_server`
on 127.0.0.1 and talks to it over HTTP (aiohttp, already installed with Rasa).
"""
from __future__ import annotations

import asyncio
import atexit
import copy
import re
import shutil
import socket
import tempfile
from typing import Any, Dict, List, Optional

import aiohttp
from argon2 import PasswordHasher
from sanic import Sanic

from casedata import CaseRepository, UserRepository, migrate
from console.app import create_app
from console.config import ConsoleConfig
from console.rasa import RasaError

# Several apps in one process: Sanic's code touch-up must start from the original
# methods each time (what sanic-testing does too).
Sanic.test_mode = True

PASSWORD = "correct horse battery"
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
USERS = {"counsellor": "anna", "counsellor2": "bo", "trainer": "tove", "admin": "ada"}
HTML = {"Accept": "text/html"}
JSON = {"Accept": "application/json"}


class FakeRasa:
    """Stands in for the Rasa HTTP API: keeps trackers, applies slot/pause events, can fail."""

    def __init__(self) -> None:
        self.trackers: Dict[str, Dict[str, Any]] = {}
        self.appended: Dict[str, List[List[Dict[str, Any]]]] = {}
        self.down = False
        self.signals: List[Any] = []
        self.no_channel = False  # the webchat channel (its signal endpoint) is not there

    def add(self, conversation_id: str, events: List[Dict[str, Any]],
            **slots: Any) -> None:
        base = {"safety_level": "none", "report_concern": False, "user_age": None,
                "handover": "none", "language": "sv", "danger_category": None,
                "harm_category": None}
        self.trackers[conversation_id] = {"sender_id": conversation_id,
                                          "slots": {**base, **slots},
                                          "events": list(events), "paused": False}

    async def open(self) -> None:
        pass

    async def close(self) -> None:
        pass

    async def tracker(self, conversation_id: str) -> Dict[str, Any]:
        if self.down:
            raise RasaError("Rasa is unreachable (ClientConnectorError)")
        if conversation_id not in self.trackers:
            self.add(conversation_id, [])
        return copy.deepcopy(self.trackers[conversation_id])

    async def append(self, conversation_id: str, events: List[Dict[str, Any]]) -> Dict[str, Any]:
        if self.down:
            raise RasaError("Rasa is unreachable (ClientConnectorError)")
        tracker = self.trackers.setdefault(conversation_id, {"slots": {}, "events": []})
        self.appended.setdefault(conversation_id, []).append(events)
        for event in events:
            if event["event"] == "slot":
                tracker["slots"][event["name"]] = event["value"]
            if event["event"] in ("pause", "resume"):
                tracker["paused"] = event["event"] == "pause"
            tracker["events"].append({**event, "timestamp": 1_790_000_000.0})
        return tracker

    async def typing(self, conversation_id: str, value: bool) -> None:
        if self.down or self.no_channel:
            raise RasaError("Rasa answered 404")
        self.signals.append((conversation_id, "typing", value))

    async def send_message(self, conversation_id: str, text: str) -> None:
        from console.rasa import counsellor_message
        await self.append(conversation_id, [counsellor_message(text)])

    async def set_handover(self, conversation_id: str, state: str) -> None:
        from console.rasa import handover_events
        await self.append(conversation_id, handover_events(state))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Browser:
    """One browser: its own cookie jar; knows the CSRF token of its session."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.http = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.csrf: Optional[str] = None

    async def request(self, method: str, path: str, *, headers=None, csrf=True, **kwargs):
        headers = dict(headers or JSON)
        if csrf and self.csrf and method != "GET":
            headers.setdefault("X-CSRF-Token", self.csrf)
        async with self.http.request(method, self.base + path, headers=headers,
                                     allow_redirects=False, **kwargs) as response:
            text = await response.text()
            return response.status, response.headers, text

    async def status_of_stream(self, path: str) -> int:
        """Open a server-sent-events route, read only the status, close."""
        async with self.http.get(self.base + path, headers={"Accept": "text/event-stream"},
                                 allow_redirects=False) as response:
            return response.status

    async def events(self, path: str, name: str, count: int, timeout: float = 10.0):
        """The data of the first `count` server-sent events called `name` (parsed JSON)."""
        import json as json_module

        found = []
        async with self.http.get(self.base + path, headers={"Accept": "text/event-stream"},
                                 timeout=aiohttp.ClientTimeout(total=timeout)) as response:
            assert response.status == 200
            event = None
            async for raw in response.content:
                line = raw.decode().rstrip("\n")
                if line.startswith("event: "):
                    event = line[len("event: "):]
                elif line.startswith("data: ") and event == name:
                    found.append(json_module.loads(line[len("data: "):]))
                    if len(found) == count:
                        return found
        return found

    async def get(self, path: str, **kwargs):
        return await self.request("GET", path, **kwargs)

    async def post(self, path: str, **kwargs):
        return await self.request("POST", path, **kwargs)

    async def login_form(self) -> str:
        _, _, page = await self.get("/login", headers=HTML)
        return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)

    async def login(self, username: str, password: str = PASSWORD):
        token = await self.login_form()
        status, headers, text = await self.post(
            "/login", data={"username": username, "password": password, "csrf_token": token},
            headers=HTML, csrf=False)
        if status == 303:
            _, _, page = await self.get("/home", headers=HTML)
            found = re.search(r'name="csrf-token" content="([^"]+)"', page)
            self.csrf = found.group(1) if found else None
        return status, headers, text

    async def close(self) -> None:
        await self.http.close()


class Console:
    """A running console with a stand-in Rasa and one account per role."""

    def __init__(self, app, base: str, rasa: FakeRasa, cases: CaseRepository,
                 users: UserRepository) -> None:
        self.app, self.base, self.rasa, self.cases, self.users = app, base, rasa, cases, users
        self._browsers: List[Browser] = []

    def browser(self) -> Browser:
        browser = Browser(self.base)
        self._browsers.append(browser)
        return browser

    async def as_role(self, role: str) -> Browser:
        browser = self.browser()
        if role != "anonymous":
            status, _, _ = await browser.login(USERS[role])
            assert status == 303
        return browser

    async def close_browsers(self) -> None:
        for browser in self._browsers:
            await browser.close()


def make_config(tmp_path, **overrides) -> ConsoleConfig:
    values = dict(cases_db_url=f"sqlite:///{tmp_path}/cases.db", rasa_url="http://127.0.0.1:9",
                  rasa_token="secret-rasa-token", secret="console-secret", lockout_attempts=3,
                  poll_seconds=0.2, stream_max_seconds=30)
    values.update(overrides)
    return ConsoleConfig(**values)


_TEMPLATE: Dict[str, Any] = {}


def _seeded_database(path) -> None:
    """A migrated database with one account per role (made once, then copied)."""
    if "file" not in _TEMPLATE:
        folder = tempfile.mkdtemp(prefix="console-template-")
        atexit.register(shutil.rmtree, folder, True)  # one per test run, removed at exit
        url = f"sqlite:///{folder}/cases.db"
        migrate(url)
        repository = CaseRepository.from_url(url)
        users = UserRepository(repository.engine, hasher=FAST_HASHER)
        for role, name in USERS.items():
            users.create(name, PASSWORD, role.rstrip("2"))
        repository.dispose()
        _TEMPLATE["file"] = f"{folder}/cases.db"
    shutil.copyfile(_TEMPLATE["file"], path)


async def start_console(tmp_path, real_rasa: bool = False, **overrides) -> Console:
    """Serve the console. By default on a fresh copy of the seeded database with a
    stand-in Rasa; with `real_rasa` (integration tests) on the given case database,
    talking to the Rasa server at `rasa_url`."""
    config = make_config(tmp_path, **overrides)
    if "cases_db_url" in overrides:
        cases = CaseRepository.from_url(config.cases_db_url)
        users = UserRepository(cases.engine, hasher=FAST_HASHER)
        for role, name in USERS.items():
            users.create(name, PASSWORD, role.rstrip("2"))
    else:
        _seeded_database(tmp_path / "cases.db")
        cases = CaseRepository.from_url(config.cases_db_url)
        users = UserRepository(cases.engine, hasher=FAST_HASHER)
    rasa = None if real_rasa else FakeRasa()
    app = create_app(config, hasher=FAST_HASHER, rasa=rasa)
    port = free_port()
    server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True,
                                     access_log=False)
    await server.startup()
    await server.before_start()
    await server.after_start()
    console = Console(app, f"http://127.0.0.1:{port}", rasa, cases, users)
    console.server = server
    return console


async def stop_console(console: Console) -> None:
    await console.close_browsers()
    await console.server.before_stop()
    console.server.close()
    await console.server.wait_closed()
    await console.server.after_stop()
    console.cases.dispose()


def person_events(*messages: str, intent: str = "disclose_harm") -> List[Dict[str, Any]]:
    """User events as Rasa stores them (with parse data), each followed by a bot reply."""
    events: List[Dict[str, Any]] = []
    for number, text in enumerate(messages):
        events.append({"event": "user", "text": text, "timestamp": 1_790_000_000.0 + number,
                       "parse_data": {"intent": {"name": intent}, "entities": []}})
    return events


async def wait_for(predicate, timeout: float = 5.0) -> None:
    """Poll until predicate() is true."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.05)
