"""The webchat channel in a small Sanic app with a scripted bot (no model, no Rasa server).

The bot answers `/session_start` with a welcome that has a button, and echoes every other
message, so tests see exactly what the channel forwarded to Rasa.
"""
import asyncio
import dataclasses
import uuid
from types import SimpleNamespace

import pytest
import socketio
from rasa.core.lock_store import InMemoryLockStore
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, UserUttered
from sanic import Sanic

from casedata import CaseRepository, migrate
from channel.webchat import SOCKETIO_PATH, WidgetConfig, WebchatInput
from scripts.local_stack import free_port

Sanic.test_mode = True


class ScriptedBot:
    """Stands in for Rasa's agent: stores events and answers through the output channel."""

    def __init__(self):
        self.received = []
        self.tracker_store = InMemoryTrackerStore(Domain.empty())
        self.lock_store = InMemoryLockStore()

    async def handle(self, message):
        self.received.append(message.text)
        tracker = await self.tracker_store.get_or_create_tracker(message.sender_id)
        tracker.update(UserUttered(message.text))
        if message.text == "/session_start":
            reply = {"text": "Välkommen", "buttons": [{"title": "Ja", "payload": "/affirm"}]}
        else:
            reply = {"text": f"echo: {message.text}"}
        tracker.update(BotUttered(reply["text"], data={"buttons": reply.get("buttons")}))
        await self.tracker_store.save(tracker)
        await message.output_channel.send_response(message.sender_id, dict(reply))


class Server:
    def __init__(self, channel, bot, url, cases_url):
        self.channel, self.bot, self.url, self.cases_url = channel, bot, url, cases_url

    async def client(self, **kwargs):
        client = Client()
        await client.connect(self.url, **kwargs)
        return client


class Client:
    """A socket.io client that records every event it receives."""

    def __init__(self):
        self.sio = socketio.AsyncClient(reconnection=False)
        self.events = []
        for name in ("session_confirm", "bot_uttered", "error_event", "typing", "delete_result"):
            self.sio.on(name, self._recorder(name))

    def _recorder(self, name):
        async def record(data=None):
            self.events.append((name, data))
        return record

    async def connect(self, url, headers=None):
        await self.sio.connect(url, socketio_path=SOCKETIO_PATH, headers=headers or {},
                               transports=["polling"])

    def of(self, name):
        return [data for event, data in self.events if event == name]

    async def wait_for(self, name, count=1, timeout=5.0):
        deadline = asyncio.get_running_loop().time() + timeout
        while len(self.of(name)) < count:
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"expected {count} {name}, got {self.events}")
            await asyncio.sleep(0.02)
        return self.of(name)

    async def session(self, data=None):
        before = len(self.of("session_confirm"))
        await self.sio.emit("session_request", data or {})
        return (await self.wait_for("session_confirm", before + 1))[-1]

    async def say(self, text, **extra):
        return await self.sio.call("user_message", {"text": text, **extra}, timeout=5)

    async def close(self):
        """Drop the connection without waiting for the pending long-poll to end."""
        eio = self.sio.eio
        tasks = [t for t in (eio.read_loop_task, eio.write_loop_task) if t]
        if eio.state == "connected":
            await eio.disconnect(abort=True)
        for task in tasks:
            task.cancel()


@pytest.fixture
async def make_server(tmp_path):
    """Start the channel with settings overrides; stopped after the test."""
    started = []

    async def start(**overrides):
        cases_url = f"sqlite:///{tmp_path}/cases.db"
        migrate(cases_url)
        base = WidgetConfig.from_settings()
        config = dataclasses.replace(base, **{"cases_db_url": cases_url, "rasa_token": "internal-token",
                                              "redis_url": None, **overrides})
        channel = WebchatInput(config)
        bot = ScriptedBot()
        app = Sanic(f"webchat_test_{uuid.uuid4().hex[:8]}")
        app.ctx.agent = bot
        app.blueprint(channel.blueprint(bot.handle), url_prefix="/webhooks/webchat")
        port = free_port()
        server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True)
        await server.startup()
        started.append(server)
        return Server(channel, bot, f"http://127.0.0.1:{port}", cases_url)

    yield start
    for server in started:
        server.close()
        await server.wait_closed()
