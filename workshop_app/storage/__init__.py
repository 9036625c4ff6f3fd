"""The only code that touches SQLite."""

from .errors import (
    DamagedDatabaseError,
    DatabaseInUseError,
    NewerSchemaError,
    StorageError,
)
from .store import Store, default_database_path, open_store

__all__ = [
    "DamagedDatabaseError",
    "DatabaseInUseError",
    "NewerSchemaError",
    "StorageError",
    "Store",
    "default_database_path",
    "open_store",
]
