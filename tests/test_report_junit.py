"""JUnit XML parses whatever the article or claims file holds: characters XML 1.0 cannot
carry (controls, lone surrogates) are written as escapes, the rest of the text kept."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from xml.etree import ElementTree as ET

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli_helpers import run_main
from tests.test_gate_flow import STORY

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Text that XML 1.0 forbids, mixed with ordinary text.
hostile = st.text(
    st.one_of(
        st.characters(),
        st.sampled_from(["\x01", "\x0b", "\x1f", "\ud800", "\udfff", "\ufffe", "\x00"]),
    ),
    max_size=30,
)


def claims_json(quote: str, title: str) -> str:
    """A claims file with one wrong share (120 of 400 is not 45 percent); JSON escapes the
    surrogates a YAML file could not hold."""
    return json.dumps(
        {
            "article": {"id": "harbour", "title": title},
            "claims": [
                {"id": "cargo", "value": "400 million tonnes", "quote": quote, "metric": title},
                {"id": "boxes", "value": "120 million tonnes", "quote": quote},
                {"id": "share", "value": "45 percent", "quote": quote},
            ],
            "relations": [
                {
                    "id": "box_share",
                    "kind": "share",
                    "roles": {"part": "boxes", "whole": "cargo", "share": "share"},
                }
            ],
        }
    )


def _junit(path: Path, capsys, monkeypatch) -> tuple[int, ET.Element]:
    code, out, err = run_main(["check", path, "--format", "junit"], capsys, monkeypatch)
    assert code in (0, 1, 2), err
    assert "Traceback" not in err and "internal error" not in err, err
    return code, ET.fromstring(out)


@FUZZ
@given(quote=hostile, title=hostile)
def test_junit_parses_and_keeps_the_text_of_any_claims_file(quote, title, capsys, monkeypatch):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "harbour.json"
        path.write_text(claims_json(quote, title), encoding="utf-8")
        code, root = _junit(path, capsys, monkeypatch)
    assert code == 1
    [failure] = root.iter("failure")
    # Every run of characters XML can hold is there as written (XML reads any line end as
    # "\n").
    text = re.sub(r"\r\n?", "\n", quote.strip())
    kept = [piece for piece in NOT_XML.split(text) if piece.strip()]
    assert all(piece.strip() in failure.text for piece in kept), (kept, failure.text)


@FUZZ
@given(text=st.text(max_size=40), where=st.integers(min_value=0, max_value=len(STORY)))
def test_junit_parses_whatever_an_article_holds(text, where, capsys, monkeypatch):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "harbour.md"
        path.write_text(STORY[:where] + text + STORY[where:], encoding="utf-8")
        _junit(path, capsys, monkeypatch)


def test_control_characters_in_a_quote_are_escaped(tmp_path, capsys, monkeypatch):
    path = tmp_path / "harbour.json"
    path.write_text(
        claims_json("containers\x01 made up \x0b120 million\ud800 tonnes", "T"), "utf-8"
    )
    _, root = _junit(path, capsys, monkeypatch)
    [failure] = root.iter("failure")
    assert failure.text.endswith("containers\\x01 made up \\x0b120 million\\ud800 tonnes")
