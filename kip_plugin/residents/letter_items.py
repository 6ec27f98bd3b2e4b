"""The letter template for residents: its file, the ids of its items and the fields of a letter.

A municipality may move, resize, restyle and reword every item in the layout designer;
KIP finds the map and the table by these ids and fills the letters' fields.
"""
from __future__ import annotations

from pathlib import Path

from ..paths import resources_dir


def template_path() -> Path:
    """The bundled A4 letter."""
    return resources_dir() / "layouts" / "resident_letter_a4.qpt"


# Items.
SENDER = "kip_letter_sender"
DATE = "kip_letter_date"
ADDRESS = "kip_letter_address"
SUBJECT = "kip_letter_subject"
BODY = "kip_letter_body"
MAP = "kip_letter_map"
MAP_NOTE = "kip_letter_map_note"
TABLE = "kip_letter_table"
CLOSING = "kip_letter_closing"
FOOTER = "kip_letter_footer"
REQUIRED = (MAP, TABLE)

# Fields of a letter (one per street): the texts the template shows, in the letter's language.
F_STREET = "street"
F_AREA = "area"
F_SENDER = "sender"
F_DATE = "letter_date"
F_ADDRESS = "address"
F_SUBJECT = "subject"
F_BODY = "body"
F_MAP_NOTE = "map_note"
F_CLOSING = "closing"
F_FOOTER = "footer"
LETTER_FIELDS = (F_STREET, F_AREA, F_SENDER, F_DATE, F_ADDRESS, F_SUBJECT, F_BODY, F_MAP_NOTE, F_CLOSING, F_FOOTER)

# Fields of a row of a letter's table (one per work or combination in the street), and column widths (mm).
R_STREET = "street"
R_ORDER = "row"
R_WHAT = "what"
R_WHO = "who"
R_WHEN = "when"
R_EXPECT = "expect"
R_CONTACT = "contact"
ROW_FIELDS = (R_STREET, R_ORDER, R_WHAT, R_WHO, R_WHEN, R_EXPECT, R_CONTACT)
TABLE_COLUMNS = ((R_WHAT, 46.0), (R_WHO, 24.0), (R_WHEN, 28.0), (R_EXPECT, 30.0), (R_CONTACT, 26.0))
