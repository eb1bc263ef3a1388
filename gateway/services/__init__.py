"""Use cases: each takes a unit of work and what it needs, and raises ``GatewayError``s."""
