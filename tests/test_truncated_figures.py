"""A stated figure that holds only if it was cut off at its last digit, not rounded: still
inconsistent, with that cause, but a warning, so house style alone does not fail the gate."""

from __future__ import annotations

from cli_helpers import run_main

from tests.extract.snippets import audit_snippet

HEAD = "Published: 2024-06-10\n\nHeadline\n\n"
TRUNCATED = "Fees fell 25.8% to Rs 220.2 crore from Rs 297.1 crore.\n"  # -25.88% cut to -25.8%


def _growth(tmp_path, name, text):
    [found] = [f for f in audit_snippet(tmp_path, name, HEAD + text) if f.kind == "growth"]
    return found


def test_a_cut_off_figure_is_a_warning_with_its_cause(tmp_path):
    found = _growth(tmp_path, "cut", TRUNCATED)
    assert (found.status, found.severity) == ("inconsistent", "warning")
    assert "cut off at its last digit" in found.cause


def test_a_rising_figure_cut_off_is_read_upwards(tmp_path):
    found = _growth(tmp_path, "up", "Fees rose 12.3% to 112.39 million from 100 million.\n")
    assert found.status == "consistent"  # within rounding of the two levels already
    found = _growth(tmp_path, "up2", "Fees rose 12.3% to 112.392 million from 100.000 million.\n")
    assert (found.status, found.severity) == ("inconsistent", "warning")


def test_a_figure_off_by_more_than_its_last_digit_stays_an_error(tmp_path):
    found = _growth(tmp_path, "off", TRUNCATED.replace("25.8%", "25.6%"))
    assert (found.status, found.severity) == ("inconsistent", "error")
    assert "cut off" not in found.cause


def test_a_cut_off_figure_passes_the_error_gate_and_fails_the_warning_gate(
    tmp_path, capsys, monkeypatch
):
    path = tmp_path / "cut.txt"
    path.write_text(HEAD + TRUNCATED, encoding="utf-8")
    for gate, status in (("error", 0), ("warning", 1)):
        code, _, _ = run_main(["check", path, "--fail-on", gate], capsys, monkeypatch)
        assert code == status
