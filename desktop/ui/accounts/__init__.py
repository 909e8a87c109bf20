"""Channel accounts: the list of sending accounts and the email account editor."""
