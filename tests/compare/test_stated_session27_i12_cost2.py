"""The omission check embeds a text repeated in the story once (session 27): MiniLM runs
each text alone, so the pairs close in meaning are those of one vector per sentence."""

from __future__ import annotations

import numpy as np

from newsprism.compare import stated
from newsprism.compare.stated import close_in_meaning
from newsprism.compare.story import MINILM_EMBEDDER
from newsprism.embeddings import get_embedder
from newsprism.models import Claim
from tests.compare.test_omissions_session25_i12_omissions2 import FOX, HUFFPOST, NYT, NYT_OTHER

# a wire sentence printed by two outlets, a sentence in another language with an English
# twin's text (it stays out of every pair), and the rest once each
TEXTS = [("a", FOX, None), ("b", HUFFPOST, None), ("c", NYT, None), ("d", NYT, None),
         ("d", NYT_OTHER, None), ("e", FOX, "ar"), ("e", HUFFPOST, None)]  # fmt: skip


def _claims() -> list[Claim]:
    return [Claim(id=f"{article}:c{k}", article_id=article, sentence_index=k, text=text,
                  language=language) for k, (article, text, language) in enumerate(TEXTS)]


def test_a_repeated_text_is_embedded_once_and_reads_the_same() -> None:
    encoder = get_embedder(MINILM_EMBEDDER)
    asked: list[list[str]] = []

    def encode(texts: list[str]) -> np.ndarray:
        asked.append(list(texts))
        return encoder.encode(texts)

    claims = _claims()
    close = stated._closeness(claims, encode)
    everyone = list(range(len(claims)))
    found = np.array([[close([i], [j]) for j in everyone] for i in everyone])
    # asked pair by pair since session 30: each distinct English text embedded once
    assert [text for call in asked for text in call] == [FOX, HUFFPOST, NYT, NYT_OTHER]
    # each English sentence embedded on its own, as before session 27
    vectors = np.zeros((len(claims), encoder.dim))
    for k, claim in enumerate(claims):
        if claim.language is None:
            vectors[k] = encoder.encode([claim.text])[0]
    assert np.array_equal(found, close_in_meaning(claims, vectors))
    assert found[2, 3] and found[1, 6] and not found[0, 5].any()
