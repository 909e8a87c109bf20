"""Group robots: one module per platform (request bodies, signatures, answers) and the channel."""
