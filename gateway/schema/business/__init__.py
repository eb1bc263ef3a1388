"""The cross-agency ``Business`` view."""
