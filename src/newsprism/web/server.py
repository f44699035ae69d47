"""Run the app with uvicorn: what ``newsprism serve`` calls."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType

import uvicorn

from newsprism.web.upload import DEFAULT_LIMIT
from newsprism.web.workers import DEFAULT_TIMEOUT_S, DEFAULT_WORKERS

LOOPBACK = ("127.0.0.1", "localhost", "::1")
# On SIGTERM or Ctrl-C, how long requests in flight may take to finish before they are
# cancelled; then the app's shutdown kills the analysis workers. Without a bound, a
# request waiting on a long analysis kept the server up until it was killed.
SHUTDOWN_GRACE_S = 3


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
    analysis_timeout: float = DEFAULT_TIMEOUT_S,
    analysis_workers: int = DEFAULT_WORKERS,
) -> None:
    """Serve the store at ``http://HOST:PORT/`` until interrupted (SIGINT or SIGTERM).

    Raises:
        SystemExit: 3 when the server could not start (uvicorn has said why).
    """
    from newsprism.web.app import create_app

    app = create_app(db_path, upload_dir=upload_dir, max_upload_bytes=max_upload_bytes,
                     allowed_hosts=allowed_hosts(host), warm=warm,
                     analysis_timeout=analysis_timeout,
                     analysis_workers=analysis_workers)  # fmt: skip
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, access_log=False,
                            timeout_graceful_shutdown=SHUTDOWN_GRACE_S)  # fmt: skip
    server = _Server(config, on_exit=app.state.analyzer.pool.close)
    with contextlib.suppress(KeyboardInterrupt):  # a second Ctrl-C, as in uvicorn.run
        server.run()
    if not server.started:
        raise SystemExit(3)


class _Server(uvicorn.Server):
    """uvicorn's server, which also stops the analyses as soon as it is told to exit.

    uvicorn first waits (up to the grace period) for the requests in flight, and runs
    the app's shutdown only after that; a request waiting on a story's analysis would
    use the whole grace period and then be cut off with a bare 500. Stopping the
    analysis workers at the signal answers it at once, with a proper 503.
    """

    def __init__(self, config: uvicorn.Config, on_exit: Callable[[], None]) -> None:
        super().__init__(config)
        self.on_exit = on_exit

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        super().handle_exit(sig, frame)
        # In a thread: a signal handler must not take the pool's lock, which the main
        # thread may hold (a second signal during the app's own shutdown).
        threading.Thread(target=self.on_exit, name="newsprism-stop-analyses",
                         daemon=True).start()  # fmt: skip
