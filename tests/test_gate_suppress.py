"""Suppression comments: which paragraph a comment covers, and bad comments located."""

from __future__ import annotations

import pytest

from audit.errors import InputError
from audit.gate.suppress import parse

TEXT = """First paragraph with 12 apples.

<!-- audit: accept share.mismatch "checked with the bureau" -->
Second paragraph, 30 percent of it.

Third paragraph, 5 pears. <!-- audit: accept growth.* "old figure" -->

Fourth."""


def test_comment_alone_covers_the_next_paragraph_and_inline_its_own():
    first, second = parse(TEXT, "a.md")
    assert (first.rule, first.reason, first.line) == (
        "share.mismatch",
        "checked with the bureau",
        3,
    )
    covered = TEXT[first.paragraph[0] : first.paragraph[1]]
    assert "Second paragraph" in covered and "Third" not in covered
    assert (second.rule, second.line) == ("growth.*", 6)
    covered = TEXT[second.paragraph[0] : second.paragraph[1]]
    assert covered.startswith("Third paragraph") and "Fourth" not in covered


def test_comment_on_its_own_paragraph_line_covers_the_lines_below():
    text = 'Intro.\n\n<!-- audit: accept share.mismatch "fine" -->\nThe share is 30 percent.\n'
    [sup] = parse(text, "a.md")
    assert "The share is 30 percent." in text[sup.paragraph[0] : sup.paragraph[1]]


@pytest.mark.parametrize(
    "comment",
    ["<!-- audit: accept share.mismatch -->", '<!-- audit: ignore share.mismatch "x" -->'],
)
def test_a_bad_comment_is_a_located_error(comment):
    with pytest.raises(InputError) as error:
        parse(f"One.\n\nTwo. {comment}\n", "story.md")
    assert "story.md" in str(error.value) and "3" in str(error.value)


# An invented story written as plain text, a line a paragraph, no blank lines between.
LINES = """Port figures for the year
Of the 400 million tonnes of cargo the harbour handled in 2022, containers made up 120 million \
tonnes, or 45 percent.
<!-- audit: accept share.mismatch "the port authority confirmed it" -->
Of 200 boats in the marina, 50 were yachts, or 40 percent.
The ferry carried 3 million people.
"""


def test_in_a_text_file_a_comment_covers_the_line_below_not_the_story():
    [sup] = parse(LINES, "story.txt")
    covered = LINES[sup.paragraph[0] : sup.paragraph[1]]
    assert covered == "Of 200 boats in the marina, 50 were yachts, or 40 percent."
    # The same text as Markdown is one paragraph: the comment covers the rest of it.
    [sup] = parse(LINES, "story.md")
    assert "The ferry" in LINES[sup.paragraph[0] : sup.paragraph[1]]


def test_a_text_file_comment_accepts_only_the_finding_below_it(tmp_path, capsys, monkeypatch):
    from tests.cli_helpers import check_json

    path = tmp_path / "story.txt"
    path.write_text(LINES, encoding="utf-8")
    report = check_json([path], capsys, monkeypatch, 1)
    wrong = {f["stated"]: f for f in report["findings"] if f["status"] == "inconsistent"}
    assert set(wrong) == {"45 percent", "40 percent"}
    assert wrong["40 percent"]["accepted"]["reason"] == "the port authority confirmed it"
    assert wrong["45 percent"]["accepted"] is None


def test_a_figure_in_a_comment_is_not_read_as_a_claim(tmp_path, capsys, monkeypatch):
    from tests.cli_helpers import check_json

    text = "# Marina\n\nOf 200 boats in the marina, 50 were yachts, or 25 percent.\n"
    path = tmp_path / "story.md"
    path.write_text(text, encoding="utf-8")
    plain = check_json([path], capsys, monkeypatch, 0)["articles"][0]["coverage"]["stated"]
    path.write_text(
        text.replace(
            "Of 200", '<!-- audit: accept share.* "the 30 percent of 90 boats is old" -->\nOf 200'
        ),
        encoding="utf-8",
    )
    report = check_json([path], capsys, monkeypatch, 0)
    assert report["articles"][0]["coverage"]["stated"] == plain
    assert not any("30 percent" in (f.get("quote") or "") for f in report["findings"])


def test_on_workers_the_parent_rereads_only_the_texts_with_comments(tmp_path, monkeypatch):
    """Workers say which texts hold comments while they have them: a run over many files
    accepts the same findings, and the parent reads no text without a comment."""
    import json

    from audit.extract import decode
    from audit.pipeline import run_check, stream_check
    from audit.report import json_out, jsonl

    (tmp_path / "story.txt").write_text(LINES, encoding="utf-8")
    uncommented = "".join(line for line in LINES.splitlines(True) if "<!--" not in line)
    for index in range(5):
        plain = uncommented.replace("200 boats", f"{210 + index} boats")
        (tmp_path / f"plain{index}.txt").write_text(plain, encoding="utf-8")
    alone, _ = run_check([tmp_path], jobs=1)
    read = []
    original = decode.read_article
    monkeypatch.setattr(decode, "read_article", lambda path: read.append(path) or original(path))
    pooled, _ = run_check([tmp_path], jobs=2)
    assert json_out.render(pooled, "error") == json_out.render(alone, "error")
    assert {str(p) for p in read} == {str(tmp_path / "story.txt")}  # in this process
    accepted = [f for f in pooled.findings() if f.accepted is not None]
    assert [(f.article, f.stated) for f in accepted] == [("story", "40 percent")]
    streamed = [
        json.loads(line) for line in jsonl.Lines("error").of(stream_check([tmp_path], jobs=2))
    ]
    assert [(f["article"], f["stated"]) for f in streamed if f["accepted"]] == [
        ("story", "40 percent")
    ]
