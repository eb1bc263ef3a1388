"""KOTRA 무역투자24 use cases: the agency's refusals as payload errors, logins held in the
gateway session, identity verifications redeemed for site ``kotra``."""
