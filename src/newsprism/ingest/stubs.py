"""Pages that are not articles but a server's stub: a redirect or an error page.

A crawl keeps them as HTTP 200 pages too ("301 Moved Permanently" served with status 200,
a soft 404), and a folder of saved pages may hold them. They are skipped and counted,
not stored (a stub has a title and a line of text, which cleaning would accept).
"""

from __future__ import annotations

import re

__all__ = ["stub_kind"]

_TITLE = re.compile(r"<title[^>]*>(.*?)</title", re.I | re.S)
_STATUS_TITLE = re.compile(r"^\s*(?:error\s*)?([1-5]\d\d)\b")
_REDIRECT_TITLES = ("moved permanently", "found", "see other", "temporary redirect",
                    "permanent redirect", "object moved", "document moved", "redirecting",
                    "redirect", "moved temporarily")  # fmt: skip
_ERROR_TITLES = ("not found", "page not found", "forbidden", "access denied",
                 "bad request", "internal server error", "service unavailable",
                 "bad gateway", "gateway timeout", "gone")  # fmt: skip
_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.I | re.S)
# A stub says its status in a line or two; an article that happens to carry such a title
# ("Not found: the missing plane", "Gone") has far more text than this.
_STUB_TEXT = 600


def stub_kind(html: str) -> str | None:
    """``"redirect"`` or ``"http error"`` for a stub page, None for anything else."""
    match = _TITLE.search(html[:16384])
    if match is None:
        return None
    title = " ".join(match.group(1).split()).lower()
    status = _STATUS_TITLE.match(title)
    words = title[status.end() :].strip(" -:") if status else title
    known = not words or words in _REDIRECT_TITLES or words in _ERROR_TITLES
    if status and known:  # "301 Moved Permanently", "404": not "500 Days of Summer"
        code = int(status.group(1))
        kind = "redirect" if 300 <= code < 400 else "http error" if code >= 400 else None
    elif status:
        return None
    elif words in _REDIRECT_TITLES:
        kind = "redirect"
    elif words in _ERROR_TITLES:
        kind = "http error"
    else:
        return None
    if kind is None or len(" ".join(_TAG.sub(" ", html[:65536]).split())) > _STUB_TEXT:
        return None
    return kind
