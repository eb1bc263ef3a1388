"""GraphQL types and operations of KOTRA 무역투자24 integrated membership."""
