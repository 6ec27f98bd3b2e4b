"""iCalendar (RFC 5545) files: the works in a street as all-day events a calendar app can subscribe to."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Iterable, List

PRODUCT_ID = "-//KIP//Kaart voor integrale planning//NL"


@dataclass(frozen=True)
class CalendarEvent:
    """One all-day event from ``first`` through ``last`` (both included)."""

    uid: str
    summary: str
    description: str
    first: _dt.date
    last: _dt.date
    location: str = ""


def escape(text: str) -> str:
    """A TEXT value as RFC 5545 writes it: backslash, semicolon, comma and new lines escaped."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line: str) -> List[str]:
    """A content line folded into lines of at most 75 octets (UTF-8), never inside a character."""
    parts: List[str] = []
    current, size = "", 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size = " ", 1  # a continuation line starts with one space
        current += char
        size += width
    parts.append(current)
    return parts


def calendar(name: str, events: Iterable[CalendarEvent], stamp: _dt.datetime, language: str = "nl") -> str:
    """The text of an .ics file (CRLF line ends) with ``events``; ``stamp`` is when it was made (UTC)."""
    stamp_text = stamp.astimezone(_dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:" + PRODUCT_ID,
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:" + escape(name),
    ]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            "UID:" + escape(event.uid),
            "DTSTAMP:" + stamp_text,
            "DTSTART;VALUE=DATE:" + event.first.strftime("%Y%m%d"),
            # The end of an all-day event is the day after its last day.
            "DTEND;VALUE=DATE:" + (event.last + _dt.timedelta(days=1)).strftime("%Y%m%d"),
            f"SUMMARY;LANGUAGE={language}:" + escape(event.summary),
        ]
        if event.description:
            lines.append(f"DESCRIPTION;LANGUAGE={language}:" + escape(event.description))
        if event.location:
            lines.append(f"LOCATION;LANGUAGE={language}:" + escape(event.location))
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in fold(line))
