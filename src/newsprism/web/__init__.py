"""The web UI and JSON API over a store (``newsprism serve``); see docs/web.md."""

from newsprism.web.app import create_app
from newsprism.web.server import serve

__all__ = ["create_app", "serve"]
