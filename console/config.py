"""ConsoleConfig: the console's settings, taken from common.settings (the one place env is read)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from common import settings as settings_module
from common.settings import Settings


@dataclass(frozen=True)
class ConsoleConfig:
    """Everything the console needs; tests build one directly."""

    cases_db_url: str
    rasa_url: str
    rasa_token: str
    secret: str
    idle_minutes: int = 30
    lockout_attempts: int = 5
    lockout_minutes: int = 15
    cookie_secure: bool = False
    poll_seconds: float = 1.0
    stream_max_seconds: float = 300.0
    session_max_hours: float = 12.0

    @classmethod
    def from_settings(cls, settings: Settings) -> "ConsoleConfig":
        """The console part of the project settings."""
        return cls(
            cases_db_url=settings.STOD_CASES_DB_URL,
            rasa_url=settings.STOD_RASA_URL,
            rasa_token=settings.STOD_RASA_TOKEN,
            secret=settings.STOD_CONSOLE_SECRET,
            idle_minutes=settings.console_idle_minutes,
            lockout_attempts=settings.console_lockout_attempts,
            lockout_minutes=settings.console_lockout_minutes,
            cookie_secure=settings.console_cookie_secure,
        )


def resolve(config: Union[ConsoleConfig, Settings, None]) -> ConsoleConfig:
    """A ConsoleConfig from either kind of settings (None: read the environment)."""
    if config is None:
        return ConsoleConfig.from_settings(settings_module.load())
    if isinstance(config, Settings):
        return ConsoleConfig.from_settings(config)
    return config
