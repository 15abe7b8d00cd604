"""Every phrasing's examples, run by one test: each linking example yields exactly its own
relation (no other phrasing may claim it), each counter-example yields none of it."""

from __future__ import annotations

import pytest

from audit.extract import extract_claims, phrasing
from audit.extract.drafts import draft_claims

PHRASINGS = phrasing.load_all()
LINKS = [(p, i) for p in PHRASINGS for i in range(len(p.links))]
NONE = [(p, i) for p in PHRASINGS for i in range(len(p.none))]


def _text(value) -> str | list[str]:
    return [d.found.text for d in value] if isinstance(value, list) else value.found.text


def _matches(text: str) -> list[tuple[str, dict]]:
    """Every match in each sentence, then in each pair of adjacent sentences."""
    by_sentence: dict[int, list] = {}
    for draft in draft_claims(text, "2024-01").drafts:
        if draft.status == "fact":
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
    ours = [r for r in drafted["relations"] if r.get("note") == f"phrasing {item.id}"]
    assert len(ours) == 1 and ours[0]["kind"] == item.kind
    assert set(ours[0]["roles"]) == set(example["roles"]) | {role for role, _ in item.fill}


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
    ],
)
def test_a_broken_phrasing_file_is_named_with_its_problem(tmp_path, change, problem):
    path = tmp_path / "growth.sample.yaml"
    path.write_text(GOOD.replace(*change), encoding="utf-8")
    with pytest.raises(phrasing.PhrasingError, match=problem) as error:
        phrasing.load(path)
    assert "growth.sample.yaml" in str(error.value)


def test_a_good_phrasing_file_compiles_and_matches(tmp_path):
    path = tmp_path / "growth.sample.yaml"
    path.write_text(GOOD, encoding="utf-8")
    item = phrasing.load(path)
    text = "Sales were 30 million, up 50% from 20 million."
    facts = draft_claims(text, "2024-01").drafts
    [match] = phrasing.matches(text, facts, set(), (item,))
    assert {role: d.found.text for role, d in match.roles.items()} == item.links[0]["roles"]
