"""The temporal tagger: find TIMEX3 expressions in a text and normalize them against an explicit anchor.

    >>> import datetime as dt
    >>> [(t.text, t.value) for t in tag("They met in November 2023.", dt.date(2025, 3, 18))]
    [('November 2023', '2023-11')]

The tagger never reads the clock: relative expressions resolve against ``reference`` (the publication date) or
against the previous mention; with no reference they stay unresolved (``resolved=False``, ``X`` in the value).
"""

from __future__ import annotations

import datetime as dt

from timeline.model import Timex


def tag(text: str, reference: dt.date | None) -> list[Timex]:
    """All temporal expressions in ``text``, in text order, with TIMEX3 type, value, mod and granularity."""
    raise NotImplementedError  # being written
