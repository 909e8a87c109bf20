"""Welcome journey rules (W1–W10): answers, codes, rendering, replies, timing, funnel,
recommendations.
"""
