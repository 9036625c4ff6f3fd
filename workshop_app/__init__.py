"""Workshop App: facilitate cross-sector partnership workshops offline."""

__version__ = "0.1.0"
