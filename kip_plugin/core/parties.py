"""Parties by name and code: codes made from names, party lists written as text. Plain Python."""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable, List, Sequence

from . import schema as S
from ..core.errors import KipError
from .schema import QT_TRANSLATE_NOOP

NO_PARTIES = "none"


def code_from_name(name: str) -> str:
    """A party code derived from its name: 'Gemeente Ede – Groen' -> 'gemeente_ede_groen' (lower case, ASCII, '_')."""
    ascii_name = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode()
    code = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")
    if code and not code[0].isalpha():
        code = "p_" + code
    return code[:40]


def unique_code(code: str, taken: Iterable[str]) -> str:
    """``code``, or ``code_2``, ``code_3``… when it is taken."""
    taken = set(taken)
    if code not in taken:
        return code
    n = 2
    while f"{code[:36]}_{n}" in taken:
        n += 1
    return f"{code[:36]}_{n}"


def colours(count: int, used: Sequence[str] = ()) -> List[str]:
    """``count`` colours for new parties, those not used yet first."""
    palette = [c for c in S.EXTRA_COLOURS + tuple(p.colour for p in S.DEFAULT_PARTIES) if c.lower() not in {u.lower() for u in used}]
    palette = palette or [S.UNKNOWN_PARTY_COLOUR]
    return [palette[k % len(palette)] for k in range(count)]


def parse_party_lines(text: str, kind: str = "department") -> List[S.Party]:
    """Parties from lines 'code = name' or 'code = name | kind' (or just a name).

    Empty text gives the default Dutch departments and partners; 'none' gives none.
    """
    text = (text or "").strip()
    if not text:
        return list(S.DEFAULT_PARTIES)
    if text.lower() == NO_PARTIES:
        return []
    parties: List[S.Party] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        line, _bar, line_kind = line.partition("|")
        line_kind = line_kind.strip().lower() or kind
        if line_kind not in S.PARTY_KINDS:
            raise KipError(
                QT_TRANSLATE_NOOP("@default", "Line {line} of the parties: '{kind}' is not a kind of party ({kinds})."),
                line=number, kind=line_kind, kinds=", ".join(S.PARTY_KINDS),
            )
        code, separator, name = line.partition("=")
        if not separator:
            name, code = line, code_from_name(line)
        code, name = code.strip(), name.strip()
        if not name:
            name = code
        if not re.match(S.PARTY_CODE_PATTERN, code):
            raise KipError(
                QT_TRANSLATE_NOOP(
                    "@default", "Line {line} of the parties ('{text}'): '{code}' is not a valid code; use lower-case "
                    "letters, digits and '_', starting with a letter."
                ),
                line=number, text=line, code=code,
            )
        if any(p.code == code for p in parties):
            raise KipError(
                QT_TRANSLATE_NOOP("@default", "Line {line} of the parties: the code '{code}' is given twice."),
                line=number, code=code,
            )
        parties.append(S.Party(code, name, line_kind, ""))
    chosen = colours(len(parties))
    return [S.Party(p.code, p.name, p.kind, colour) for p, colour in zip(parties, chosen)]
