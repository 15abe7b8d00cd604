"""The HTML review page, read structurally: every flagged figure marked, with its numbers."""

from __future__ import annotations

from html.parser import HTMLParser

from tests.cli_helpers import invoke_assert_code
from tests.test_gate_flow import STORY


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.marks: list[tuple[str, str]] = []  # (class, text)
        self._in_mark: str | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            self._in_mark = dict(attrs).get("class", "")
            self.marks.append((self._in_mark, ""))

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark = None

    def handle_data(self, data):
        self.text.append(data)
        if self._in_mark is not None:
            cls, text = self.marks[-1]
            self.marks[-1] = (cls, text + data)


def _page(tmp_path, capsys, monkeypatch) -> tuple[_Page, str]:
    article = tmp_path / "harbour.md"
    article.write_text(STORY, encoding="utf-8")
    out = tmp_path / "report.html"
    invoke_assert_code(["check", article, "--format", "html", "-o", out], capsys, monkeypatch, 1)
    html = out.read_text(encoding="utf-8")
    page = _Page()
    page.feed(html)
    return page, html


def test_the_wrong_figure_is_marked_and_its_arithmetic_is_beside_it(tmp_path, capsys, monkeypatch):
    page, _ = _page(tmp_path, capsys, monkeypatch)
    marked = {text.split(" [")[0]: cls for cls, text in page.marks}
    assert marked["45 percent"] == "inconsistent"
    assert marked["120 million tonnes"] == "inconsistent"
    assert marked["30 million euros"] == "unchecked"
    # the mark links to its finding, which carries the recomputation
    link = next(a for tag, a in page.tags if tag == "a" and a.get("class") == "fig")
    target = link["href"][1:]
    assert any(tag == "div" and a.get("id") == target for tag, a in page.tags)
    text = "".join(page.text)
    assert "[120 million tonnes] / [400 million tonnes] * 100 = 30%" in text
    assert "1 inconsistent" in text


def test_the_page_is_self_contained_and_fits_a_phone(tmp_path, capsys, monkeypatch):
    page, html = _page(tmp_path, capsys, monkeypatch)
    assert not [a for tag, a in page.tags if tag in ("script", "link", "img", "iframe")]
    assert "http://" not in html and "https://" not in html
    assert any(tag == "meta" and a.get("name") == "viewport" for tag, a in page.tags)
    assert "@media (max-width" in html


# An invented second story with one wrong growth rate: 10 to 12 million is 20 percent, not 35.
AIRPORT = """# Airport traffic

Passenger numbers rose to 12 million in 2023 from 10 million in 2022, an increase of 35 percent.
"""


def review_reports(tmp_path, capsys, monkeypatch):
    """`--format markdown --reports-dir` over the two invented stories: the folder written."""
    stories = [tmp_path / "harbour.md", tmp_path / "airport.md"]
    stories[0].write_text(STORY, encoding="utf-8")
    stories[1].write_text(AIRPORT, encoding="utf-8")
    reports = tmp_path / "reports"
    args = ["check", *stories, "--format", "markdown", "--reports-dir", reports]
    invoke_assert_code(args, capsys, monkeypatch, 1)
    return reports


def _parsed(path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_the_index_beside_the_markdown_links_every_article_and_flagged_figure(
    tmp_path, capsys, monkeypatch
):
    reports = review_reports(tmp_path, capsys, monkeypatch)
    assert sorted(p.name for p in reports.iterdir()) == [
        "airport.html",
        "airport.md",
        "harbour.html",
        "harbour.md",
        "index.html",
        "index.md",
    ]
    index = _parsed(reports / "index.html")
    links = [a["href"] for tag, a in index.tags if tag == "a"]
    assert {"harbour.html", "airport.html"} <= set(links)
    flagged = {text.split(" [")[0] for cls, text in index.marks if cls == "inconsistent"}
    assert flagged == {"45 percent", "35 percent"}
    # Every flagged figure's link lands on its finding, in a page that marks the figure.
    deep = [href for href in links if "#" in href]
    assert len(deep) == 2
    for href in deep:
        name, anchor = href.split("#")
        page = _parsed(reports / name)
        [finding] = [a for tag, a in page.tags if a.get("id") == anchor]
        assert "inconsistent" in finding["class"]
        assert any(cls == "inconsistent" for cls, _ in page.marks)
        assert ("a", {"href": "index.html"}) in page.tags
    text = "".join(_parsed(reports / "airport.html").text)
    assert "(end / start - 1) * 100" in text and "35 percent" in text


def test_every_page_in_the_reports_folder_is_self_contained(tmp_path, capsys, monkeypatch):
    reports = review_reports(tmp_path, capsys, monkeypatch)
    for path in reports.glob("*.html"):
        html = path.read_text(encoding="utf-8")
        page = _parsed(path)
        assert not [a for tag, a in page.tags if tag in ("script", "link", "img", "iframe")]
        assert "http://" not in html and "https://" not in html, path
        assert any(tag == "meta" and a.get("name") == "viewport" for tag, a in page.tags)
