"""A python-socketio test client for the webchat channel that records every event."""
import asyncio

import socketio

from channel.webchat import SOCKETIO_PATH


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
