"""A social-media handle or a hashtag in quotation marks is a name, not a scare quote.

"On Thursday morning, a Twitter accounts with the handle “@DJTDesk” appeared on
Twitter." (NeuS raw row 458, NBC): the marks set off an account's name, as they set off
a show's, and the writer keeps no distance from it. The scare-quote test reads a short
capitalised name by the words around it (a title or a possessive before, "member"
after); a handle is known by its own form, an "@" or "#" before one run of letters,
digits and underscores, whatever its case (session 31).
"""

from __future__ import annotations

import re

__all__ = ["is_handle"]

_HANDLE = re.compile(r"[@#][A-Za-z0-9_]+")


def is_handle(inner: str) -> bool:
    """Whether the quoted words are one handle or hashtag ("@DJTDesk", "#MeToo")."""
    return _HANDLE.fullmatch(inner.strip().strip(",.;:")) is not None
