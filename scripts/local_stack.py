"""LocalStack: start the real Rasa server and action server on free local ports.

Used by the integration tests and by the benchmark; everything binds to
127.0.0.1 and lives in a temporary folder (SQLite tracker and case databases).
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

from casedata import Case, CaseRepository, migrate

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "stodchatten.tar.gz"
VENV_BIN = Path(sys.executable).parent
START_TIMEOUT = 240


class StackError(RuntimeError):
    """A server did not start, or died."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http(method: str, url: str, body: Optional[Any] = None,
         timeout: float = 60) -> Tuple[int, Any]:
    """(status, parsed JSON body) of one request."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, None


class Process:
    """A server process with its own log file."""

    def __init__(self, name: str, args: List[str], env: Dict[str, str], log_dir: Path):
        self.name, self.args, self.env = name, args, env
        self.log_path = log_dir / f"{name}.log"
        self.proc: Optional[subprocess.Popen] = None

    def start(self) -> None:
        """Start the process, appending to its log."""
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(self.args, cwd=ROOT, env=self.env,
                                         stdout=log, stderr=subprocess.STDOUT)

    def running(self) -> bool:
        """Whether the process is alive."""
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> None:
        """Terminate, then kill if it does not stop."""
        if self.running():
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def log_tail(self, lines: int = 40) -> str:
        """The last lines of the log, for error messages."""
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


class LocalStack:
    """The running Rasa server and action server, and ways to talk to them."""

    def __init__(self, tmp: Path, oncall_url: str = "",
                 extra_env: Optional[Dict[str, str]] = None) -> None:
        if not MODEL.exists():
            raise StackError(f"{MODEL} is missing: run `make train`")
        self.token = uuid.uuid4().hex
        self.rasa_port, self.action_port = free_port(), free_port()
        self.cases_url = f"sqlite:///{tmp}/cases.db"
        migrate(self.cases_url)
        env = {
            **os.environ,
            "STOD_VAR_DIR": str(tmp),
            "STOD_CASES_DB_URL": self.cases_url,
            "STOD_TRACKER_STORE_URL": f"sqlite:///{tmp}/tracker.db",
            "STOD_LOCK_STORE_TYPE": "in_memory",
            "STOD_REDIS_HOST": "127.0.0.1",
            "STOD_REDIS_PORT": "6379",
            "STOD_ACTION_ENDPOINT_URL": f"http://127.0.0.1:{self.action_port}/webhook",
            "STOD_ONCALL_WEBHOOK_URL": oncall_url,
            "RASA_TELEMETRY_ENABLED": "false",
            "TF_CPP_MIN_LOG_LEVEL": "2",
            "SANIC_HOST": "127.0.0.1",
            # the webchat channel checks its internal endpoint against this token
            "STOD_RASA_TOKEN": self.token,
            **(extra_env or {}),
        }
        self.actions = Process(
            "action-server",
            [str(VENV_BIN / "python"), "-m", "rasa_sdk", "--actions", "actions",
             "--port", str(self.action_port)],
            env, tmp,
        )
        self.rasa = Process(
            "rasa-server",
            [str(VENV_BIN / "rasa"), "run", "--model", str(MODEL),
             "--endpoints", "endpoints.yml", "--credentials", "credentials.yml",
             "--interface", "127.0.0.1", "--port", str(self.rasa_port),
             "--enable-api", "--auth-token", self.token],
            env, tmp,
        )
        self.base = f"http://127.0.0.1:{self.rasa_port}"

    def start(self) -> None:
        """Start both servers and wait until the model is loaded."""
        self.start_actions()
        self.rasa.start()
        status_url = f"{self.base}/status?token={self.token}"
        self._wait(lambda: http("GET", status_url, timeout=5)[0] == 200, self.rasa)

    def start_actions(self) -> None:
        """Start the action server and wait for its health check."""
        self.actions.start()
        url = f"http://127.0.0.1:{self.action_port}/health"
        self._wait(lambda: http("GET", url, timeout=5)[0] == 200, self.actions)

    @staticmethod
    def _wait(ready: Callable[[], bool], process: Process) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if not process.running():
                raise StackError(f"{process.name} exited:\n{process.log_tail()}")
            try:
                if ready():
                    return
            except OSError:
                pass
            time.sleep(1)
        raise StackError(f"{process.name} did not start in {START_TIMEOUT}s:\n"
                         f"{process.log_tail()}")

    def stop(self) -> None:
        """Stop both servers."""
        self.rasa.stop()
        self.actions.stop()

    def new_conversation(self, welcome: bool = True) -> str:
        """A fresh conversation id; with `welcome`, the session is opened first."""
        sender = uuid.uuid4().hex
        if welcome:
            self.say(sender, "/session_start")
        return sender

    def say(self, sender: str, text: str) -> List[Dict[str, Any]]:
        """Send one message over the REST channel; the bot's replies."""
        status, replies = http("POST", f"{self.base}/webhooks/rest/webhook",
                               {"sender": sender, "message": text})
        if status != 200:
            raise StackError(f"REST answered {status}:\n{self.rasa.log_tail()}")
        return replies

    def slots(self, sender: str) -> Dict[str, Any]:
        """The conversation's slots, read through the private HTTP API."""
        status, tracker = http(
            "GET", f"{self.base}/conversations/{sender}/tracker?token={self.token}"
        )
        if status != 200:
            raise StackError(f"tracker API answered {status}")
        return tracker["slots"]

    def cases(self, sender: str) -> List[Case]:
        """The cases this conversation raised."""
        repository = CaseRepository.from_url(self.cases_url)
        try:
            return repository.cases_for(sender)
        finally:
            repository.dispose()
