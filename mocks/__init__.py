"""Mock agencies: one Starlette app per upstream, built with ``mocks.framework``.

``mocks.registry.MOCKS`` maps agency names to app factories; ``mocks.serve`` runs them.
"""
