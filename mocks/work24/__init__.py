"""The 고용24 (Work24) corporate membership mock."""
