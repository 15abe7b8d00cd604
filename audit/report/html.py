"""HTML review pages: each article's text with its figures marked by verdict, self-contained.

One page for a whole run (`--format html`), or a page per article with an index.html beside
the Markdown pages. No scripts, fonts or network: marks link to their findings (CSS :target
shows which), and the layout folds to one column on a phone.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from audit.engine.evaluate import CONSISTENT, INCONSISTENT, UNVERIFIABLE
from audit.report.location import text_file
from audit.report.markdown import page_names
from audit.report.model import ArticleReport, Finding, Report

LABEL = {
    INCONSISTENT: "inconsistent",
    UNVERIFIABLE: "unverifiable",
    CONSISTENT: "consistent",
    "unchecked": "not checked",
}
RANK = {INCONSISTENT: 0, UNVERIFIABLE: 1, CONSISTENT: 2, "unchecked": 3}

STYLE = """
body{font:16px/1.5 system-ui,sans-serif;margin:0;padding:1rem;color:#111;background:#fff}
main{max-width:72rem;margin:auto}
.summary{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 1rem}
.summary span{padding:.2rem .6rem;border-radius:.3rem;border:1px solid #999}
article{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;
 border-top:2px solid #333;padding-top:1rem;margin-top:1rem}
@media (max-width:48rem){article{grid-template-columns:1fr}}
.text p{margin:0 0 .8rem}
mark{padding:0 .15rem;border-radius:.2rem;color:#111;text-decoration:none}
a.fig{color:inherit;text-decoration:none}
.inconsistent{background:#ffb3b3;border-bottom:3px solid #b00000}
.unverifiable{background:#ffe9a8;border-bottom:2px dashed #8a6d00}
.consistent{background:#c9f0c9;border-bottom:1px solid #1d6b1d}
.unchecked{background:#e6e6e6;border-bottom:1px dotted #666}
.finding{border:1px solid #bbb;border-left-width:6px;border-radius:.3rem;padding:.5rem .7rem;
 margin:0 0 .8rem;overflow-wrap:anywhere}
.finding.inconsistent{border-left-color:#b00000;background:#fff5f5}
.finding.unverifiable{border-left-color:#8a6d00;background:#fffbea}
.finding.consistent{border-left-color:#1d6b1d;background:#f5fff5}
.finding:target{outline:3px solid #1a4fd6}
.verdict{font-weight:700;text-transform:uppercase;font-size:.8rem}
code{font-size:.85rem;white-space:pre-wrap}
.legend mark{margin-right:.4rem}
table.index{border-collapse:collapse;width:100%;margin:0 0 1rem}
.index th,.index td{border-bottom:1px solid #ccc;padding:.3rem .5rem;text-align:right}
.index th:first-child,.index td:first-child{text-align:left;overflow-wrap:break-word}
li{margin:0 0 .4rem;overflow-wrap:anywhere}
@media (max-width:48rem){.index thead{display:none}.index tr{display:block;padding:.4rem 0;
 border-bottom:1px solid #ccc}.index td{display:inline-block;border:0;padding:0 .6rem 0 0}
 .index td:first-child{display:block;font-weight:700}
 .index td[data-label]::before{content:attr(data-label) ": ";color:#555}}
"""
LEGEND = (
    '<p class="legend">'
    + "".join(f'<mark class="{k}">{v}</mark>' for k, v in LABEL.items())
    + "</p>"
)


def render(report: Report) -> str:
    """One page: the summary, then every article with its marked text and findings."""
    parts = [_summary(report), LEGEND]
    parts.extend(_article(a, f"a{n}") for n, a in enumerate(report.articles))
    parts.append(_errors(report))
    return _document("Audit review", "<h1>Audit review</h1>" + "".join(parts))


def pages(report: Report) -> dict[str, str]:
    """File name -> page, beside the Markdown pages: a page per article (its Markdown page's
    name with .html) and an index.html that lists and links every flagged figure."""
    names = {key: name[: -len(".md")] + ".html" for key, name in page_names(report).items()}
    out = {}
    for number, a in enumerate(report.articles):
        title = a.article.title or a.article.id
        out[names[id(a)]] = _document(
            title,
            '<p><a href="index.html">All articles</a></p>'
            + _summary(report, [a])
            + LEGEND
            + _article(a, f"a{number}"),
        )
    out["index.html"] = _document("Audit review", _index(report, names))
    return out


def _document(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body><main>"
        f"{body}</main></body></html>\n"
    )


def _summary(report: Report, articles: list[ArticleReport] | None = None) -> str:
    chosen = report.articles if articles is None else articles
    findings = [f for a in chosen for f in a.findings]
    count = {s: sum(f.status == s for f in findings) for s in LABEL}
    failing = sum(f.fails for f in findings)
    baselined = sum(f.baselined for f in findings)
    accepted = sum(f.accepted is not None for f in findings)
    plural = "" if len(chosen) == 1 else "s"
    return (
        f'<p class="summary"><span>{len(chosen)} article{plural}</span>'
        f'<span class="inconsistent">{count[INCONSISTENT]} inconsistent</span>'
        f'<span class="unverifiable">{count[UNVERIFIABLE]} unverifiable</span>'
        f'<span class="consistent">{count[CONSISTENT]} consistent</span>'
        f"<span>{failing} fail the gate</span>"
        + (f"<span>{accepted} accepted</span>" if accepted else "")
        + (f"<span>{baselined} baselined</span>" if baselined else "")
        + "</p>"
    )


def _index(report: Report, names: dict[int, str]) -> str:
    """Every article linked with its counts, then every flagged figure linked to its finding."""
    rows, flagged = [], []
    for number, a in enumerate(report.articles):
        page = escape(names[id(a)], quote=True)
        counts = a.counts()
        title = escape(a.article.title or a.article.id)
        rows.append(
            f'<tr><td><a href="{page}">{title}</a></td>'
            f'<td data-label="inconsistent">{counts[INCONSISTENT]}</td>'
            f'<td data-label="unverifiable">{counts[UNVERIFIABLE]}</td>'
            f'<td data-label="consistent">{counts[CONSISTENT]}</td>'
            f'<td data-label="checked">{a.coverage.checked} of {a.coverage.stated}</td></tr>'
        )
        items = [
            _flagged(f, f"{page}#a{number}f{i}")
            for i, f in sorted(enumerate(a.findings), key=lambda p: RANK[p[1].status])
            if f.status in (INCONSISTENT, UNVERIFIABLE)
        ]
        if items:
            flagged.append(f'<h3><a href="{page}">{title}</a></h3><ul>{"".join(items)}</ul>')
    return (
        "<h1>Audit review</h1>"
        + _summary(report)
        + '<table class="index"><thead><tr><th>article</th><th>inconsistent</th>'
        "<th>unverifiable</th><th>consistent</th><th>figures checked</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        + "<h2>Flagged figures</h2>"
        + ("".join(flagged) or "<p>No figure was flagged.</p>")
        + _errors(report)
    )


def _flagged(f: Finding, href: str) -> str:
    state = " · accepted" if f.accepted else " · in the baseline" if f.baselined else ""
    figure = escape(f.stated or f.relation)
    return (
        f'<li><a class="fig" href="{href}"><mark class="{f.status}" title="{LABEL[f.status]}">'
        f"{figure}<small> [{LABEL[f.status]}]</small></mark></a> "
        f"<code>{escape(f.rule)}</code>{state}: {escape(f.message)}</li>"
    )


def _errors(report: Report) -> str:
    if not report.errors:
        return ""
    items = "".join(f"<li>{escape(str(e))}</li>" for e in report.errors)
    return f"<h2>Files that could not be audited ({len(report.errors)})</h2><ul>{items}</ul>"


def _article(a: ArticleReport, prefix: str) -> str:
    findings = sorted(enumerate(a.findings), key=lambda p: RANK[p[1].status])
    ranges = _ranges(a, prefix)
    path = text_file(a)
    if path:
        text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
        body = _marked_text(text, ranges)
    else:  # a claims file without its article: the quotes are the text we have
        body = "".join(f"<p>{_marked_quote(f, prefix, i)}</p>" for i, f in findings if f.quote)
    title = escape(a.article.title or a.article.id)
    side = "".join(_finding(f, f"{prefix}f{i}") for i, f in findings) or "<p>No findings.</p>"
    notes = "".join(f"<li>{escape(n)}</li>" for n in a.notes)
    unchecked = len(a.coverage.unchecked)
    return (
        f'<article id="{prefix}"><div class="text"><h2>{title}</h2>'
        f"<p><small>{escape(a.article.path)}: {a.coverage.checked} of "
        f"{a.coverage.stated} figures checked, {unchecked} not checked</small></p>"
        f'{body}</div><div class="findings"><h3>Findings</h3>{side}'
        + (f"<h3>Notes</h3><ul>{notes}</ul>" if notes else "")
        + "</div></article>"
    )


def _ranges(a: ArticleReport, prefix: str) -> list[tuple[int, int, str, str]]:
    """(start, end, verdict, anchor) of every figure in the article text, worst verdict first."""
    found: dict[tuple[int, int], tuple[str, str]] = {}
    for index, finding in enumerate(a.findings):
        for key in finding.marked_spans():
            old = found.get(key)
            if old is None or RANK[finding.status] < RANK[old[0]]:
                found[key] = (finding.status, f"{prefix}f{index}")
    for span in a.unmarked:
        if not any(s < span[1] and span[0] < e for s, e in found):
            found[span] = ("unchecked", "")
    merged: list[tuple[int, int, str, str]] = []
    for (start, end), (status, anchor) in sorted(found.items()):
        if merged and start < merged[-1][1]:
            continue
        merged.append((start, end, status, anchor))
    return merged


def _mark(figure: str, status: str, anchor: str) -> str:
    label = LABEL[status]
    mark = (
        (f'<mark class="{status}" title="{label}">{escape(figure)}<small> [{label}]</small></mark>')
        if status != CONSISTENT and status != "unchecked"
        else f'<mark class="{status}" title="{label}">{escape(figure)}</mark>'
    )
    return f'<a class="fig" href="#{anchor}">{mark}</a>' if anchor else mark


def _marked_text(text: str, ranges: list[tuple[int, int, str, str]]) -> str:
    pieces, at = [], 0
    for start, end, status, anchor in ranges:
        pieces.append(escape(text[at:start]))
        pieces.append(_mark(text[start:end], status, anchor))
        at = end
    pieces.append(escape(text[at:]))
    html = "".join(pieces)
    paragraphs = [p for p in html.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f"<p>{p.strip().replace(chr(10), '<br>')}</p>" for p in paragraphs)


def _marked_quote(f: Finding, prefix: str, index: int) -> str:
    quote = f.quote or ""
    pieces, at = [], 0
    for start, end in f.marks:
        pieces.append(escape(quote[at:start]))
        pieces.append(_mark(quote[start:end], f.status, f"{prefix}f{index}"))
        at = end
    pieces.append(escape(quote[at:]))
    return "".join(pieces)


def _finding(f: Finding, anchor: str) -> str:
    state = ""
    if f.accepted:
        state = f" · accepted: {escape(f.accepted.reason)}"
    elif f.baselined:
        state = " · in the baseline"
    rows = [
        f'<div class="finding {f.status}" id="{anchor}">',
        f'<p><span class="verdict">{LABEL[f.status]}</span> · '
        f"<code>{escape(f.rule)}</code> ({escape(f.severity)}){state}</p>",
        f"<p>{escape(f.message)}</p>",
    ]
    if f.status != UNVERIFIABLE and f.arithmetic:
        rows.append(f"<p><code>{escape(f.arithmetic)}</code></p>")
    if f.cause:
        rows.append(f"<p><strong>Likely cause:</strong> {escape(f.cause)}</p>")
    evidence = [
        f"{escape(i.role)}: {escape(i.written)}" + (f" — {escape(i.label)}" if i.label else "")
        for i in f.inputs
    ]
    if evidence:
        rows.append("<ul>" + "".join(f"<li>{e}</li>" for e in evidence) + "</ul>")
    if f.note:
        rows.append(f"<p><em>Note: {escape(f.note)}</em></p>")
    rows.append("</div>")
    return "".join(rows)
