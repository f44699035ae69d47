"""Step 1 of the quote extractor: quotation marks paired into quotations (marks.py)."""

from __future__ import annotations

from newsprism.extract.quotes import find_quotations


def test_find_quotations_pairs_marks() -> None:
    text = ('He said, "For example, “they haven’t,” he quoted." ‘Israel’ and Israel’s. '
            "‘Two words’ stay.")  # fmt: skip
    found = [[text[a:b] for a, b in q.parts] for q in find_quotations(text)]
    assert found == [["For example, “they haven’t,” he quoted."], ["Two words"]]
