"""Deterministic safety signals in plain Python: danger now, harm, the writer's age."""
from safety.age import parse_age
from safety.danger import DangerVerdict, detect_danger
from safety.normalise import fold

__all__ = ["DangerVerdict", "detect_danger", "fold", "parse_age"]
