"""The rows of a gold data set's JSON Lines file, each checked as it is read.

A data folder copied by hand or cut short by a download can hold a line that is not
JSON, not an object, or lacks a field the loader reads. Read with a bare ``json.loads``
that was a ``JSONDecodeError`` or ``KeyError`` deep in a loader, which the CLI reports
as ``[E199] internal error … (a bug: please report it)``: the wrong reason, and no
file or line to look at. Every eval loader of a ``.jsonl`` file reads it here instead,
and a bad line is one ``EvalError`` naming ``FILE:LINE`` and why (session 34).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsprism.errors import EvalError


def json_lines(path: Path, code: str = "E300", required: Iterable[str] = ()
               ) -> Iterator[tuple[int, dict[str, Any]]]:  # fmt: skip
    """``(line number, row)`` for every non-blank line of ``path``, in order.

    Args:
        path: the ``.jsonl`` file.
        code: the error code of the data set (E300, or the set's own: E140, E320).
        required: fields every row must have.

    Raises:
        EvalError: ``code``, naming ``path:line`` and the reason, at the first line
            that is not a JSON object with every ``required`` field.
    """
    fields = tuple(required)
    for number, line in enumerate(Path(path).read_text("utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise EvalError(f"{path}:{number}: not JSON: {exc}", code=code) from exc
        if not isinstance(row, dict):
            raise EvalError(f"{path}:{number}: a JSON {type(row).__name__}, not an object",
                            code=code)  # fmt: skip
        missing = [field for field in fields if field not in row]
        if missing:
            raise EvalError(f"{path}:{number}: no {', '.join(missing)} field", code=code)
        yield number, row
