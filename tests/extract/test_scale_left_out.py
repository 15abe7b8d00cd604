"""The later of two levels written without the scale word the other has ("4.5 million, up from
4.2", "from Rs 1,250 crore to Rs 1,355") is read in the other's scale, and the check then holds
or fails on the figures meant."""

import pytest

from tests.extract.snippets import assert_relation_verdict, roles_by_name


@pytest.mark.parametrize(
    "text,start",
    [
        ("Cinema visits rose to 4.5 million from 4.2.", "4.2 million"),
        ("Toy exports reached $38.6 million from $31.2 in 2019.", "$31.2 million"),
        (
            "The harvest came to 52.3 million tonnes, 2.1% more than the 51.22 of 2019.",
            "51.22 million tonnes",
        ),
    ],
)
def test_the_bare_start_takes_the_ends_scale(text, start):
    [growth] = roles_by_name(text, "growth")
    assert growth["start"] == start


@pytest.mark.parametrize(
    "text",
    [
        "Cinema visits rose to 4.5 million from 4,200.",  # not of the end's size: as written
        "Cinema visits rose to 1.2 million from 800,000.",  # the start says its own size
    ],
)
def test_a_start_that_is_not_the_ends_mantissa_stays_as_written(text):
    [growth] = roles_by_name(text, "growth")
    assert growth["start"] in ("4,200", "800,000")


@pytest.mark.parametrize("rate,verdict", [("2.1%", "consistent"), ("4.1%", "inconsistent")])
def test_the_check_is_of_the_figures_meant(tmp_path, rate, verdict):
    text = f"Title\n\nThe harvest came to 52.3 million tonnes, up {rate} from 51.22 in 2019.\n"
    assert_relation_verdict(tmp_path, "harvest", text, "growth", verdict)


@pytest.mark.parametrize(("rate", "verdict"), [("8.4%", "consistent"), ("9.4%", "inconsistent")])
def test_a_bare_end_after_its_start_takes_the_starts_scale(tmp_path, rate, verdict):
    text = (
        f"Title\n\nQuarterly sales rose {rate}, from Rs 1,250.40 crore in Q1FY23 to Rs 1,355.20 "
        "in Q1FY24.\n"
    )
    [growth] = roles_by_name(text, "growth")
    assert (growth["start"], growth["end"]) == ("Rs 1,250.40 crore", "Rs 1,355.20 crore")
    assert_relation_verdict(tmp_path, "sales", text, "growth", verdict)
