"""A share's part is a kind of its whole, so its count may name it otherwise: a count of a
thing the vocabulary does not name ("counted recruits") meets a count of people, while a share
of shops in a count of workers, both named by the vocabulary, stays unchecked."""

from __future__ import annotations

from pathlib import Path

from audit.pipeline import run_check

CLAIMS = """\
article:
  id: recruits
  published: 2024-03
claims:
  - {id: recruits, quote: "2,500 recruits", value: "2,500 counted recruits"}
  - {id: women, quote: "1,100 women", value: "1,100 women"}
  - {id: women_wrong, quote: "1,300 women", value: "1,300 women"}
  - {id: share, quote: "44%", value: "44%"}
  - {id: cooks, quote: "1,300 workers", value: "1,300 workers"}
  - {id: kiosks, quote: "240 shops", value: "240 shops"}
  - {id: kiosk_share, quote: "18%", value: "18%"}
relations:
  - {id: women_ok, kind: share, roles: {part: women, whole: recruits, share: share}}
  - {id: women_slip, kind: share, roles: {part: women_wrong, whole: recruits, share: share}}
  - {id: shops_of_workers, kind: share, roles: {part: kiosks, whole: cooks, share: kiosk_share}}
"""


def test_a_share_meets_a_count_the_vocabulary_does_not_name(tmp_path: Path) -> None:
    path = tmp_path / "recruits.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    report, _ = run_check([path])
    got = {f.relation: f.status for f in report.findings()}
    assert got == {
        "women_ok": "consistent",
        "women_slip": "inconsistent",
        "shops_of_workers": "unverifiable",
    }
