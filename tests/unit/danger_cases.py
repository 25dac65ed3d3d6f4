"""Shared helper of the detector class tests: a table of named classes → pytest parameters."""
from typing import Dict, List

import pytest


def cases(classes: Dict[str, List[str]]) -> list:
    """One pytest parameter per text, its id the class name and the text's place in it."""
    return [pytest.param(text, id=f"{name}-{index}") for name, texts in classes.items()
            for index, text in enumerate(texts)]
