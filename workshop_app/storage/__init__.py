"""The only code that touches SQLite."""

from .errors import (
    DamagedDatabaseError,
    DatabaseInUseError,
    NewerSchemaError,
    StorageError,
)
from .opening import default_database_path, open_store
from .store import Store

__all__ = [
    "DamagedDatabaseError",
    "DatabaseInUseError",
    "NewerSchemaError",
    "StorageError",
    "Store",
    "default_database_path",
    "open_store",
]
