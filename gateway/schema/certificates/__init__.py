"""공동인증서 (NPKI certificates): inspect one, get a challenge to sign, verify a signed proof."""
