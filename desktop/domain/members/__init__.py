"""Member rules (M1–M6): contact checks, import rows, lifecycle, segments, retention."""
