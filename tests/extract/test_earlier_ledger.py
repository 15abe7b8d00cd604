"""A ledger stated for two periods: where every figure of a sum has its own earlier level
("up 5.8 percent from B0"), the earlier levels make the same sum, checked like this period's."""

from __future__ import annotations

from audit.pipeline import run_check
from tests.extract.snippets import totals_and_parts

LEDGER = (
    "Tarn trade gap widens\n\nPublished: 2024-03-02\n\n"
    "Tarn's trade deficit in January was $2.10 billion, up 31.3 percent from $1.60 billion a "
    "year earlier.\n\nExports reached $3.40 billion, down 5.6 percent from $3.60 billion.\n\n"
    "Imports came to $5.50 billion, up {rate} percent from {start} billion.\n"
)


def _statuses(tmp_path, text: str) -> dict[str, str]:
    path = tmp_path / "tarn.txt"
    path.write_text(text, encoding="utf-8")
    report, _ = run_check([path])
    return {f.relation: f.status for f in report.findings() if f.kind == "sum"}


def test_the_starts_of_a_sums_figures_make_the_same_sum():
    text = LEDGER.format(rate="5.8", start="$5.20")
    assert totals_and_parts(text, "sum", "one period earlier") == [
        ("$5.20 billion", ["$3.60 billion", "$1.60 billion"], "low")
    ]


def test_an_earlier_ledger_that_does_not_add_up_is_flagged(tmp_path):
    # 5.50 / 5.40 - 1 is 1.85%: the growth holds, the earlier ledger does not (3.60 + 1.60)
    statuses = _statuses(tmp_path, LEDGER.format(rate="1.9", start="$5.40"))
    assert sorted(statuses.values()) == ["consistent", "inconsistent"]


def test_no_earlier_sum_when_a_figure_has_no_start_of_its_own():
    text = LEDGER.format(rate="5.8", start="$5.20").replace(
        ", down 5.6 percent from $3.60 billion", ""
    )
    assert totals_and_parts(text, "sum", "one period earlier") == []
