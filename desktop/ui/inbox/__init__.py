"""The inbox tab."""
