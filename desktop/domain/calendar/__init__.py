"""Calendar rules (C1–C6): weeks, slots and conflicts, the push table, holidays on the calendar."""
