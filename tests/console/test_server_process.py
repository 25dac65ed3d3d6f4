"""`python -m console` (what scripts/run.sh starts): migrates, serves on 127.0.0.1, answers."""
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

from console_harness import free_port


def test_console_process_serves_health_and_sends_anonymous_visitors_to_login(tmp_path):
    port = free_port()
    env = {**os.environ, "STOD_CASES_DB_URL": f"sqlite:///{tmp_path}/cases.db",
           "STOD_VAR_DIR": str(tmp_path), "STOD_CONSOLE_PORT": str(port)}
    process = subprocess.Popen([sys.executable, "-m", "console"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as answer:
                    assert answer.status == 200
                    break
            except (urllib.error.URLError, ConnectionError):
                assert process.poll() is None, "the console exited"
                assert time.monotonic() < deadline, "the console did not start"
                time.sleep(0.5)
        opener = urllib.request.build_opener(NoRedirect)
        try:
            opener.open(f"http://127.0.0.1:{port}/queue", timeout=5)
            raise AssertionError("expected a redirect")
        except urllib.error.HTTPError as redirect:
            assert (redirect.code, redirect.headers["Location"]) == (303, "/login")
        assert (tmp_path / "cases.db").exists()
    finally:
        process.terminate()
        process.wait(timeout=20)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """Report redirects instead of following them."""

    def redirect_request(self, *args, **kwargs):
        return None
