"""The Gov24 (정부24) electronic personal-signature confirmation mock."""
