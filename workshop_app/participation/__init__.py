"""The room joins in from their own phones: a local web server, the participant page it
serves, and what phones send, waiting for the facilitator (``docs/participation.md``).

Qt-free: the window and the ``serve`` command both run it; everything that touches the
database runs on the thread that owns it (:class:`.room.Owner`)."""
