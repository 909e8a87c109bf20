"""Group robots (webhooks into WeCom, Feishu, DingTalk, Slack and Discord groups): the rules."""
