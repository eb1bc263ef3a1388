"""KOSME job-matching platform (일자리매칭플랫폼) use cases: joining (SNS or after phone
verification), logging in (ID/password/name, SNS, Digital OnePass) into the gateway session,
and the member's foreigner résumés with their photo.

The gateway keeps no KOSME state of its own: members and résumés live at the platform; the
session holds the platform's login token, sealed.
"""
