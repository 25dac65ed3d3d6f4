"""The webchat channel in a small Sanic app with a scripted bot (no model, no Rasa server).

The bot answers `/session_start` with a welcome that has a button, and echoes every other
message, so tests see exactly what the channel forwarded to Rasa.
"""
import dataclasses
import uuid

import pytest
from rasa.core.lock_store import InMemoryLockStore
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, UserUttered
from sanic import Sanic

from casedata import migrate
from channel.webchat import WebchatInput, WidgetConfig
from scripts.local_stack import free_port
from tests.channel.socket_client import Client

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
