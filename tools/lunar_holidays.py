"""Write ``timeline/data/lunar_holidays.tsv``: the Gregorian date of each lunar holiday the tagger knows, per year.

    pip install holidays==0.109 && python tools/lunar_holidays.py

The dates come from the ``holidays`` package (its Chinese, Hebrew, Islamic and Hindu calendar tables; the
Lantern Festival is the fifteenth day of the Chinese year, fourteen days after its first), which is
needed only to regenerate the table, never at run time: the tagger reads the table. One row per year, 1947-2100
(the years all four calendars cover; an empty cell where the package has no date); a holiday that falls twice in one Gregorian year (Eid al-Adha in 2006, on
January 10 and December 31) keeps its first date. The Islamic dates are the calendar's estimates; where a country
saw the new moon a day later, its holiday was a day later too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from holidays.calendars import _ChineseLunisolar, _HebrewLunisolar, _HinduLunisolar, _IslamicLunar

FIRST_YEAR, LAST_YEAR = 1947, 2100
OUT = Path(__file__).resolve().parents[1] / "timeline" / "data" / "lunar_holidays.tsv"


def _first_in(year: int, dates: object) -> dt.date:
    return min(date for date, _estimated in dates if date.year == year)  # type: ignore[attr-defined]


def _india_diwali(hindu: _HinduLunisolar, year: int) -> dt.date | None:
    """Diwali as India keeps it; the package's general Diwali table is a lunar month late in some years (2017-11-17
    for October 19), so only the years of its Indian table (2001-2035) are written."""
    found = hindu.DIWALI_INDIA_DATES.get(year)
    return dt.date(year, *found) if found else None


def main() -> None:
    chinese, hebrew, hindu, islamic = _ChineseLunisolar(), _HebrewLunisolar(), _HinduLunisolar(), _IslamicLunar()
    columns = {
        "lunar new year": lambda year: chinese.lunar_new_year_date(year)[0],
        "lantern festival": lambda year: chinese.lunar_new_year_date(year)[0] + dt.timedelta(days=14),
        "dragon boat festival": lambda year: chinese.dragon_boat_date(year)[0],
        "mid-autumn festival": lambda year: chinese.mid_autumn_date(year)[0],
        "rosh hashanah": hebrew.rosh_hashanah_date,
        "yom kippur": hebrew.yom_kippur_date,
        "passover": hebrew.passover_date,
        "hanukkah": lambda year: _first_in(year, ((date, False) for date in hebrew.hanukkah_date(year))),
        "eid al-fitr": lambda year: _first_in(year, islamic.eid_al_fitr_dates(year)),
        "eid al-adha": lambda year: _first_in(year, islamic.eid_al_adha_dates(year)),
        "diwali": lambda year: _india_diwali(hindu, year),
    }
    lines = ["year\t" + "\t".join(columns)]
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        dates = [find(year) for find in columns.values()]
        lines.append(f"{year}\t" + "\t".join(date.isoformat() if date else "" for date in dates))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({LAST_YEAR - FIRST_YEAR + 1} years)")


if __name__ == "__main__":
    main()
