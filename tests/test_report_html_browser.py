"""The review page in a real headless Chromium, scripts off, at desktop and phone widths.

Skipped where no chromium is installed (.ci/run installs Debian's package).
"""

from __future__ import annotations

import shutil
import struct
import subprocess

import pytest

from tests.cli_helpers import invoke_assert_code
from tests.test_gate_flow import STORY
from tests.test_report_html import review_reports

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium installed")
BASE = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-javascript"]


@pytest.mark.parametrize("width", [1280, 390])
def test_chromium_renders_every_flagged_figure(tmp_path, capsys, monkeypatch, width):
    article = tmp_path / "harbour.md"
    article.write_text(STORY, encoding="utf-8")
    page = tmp_path / "report.html"
    invoke_assert_code(["check", article, "--format", "html", "-o", page], capsys, monkeypatch, 1)
    url = page.as_uri()
    dom = subprocess.run(
        [*BASE, f"--window-size={width},900", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    for figure in ("400 million tonnes", "120 million tonnes", "45 percent"):
        assert f'title="inconsistent">{figure}' in dom
    assert "= 30% (29.84 to 30.16)" in dom
    shot = tmp_path / "shot.png"
    subprocess.run(
        [*BASE, f"--window-size={width},900", f"--screenshot={shot}", url],
        capture_output=True,
        timeout=120,
        check=True,
    )
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">I", header[16:20])[0] == width


def _dom(url: str, width: int) -> str:
    return subprocess.run(
        [*BASE, f"--window-size={width},900", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout


@pytest.mark.parametrize("width", [1280, 390])
def test_chromium_finds_every_flagged_figure_from_the_index(tmp_path, capsys, monkeypatch, width):
    reports = review_reports(tmp_path, capsys, monkeypatch)
    index = _dom((reports / "index.html").as_uri(), width)
    assert 'href="harbour.html"' in index and 'href="airport.html"' in index
    # Each flagged figure on the index, followed to its page, is marked there with its numbers.
    expected = {
        "45 percent": "= 30% (29.84 to 30.16)",
        "35 percent": "(end / start - 1) * 100",
    }
    for figure, numbers in expected.items():
        assert f'title="inconsistent">{figure}' in index
        href = index.split(f'title="inconsistent">{figure}')[0].rsplit('href="', 1)[1]
        href = href.split('"', 1)[0]
        name, anchor = href.split("#", 1)
        page = _dom(f"{(reports / name).as_uri()}#{anchor}", width)
        assert f'id="{anchor}"' in page
        assert f'title="inconsistent">{figure}' in page
        assert numbers in page
    shot = tmp_path / "index.png"
    subprocess.run(
        [
            *BASE,
            f"--window-size={width},900",
            f"--screenshot={shot}",
            (reports / "index.html").as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert struct.unpack(">I", shot.read_bytes()[16:20])[0] == width
