"""The terminal report into a pipe is laid out without rich's console, character for character
as rich lays it out there; what the plain layout cannot draw exactly goes to rich."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from rich.console import Console

from audit.pipeline import run_check
from audit.report import plain, terminal
from audit.report.rich_sink import RichSink

ROOT = Path(__file__).resolve().parent.parent

# Words of Latin, accented, box-drawing and wide (CJK) letters, runs of spaces, long words.
_LETTERS = st.sampled_from("abcxyzABC0123456789.,%$€£—“”✓✗?éüøñ中国经济增长年億円한국")
_WORD = st.text(_LETTERS, min_size=1, max_size=30)
_TEXT = st.lists(
    st.tuples(_WORD, st.sampled_from([" ", "  ", "   ", "", "\n", " \n", "\n\n"])),
    min_size=0,
    max_size=25,
).map(lambda parts: "".join(w + s for w, s in parts))
_WIDTHS = st.integers(min_value=8, max_value=160)


def _rich(width: int, draw) -> str:
    out = io.StringIO()
    draw(RichSink(Console(file=out, width=width, highlight=False)))
    return out.getvalue()


def _plain(width: int, draw) -> str:
    sink = plain.PlainSink(width)
    try:
        draw(sink)
    except plain.Unsupported:
        assume(False)
    return "".join(sink.out)


@given(_TEXT, _TEXT, _WIDTHS, st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40))))
def test_a_line_wraps_as_rich_wraps_it(first, second, width, marks):
    def draw(sink):
        sink.line([(first, "bold"), (second, "")], marks, style="dim")

    assert _plain(width, draw) == _rich(width, draw)


@given(_TEXT, _TEXT, st.lists(_WORD, min_size=4, max_size=4), _WIDTHS)
def test_a_card_is_framed_as_rich_frames_it(title, subtitle, row, width):
    def draw(sink):
        sink.card(title, subtitle, row)
        sink.blank()

    assert _plain(width, draw) == _rich(width, draw)


@pytest.mark.parametrize("text", ["a\ttab", "a bell\x07", "joined 👩\u200d💻"])
def test_text_rich_measures_in_context_is_left_to_rich(text):
    with pytest.raises(plain.Unsupported):
        plain.PlainSink(80).line([(text, "")])


def test_a_card_too_narrow_for_its_table_is_left_to_rich():
    with pytest.raises(plain.Unsupported):
        plain.PlainSink(40).card("title", "id (path)", ["1", "2", "3", "4 of 9"])


@pytest.mark.parametrize("fail_on", ["error", "never"])
def test_a_whole_report_reads_as_rich_prints_it_into_a_pipe(fail_on):
    report, _ = run_check(sorted((ROOT / "claims").glob("*.yaml")), jobs=1)
    for width in (63, 80, 132):
        out = io.StringIO()
        terminal.render(report, Console(file=out, width=width, highlight=False), fail_on)
        assert plain.text_for_pipe(report, fail_on, width) == out.getvalue()


def test_the_pipe_width_is_rich_s(monkeypatch):
    monkeypatch.setattr("os.get_terminal_size", _no_terminal)
    assert plain.pipe_width({}) == 80
    assert plain.pipe_width({"COLUMNS": "132"}) == 132
    assert plain.pipe_width({"COLUMNS": "wide"}) == 80
    # Told to colour, rich writes escape codes even into a pipe: it does so itself.
    assert plain.pipe_width({"FORCE_COLOR": "1"}) is None
    assert plain.pipe_width({"TTY_COMPATIBLE": "1"}) is None


def test_a_terminal_on_another_stream_sets_the_width(monkeypatch):
    sizes = {2: (101, 30)}  # stdout is the pipe, stderr still the terminal

    def size(descriptor: int):
        if descriptor not in sizes:
            raise OSError("not a terminal")
        return __import__("os").terminal_size(sizes[descriptor])

    monkeypatch.setattr("os.get_terminal_size", size)
    assert plain.pipe_width({}) == 101


def _no_terminal(descriptor: int):
    raise OSError("not a terminal")


def test_a_relation_with_a_figure_not_given_takes_one_line(tmp_path):
    path = tmp_path / "notgiven.txt"
    path.write_text(
        "Published: 2024-06-10\n\nHeadline\n\nNet profit rose 25% to $410 million.\n",
        encoding="utf-8",
    )
    report, _ = run_check([path])
    lines = plain.text_for_pipe(report, "never", 200).splitlines()
    [line] = [n for n, text in enumerate(lines) if text.startswith(" ? growth.mismatch")]
    assert lines[line].endswith("— not given: start")
    assert not lines[line + 1].startswith("   ")  # no message, quote or note below it
