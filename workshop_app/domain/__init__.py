"""Plain-Python domain: records, the visibility rule, edits and documents. Never imports Qt or SQL."""
