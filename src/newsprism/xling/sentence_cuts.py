"""Where an Arabic text's sentences end: at «.», «؟», «!» and line ends, but not at a
full stop between two digits.

Arabic news written with Western digits uses the full stop as the decimal point ("5.6
نقاط", "3.26 مليون"), the same character that ends a sentence. Cut there, "averaged 5.6
points" became two claims, "... 5." and "6 rebounds ...", neither of which states the
number, so the sentence met its English source nowhere. A full stop with a digit on both
sides is read as a decimal point; one followed by a space or a letter still ends the
sentence ("في عام 2018. وقال").
"""

from __future__ import annotations

import re

# A run of characters that are no sentence end, or a full stop inside a number, then the
# end: one or more end marks, a line end, or the end of the text.
ARABIC_SENTENCE = re.compile(r"(?:[^.!?؟\n]|(?<=\d)\.(?=\d))+(?:[.!?؟]+|\n|$)")

