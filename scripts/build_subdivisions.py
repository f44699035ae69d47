"""Write ``src/newsprism/data/subdivisions.toml``: ISO 3166-2 first-level subdivision
names (provinces, states, regions …) as pycountry ships them.

Why: the tagger reads a province the article gives no context word for as a person or
a company ("Gauteng and KwaZulu-Natal (KZN) have been the scene of chaos": "Gauteng"
PERSON, "KwaZulu-Natal" ORG; NeuS raw row 251, session 27). A documented list of the
world's first-level subdivisions says they are places (``extract/named_kinds.py``,
``subdivision``). pycountry is a build tool only, never a runtime dependency:

    python3 -m venv /tmp/bvenv && /tmp/bvenv/bin/pip install pycountry==26.2.16
    /tmp/bvenv/bin/python scripts/build_subdivisions.py > src/newsprism/data/subdivisions.toml

Kept: subdivisions with no parent (first level) of the types below; municipalities,
districts, parishes, communes and cities are left out (their names are more often a
person's or a word's, and a city is a place to the tagger already). A name is written
as pycountry writes it less a bracketed note ("Wales [Cymru GB-CYM]") and a Chinese
administrative suffix ("Anhui Sheng"), and again without accents ("Bihār" -> "Bihar").
"""

from __future__ import annotations

import re
import sys
import unicodedata

import pycountry  # type: ignore[import-not-found]

TYPES = frozenset({"Province", "Region", "State", "Autonomous region", "Autonomous community",
                   "Land", "Regional state", "Union territory", "Territory", "Governorate",
                   "Prefecture", "Oblast", "Republic", "Voivodship", "Emirate", "Canton",
                   "Administrative region", "Autonomous province", "Autonomous republic",
                   "Federal district", "Capital territory", "Federal territory",
                   "State city", "Metropolitan region"})  # fmt: skip
_CN_SUFFIX = re.compile(r"\s+(?:Sheng|Shi|Zizhiqu|Zhuangzu Zizhiqu|Huizu Zizhiqu|"
                        r"Uygur Zizhiqu|SAR)$")


def _plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def names() -> list[str]:
    """Lower-case names of the kept subdivisions, with and without accents."""
    found: set[str] = set()
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in TYPES:
            continue
        name = _CN_SUFFIX.sub("", re.sub(r"\s*\[.*?\]\s*", "", sub.name)).strip()
        if len(name) > 2:
            found.update({name.lower(), _plain(name).lower()})
    return sorted(found)


def main() -> None:
    rows = names()
    sys.stdout.write(
        "# ISO 3166-2 first-level subdivisions (provinces, states, regions …), lower case,\n"
        "# written by scripts/build_subdivisions.py from pycountry "
        f"{pycountry.__version__}"
        " (its ISO 3166-2 tables).\n"
        "# Read by extract/named_kinds.py (subdivision). Do not edit by hand: rebuild.\n"
        'version = "1.0.0"\nsource = "pycountry 26.2.16, ISO 3166-2"\n\nnames = [\n')
    for name in rows:
        sys.stdout.write(f'  "{name}",\n')
    sys.stdout.write("]\n")


if __name__ == "__main__":
    main()
