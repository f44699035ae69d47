"""Run the app with uvicorn: what ``newsprism serve`` calls."""

from __future__ import annotations

from pathlib import Path

from newsprism.web.upload import DEFAULT_LIMIT

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def allowed_hosts(host: str) -> list[str] | None:
    """The ``Host`` names to accept when bound to ``host``.

    On a loopback address, only local names (which defeats DNS rebinding). Bound to a
    named interface, that name too; bound to every interface (0.0.0.0, ::), any name,
    since the app cannot know under which address it is reached.
    """
    if host in ("0.0.0.0", "::", ""):
        return ["*"]
    if host in LOOPBACK:
        return None
    return ["127.0.0.1", "localhost", "::1", "[::1]", host, f"[{host}]"]


def serve(
    db_path: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    warm: bool = False,
    max_upload_bytes: int = DEFAULT_LIMIT,
    upload_dir: str | Path | None = None,
    log_level: str = "info",
) -> None:
    """Serve the store at ``http://HOST:PORT/`` until interrupted."""
    import uvicorn

    from newsprism.web.app import create_app

    app = create_app(db_path, upload_dir=upload_dir, max_upload_bytes=max_upload_bytes,
                     allowed_hosts=allowed_hosts(host), warm=warm)  # fmt: skip
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False)
