"""Qt widgets: one module per screen or dialog. Only presents the domain."""
