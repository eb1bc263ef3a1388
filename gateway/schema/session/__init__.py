"""The caller's session: one login wallet across agencies."""
