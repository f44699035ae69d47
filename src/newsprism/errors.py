"""Exceptions raised by newsprism.

The tree::

    NewsprismError            base of everything newsprism raises on purpose
    ├── IngestError           one input item could not be read (binary, empty, bad JSON …)
    ├── StoreError            the store could not be opened, migrated or written
    └── EvalError             a gold data folder is missing or malformed

Every message carries a stable code (``E1xx`` ingest, ``E2xx`` store, ``E3xx`` eval,
``E4xx`` models) so that scripts can match on it and the docs can explain it.
"""

from __future__ import annotations


class NewsprismError(Exception):
    """Base class: the CLI turns these into one-line messages instead of tracebacks."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return f"[{self.code}] {self.args[0]}"


class IngestError(NewsprismError):
    """One input item (file, JSON line, feed entry) cannot become an article.

    The batch goes on; the pipeline records the failure with the item's location.
    """

    code = "E100"


class StoreError(NewsprismError):
    """The store could not be opened, migrated or written."""

    code = "E200"


class EvalError(NewsprismError):
    """A gold data folder is missing or is not in the expected format."""

    code = "E300"
