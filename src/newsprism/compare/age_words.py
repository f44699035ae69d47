"""A person's age written as "N-year-old" next to the name (issue 12, session 35).

The label check (compare/person_labels.py) read an age only as a number in apposition
("Elizabeth Lauten, 31,"). News as often writes it as a compound: right before the
name ("36-year-old Tomas Berg") or in an apposition after it ("Tomas Berg, a
36-year-old teacher,"). Two reports giving one named person two ages more than a year
apart are a label conflict (the check's rule for ages stays: one year apart is a
birthday between two reports).

Read only where the age can be no one else's: before the name with nothing but a space
between ("a 17-year-old girl told Tomas Berg" has words between and is not read; "the
36-year-old's lawyer Tomas Berg" has a possessive), or after it as the apposition's
first words (", a 36-year-old …"), not inside it (", the father of a 3-year-old,").
"""

from __future__ import annotations

import re

_BEFORE = re.compile(r"(?<![\w.,-])(?P<age>\d{1,3})[- ]year[- ]old\s+$")
_AFTER = re.compile(r"^,\s+(?:a|an)\s+(?P<age>\d{1,3})[- ]year[- ]old\b(?![-'’])")


def age_next_to(text: str, start: int, end: int) -> tuple[str, str, int] | None:
    """(age, the words as written, where they stand) of an "N-year-old" set right
    before the name at ``start``–``end`` or opening its apposition, else None."""
    before = _BEFORE.search(text[max(0, start - 24) : start])
    if before:
        return before.group("age"), before.group(0).strip(), start
    after = _AFTER.match(text[end : end + 24])
    if after:
        return after.group("age"), after.group(0)[1:].strip(), end
    return None
