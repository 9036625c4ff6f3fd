"""Exercise kinds: one module per family, all declared in :mod:`.registry`."""

from .registry import ExerciseKind, all_kinds, get_kind, register

__all__ = ["ExerciseKind", "all_kinds", "get_kind", "register"]
