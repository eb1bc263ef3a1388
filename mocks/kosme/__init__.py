"""The the KOSME job-matching platform mock."""
