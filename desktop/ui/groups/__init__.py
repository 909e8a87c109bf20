"""The groups tab."""
