"""Reading a CSV delivery so that every line is accounted for.

Spreadsheet programs write a value with the separator, a quote or a line break in
quotes and double the quotes inside it; a quote in the middle of an unquoted value
(``12" leiding``) is just a character. KIP reads exactly that: every data line of the
file becomes a row, or the file is refused with the line where its quoting breaks,
so that no row can vanish into another one. A file whose lines are in different
encodings is read line by line in the encoding each line is in, and the rows that
differ are reported. Plain Python.
"""
from __future__ import annotations

import codecs
import csv
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional

from ..core.errors import KipError
from ..core.problems import Problem
from ..core.schema import QT_TRANSLATE_NOOP
from .sources import CsvDialect, guess_delimiter

# Rows between two looks at the clock and the cancel button.
_CHECK_EVERY = 2_000


class ReadStopped(Exception):
    """Reading was cancelled (``cancelled``) or ran out of time."""

    def __init__(self, cancelled: bool) -> None:
        super().__init__("cancelled" if cancelled else "time limit")
        self.cancelled = cancelled


@dataclass
class CsvTable:
    """A CSV file as columns of text, one entry per data row."""

    header: List[str]
    columns: List[List[str]]
    rows: List[int]  # the spreadsheet row of each record (the header is row 1)
    dialect: CsvDialect
    problems: Dict[int, List[Problem]] = field(default_factory=dict)  # record -> what is wrong with it
    notes: List[Problem] = field(default_factory=list)  # remarks on the whole file
    blank_rows: int = 0

    def __len__(self) -> int:
        return len(self.rows)


def _is_utf8(path: str) -> bool:
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with open(path, "rb") as handle:
            while True:
                chunk = handle.read(1 << 20)
                if not chunk:
                    decoder.decode(b"", final=True)
                    return True
                decoder.decode(chunk)
    except UnicodeDecodeError:
        return False


def _decoded_lines(path: str):
    """The file's lines as text, each in the encoding it is written in; and the lines not in UTF-8."""
    lines: List[str] = []
    utf8_lines: List[int] = []
    other_lines: List[int] = []
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[3:]
            try:
                text = raw.decode("utf-8")
                if not raw.isascii():
                    utf8_lines.append(number)
            except UnicodeDecodeError:
                # Windows-1252 is latin-1 plus the euro sign and the quotes Excel writes.
                text = raw.decode("cp1252", errors="replace")
                other_lines.append(number)
            lines.append(text)
    return lines, utf8_lines, other_lines


def _sample(path: str, encoding: str) -> List[str]:
    with open(path, encoding=encoding, errors="replace", newline="") as handle:
        lines = []
        for line in handle:
            if line.strip():
                lines.append(line)
            if len(lines) >= 50:
                break
    return lines


def _unique_names(header: List[str]) -> List[str]:
    names: List[str] = []
    for number, name in enumerate(header, start=1):
        name = name.strip() or f"field_{number}"
        candidate, n = name, 1
        while candidate.lower() in (taken.lower() for taken in names):
            n += 1
            candidate = f"{name}_{n}"
        names.append(candidate)
    return names


def _line_ranges(rows: List[int]) -> str:
    """'4, 7–9, 12' for a sorted list of numbers."""
    parts, start, previous = [], None, None
    for number in rows + [None]:
        if start is None:
            start = previous = number
        elif number is not None and number == previous + 1:
            previous = number
        else:
            parts.append(str(start) if start == previous else f"{start}–{previous}")
            start = previous = number
    return ", ".join(parts)


def read_header(path: str) -> List[str]:
    """The column names of a CSV file (read from its first lines only)."""
    encoding = "utf-8-sig" if _is_utf8_start(path) else "cp1252"
    sample = _sample(path, encoding)
    if not sample:
        return []
    delimiter = guess_delimiter(sample)
    try:
        record = next(csv.reader(sample, delimiter=delimiter, quotechar='"', doublequote=True))
    except (StopIteration, csv.Error):
        return []
    return _unique_names(record)


def _is_utf8_start(path: str) -> bool:
    with open(path, "rb") as handle:
        head = handle.read(65536)
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as error:
        return error.start > len(head) - 4  # cut in the middle of a character: still UTF-8


def read_csv(path: str, stop: Optional[Callable[[], Optional[bool]]] = None) -> CsvTable:
    """Read ``path`` as a CSV table; raise KipError naming the line where the file cannot be read.

    ``stop`` is asked now and then; it returns True to cancel, False to stop for time, None to go on.
    """
    if _is_utf8(path):
        encoding, mixed = "utf-8-sig", None
        with open(path, "rb") as handle:
            bom = handle.read(3) == codecs.BOM_UTF8
        source = open(path, encoding="utf-8-sig", newline="")
        sample = _sample(path, "utf-8-sig")
    else:
        lines, utf8_lines, other_lines = _decoded_lines(path)
        encoding, bom = "windows-1252", False
        mixed = (utf8_lines, other_lines) if utf8_lines else None
        source = lines
        sample = [line for line in lines if line.strip()][:50]
    dialect = CsvDialect("UTF-8" if encoding == "utf-8-sig" else encoding, guess_delimiter(sample), bom)
    try:
        header, records, lines_of, multi_line = _parse(source, dialect.delimiter, stop)
    finally:
        if hasattr(source, "close"):
            source.close()
    if header is None:
        raise KipError(QT_TRANSLATE_NOOP("@default", "The file '{path}' is empty."), path=path)
    return _table(header, records, lines_of, multi_line, dialect, mixed)


def _parse(source, delimiter: str, stop):
    """The header, the records, the first line of each record and the records spanning several lines."""
    reader = csv.reader(source, delimiter=delimiter, quotechar='"', doublequote=True, strict=True)
    header = None
    records: List[List[str]] = []
    lines_of: List[int] = []
    multi_line: List[int] = []
    previous_end = 0
    try:
        for record in reader:
            end = reader.line_num
            if header is None:
                previous_end = end
                if "".join(record).strip():
                    header = record
                continue  # blank lines before the header
            if end - previous_end > 1:
                multi_line.append(len(records))
            records.append(record)
            lines_of.append(previous_end + 1)
            previous_end = end
            if stop is not None and len(records) % _CHECK_EVERY == 0:
                verdict = stop()
                if verdict is not None:
                    raise ReadStopped(bool(verdict))
    except csv.Error as error:
        _refuse_quoting(str(error), previous_end + 1, reader.line_num)
    return header, records, lines_of, multi_line


def _refuse_quoting(error: str, first: int, last: int) -> None:
    if "end of data" in error or "EOF" in error:
        raise KipError(
            QT_TRANSLATE_NOOP(
                "@default", "Line {line}: a value opens with a quote that is never closed, so the rest of the file "
                "would be read as part of it. Close the quote (or double a quote inside the value: \"\")."
            ),
            line=first,
        )
    raise KipError(
        QT_TRANSLATE_NOOP(
            "@default", "Line {line}: a quoted value is followed by more text before the next separator ({error}). "
            "Inside a quoted value a quote must be doubled (\"\"); correct the line and import again."
        ),
        line=last, error=error,
    )


def _table(header, records, lines_of, multi_line, dialect: CsvDialect, mixed) -> CsvTable:
    names = _unique_names(header)
    width = len(names)
    for index in multi_line:
        _check_swallowed(records[index], lines_of[index], width, dialect.delimiter)
    problems: Dict[int, List[Problem]] = {}
    kept: List[List[str]] = []
    rows: List[int] = []
    blank = 0
    for index, record in enumerate(records):
        if len(record) == width and (record[0] or "".join(record).strip()):
            kept.append(record)
            rows.append(index + 2)  # the header is row 1; blank lines are rows too
            continue
        if not "".join(record).strip():
            blank += 1
            continue
        if len(record) > width:
            if "".join(record[width:]).strip():
                problems[len(kept)] = [Problem(
                    QT_TRANSLATE_NOOP(
                        "@default", "The row has {n} values where the header has {columns} columns: a separator too "
                        "many, or a value holding the separator without quotes."
                    ),
                    {"n": len(record), "columns": width},
                )]
            record = record[:width]
        elif len(record) < width:
            record = record + [""] * (width - len(record))  # trailing empty cells left out
        kept.append(record)
        rows.append(index + 2)
    columns = [_shared(column) for column in zip(*kept)] if kept else [[] for _ in names]
    table = CsvTable(names, columns, rows, dialect, problems, blank_rows=blank)
    if mixed:
        _utf8_lines, other_lines = mixed
        row_of_line = {first: index + 2 for index, first in enumerate(lines_of)}
        other_rows = sorted({row_of_line.get(n, n) for n in other_lines if n > 1})
        table.notes.append(Problem(
            QT_TRANSLATE_NOOP(
                "@default", "The file mixes two encodings: rows {rows} are in Windows-1252, the others in UTF-8. KIP "
                "read each row in its own encoding; check the accents in those rows."
            ),
            {"rows": _line_ranges(other_rows)},
        ))
    return table


def _shared(values) -> List[str]:
    """A column as a list; a column of few distinct values (types, dates, parties) keeps one copy of each."""
    sample = values[:1000]
    if len(set(sample)) > len(sample) // 2:
        return list(values)
    seen: Dict[str, str] = {}
    return [seen.setdefault(value, value) for value in values]


def _check_swallowed(record: List[str], first: int, width: int, delimiter: str) -> None:
    """Refuse when a quote left open made several lines into one row.

    A value may hold line breaks; one that also holds separators holds the rest of its own
    line and parts of the next: the rows in between would vanish into it.
    """
    broken = [value for value in record if "\n" in value or "\r" in value]
    if broken and (len(record) != width or any(value.count(delimiter) >= 2 for value in broken)):
        raise KipError(
            QT_TRANSLATE_NOOP(
                "@default", "Line {line}: a quote opened in this line is closed only in a later line, so several "
                "lines would be read as one row. Close the quote where the value ends (or double a quote inside "
                "the value: \"\")."
            ),
            line=first,
        )


def deadline_check(limit_seconds: float, cancelled: Callable[[], bool]) -> Callable[[], Optional[bool]]:
    """A ``stop`` function for ``read_csv``: True when cancelled, False when past the time limit."""
    end = time.monotonic() + limit_seconds

    def stop() -> Optional[bool]:
        if cancelled():
            return True
        if time.monotonic() > end:
            return False
        return None

    return stop
