"""US states as news text writes them, read once from ``data/us_states.toml``.

Party labels ("(R-Conn.)"), role phrases ("the Idaho congressman"), "of Ohio" after a
name and the abbreviations that end no name ("Calif.") all name states; compare's label
check (compare/person_labels.py) and the quote extractor (extract/quotes/) read them
here, so one file and one loader serve both.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files

__all__ = ["abbreviated_states", "nicknames", "state_code", "state_names", "state_nickname",
           "states"]


@cache
def states() -> dict[str, tuple[str, ...]]:
    """Postal code -> its other spellings (AP abbreviations, full name) as written."""
    raw = files("newsprism").joinpath("data", "us_states.toml").read_text("utf-8")
    return {code: tuple(names) for code, names in tomllib.loads(raw)["states"].items()}


def _fold(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


@cache
def _folded() -> dict[str, str]:
    return {_fold(name): code for code, names in states().items() for name in [code, *names]}


def state_code(text: str) -> str | None:
    """The postal code of a state as written: "Conn." → CT, "CT" → CT, "N.Y." → NY;
    None if unknown. Letters only are compared, so stops and spaces do not matter."""
    return _folded().get(_fold(text))


@cache
def state_names() -> dict[str, str]:
    """Full names and AP abbreviations, lower case as written -> postal code (no postal
    codes: "in", "or", "me" are words)."""
    return {name.lower(): code for code, names in states().items() for name in names}


@cache
def abbreviated_states() -> frozenset[str]:
    """ "D.C.", "Calif.", "Ill.": the spellings that end in a full stop."""
    return frozenset(v for names in states().values() for v in names if v.endswith("."))


@cache
def nicknames() -> dict[str, tuple[str, ...]]:
    """Postal code -> the state's nicknames as written ("NH" -> ("Granite State",))."""
    raw = files("newsprism").joinpath("data", "us_states.toml").read_text("utf-8")
    return {code: tuple(n) for code, n in tomllib.loads(raw).get("nicknames", {}).items()}


@cache
def _nicknames() -> dict[str, str]:
    return {_fold(name): code for code, names in nicknames().items() for name in names}


def state_nickname(text: str) -> str | None:
    """The postal code of a state written by its nickname ("Granite State" → NH, "the
    Lone Star State" → TX); None for any other text."""
    return _nicknames().get(_fold(re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)))
