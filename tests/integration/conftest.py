"""Start the real Rasa server and action server once for the integration tests."""
import pytest

from scripts.local_stack import LocalStack, StackError


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    """The running system (started once; about half a minute)."""
    running = LocalStack(tmp_path_factory.mktemp("stack"))
    try:
        running.start()
    except StackError as error:
        running.stop()
        pytest.fail(str(error))
    yield running
    running.stop()
