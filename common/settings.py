"""All configuration that comes from the environment, with the embedded defaults.

This is the one module that reads environment variables. Everything else asks it.
`python -m common.settings` prints the effective values as shell `export` lines
(secrets masked unless `--with-secrets`), which is how the Makefile and scripts
get the same defaults as the Python code.
"""
from __future__ import annotations

import os
import secrets
import sys
from dataclasses import dataclass, fields
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _env(name: str, default: str) -> str:
    value = os.environ.get(name, "").strip()
    return value or default


def _default_token() -> str:
    """A per-process random token: the API is never open, even unconfigured."""
    return secrets.token_urlsafe(32)


@dataclass(frozen=True)
class Settings:
    """Effective settings; field names are the environment variable names."""

    STOD_VAR_DIR: str
    STOD_CASES_DB_URL: str
    STOD_TRACKER_STORE_URL: str
    STOD_LOCK_STORE_TYPE: str
    STOD_REDIS_HOST: str
    STOD_REDIS_PORT: str
    STOD_RASA_HOST: str
    STOD_RASA_PORT: str
    STOD_RASA_TOKEN: str
    STOD_ACTION_SERVER_PORT: str
    STOD_ACTION_ENDPOINT_URL: str
    STOD_ONCALL_WEBHOOK_URL: str
    STOD_ONCALL_WEBHOOK_SECRET: str
    STOD_ONCALL_RETRIES: str
    STOD_SESSION_EXPIRY_MINUTES: str
    # --- counsellor console (issue 5) ---
    STOD_CONSOLE_PORT: str
    STOD_CONSOLE_SECRET: str
    STOD_CONSOLE_IDLE_MINUTES: str
    STOD_CONSOLE_LOCKOUT_ATTEMPTS: str
    STOD_CONSOLE_LOCKOUT_MINUTES: str
    STOD_CONSOLE_COOKIE_SECURE: str
    STOD_RASA_URL: str
    # --- web chat widget (channel/, widget/) ---
    STOD_WIDGET_SECRET: str = ""
    STOD_WIDGET_TOKEN_TTL_MINUTES: str = "240"
    STOD_WIDGET_ALLOWED_ORIGINS: str = ""
    STOD_WIDGET_EXIT_URL: str = "https://www.google.se/"
    STOD_WIDGET_TITLE: str = "Chatt"
    STOD_WIDGET_ICON_URL: str = ""
    STOD_WIDGET_LINK_DOMAINS: str = ""
    STOD_WIDGET_TOKEN_STORAGE: str = "session"
    STOD_WIDGET_LANGUAGE: str = "sv"
    STOD_WIDGET_MAX_MESSAGE_CHARS: str = "4000"
    STOD_WIDGET_RATE_PER_MINUTE: str = "30"
    STOD_WIDGET_RATE_BURST: str = "10"
    STOD_WIDGET_OUTBOX_SIZE: str = "200"

    @property
    def oncall_retries(self) -> int:
        """How many times the on-call webhook is retried after a failure."""
        try:
            return max(0, min(10, int(self.STOD_ONCALL_RETRIES)))
        except ValueError:
            return 3


    # --- counsellor console (issue 5) ---
    @staticmethod
    def _bounded(value: str, default: int, low: int, high: int) -> int:
        try:
            return max(low, min(high, int(value)))
        except ValueError:
            return default

    @property
    def console_port(self) -> int:
        """Port of the counsellor console (always bound to 127.0.0.1)."""
        return self._bounded(self.STOD_CONSOLE_PORT, 5010, 1, 65535)

    @property
    def console_idle_minutes(self) -> int:
        """Minutes without a request after which a console session ends."""
        return self._bounded(self.STOD_CONSOLE_IDLE_MINUTES, 30, 1, 24 * 60)

    @property
    def console_lockout_attempts(self) -> int:
        """Failed logins in a row that lock a console account."""
        return self._bounded(self.STOD_CONSOLE_LOCKOUT_ATTEMPTS, 5, 1, 100)

    @property
    def console_lockout_minutes(self) -> int:
        """How long a locked console account stays locked."""
        return self._bounded(self.STOD_CONSOLE_LOCKOUT_MINUTES, 15, 1, 7 * 24 * 60)

    @property
    def console_cookie_secure(self) -> bool:
        """Whether the session cookie carries the Secure flag (set when served over HTTPS)."""
        return self.STOD_CONSOLE_COOKIE_SECURE.lower() in ("1", "true", "yes", "on")


SECRET_NAMES = {"STOD_RASA_TOKEN", "STOD_ONCALL_WEBHOOK_SECRET", "STOD_CONSOLE_SECRET",
                "STOD_WIDGET_SECRET"}

# --- web chat widget (channel/, widget/) ---
# Links in bot messages become clickable only for these domains (and their subdomains).
DEFAULT_WIDGET_LINK_DOMAINS = (
    "hedersfortryck.se,bris.se,1177.se,polisen.se,kvinnofridslinjen.se,"
    "socialstyrelsen.se,regeringen.se,lansstyrelsen.se"
)


def _widget_settings() -> dict:
    """The widget's settings; the token secret is random per process if unset."""
    return {
        "STOD_WIDGET_SECRET": _env("STOD_WIDGET_SECRET", "") or _default_token(),
        "STOD_WIDGET_TOKEN_TTL_MINUTES": _env("STOD_WIDGET_TOKEN_TTL_MINUTES", "240"),
        "STOD_WIDGET_ALLOWED_ORIGINS": _env("STOD_WIDGET_ALLOWED_ORIGINS", ""),
        "STOD_WIDGET_EXIT_URL": _env("STOD_WIDGET_EXIT_URL", "https://www.google.se/"),
        "STOD_WIDGET_TITLE": _env("STOD_WIDGET_TITLE", "Chatt"),
        "STOD_WIDGET_ICON_URL": _env("STOD_WIDGET_ICON_URL", ""),
        "STOD_WIDGET_LINK_DOMAINS": _env("STOD_WIDGET_LINK_DOMAINS", DEFAULT_WIDGET_LINK_DOMAINS),
        "STOD_WIDGET_TOKEN_STORAGE": _env("STOD_WIDGET_TOKEN_STORAGE", "session"),
        "STOD_WIDGET_LANGUAGE": _env("STOD_WIDGET_LANGUAGE", "sv"),
        "STOD_WIDGET_MAX_MESSAGE_CHARS": _env("STOD_WIDGET_MAX_MESSAGE_CHARS", "4000"),
        "STOD_WIDGET_RATE_PER_MINUTE": _env("STOD_WIDGET_RATE_PER_MINUTE", "30"),
        "STOD_WIDGET_RATE_BURST": _env("STOD_WIDGET_RATE_BURST", "10"),
        "STOD_WIDGET_OUTBOX_SIZE": _env("STOD_WIDGET_OUTBOX_SIZE", "200"),
    }


def load() -> Settings:
    """Read the environment now (tests may change it between calls)."""
    var_dir = _env("STOD_VAR_DIR", str(PROJECT_ROOT / "var"))
    rasa_port = _env("STOD_RASA_PORT", "5005")
    action_port = _env("STOD_ACTION_SERVER_PORT", "5055")
    return Settings(
        STOD_VAR_DIR=var_dir,
        STOD_CASES_DB_URL=_env("STOD_CASES_DB_URL", f"sqlite:///{var_dir}/cases.db"),
        STOD_TRACKER_STORE_URL=_env(
            "STOD_TRACKER_STORE_URL", f"sqlite:///{var_dir}/tracker.db"
        ),
        STOD_LOCK_STORE_TYPE=_env("STOD_LOCK_STORE_TYPE", "in_memory"),
        STOD_REDIS_HOST=_env("STOD_REDIS_HOST", "127.0.0.1"),
        STOD_REDIS_PORT=_env("STOD_REDIS_PORT", "6379"),
        STOD_RASA_HOST=_env("STOD_RASA_HOST", "127.0.0.1"),
        STOD_RASA_PORT=rasa_port,
        STOD_RASA_TOKEN=_env("STOD_RASA_TOKEN", "") or _default_token(),
        STOD_ACTION_SERVER_PORT=action_port,
        STOD_ACTION_ENDPOINT_URL=_env(
            "STOD_ACTION_ENDPOINT_URL", f"http://127.0.0.1:{action_port}/webhook"
        ),
        STOD_ONCALL_WEBHOOK_URL=_env("STOD_ONCALL_WEBHOOK_URL", ""),
        STOD_ONCALL_WEBHOOK_SECRET=_env("STOD_ONCALL_WEBHOOK_SECRET", ""),
        STOD_ONCALL_RETRIES=_env("STOD_ONCALL_RETRIES", "3"),
        STOD_SESSION_EXPIRY_MINUTES=_env("STOD_SESSION_EXPIRY_MINUTES", "60"),
        # --- counsellor console (issue 5) ---
        STOD_CONSOLE_PORT=_env("STOD_CONSOLE_PORT", "5010"),
        STOD_CONSOLE_SECRET=_env("STOD_CONSOLE_SECRET", "") or _default_token(),
        STOD_CONSOLE_IDLE_MINUTES=_env("STOD_CONSOLE_IDLE_MINUTES", "30"),
        STOD_CONSOLE_LOCKOUT_ATTEMPTS=_env("STOD_CONSOLE_LOCKOUT_ATTEMPTS", "5"),
        STOD_CONSOLE_LOCKOUT_MINUTES=_env("STOD_CONSOLE_LOCKOUT_MINUTES", "15"),
        STOD_CONSOLE_COOKIE_SECURE=_env("STOD_CONSOLE_COOKIE_SECURE", "false"),
        STOD_RASA_URL=_env(
            "STOD_RASA_URL",
            f"http://{_env('STOD_RASA_HOST', '127.0.0.1')}:{rasa_port}",
        ),
        **_widget_settings(),
    )


def _shell_quote(value: str) -> str:
    return "'" + value.replace("'", "'\"'\"'") + "'"


def main(argv: list[str]) -> int:
    """Print the settings as shell exports."""
    settings = load()
    show_secrets = "--with-secrets" in argv
    for field in fields(settings):
        value = getattr(settings, field.name)
        if field.name in SECRET_NAMES and not show_secrets:
            value = "***" if value else ""
        print(f"export {field.name}={_shell_quote(value)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
