"""The calendar tab."""
