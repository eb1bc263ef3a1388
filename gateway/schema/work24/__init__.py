"""GraphQL types and operations of 고용24 (Work24) corporate membership."""
