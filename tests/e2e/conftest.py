"""End-to-end fixtures: the real servers with the widget channel, and Debian's chromium."""
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="session")
def e2e_stack(tmp_path_factory):
    """Rasa + action server with the webchat channel (chromium comes from scripts/setup.sh)."""
    assert CHROMIUM.exists(), "Debian's chromium is missing: run `make install` (scripts/setup.sh)"
    from scripts.local_stack import LocalStack, StackError

    running = LocalStack(tmp_path_factory.mktemp("e2e"))
    try:
        running.start()
    except StackError as error:
        running.stop()
        pytest.fail(str(error))
    yield running
    running.stop()
