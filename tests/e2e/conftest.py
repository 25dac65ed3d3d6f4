"""End-to-end fixtures: the real servers (widget channel included) and Debian's chromium."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="session")
def e2e_stack(tmp_path_factory):
    """Rasa + action server with the webchat channel; skipped where the widget is not merged."""
    if not (ROOT / "channel").is_dir() or not (ROOT / "widget").is_dir():
        pytest.skip("needs the widget and its channel (channel/, widget/) merged into this tree")
    if "webchat" not in (ROOT / "credentials.yml").read_text():
        pytest.skip("the webchat channel is not registered in credentials.yml")
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)")
    from scripts.local_stack import LocalStack, StackError

    running = LocalStack(tmp_path_factory.mktemp("e2e"))
    try:
        running.start()
    except StackError as error:
        running.stop()
        pytest.fail(str(error))
    yield running
    running.stop()
