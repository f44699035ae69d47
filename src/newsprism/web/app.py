"""The web app: ``create_app(db_path)`` builds it; ``newsprism serve`` runs it with uvicorn.

Every page has a JSON twin under ``/api/`` built from the same query function
(``web/queries.py``), and one error handler answers in JSON under ``/api/`` (or to a
client that asks for JSON) and in HTML elsewhere; an unexpected exception too, with
the security headers. FastAPI serves the OpenAPI document at ``/openapi.json``; its
interactive ``/docs`` pages are off, because they load scripts from a CDN, which the
Content-Security-Policy forbids.

Security decisions (docs/web.md):

- Every string from an article reaches a page through Jinja2 autoescaping; no view
  builds markup from data.
- A Content-Security-Policy header on every response allows scripts, styles and images
  from this origin only: no inline script, no inline style, nothing from elsewhere. The
  JavaScript is the package's own static files.
- Requests must name a local host (``Host`` header), which defeats DNS rebinding; a
  write (``POST``) from another origin is refused, so a web page elsewhere cannot
  upload into the store through the user's browser.
- Uploads have a size limit and are written only inside the data folder
  (``web/upload.py``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, StrictUndefined
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request

from newsprism import __version__
from newsprism.report._shared import published, source_name
from newsprism.report.truncation_view import cut_count_note
from newsprism.store import is_url
from newsprism.web import routes
from newsprism.web.analyses import Analyzer
from newsprism.web.db import Database
from newsprism.web.schemas import openapi_with_compare_schema
from newsprism.web.upload import DEFAULT_LIMIT
from newsprism.web.views import entity_url, outlet_url, page_url, span_text
from newsprism.web.workers import (
    DEFAULT_TIMEOUT_S,
    DEFAULT_WORKERS,
    AnalysisError,
    AnalysisPool,
)

logger = logging.getLogger(__name__)

TEMPLATES = "data/templates"
STATIC = "data/static"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
_UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
INTERNAL_ERROR = ("internal error: the server met a problem it did not expect (a bug; "
                  "the details are in the server's log)")  # fmt: skip

Scope = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]],
                   Awaitable[None]]  # fmt: skip


class SecurityHeaders:
    """Adds the security headers to every response; refuses cross-origin writes."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] in _UNSAFE_METHODS and not _same_origin(scope):
            message = "refused: a write from another site's page"
            if wants_json(scope["path"], _header(scope, "accept")):
                response: Response = JSONResponse({"error": message, "status": 403}, 403)
            else:
                response = render("error.html.j2", status=403, status_code=403, message=message)
            await response(scope, receive, self._with_headers(send))
            return
        await self.app(scope, receive, self._with_headers(send))

    @staticmethod
    def _with_headers(send: Any) -> Any:
        async def sending(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        return sending


def _same_origin(scope: Scope) -> bool:
    """Whether a write comes from this app's own pages (or from no browser at all).

    Browsers say where a request comes from in ``Sec-Fetch-Site``; older ones only in
    ``Origin``, which is ``null`` under this app's no-referrer policy, so the fetch
    metadata is read first. Scripts and curl send neither header and are let through:
    they are not a browser acting for some other site.
    """
    site = _header(scope, "sec-fetch-site", None)
    if site is not None:
        return site in ("same-origin", "none")
    origin = _header(scope, "origin", None)
    if origin is not None:
        return origin != "null" and urlsplit(origin).netloc == _header(scope, "host")
    return True


def _header(scope: Scope, name: str, default: str | None = "") -> Any:
    """One request header from an ASGI scope (the last one when repeated)."""
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
    return headers.get(name, default)


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The web templates (``data/templates/web``), beside the report's shared parts."""
    env = Environment(
        loader=PackageLoader("newsprism", TEMPLATES),
        autoescape=True,  # every template is HTML, whatever its file name
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(outlet_url=outlet_url, entity_url=entity_url, page_url=page_url,
                       published=published, span_text=span_text, version=__version__,
                       cut_count_note=cut_count_note,
                       source_name=source_name)  # fmt: skip
    return env


def render(template: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("q", "")
    context.setdefault("api_url", None)
    html = environment().get_template(f"web/{template}").render(**context)
    return HTMLResponse(html, status_code=status)


def _asset(name: str) -> str:
    return resources.files("newsprism").joinpath(f"{TEMPLATES}/{name}").read_text("utf-8")


def default_upload_dir(db_path: str | Path) -> Path:
    """``DB.uploads`` beside an SQLite store; ``NAME.uploads`` in the working directory
    for a PostgreSQL database NAME (the files are the uploads' sources, kept)."""
    if is_url(db_path):
        name = urlsplit(str(db_path)).path.strip("/") or "newsprism"
        return Path(f"{name}.uploads")
    return Path(f"{db_path}.uploads")


def create_app(
    db_path: str | Path,
    *,
    upload_dir: str | Path | None = None,
    max_upload_bytes: int = DEFAULT_LIMIT,
    allowed_hosts: list[str] | None = None,
    warm: bool = False,
    analysis_workers: int = DEFAULT_WORKERS,
    analysis_timeout: float = DEFAULT_TIMEOUT_S,
) -> FastAPI:
    """The web app over one store.

    Args:
        db_path: the store: an SQLite file (created and migrated if missing) or a
            ``postgresql://`` URL.
        upload_dir: where uploads are written; ``<db_path>.uploads`` by default (for a
            PostgreSQL store, ``<database name>.uploads`` in the working directory).
        max_upload_bytes: the largest upload accepted, all files together.
        allowed_hosts: the names the ``Host`` header may carry; local names by default.
        warm: analyse every story in a background thread, so that the entity and
            outlet pages cover them all.
        analysis_workers: how many story analyses may run at once (worker processes).
        analysis_timeout: seconds a story's analysis may take before it is stopped.

    Returns:
        The FastAPI application.
    """
    db = Database(db_path)
    pool = AnalysisPool(analysis_workers, analysis_timeout)
    analyzer = Analyzer(db, pool)
    app = FastAPI(
        title="newsprism",
        version=__version__,
        description="Stories, side-by-side comparisons, entities, outlets and search over "
        "a newsprism store. Every HTML page has a JSON twin under /api/.",
        docs_url=None,
        redoc_url=None,
        lifespan=_lifespan(db, pool, analyzer, warm=warm),
    )
    app.state.db = db
    app.state.analyzer = analyzer
    app.state.upload_dir = Path(upload_dir) if upload_dir else default_upload_dir(db_path)
    app.state.max_upload_bytes = max_upload_bytes
    app.add_middleware(TrustedHostMiddleware,
                       allowed_hosts=list(allowed_hosts or LOCAL_HOSTS))  # fmt: skip
    app.add_middleware(SecurityHeaders)
    _add_static(app)
    _add_error_handlers(app)
    app.include_router(routes.api)
    app.include_router(routes.pages)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = openapi_with_compare_schema(FastAPI.openapi(app))
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def _lifespan(db: Database, pool: AnalysisPool, analyzer: Analyzer, *, warm: bool) -> Any:
    """Start the warm-up thread with the server, and close everything when it stops."""
    stop = threading.Event()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        worker = None
        if warm:
            worker = threading.Thread(target=_warm, args=(analyzer, stop),
                                      name="newsprism-warm", daemon=True)  # fmt: skip
            worker.start()
        try:
            yield
        finally:
            stop.set()
            pool.close()  # kills running analyses: nothing waits for one to finish
            if worker is not None:
                worker.join()
            db.close()

    return lifespan


def _add_static(app: FastAPI) -> None:
    """The packaged static files, the report's own assets, and an empty favicon."""
    static = resources.files("newsprism").joinpath(STATIC)
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    for name, media in (("report.css", "text/css"), ("report.js", "text/javascript")):
        # The compare report's own stylesheet and script, served as files here.
        app.add_api_route(f"/assets/{name}", _asset_route(name, media), include_in_schema=False)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)  # no icon, and no 404 in every browser console


def _add_error_handlers(app: FastAPI) -> None:
    """Every error as a page or a JSON body with its code, never a bare traceback."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ())[1:])}: {e.get('msg')}"
            for e in exc.errors()
        )
        return _error(request, 422, problems or "invalid request")

    @app.exception_handler(AnalysisError)
    async def analysis_error(request: Request, exc: AnalysisError) -> Response:
        return _error(request, exc.status, str(exc), code=exc.code)

    @app.exception_handler(Exception)
    async def unexpected_error(request: Request, exc: Exception) -> Response:
        # Starlette answers this one from outside every middleware (and then re-raises,
        # so the server logs the traceback): the security headers are added here.
        response = _error(request, 500, INTERNAL_ERROR, code="E500")
        response.headers.update({k.decode(): v.decode() for k, v in SECURITY_HEADERS})
        return response


def _asset_route(name: str, media: str) -> Callable[[], Response]:
    body = _asset(name)

    def asset() -> Response:
        return Response(body, media_type=media, headers={"Cache-Control": "max-age=3600"})

    return asset


def _error(request: Request, status: int, message: str, code: str | None = None) -> Response:
    """An error in JSON (under ``/api/``, or when the client asks for JSON) or in HTML."""
    if wants_json(request.url.path, request.headers.get("accept", "")):
        body: dict[str, Any] = {"error": message, "status": status}
        if code is not None:
            body["code"] = code
        return JSONResponse(body, status_code=status)
    return render("error.html.j2", status=status, status_code=status, message=message,
                  code=code)  # fmt: skip


def wants_json(path: str, accept: str) -> bool:
    """JSON for the API, and for a client that asks for JSON rather than HTML."""
    if path.startswith("/api/"):
        return True
    kinds = [part.split(";")[0].strip().lower() for part in accept.split(",")]
    return "application/json" in kinds and "text/html" not in kinds


def _warm(analyzer: Analyzer, stop: threading.Event) -> None:
    try:
        done = analyzer.warm(stop)
        logger.info("warm-up: %d stories analysed", done)
    except Exception:  # the server goes on: pages compute what the warm-up missed
        logger.exception("warm-up stopped")
