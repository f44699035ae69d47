"""A name inside a title, read in the title's own article.

Why: titles (``RoleMention``) are found article by article but pooled for the story, and
their offsets are offsets into their own article. A title that names nobody ("Iran's
foreign minister" in one report), matched by offsets alone, made a name at the same
offsets of *another* report ("… told Fox News") look like a word of a title, and that
name's row was dropped from the story (NeuS r491, session 33). Each title now carries its
article, and only a title of the name's own article can hold it.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.extract.titles import RoleMention
from newsprism.models import Mention


def mark_article(roles: Sequence[RoleMention], article_id: str) -> None:
    """Record on each title the article it was found in (``find_roles`` reads one text)."""
    for role in roles:
        role.article_id = article_id


def role_article(role: RoleMention) -> str | None:
    """The title's article: its own mark, else its person's, else unknown (None)."""
    if role.article_id:
        return role.article_id
    return role.person.article_id if role.person is not None else None


def inside_title(mention: Mention, roles: Sequence[RoleMention]) -> bool:
    """A name the tagger found inside a title of its own article: "State" of "Secretary of
    State". A title whose article is unknown is read as before, in every article."""
    return any(
        r.title_start <= mention.start and mention.end <= r.title_end
        for r in roles
        if role_article(r) in (None, mention.article_id)
    )
