"""고용24 (Work24) corporate membership through the gateway: sign-up, 금융인증서, login,
certificate registration, members by business number, and the MDM customer-record sync
(`mdm_watcher`). Work24 keeps every state; the gateway keeps only the login it seals into the
caller's session."""
