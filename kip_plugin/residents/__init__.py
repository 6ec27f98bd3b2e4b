"""Telling residents: the resident view, the letters per street, disruption per neighbourhood, DATEX II."""
