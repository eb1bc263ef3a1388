"""The KOTRA 무역투자24 integrated membership mock."""
