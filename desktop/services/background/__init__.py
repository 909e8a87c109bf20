"""Machinery the features' background loops share: per-account loops, blocking passes."""
