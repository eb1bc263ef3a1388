"""Identity verification (본인확인): phone, card and 간편인증 flows, resumable by id."""
