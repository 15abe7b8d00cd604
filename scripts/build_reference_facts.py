"""Build the shipped reference facts (audit/data/facts/world_bank.npz) from the open tables.

Reads a copy of the World Bank WDI indicator tables (CC BY 4.0) and the FRED exchange rates
(public domain) laid out as in ../shared/reference-data (see its README), and writes one
compact columnar file: one row per (metric, entity, period, vintage) with the value, and small
tables naming each series' unit, source, licence and vintage. Run it again when a new release
of the tables is copied in:

    python scripts/build_reference_facts.py [REFERENCE_DATA_DIR]
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "audit" / "data" / "facts" / "world_bank.npz"
DEFAULT_DATA = ROOT.parent.parent / "shared" / "reference-data"

WDI = "World Bank, World Development Indicators"
CC_BY = "CC BY 4.0"
PUBLIC = "public domain (Federal Reserve / FRED, via datasets/exchange-rates)"
# WDI release of the world-bank-wdi copy (retrieved on the day of the monthly update).
WDI_RELEASE = "2026-07"
WDI_LABEL = "WDI release of 2026-07-01"

# metric -> (indicator folder, unit written after the value, title)
INDICATORS = {
    "gdp": ("ny.gdp.mktp.cd", "US dollars", "GDP (current US$)"),
    "gdp_per_capita": ("ny.gdp.pcap.cd", "US dollars", "GDP per capita (current US$)"),
    "gdp_growth": ("ny.gdp.mktp.kd.zg", "%", "GDP growth (annual %, constant prices)"),
    "population": ("sp.pop.totl", "people", "Population, total (midyear)"),
    "exchange_rate": ("pa.nus.fcrf", "", "Official exchange rate (LCU per US$, average)"),
    "rd_share": ("gb.xpd.rsdv.gd.zs", "%", "Research and development expenditure (% of GDP)"),
    "exports_share": ("ne.exp.gnfs.zs", "%", "Exports of goods and services (% of GDP)"),
    "tax_share": ("gc.tax.totl.gd.zs", "%", "Tax revenue (% of GDP)"),
    "debt_share": ("gc.dod.totl.gd.zs", "%", "Central government debt, total (% of GDP)"),
    "military_share": ("ms.mil.xpnd.gd.zs", "%", "Military expenditure (% of GDP)"),
    "education_share": (
        "se.xpd.totl.gd.zs",
        "%",
        "Government expenditure on education, total (% of GDP)",
    ),
}
# GDP in local currency is shipped only where the tool knows the currency (audit/data/units.txt).
EURO = [
    "AUT",
    "BEL",
    "CYP",
    "DEU",
    "ESP",
    "EST",
    "FIN",
    "FRA",
    "GRC",
    "HRV",
    "IRL",
    "ITA",
    "LTU",
    "LUX",
    "LVA",
    "MLT",
    "NLD",
    "PRT",
    "SVK",
    "SVN",
    "EMU",
]
CURRENCIES = {
    "CHN": "CNY",
    "USA": "USD",
    "GBR": "GBP",
    "JPN": "JPY",
    "IND": "INR",
    "HKG": "HKD",
    "CHE": "CHF",
    "CAN": "CAD",
    "AUS": "AUD",
    "KOR": "KRW",
    "BRA": "BRL",
    "RUS": "RUB",
    "SGP": "SGD",
    "NZL": "NZD",
    "MEX": "MXN",
    **{code: "EUR" for code in EURO},
}
# FRED's country names -> World Bank codes (Taiwan is not a World Bank economy).
FRED_CODES = {
    "Australia": "AUS",
    "Austria": "AUT",
    "Belgium": "BEL",
    "Brazil": "BRA",
    "Canada": "CAN",
    "China": "CHN",
    "Denmark": "DNK",
    "Euro": "EMU",
    "Finland": "FIN",
    "France": "FRA",
    "Germany": "DEU",
    "Greece": "GRC",
    "Hong Kong": "HKG",
    "India": "IND",
    "Ireland": "IRL",
    "Italy": "ITA",
    "Japan": "JPN",
    "Malaysia": "MYS",
    "Mexico": "MEX",
    "Netherlands": "NLD",
    "New Zealand": "NZL",
    "Norway": "NOR",
    "Portugal": "PRT",
    "Singapore": "SGP",
    "South Africa": "ZAF",
    "South Korea": "KOR",
    "Spain": "ESP",
    "Sri Lanka": "LKA",
    "Sweden": "SWE",
    "Switzerland": "CHE",
    "Taiwan": "TWN",
    "Thailand": "THA",
    "United Kingdom": "GBR",
    "Venezuela": "VEN",
}


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


class Builder:
    def __init__(self) -> None:
        self.series: list[tuple[str, str, str, str, str, str]] = []
        self.entities: dict[str, str] = {}
        self.rows: list[tuple[int, str, int, float]] = []

    def add_series(
        self, metric: str, unit: str, source: str, licence: str, vintage: str, released: str
    ) -> int:
        self.series.append((metric, unit, source, licence, vintage, released))
        return len(self.series) - 1

    def add(self, series: int, code: str, name: str | None, period: int, value: float) -> None:
        if name:
            self.entities.setdefault(code, name)
        if value == value:
            self.rows.append((series, code, period, value))

    def write(self, out: Path) -> None:
        codes = sorted(self.entities)
        index = {c: i for i, c in enumerate(codes)}
        metrics = np.array([s[0] for s in self.series])
        rows = [(s, index[c], p, v) for s, c, p, v in self.rows if c in index]
        series = np.array([r[0] for r in rows], dtype=np.int16)
        entity = np.array([r[1] for r in rows], dtype=np.int16)
        period = np.array([r[2] for r in rows], dtype=np.int32)
        value = np.array([r[3] for r in rows], dtype=np.float64)
        # Sorted by (metric, entity, period, release): a fact's vintages are adjacent rows.
        releases = np.array([s[5] for s in self.series])
        order = np.lexsort((releases[series], period, entity, metrics[series]))
        columns = {
            name: np.array([s[i] for s in self.series])
            for i, name in enumerate(("metric", "unit", "source", "licence", "vintage", "released"))
        }
        out.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            out,
            entity_code=np.array(codes),
            entity_name=np.array([self.entities[c] for c in codes]),
            **{f"series_{k}": v for k, v in columns.items()},
            series=series[order],
            entity=entity[order],
            period=period[order],
            value=value[order],
        )


def build(data: Path, out: Path) -> None:
    b = Builder()
    wdi = data / "world-bank-wdi"
    tables: dict[str, dict[tuple[str, int], float]] = {}
    for metric, (folder, unit, title) in INDICATORS.items():
        code = folder.upper()
        series = b.add_series(
            metric, unit, f"{WDI}, {code}: {title}", CC_BY, WDI_LABEL, WDI_RELEASE
        )
        table = tables.setdefault(metric, {})
        for row in _rows(wdi / folder / "data.csv"):
            value = float(row["Value"])
            b.add(series, row["Country Code"], row["Country Name"], int(row["Year"]) * 100, value)
            table[row["Country Code"], int(row["Year"])] = value
    # The older GDP release (datasets/gdp, World Bank data of 2024-10-21).
    series = b.add_series(
        "gdp",
        "US dollars",
        f"{WDI}, NY.GDP.MKTP.CD: GDP (current US$)",
        CC_BY,
        "WDI data of 2024-10-21",
        "2024-10",
    )
    for row in _rows(data / "gdp" / "gdp.csv"):
        b.add(
            series,
            row["Country Code"],
            row["Country Name"],
            int(row["Year"]) * 100,
            float(row["Value"]),
        )
    _local_currency(b, data, tables)
    _fred(b, data)
    b.write(out)


def _local_currency(b: Builder, data: Path, tables: dict) -> None:
    """GDP in local currency: the WDI bulk file of 2025-03-24, and the 2026-07 release
    derived as current US$ times the official rate (how WDI converts, exact to about 1e-7)."""
    title = "GDP (current LCU)"
    lines = (
        (data / "world-bank-gdp-lcu" / "API_NY.GDP.MKTP.CN_DS2_en_csv_v2_26332.csv")
        .read_text(encoding="utf-8-sig")
        .splitlines()
    )
    reader = csv.reader(lines[4:])
    header = next(reader)
    by_currency: dict[str, int] = {}
    derived: dict[str, int] = {}
    for currency in sorted(set(CURRENCIES.values())):
        by_currency[currency] = b.add_series(
            "gdp_lcu",
            currency,
            f"{WDI}, NY.GDP.MKTP.CN: {title}",
            CC_BY,
            "WDI update of 2025-03-24",
            "2025-03",
        )
        derived[currency] = b.add_series(
            "gdp_lcu",
            currency,
            f"{WDI}, NY.GDP.MKTP.CD x PA.NUS.FCRF: {title}",
            CC_BY,
            WDI_LABEL + " (current US$ times the official rate)",
            WDI_RELEASE,
        )
    for row in reader:
        if len(row) < 5 or row[1] not in CURRENCIES:
            continue
        code, currency = row[1], CURRENCIES[row[1]]
        for year, cell in zip(header[4:], row[4:], strict=False):
            if cell and year.isdigit():
                b.add(by_currency[currency], code, row[0], int(year) * 100, float(cell))
    usd, rate = tables["gdp"], tables["exchange_rate"]
    for (code, year), value in usd.items():
        if code in CURRENCIES and (code, year) in rate:
            b.add(derived[CURRENCIES[code]], code, None, year * 100, value * rate[code, year])


def _fred(b: Builder, data: Path) -> None:
    source = "Federal Reserve Board H.10/G.5A via FRED (datasets/exchange-rates)"
    for name, monthly in (("annual.csv", False), ("monthly.csv", True)):
        series = b.add_series(
            "fred_rate",
            "",
            f"{source}, {'monthly' if monthly else 'annual'} average, units per US dollar",
            PUBLIC,
            "FRED snapshot of 2026-07-21",
            "2026-07",
        )
        for row in _rows(data / "exchange-rates" / name):
            code = FRED_CODES.get(row["Country"])
            if code is None or not row["Exchange rate"]:
                continue
            year, month = int(row["Date"][:4]), int(row["Date"][5:7])
            b.add(
                series,
                code,
                "Taiwan" if code == "TWN" else None,
                year * 100 + (month if monthly else 0),
                float(row["Exchange rate"]),
            )


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DATA, OUT)
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")
