"""The build script turns tables laid out like the World Bank and FRED packages into the
columnar file the tool reads, with a fact's vintages side by side."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from audit.reference.shipped import Store

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_reference_facts.py"
LONG = "Country Name,Country Code,Year,Value\r\n"


def _script():
    spec = importlib.util.spec_from_file_location("build_reference_facts", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tiny_tables(root: Path, build) -> None:
    for metric, (folder, _, _) in build.INDICATORS.items():
        (root / "world-bank-wdi" / folder).mkdir(parents=True)
        rows = {
            "gdp": 'Ruritania,RUR,2019,1000.5\r\n"Korea, Rep.",KOR,2019,2000\r\n',
            "exchange_rate": 'Ruritania,RUR,2019,2\r\n"Korea, Rep.",KOR,2019,1100\r\n',
            "population": "Ruritania,RUR,2019,10\r\n",
        }.get(metric, "")
        (root / "world-bank-wdi" / folder / "data.csv").write_text(LONG + rows)
    (root / "gdp").mkdir()
    (root / "gdp" / "gdp.csv").write_text(LONG + '"Korea, Rep.",KOR,2019,1990\r\n')
    (root / "world-bank-gdp-lcu").mkdir()
    years = ",".join(f'"{y}"' for y in range(1960, 2020))
    cells = ",".join('""' for _ in range(1960, 2019))
    (root / "world-bank-gdp-lcu" / "API_NY.GDP.MKTP.CN_DS2_en_csv_v2_26332.csv").write_text(
        '\ufeff"Data Source","World Development Indicators",\n\n"Last Updated Date",'
        '"2025-03-24",\n\n"Country Name","Country Code","Indicator Name","Indicator Code",'
        f'{years},\n"Korea, Rep.","KOR","GDP (current LCU)","NY.GDP.MKTP.CN",{cells},'
        '"2100000",\n'
    )
    (root / "exchange-rates").mkdir()
    (root / "exchange-rates" / "annual.csv").write_text(
        "Date,Country,Exchange rate\r\n2019-01-01,South Korea,1165.4\r\n"
    )
    (root / "exchange-rates" / "monthly.csv").write_text(
        "Date,Country,Exchange rate\r\n2019-03-01,South Korea,1130.2\r\n"
    )


def test_build_writes_every_vintage_and_source(tmp_path):
    build = _script()
    _tiny_tables(tmp_path / "data", build)
    out = tmp_path / "facts.npz"
    build.build(tmp_path / "data", out)
    store = Store(out)
    gdp = store.rows("KOR", "gdp", 201900)
    assert [(r.value, r.released) for r in gdp] == [(1990.0, "2024-10"), (2000.0, "2026-07")]
    assert all(r.licence == "CC BY 4.0" and "NY.GDP.MKTP.CD" in r.source for r in gdp)
    lcu = store.rows("KOR", "gdp_lcu", 201900)
    assert [(r.value, r.unit) for r in lcu] == [(2100000.0, "KRW"), (2000.0 * 1100, "KRW")]
    assert store.rows("RUR", "gdp_lcu", 201900) == []  # a currency the tool does not know
    assert [r.value for r in store.rows("KOR", "fred_rate", 201903)] == [1130.2]
    assert store.rows("KOR", "fred_rate", 201900)[0].licence.startswith("public domain")
    assert store.rows("RUR", "population", 201900)[0].unit == "people"
