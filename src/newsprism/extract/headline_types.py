"""Headline-only rows the tagger typed with nothing behind the type (session 35, i12-open35).

A headline-only row (:mod:`newsprism.extract.headline_names`) is read from the headline
alone, so its type is the tagger's reading of headlinese, with no body mention for the
type rules of the body rows to check. The readers of session 34 found two kinds wrong
on NeuS raw rows 0–505:

- **A one-word "organisation" no data file knows.** "Olbermann" ("… gets blocked by
  Olbermann", r481: a person) and "Northeast" ("… hit Northeast", r128, r158: a region)
  were typed ORG. The body rows' checks know an organisation by the data files (the
  entity ruler's names, the known organisations of ``data/names.toml``) or by the
  article's words around it; a headline gives neither. Rule: a one-word span the
  tagger labels ORG is kept only when it is an acronym in capitals ("DOJ", "IRS"), a
  name the data files know ("Senate", "Pentagon"), or the headline writes it after
  "the" as an institution is written ("… to the House"). Otherwise no row: a missing
  row costs less than a person shown as an organisation.
- **A brand glued to a disease.** "J&J Covid" ("resume use of J&J Covid vaccine",
  r498) was a NORP row; "Pfizer Covid" and "Pfizer Coronavirus" are the same kind, which
  the glued-form rule caught only because "Pfizer" is a body row. A body mention that
  is a disease or drug of ``data/names.toml``'s ``not_entities`` is no entity; a
  headline span of several words whose first or last word is one is a name with a
  topic glued on, and no row either.

Both are read on the rows a headline would add, after its forms are joined to body
rows, so a body row's headline form is kept whatever the tagger called it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from newsprism.extract.mention_rules import _not_entities
from newsprism.models import Mention

HEADLINE_TYPES_RULE = True  # off: the tagger's type stands, as in session 34


def untyped_guess(mention: Mention, title: str, known: bool) -> bool:
    """Whether a headline mention is one of the two kinds of the module doc and gets no
    row. ``known``: the data files know the word (``headline_names._known_name``)."""
    if not HEADLINE_TYPES_RULE:
        return False
    words = mention.text.split()
    if len(words) > 1:
        diseases = _not_entities()
        return words[0].lower() in diseases or words[-1].lower() in diseases
    if mention.label != "ORG" or mention.text.isupper() or known:
        return False
    return not re.search(r"(?:^|\s)the$", title[:mention.start].rstrip(), re.IGNORECASE)


def guessed_rows(mentions: Sequence[Mention], titles: Mapping[str, str],
                 known: Callable[[str], bool]) -> set[str]:  # fmt: skip
    """The ids of the headline rows every mention of which is a guess
    (:func:`untyped_guess`). Read on the rows, after the headline forms are joined to
    body rows: "Capitol" of "US Capitol bomb threat …" is the body's "US Capitol"
    written in a headline, a form to keep, not a row to add."""
    ids: dict[str, bool] = {}
    for m in mentions:
        if m.entity_id is not None:
            guess = untyped_guess(m, titles.get(m.article_id, ""), known(m.text))
            ids[m.entity_id] = ids.get(m.entity_id, True) and guess
    return {entity for entity, guess in ids.items() if guess}
