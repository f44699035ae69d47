"""Across languages: what lets an Arabic report meet English ones without a translator.

``script``
    Language-independent keys: digits of any script as ASCII, common Arabic number
    words as numbers, and a consonant skeleton that makes a name written in Arabic and
    in Latin letters comparable ("بلينكن" and "Blinken" are both ``blnkn``).
``linker`` (in ``newsprism.cluster.crosslang``)
    Puts an article into a story told in another language, with the multilingual
    embedder (``newsprism.embeddings``, ``use-m3``).

Nothing here translates: where an Arabic sentence is shown, it is shown as written and
marked as Arabic (docs/crosslang.md).
"""
