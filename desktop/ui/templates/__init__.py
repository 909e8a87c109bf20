"""The templates tab."""
