"""Installed as ``workshop_app._resources`` (see ``workshop_app/resources.py``)."""
