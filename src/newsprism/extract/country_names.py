"""One key per country however it is written: "U.S.", "US", "USA", "the United States"
and "America" are one country (issue 12, session 35).

Why: one story's linker already joins them (roles.toml ``expansions``), but the entity
index across stories keys each entity by its own folded name, so the entities page had
"U.S.", "US", "United States" and "America" as four rows of one country.

Decision: a name is a country when, lower case and without a leading "the", it is an
entry of ``data/countries.toml`` (the project's list of countries as news writes them),
with or without its dots ("U.S.A." is "usa"). Its key is the country of
``data/roles.toml`` ``[countries]`` that lists that spelling ("britain" and "uk" are
the United Kingdom), else the ``[expansions]`` long form, else the name itself. Only
the whole name counts: "Bank of America", "Latin America", "the Americas" and
"American" are no entry for the United States ("Latin America" is an entry of its own,
so it keeps its own key), and "Washington" (a city and a state, listed under the
United States in roles.toml for title phrases) is no country entry at all.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files

from newsprism.extract.titles import load_roles


@cache
def _countries() -> frozenset[str]:
    raw = files("newsprism").joinpath("data", "countries.toml").read_text("utf-8")
    return frozenset(tomllib.loads(raw)["countries"])


def country_key(name: str) -> str | None:
    """The country a whole name writes, as one lower-case name; None if no country."""
    text = " ".join(name.lower().split()).removeprefix("the ")
    entries = _countries()
    spelled = next((t for t in (text, "the " + text, text.replace(".", ""))
                    if t in entries), None)  # fmt: skip
    if spelled is None:
        return None
    roles = load_roles()
    for form in (spelled, text, text.replace(".", "")):
        if form in roles.countries:
            return roles.countries[form].replace("-", " ")
        if form in roles.expansions:
            return roles.expansions[form]
    return spelled.removeprefix("the ")
