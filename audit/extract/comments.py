"""HTML comments in an article are not its text: blanked before figures are read.

A reader never sees `<!-- ... -->` (Markdown hides it; suppression comments live there), so a
figure in a comment's reason must not become a claim. Blanking keeps every other character
where it was, so spans, lines and columns still point into the file as written.
"""

from __future__ import annotations

import re

from audit.lazy_regex import compile_later

_COMMENT = compile_later(r"<!--.*?-->", re.S)
_NOT_NEWLINE = compile_later(r"[^\r\n]")


def blank_comments(text: str) -> str:
    """`text` with every HTML comment's characters (line breaks aside) replaced by spaces."""
    if "<!--" not in text:
        return text
    return _COMMENT.sub(lambda m: _NOT_NEWLINE.sub(" ", m.group()), text)
