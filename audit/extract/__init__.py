"""Extraction: article text -> a draft claims file (docs/claims-format.md) an editor reviews.

    read_article(path) -> str                 decode.py: any encoding newsrooms leave behind
    extract_claims(text, article_id=...) -> dict   claims, relations, skipped figures
    dump_yaml(data) -> str                    yaml_out.py
    find_quantities(text) -> list[Found]      numbers_in_text.py: every figure, tagged by kind

Module map: numbers_in_text (+ lexicon over audit.vocabulary, spelled) finds figures (found.Found)
and readings takes a second look (names, scores and ages that are not figures; two-part forms);
comments blanks HTML comments first; sentences and metadata read the article's structure;
context guesses entity, metric, period and status; values_out writes values the claims grammar
reads; drafts builds claims; relations (+ relations_news, relations_cross, relations_gdp) links
them.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from audit.extract.decode import read_article

if TYPE_CHECKING:
    from audit.extract.numbers_in_text import Found, find_quantities
    from audit.extract.yaml_out import dump_yaml

__all__ = ["Found", "dump_yaml", "extract_claims", "find_quantities", "read_article"]

# Reading a claims file's article (for its suppression comments) imports audit.extract.decode,
# which runs this file: the extractor's modules (hundreds of regular expressions) load only
# when a name that needs them is asked for, so a gate on one claims file does not compile them.
_LAZY = {
    "Found": "audit.extract.numbers_in_text",
    "find_quantities": "audit.extract.numbers_in_text",
    "dump_yaml": "audit.extract.yaml_out",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def extract_claims(
    text: str,
    article_id: str = "article",
    title: str | None = None,
    published: str | None = None,
    source_path: str | Path | None = None,
) -> dict[str, Any]:
    """A claims-file dict drafted from `text`; arguments override what the text states."""
    from audit.extract.comments import blank_comments
    from audit.extract.drafts import draft_claims
    from audit.extract.metadata import blank_metadata_lines, find_published, find_title
    from audit.extract.relations import find_relations

    text = blank_comments(text)
    published = published or find_published(text)
    article: dict[str, Any] = {"id": article_id}
    title = title or find_title(text)
    text = blank_metadata_lines(text)
    if title:
        article["title"] = title
    if published:
        article["published"] = str(published)
    if source_path is not None:
        article["text"] = str(source_path)
    drafted = draft_claims(text, str(published) if published else None)
    relations = find_relations(text, drafted.occurrences, str(published) if published else None)
    article["skipped"] = drafted.skipped
    quotes: dict[int, str] = {}
    return {
        "article": article,
        "claims": [draft.as_dict(text, quotes) for draft in drafted.drafts],
        "relations": relations,
    }
