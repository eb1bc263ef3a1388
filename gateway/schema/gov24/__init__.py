"""GraphQL types and operations of Gov24 (정부24) electronic personal-signature confirmation."""
