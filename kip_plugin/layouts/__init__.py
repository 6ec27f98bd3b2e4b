"""Council maps: a print layout with a cover page and one atlas page per district."""
