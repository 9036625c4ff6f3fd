"""Plain-Python domain: records, the visibility rule, edits, documents. No Qt, no SQL."""
