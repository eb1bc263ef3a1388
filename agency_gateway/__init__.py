"""The command line: the composition root that wires the gateway to the mock agencies.

It is the only package that imports both ``gateway`` and ``mocks``; keeping that wiring here
lets the gateway stay ignorant of the mocks (it only knows upstream URLs) and the mocks stay
usable alone by other projects' test suites.
"""
