"""GraphQL types and operations of the KOSME job-matching platform."""
