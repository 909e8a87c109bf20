"""Chat-channel rules: formatting, mail wording read in a chat, Matrix power levels."""
