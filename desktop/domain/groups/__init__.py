"""Group rules (G1–G9): naming, series names, capacity, archiving, staffing, SOP, moderation,
announcements.
"""
