"""Fixtures for the console tests (the harness itself is in console_harness.py)."""
import pytest

from console_harness import start_console, stop_console


@pytest.fixture
async def console(tmp_path):
    """A running console (SQLite in tmp_path, stand-in Rasa, one account per role)."""
    running = await start_console(tmp_path)
    yield running
    await stop_console(running)
