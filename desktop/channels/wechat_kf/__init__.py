"""微信客服 over the shared WeCom client: sync, send, session states, links, media."""
