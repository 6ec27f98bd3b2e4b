"""Reading the dates that departments and partners write: ISO, Dutch, US, month names.

Without explicit formats a value is recognised automatically. Numeric dates such as
``03/04/2027`` are ambiguous, so the order (day-month or month-day) is decided per
column by :func:`detect_order` from all values at once, never guessed per row:
Dutch day-month order unless the column shows otherwise (AM/PM times, or a second
number above 12).
"""
from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np

from ..core.errors import KipError
from .schema import QT_TRANSLATE_NOOP

LOCAL_TZ = "Europe/Amsterdam"
DMY, MDY = "dmy", "mdy"

_MONTHS = {
    # Dutch
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "mar": 3, "april": 4,
    "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # English
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "oct": 10,
}
_WEEKDAYS = {
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "ma", "di", "wo", "do", "vr", "za", "zo",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
}

_TZ = r"(?P<tz>Z|[+-]\d{2}:?\d{2})?"
_TIME = r"(?:[T ]+(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2})(?:[.,]\d+)?)?\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?"
_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})" + _TIME + r"\s*" + _TZ + "$")
_YMD_SLASH = re.compile(r"^(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})" + _TIME + "$")
_COMPACT = re.compile(r"^(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})$")
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})(?P<sep>[-./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})" + _TIME + r"\s*" + _TZ + "$")
_NAMED_DMY = re.compile(r"^(?P<d>\d{1,2})(?:e|st|nd|rd|th)?[\s.\-/]*(?P<mon>[^\W\d_]+)\.?[\s.\-/,]*(?P<y>\d{4}|\d{2})" + _TIME + "$")
_NAMED_MDY = re.compile(r"^(?P<mon>[^\W\d_]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" + _TIME + "$")

EXAMPLES = "2027-03-31, 31-03-2027, 31 maart 2027"


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        # Two-digit years in plans are this century's; 70-99 are old records, not plans.
        year += 2000 if year < 70 else 1900
    return year


def _make(year: int, month: int, day: int, value: str) -> _dt.date:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "'{value}' is not a valid date: there is no day {day} in month {month} of {year}."),
            value=value, day=day, month=month, year=year,
        ) from None


def _local_date(moment: _dt.datetime) -> _dt.date:
    if moment.tzinfo is None:
        return moment.date()
    try:
        from zoneinfo import ZoneInfo

        return moment.astimezone(ZoneInfo(LOCAL_TZ)).date()
    except Exception:  # no time-zone data on this machine: UTC is at most a day off
        return moment.date()


def _with_time(day: _dt.date, match: "re.Match[str]", value: str) -> _dt.date:
    """Apply a time and time zone to ``day``; only a zone can move the local date."""
    groups = match.groupdict()
    tz = groups.get("tz")
    if not tz:
        return day
    hour = int(groups.get("H") or 0)
    minute = int(groups.get("M") or 0)
    ampm = (groups.get("ampm") or "").lower().replace(".", "")
    hour = _hour12(hour, ampm, value) if ampm else hour
    if tz == "Z":
        zone = _dt.timezone.utc
    else:
        sign = -1 if tz[0] == "-" else 1
        digits = tz[1:].replace(":", "")
        zone = _dt.timezone(sign * _dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    moment = _dt.datetime(day.year, day.month, day.day, min(hour, 23), min(minute, 59), tzinfo=zone)
    return _local_date(moment)


def _hour12(hour: int, ampm: str, value: str) -> int:
    if not 1 <= hour <= 12:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "'{value}' is not a valid time: {hour} AM/PM."), value=value, hour=hour
        )
    return hour % 12 + (12 if ampm.startswith("p") else 0)


def _month(name: str, value: str) -> int:
    month = _MONTHS.get(_fold(name).rstrip("."))
    if month is None:
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "'{value}' is not a date: '{name}' is not a month name."),
            value=value, name=name,
        )
    return month


def _strip_weekday(text: str) -> str:
    parts = re.split(r"[\s,]+", text, maxsplit=1)
    if len(parts) == 2 and _fold(parts[0]).rstrip(".") in _WEEKDAYS:
        return parts[1]
    return text


def is_month_first_only(value: str) -> Optional[bool]:
    """For a numeric date: True if only month-day order fits, False if only day-month, else None."""
    match = _NUMERIC.match(value.strip())
    if not match:
        return None
    if match.group("ampm") and match.group("sep") == "/":
        return True
    a, b = int(match.group("a")), int(match.group("b"))
    if a > 12 >= b:
        return False
    if b > 12 >= a:
        return True
    return None


def detect_order(values: Iterable[object]) -> str:
    """The order of numeric dates in one column: day-month (Dutch) unless the values show month-day."""
    month_first = day_first = 0
    for value in values:
        if not isinstance(value, str):
            continue
        verdict = is_month_first_only(value)
        if verdict is True:
            month_first += 1
        elif verdict is False:
            day_first += 1
    return MDY if month_first > day_first else DMY


def parse_auto(value: str, order: str = DMY) -> _dt.date:
    """Recognise ``value`` as one of the usual ways of writing a date (or a date-time)."""
    text = _strip_weekday(" ".join(value.strip().split()))
    for pattern in (_ISO, _YMD_SLASH, _COMPACT):
        match = pattern.match(text)
        if match:
            day = _make(int(match.group("y")), int(match.group("m")), int(match.group("d")), value)
            return _with_time(day, match, value) if pattern is _ISO else day
    match = _NUMERIC.match(text)
    if match:
        a, b = int(match.group("a")), int(match.group("b"))
        if order == MDY:
            a, b = b, a
        day = _make(_year(match.group("y")), b, a, value)
        return _with_time(day, match, value)
    for pattern in (_NAMED_DMY, _NAMED_MDY):
        match = pattern.match(text)
        if match:
            return _make(_year(match.group("y")), _month(match.group("mon"), value), int(match.group("d")), value)
    raise KipError(
        QT_TRANSLATE_NOOP("@default", "'{value}' is not a date (write it e.g. as {examples})."),
        value=value, examples=EXAMPLES,
    )


# ---- explicit formats --------------------------------------------------------------

_TOKENS = ("yyyy", "yy", "mmmm", "mmm", "mm", "m", "dd", "d", "hh", "h", "nn", "ss", "s", "am/pm", "ampm", "am", "pm", "ap", "a")


def compile_format(fmt: str) -> "re.Pattern[str]":
    """Compile a user's date format (``dd-mm-yyyy``, ``MM/DD/YYYY hh:mm:ss AM``, ``d mmmm yyyy``)."""
    if "%" in fmt:
        return _compile_strftime(fmt)
    pattern, i, lower, have = "", 0, fmt.lower(), set()
    after_hour = False
    while i < len(fmt):
        token = next((t for t in _TOKENS if lower.startswith(t, i)), None)
        if token is None:
            char = fmt[i]
            pattern += r"\s+" if char.isspace() else re.escape(char)
            i += 1
            continue
        i += len(token)
        if token in ("yyyy", "yy"):
            pattern += r"(?P<y>\d{4})" if token == "yyyy" else r"(?P<y>\d{2})"
            have.add("y")
        elif token in ("mmmm", "mmm"):
            pattern += r"(?P<mon>[^\W\d_]+)\.?"
            have.add("m")
        elif token in ("mm", "m") and after_hour:
            pattern += r"(?P<M>\d{2})"
        elif token in ("mm", "m"):
            pattern += r"(?P<m>\d{1,2})"
            have.add("m")
        elif token in ("dd", "d"):
            pattern += r"(?P<d>\d{1,2})"
            have.add("d")
        elif token in ("hh", "h"):
            pattern += r"(?P<H>\d{1,2})"
            after_hour = True
        elif token == "nn":
            pattern += r"(?P<M>\d{2})"
        elif token in ("ss", "s"):
            pattern += r"(?P<S>\d{2})(?:[.,]\d+)?"
        else:
            pattern += r"(?P<ampm>[AaPp]\.?[Mm]\.?)"
    if have != {"y", "m", "d"}:
        raise KipError(
            QT_TRANSLATE_NOOP(
                "@default", "The date format '{format}' needs a day (dd), a month (mm or mmmm) and a year (yyyy or yy)."
            ),
            format=fmt,
        )
    return re.compile("^" + pattern + r"\s*" + _TZ + "$", re.IGNORECASE)


def _compile_strftime(fmt: str) -> "re.Pattern[str]":
    table = {
        "%Y": r"(?P<y>\d{4})", "%y": r"(?P<y>\d{2})", "%m": r"(?P<m>\d{1,2})", "%d": r"(?P<d>\d{1,2})",
        "%H": r"(?P<H>\d{1,2})", "%I": r"(?P<H>\d{1,2})", "%M": r"(?P<M>\d{2})", "%S": r"(?P<S>\d{2})",
        "%p": r"(?P<ampm>[AaPp]\.?[Mm]\.?)", "%B": r"(?P<mon>[^\W\d_]+)", "%b": r"(?P<mon>[^\W\d_]+)\.?",
        "%f": r"\d+", "%z": r"(?:[+-]\d{2}:?\d{2})?", "%Z": r"\w*", "%%": "%",
    }
    pattern = ""
    for part in re.split(r"(%.)", fmt):
        if part in table:
            pattern += table[part]
        elif part.startswith("%") and len(part) == 2:
            raise KipError(
                QT_TRANSLATE_NOOP("@default", "The date format '{format}' uses '{code}', which KIP does not know."),
                format=fmt, code=part,
            )
        else:
            pattern += re.escape(part)
    groups = re.compile(pattern).groupindex
    if not {"y", "d"} <= set(groups) or not ({"m", "mon"} & set(groups)):
        raise KipError(
            QT_TRANSLATE_NOOP(
                "@default", "The date format '{format}' needs a day (dd), a month (mm or mmmm) and a year (yyyy or yy)."
            ),
            format=fmt,
        )
    return re.compile("^" + pattern + r"\s*" + _TZ + "$", re.IGNORECASE)


def split_formats(text: str) -> List[str]:
    """The formats in a user's list, separated by ';' or '|' (empty: recognise automatically)."""
    return [part.strip() for part in re.split(r"[;|]", text or "") if part.strip()]


class DateReader:
    """Reads dates with the user's explicit formats, or automatically when none are given."""

    def __init__(self, formats: Sequence[str] = ()) -> None:
        self.formats = list(formats)
        self._compiled: List[Tuple[str, "re.Pattern[str]"]] = [(f, compile_format(f)) for f in self.formats]

    def read(self, value: object, order: str = DMY) -> Optional[_dt.date]:
        """The date in ``value`` (None when empty); raises KipError when it is not a date."""
        if value is None:
            return None
        if isinstance(value, _dt.datetime):
            return _local_date(value)
        if isinstance(value, _dt.date):
            return value
        text = str(value).strip()
        if not text:
            return None
        if not self._compiled:
            return parse_auto(text, order)
        text = " ".join(text.split())
        for _fmt, pattern in self._compiled:
            match = pattern.match(text)
            if match:
                groups = match.groupdict()
                month = int(groups["m"]) if groups.get("m") else _month(groups["mon"], text)
                day = _make(_year(groups["y"]), month, int(groups["d"]), text)
                if groups.get("ampm") and groups.get("H"):
                    _hour12(int(groups["H"]), groups["ampm"].lower(), text)
                return _with_time(day, match, text)
        raise KipError(
            QT_TRANSLATE_NOOP("@default", "'{value}' does not match the date format {formats}."),
            value=text, formats=" / ".join(self.formats),
        )


def day_numbers(texts: Sequence[str]) -> Tuple[np.ndarray, Dict[int, str]]:
    """Day numbers of a column of date texts (``NO_DATE`` where empty) and, by row, the texts that are no date.

    The one rule for dates written as text, wherever KIP reads works: every way of writing a date
    that ``parse_auto`` recognises, with the order of numeric dates decided for the whole column.
    """
    from .schema import EPOCH, NO_DATE

    epoch = _dt.date.fromisoformat(EPOCH)
    days = np.full(len(texts), NO_DATE, dtype=np.int64)
    bad: Dict[int, str] = {}
    filled = [(row, text.strip()) for row, text in enumerate(texts) if text and text.strip()]
    if not filled:
        return days, bad
    order = detect_order(text for _row, text in filled)
    for row, text in filled:
        if len(text) == 10 and text[4] == "-" and text[7] == "-":
            try:
                days[row] = (_dt.date.fromisoformat(text) - epoch).days
                continue
            except ValueError:
                pass
        try:
            days[row] = (parse_auto(text, order) - epoch).days
        except KipError:
            bad[row] = text
    return days, bad
