"""The session-38 measuring scripts: ``sparse_stream.py``'s ``m:`` setting (the merge
step with this session's conditions) and ``dense_loss.py``'s kinds of split error."""

from __future__ import annotations

from types import SimpleNamespace

from newsprism.cluster.model import load_model
from newsprism.models import Article
from tests.script_modules import script_module

sparse_stream = script_module("sparse_stream")
dense_loss = script_module("dense_loss")


def test_the_m_setting_is_the_packaged_model_with_the_merge_step() -> None:
    packaged = load_model()
    model = sparse_stream.variant("m:0.9:0.5:dated:w2")
    assert (model.merge_scale, model.merge_link_share) == (0.9, 0.5)
    assert model.merge_dated and model.merge_weekday_gap == 2
    assert model.weights == packaged.weights and model.threshold == packaged.threshold
    plain = sparse_stream.variant("m:1.0:0.3")
    assert not plain.merge_dated and plain.merge_weekday_gap == -1


def _article(aid: str, title: str, day: int) -> Article:
    return Article(id=aid, url=aid, outlet="Outlet", title=title, text="Body.",
                   content_hash=aid, source_path="test", raw="", raw_format="text",
                   published_at=f"2021-05-{day:02d}T12:00:00Z")  # fmt: skip


def _row(title: str, gap_days: float) -> dict:
    """``split_row`` for an article ``gap_days`` after its home story's last report."""
    home = _article("h", "Senate passes the infrastructure bill", 3)
    art = _article("a", title, 3)
    last = 1_620_000_000.0
    clusterer = SimpleNamespace(memberships={"h": ("s", None), "a": ("t", None)},
                                live={"s": SimpleNamespace(t_last=last)})  # fmt: skip
    f = SimpleNamespace(article_id="a", published=last + gap_days * 86400)
    return dense_loss.split_row(clusterer, f, "s", "under the threshold",
                                {"h": home, "a": art}, {"a": "g1", "h": "g1"})  # fmt: skip


def test_split_errors_are_sorted_late_other_words_or_same_words() -> None:
    assert _row("Senate passes infrastructure bill after vote", 3.0)["kind"] == "late"
    other = _row("Lawmakers approve a trillion for roads", 0.1)
    assert other["kind"] == "other words" and other["title_share"] == 0.0
    same = _row("Senate passes the infrastructure bill, 69-30", 0.1)
    assert same["kind"] == "same words" and same["title_share"] == 1.0
    assert same["home_titles"] == "Senate passes the infrastructure bill"
