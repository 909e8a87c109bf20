"""微信客服 rules: the reply window, session states, message ids and message kinds."""
