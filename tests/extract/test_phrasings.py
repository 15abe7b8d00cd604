"""Every phrasing's examples, run by one test: each linking example yields exactly its own
relation (no other phrasing may claim it), each counter-example yields none of it."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims, phrasing
from audit.extract.drafts import draft_claims
from audit.extract.relations import benchmarks

PHRASINGS = phrasing.load_all()
LINKS = [(p, i) for p in PHRASINGS for i in range(len(p.links))]
NONE = [(p, i) for p in PHRASINGS for i in range(len(p.none))]


def _text(value) -> str | list[str]:
    return [d.found.text for d in value] if isinstance(value, list) else value.found.text


def _matches(text: str) -> list[tuple[str, dict]]:
    """Every match in each sentence, then in each pair of adjacent sentences."""
    by_sentence: dict[int, list] = {}
    drafts = draft_claims(text, "2024-01").drafts
    compared = benchmarks(text, drafts)  # a target a fact is measured against, as the builder
    for draft in drafts:
        if draft.status == "fact" or draft.id in compared:
            by_sentence.setdefault(draft.sentence.number, []).append(draft)
    found = [m for facts in by_sentence.values() for m in phrasing.matches(text, facts, set())]
    for number, facts in by_sentence.items():
        if number + 1 in by_sentence:
            found += phrasing.matches(text, facts + by_sentence[number + 1], set(), sentences=2)
    return [(m.phrasing.id, {role: _text(v) for role, v in m.roles.items()}) for m in found]


@pytest.mark.parametrize("item, index", LINKS, ids=[f"{p.id}-{i}" for p, i in LINKS])
def test_a_linking_example_yields_exactly_its_relation(item, index):
    example = item.links[index]
    assert _matches(example["text"]) == [(item.id, example["roles"])]


@pytest.mark.parametrize("item, index", LINKS, ids=[f"{p.id}-{i}" for p, i in LINKS])
def test_a_linking_example_reaches_the_claims_file(item, index):
    example = item.links[index]
    drafted = extract_claims(example["text"], "x", published="2024-01")
    # The note names the phrasing, then what was guessed, if anything ("phrasing ID: ...").
    ours = [
        r for r in drafted["relations"] if r.get("note", "").split(":")[0] == f"phrasing {item.id}"
    ]
    # One relation, or one for each figure of the role the phrasing makes a relation of each.
    count = len(example["roles"][item.each]) if item.each else 1
    assert len(ours) == count and all(r["kind"] == item.kind for r in ours)
    # A count written per week in words also gets a `per` role saying so (test_per_period.py).
    written = set(ours[0]["roles"]) - {"per"}
    assert written == set(example["roles"]) | {role for role, _ in item.fill}


@pytest.mark.parametrize("item, index", NONE, ids=[f"{p.id}-{i}" for p, i in NONE])
def test_a_counter_example_yields_none_of_it(item, index):
    assert item.id not in [found for found, _ in _matches(item.none[index])]


def test_every_phrasing_has_examples_both_ways():
    assert PHRASINGS
    assert all(p.links and p.none for p in PHRASINGS)


GOOD = """\
id: growth.sample
kind: growth
pattern: "{amount:end}, up {rate:rate} from {amount:start}"
examples:
  links:
    - text: "Sales were 30 million, up 50% from 20 million."
      roles: {end: "30 million", rate: "50%", start: "20 million"}
"""


@pytest.mark.parametrize(
    "change, problem",
    [
        (("id: growth.sample", "id: growth.other"), "is not the file name"),
        (("kind: growth", "kind: growht"), "unknown kind"),
        (("{amount:start}", "{amount:base}"), "are not roles of growth"),
        (("examples:", "exampels:"), "unknown key"),
        (("up {rate:rate}", "up ({rate:rate}"), "not a valid expression"),
        (("{amount:start}", "{amount:end}"), "filled twice"),
        (("{amount:start}", "{amounts:start}"), "needs a role filled by a list"),
        (("kind: growth", "kind: growth\nfill: {rate: '5%'}"), "fill names a role the pattern"),
        (("kind: growth", "kind: growth\nfill: {base: '5%'}"), "are not roles of growth"),
        (("kind: growth", "kind: growth\nsigned: [base]"), "signed names a role"),
        (("kind: growth", "kind: growth\nqualify: {end: roughly about}"), "qualify takes"),
        (("kind: growth", "kind: growth\nsentences: 3"), "sentences is 1 or 2"),
        (("{rate:rate}", "{rate:rate} in {year:when}"), "a year is first or last"),
        (("{rate:rate}", "{pp/year:rate}"), "only an amount or rate is written per"),
        (("kind: growth", "kind: growth\neach: base"), "each names a role of growth"),
        (("kind: growth", "kind: growth\nreading: to"), "reading of growth is one of"),
        (("kind: growth", "kind: growth\nby_size: [end, base]"), "by_size names two roles"),
        (("kind: growth", "kind: growth\nby_size: [end]"), "by_size names two roles"),
        (("kind: growth", "kind: growth\none_period: 2"), "one_period is true or false"),
        (("kind: growth", "kind: growth\nfree: [parts]"), "free names a role"),
    ],
)
def test_a_broken_phrasing_file_is_named_with_its_problem(tmp_path, change, problem):
    path = tmp_path / "growth.sample.yaml"
    path.write_text(GOOD.replace(*change), encoding="utf-8")
    with pytest.raises(phrasing.PhrasingError, match=problem) as error:
        assert phrasing.load(path).regex  # an expression is compiled at its first use
    assert "growth.sample.yaml" in str(error.value)


def test_a_good_phrasing_file_compiles_and_matches(tmp_path):
    path = tmp_path / "growth.sample.yaml"
    path.write_text(GOOD, encoding="utf-8")
    item = phrasing.load(path)
    text = "Sales were 30 million, up 50% from 20 million."
    facts = draft_claims(text, "2024-01").drafts
    [match] = phrasing.matches(text, facts, set(), (item,))
    assert {role: d.found.text for role, d in match.roles.items()} == item.links[0]["roles"]


def test_a_list_role_is_filled_by_several_slots_in_order(tmp_path):
    path = tmp_path / "sum.sample.yaml"
    path.write_text(
        "id: sum.sample\nkind: sum\n"
        'pattern: "{amount:parts}{words:1} and{words:2} {amount:parts}{words:1}, '
        '{amount:total} in all"\n'
        "examples:\n  links:\n    - text: x\n      roles: {}\n",
        encoding="utf-8",
    )
    item = phrasing.load(path)
    text = "Alba has 300 firms and Brook has 200 firms, 500 in all."
    [match] = phrasing.matches(text, draft_claims(text, "2024-01").drafts, set(), (item,))
    assert [d.found.text for d in match.roles["parts"]] == ["300", "200"]
    assert match.roles["total"].found.text == "500"


def test_a_pattern_may_use_a_plain_group_with_a_colon():
    regex, roles, _ = phrasing.compile_pattern("(?:up|down) {rate:rate}")
    assert roles == ("rate",)
    assert regex.search("up \x020R\x03") and not regex.search("up: \x020R\x03")


def test_a_count_of_repeats_keeps_its_comma():
    regex, _, _ = phrasing.compile_pattern("raised( [a-z]+){1,3} by {amount:change}")
    assert regex.search("raised its annual fee by \x020A\x03")
    assert not regex.search("raised by \x020A\x03")


def test_a_per_year_slot_takes_only_a_figure_written_per_year():
    regex, _, _ = phrasing.compile_pattern("or {rate/year:rate}")
    assert regex.search("or \x021R/year\x03")
    assert not regex.search("or \x021R\x03") and not regex.search("or \x021R/month\x03")


@pytest.mark.parametrize(
    "pattern, needed",
    [
        ("{amount:end}, up {rate:rate} from {amount:start}", ("AI", "RQ", "AI")),
        ("{ratio:first}, or {rate:second}", ("Q", "RQ")),
        ("{amounts:parts}, or {points:gap}", ("AI", "AI", "PI")),
        # A slot in a group, or made optional, is not needed; {words} after a slot is no count.
        ("{amount:end}{words:3} up {rate:rate}( or {amount:change})?", ("AI", "RQ")),
        ("{multiple:multiple} the {amount:start}? x {pp:gap}{0,1}", ("M",)),
        ("[({]{rate:rate}\\({amount:whole}", ("RQ", "AI")),
        ("{rate:rate} a|{amount:end} b", ()),
    ],
)
def test_the_figures_a_pattern_needs_are_its_slots_outside_groups(pattern, needed):
    assert phrasing.needed_figures(pattern) == needed


def test_a_sentence_without_the_figures_a_phrasing_needs_is_not_matched(tmp_path):
    path = tmp_path / "growth.sample.yaml"
    path.write_text(GOOD, encoding="utf-8")
    item = phrasing.load(path)
    assert item.figures == ("AI", "RQ", "AI")
    for text, count in (
        ("Sales were 30 million, up 50% from 20 million.", 1),
        # The same words, with a multiple where the rate was: no figure can fill the rate slot.
        ("Sales were 30 million, up 1.5 times from 20 million.", 0),
    ):
        facts = draft_claims(text, "2024-01").drafts
        assert len(phrasing.matches(text, facts, set(), (item,))) == count
