"""A throwaway PostgreSQL server for the tests and benchmarks, or an existing one.

``NEWSPRISM_TEST_PG`` (a ``postgresql://`` URL of a server where the user may create
databases) uses that server. Otherwise a cluster is made with Debian's PostgreSQL 15
(``/usr/lib/postgresql/15/bin``, the ``postgresql`` package that ``make test``
installs) in a temporary folder, listening on a free port of 127.0.0.1 and on a
socket in that folder, and removed when stopped. ``initdb`` refuses to run as root,
so as root the cluster is made and run by the ``postgres`` system user, and the
folder is handed to it. Each test gets a database of its own (:meth:`PgServer.new_db`).
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

PG_BIN = Path(os.environ.get("NEWSPRISM_PG_BIN", "/usr/lib/postgresql/15/bin"))
ENV_URL = "NEWSPRISM_TEST_PG"


def available() -> str | None:
    """None when a server can be had, else why not (for a skip message)."""
    if os.environ.get(ENV_URL):
        return None
    if not (PG_BIN / "initdb").exists():
        return f"no PostgreSQL at {PG_BIN} (make test installs the postgresql package)"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    """A PostgreSQL server to make test databases on."""

    def __init__(self) -> None:
        self._names = itertools.count()
        self.folder: Path | None = None
        self.url = os.environ.get(ENV_URL) or self._start()

    def _as_owner(self) -> list[str]:
        return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _start(self) -> str:
        self.folder = Path(tempfile.mkdtemp(prefix="newsprism-pg-"))
        data = self.folder / "data"
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        user = "postgres" if os.geteuid() == 0 else os.environ.get("USER", "postgres")
        run = self._as_owner()
        subprocess.run([*run, str(PG_BIN / "initdb"), "-D", str(data), "-U", user,
                        "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"],
                       check=True, capture_output=True)  # fmt: skip
        port = _free_port()
        options = (f"-p {port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=on "
                   "-c max_connections=200")  # fmt: skip
        subprocess.run([*run, str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options,
                        "-l", str(self.folder / "log"), "-w", "start"],
                       check=True, capture_output=True)  # fmt: skip
        return f"postgresql://{user}@127.0.0.1:{port}/postgres"

    def new_db(self, prefix: str = "t") -> str:
        """A fresh empty database on the server; its URL."""
        import psycopg

        name = f"newsprism_{prefix}_{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url.rsplit("/", 1)[0] + "/" + name

    def stop(self) -> None:
        if self.folder is None:
            return
        subprocess.run([*self._as_owner(), str(PG_BIN / "pg_ctl"), "-D",
                        str(self.folder / "data"), "-m", "immediate", "stop"],
                       capture_output=True)  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None
