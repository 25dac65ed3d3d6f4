"""Read facts.yml: phone numbers, opening hours and laws, and fill [[markers]] in texts."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping
from zoneinfo import ZoneInfo

import yaml

from common.settings import PROJECT_ROOT

FACTS_FILE = PROJECT_ROOT / "facts.yml"
MARKER = re.compile(r"\[\[([a-z0-9_.]+)\]\]")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_NAMES = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


class FactsError(ValueError):
    """facts.yml lacks something a text or an action asks for."""


@lru_cache(maxsize=4)
def load_facts(path: Path = FACTS_FILE) -> Mapping[str, Any]:
    """The parsed facts file (cached; the file changes only between releases)."""
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def lookup(key: str, facts: Mapping[str, Any] | None = None) -> str:
    """The value at a dotted key such as `services.bris.number`."""
    node: Any = facts if facts is not None else load_facts()
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            raise FactsError(f"facts.yml has no '{key}'")
        node = node[part]
    if isinstance(node, (Mapping, list)):
        raise FactsError(f"'{key}' in facts.yml is not a single value")
    return str(node)


def render(text: str, facts: Mapping[str, Any] | None = None) -> str:
    """Replace every [[dotted.key]] in text with its value from facts.yml."""
    return MARKER.sub(lambda match: lookup(match.group(1), facts), text)


def service(key: str) -> Mapping[str, Any]:
    """One service entry (name, number, hours) from facts.yml."""
    services = load_facts()["services"]
    if key not in services:
        raise FactsError(f"facts.yml has no service '{key}'")
    return services[key]


def always_open_lines(language: str) -> list[str]:
    """'Name: number (hours)' for every service that answers at any hour."""
    lines = []
    for key in load_facts()["always_open"]:
        entry = service(key)
        hours = entry.get(f"hours_{language}") or entry.get("hours_sv", "")
        lines.append(f"{entry['name']}: {entry['number']} ({hours})")
    return lines


@dataclass(frozen=True)
class OpeningHours:
    """The counsellors' weekly hours in one time zone."""

    timezone: ZoneInfo
    weekly: Mapping[str, tuple[dt.time, dt.time] | None]

    @classmethod
    def from_facts(cls, facts: Mapping[str, Any] | None = None) -> "OpeningHours":
        """Parse the `counsellor_hours` section."""
        section = (facts if facts is not None else load_facts())["counsellor_hours"]
        weekly: dict[str, tuple[dt.time, dt.time] | None] = {}
        for day in WEEKDAYS:
            span = (section["weekly"].get(day) or "").strip()
            if not span:
                weekly[day] = None
                continue
            start, end = (dt.time.fromisoformat(part.strip()) for part in span.split("-"))
            if end <= start:
                raise FactsError(f"counsellor_hours {day}: end before start")
            weekly[day] = (start, end)
        return cls(timezone=ZoneInfo(section["timezone"]), weekly=weekly)

    def _local(self, now: dt.datetime) -> dt.datetime:
        return now.astimezone(self.timezone)

    def is_open(self, now: dt.datetime) -> bool:
        """Whether counsellors are on duty at `now` (an aware datetime)."""
        local = self._local(now)
        span = self.weekly[WEEKDAYS[local.weekday()]]
        return span is not None and span[0] <= local.time() < span[1]

    def next_opening(self, now: dt.datetime) -> dt.datetime | None:
        """The next time counsellors come on duty after `now`, or None if never."""
        local = self._local(now)
        for offset in range(0, 8):
            day = local.date() + dt.timedelta(days=offset)
            span = self.weekly[WEEKDAYS[day.weekday()]]
            if span is None:
                continue
            start = dt.datetime.combine(day, span[0], tzinfo=self.timezone)
            if start > local:
                return start
        return None

    def describe(self, moment: dt.datetime, language: str) -> str:
        """'tisdag 09:00' / 'Tuesday 09:00' for a moment, in local time."""
        local = self._local(moment)
        names = WEEKDAY_NAMES.get(language, WEEKDAY_NAMES["sv"])
        return f"{names[local.weekday()]} {local:%H:%M}"
