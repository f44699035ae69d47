"""Import a module of ``scripts/`` (a folder of command-line scripts, not a package) in
a test, without leaving ``scripts/`` on ``sys.path`` for the other tests."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def script_module(name: str) -> ModuleType:
    """``scripts/<name>.py`` as a module (its own imports of sibling scripts work)."""
    sys.path.insert(0, str(SCRIPTS))
    try:
        return __import__(name)
    finally:
        sys.path.pop(0)
