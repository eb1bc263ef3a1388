"""Plain async resolver functions: they reach upstreams through loaders and services only."""
