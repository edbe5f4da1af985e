"""oagen: generate typed Python API clients from OpenAPI 3.0/3.1 documents."""

__version__ = "0.1.0"
