"""Session 30 (issue 12, compare's fixed costs): the omission check embeds only the
sentences a pair asks for, and compare no longer imports the clusterer's engine.

The cosine test of ``compare.stated`` used to embed every English claim of the story on
its first question; it now embeds a text when a (fact, article) check first needs it,
and must answer every pair as the whole-story matrix (``close_in_meaning``) does. The
sentences are BASIL's (tests/compare/test_omissions_session25_i12_omissions2.py), run
through the real MiniLM.
"""

from __future__ import annotations

import itertools
import subprocess
import sys

import numpy as np

from newsprism.compare import stated
from newsprism.compare.stated import close_in_meaning
from newsprism.compare.story import MINILM_EMBEDDER
from newsprism.embeddings import get_embedder
from newsprism.models import Claim
from tests.compare.test_omissions_session25_i12_omissions2 import FOX, HUFFPOST, NYT, NYT_OTHER

# two outlets' sentences, one printed twice, and one in another language
TEXTS = [("p", NYT_OTHER, None), ("p", FOX, None), ("q", NYT, None), ("q", HUFFPOST, None),
         ("r", FOX, None), ("r", HUFFPOST, "de")]  # fmt: skip


def _claims() -> list[Claim]:
    return [Claim(id=f"{article}:c{k}", article_id=article, sentence_index=k, text=text,
                  language=language) for k, (article, text, language) in enumerate(TEXTS)]


def _recording() -> tuple[list[list[str]], object]:
    encoder = get_embedder(MINILM_EMBEDDER)
    asked: list[list[str]] = []

    def encode(texts: list[str]) -> np.ndarray:
        asked.append(list(texts))
        return encoder.encode(texts)

    return asked, encode


def test_a_check_embeds_only_its_own_sentences_once() -> None:
    asked, encode = _recording()
    close = stated._closeness(_claims(), encode)
    assert asked == []  # nothing embedded before a check asks
    close([2], [0, 1])
    assert asked == [[NYT, NYT_OTHER, FOX]]
    close([3], [4, 1])  # FOX is known: only HuffPost's sentence is new
    assert asked == [[NYT, NYT_OTHER, FOX], [HUFFPOST]]
    close([5], [0, 1, 2])  # the German row is in no pair: nothing to embed, no pair
    assert len(asked) == 2


def test_every_pair_of_groups_reads_as_the_whole_story_matrix() -> None:
    claims = _claims()
    encoder = get_embedder(MINILM_EMBEDDER)
    vectors = np.zeros((len(claims), encoder.dim))
    for k, claim in enumerate(claims):
        vectors[k] = encoder.encode([claim.text])[0]
    matrix = close_in_meaning(claims, vectors)
    assert matrix.any() and not matrix.all()  # both answers occur
    _, encode = _recording()
    close = stated._closeness(claims, encode)
    groups = [list(g) for size in (1, 2, 3) for g in itertools.combinations(range(6), size)]
    for rows, own in itertools.product(groups, groups):
        assert close(rows, own) == bool(matrix[np.ix_(rows, own)].any()), (rows, own)


def test_without_an_encoder_no_pair_is_close_and_nothing_is_embedded() -> None:
    close = stated._closeness(_claims(), None)
    assert close([2], [3]) is False


def _imported_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)  # fmt: skip
    return set(out.stdout.split())


def test_compare_does_not_import_the_clusterers_engine() -> None:
    modules = _imported_after("import newsprism.compare.story")
    assert "newsprism.cluster.terms" in modules  # the stop words compare reads
    assert not {"newsprism.cluster.engine", "newsprism.cluster.crosslang", "newsprism.dedup",
                "datasketch"} & modules  # fmt: skip


def test_the_clusters_public_names_still_import() -> None:
    import newsprism.cluster as cluster
    from newsprism.cluster import StoryAssigner, load_model
    from newsprism.cluster.engine import StoryAssigner as engine_assigner
    from newsprism.cluster.model import load_model as model_loader

    assert StoryAssigner is engine_assigner and load_model is model_loader
    assert set(cluster.__all__) <= set(dir(cluster)) | set(cluster._EXPORTS)
    try:
        cluster.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("an unknown name must raise AttributeError")
