"""The routes: ``api`` answers JSON under ``/api/``, ``pages`` the same content as HTML.

Each pair calls one function of ``web/queries.py`` (or ``store/search.py``); a page
adds only what a reader needs beyond the data (links, chart geometry). Handlers that
read are plain ``def``: FastAPI runs them in its thread pool, each with its own read
connection.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse
from starlette.requests import Request

from newsprism.errors import StoreError
from newsprism.models import Story
from newsprism.web import queries
from newsprism.web.db import Database
from newsprism.web.other_sources import other_sources
from newsprism.web.schemas import (
    ANALYSIS_SCHEMA,
    ArticleOut,
    EntitiesOut,
    EntityOut,
    OutletOut,
    OutletsOut,
    OverviewOut,
    SearchOut,
    StoriesOut,
    StoryOut,
    UploadOut,
)
from newsprism.web.source_filter import source_article_ids, source_facets, source_names
from newsprism.web.story_sources import add_sources
from newsprism.web.upload import UploadError, ingest_upload, read_form, save_upload
from newsprism.web.views import coverage_bar, outlet_chart, outlet_colours, story_view
from newsprism.web.views import pages as paging

api = APIRouter(prefix="/api", tags=["api"])
pages = APIRouter(include_in_schema=False)

PAGE_SIZE = 20
Sort = Annotated[str, Query(pattern="^(size|newest)$")]
SearchSort = Annotated[str, Query(pattern="^(relevance|newest|oldest)$")]
# Every number a client sends is bounded, so that none reaches SQLite out of its 64-bit
# range (offset=10**20 was an OverflowError, a 500): past the bound it is a 422.
MAX_OFFSET = 1_000_000_000
MAX_LIMIT = 200
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]


def _db(request: Request) -> Database:
    return request.app.state.db


def _render(*args: Any, **kwargs: Any) -> HTMLResponse:
    from newsprism.web.app import render  # the app module imports this one

    return render(*args, **kwargs)


def _not_found(exc: Exception) -> HTTPException:
    return HTTPException(status_code=404, detail=str(exc.args[0] if exc.args else exc))


# -- data, shared by both routers -------------------------------------------------------


def _stories(db: Database, sort: str, outlet: str | None, since: str | None, limit: int,
             offset: int) -> dict[str, Any]:  # fmt: skip
    with db.read() as store:
        # One more than the page: whether there is a next page, without counting them all.
        found = store.list_stories(sort=sort, outlet=outlet or None, since=since or None,
                             limit=limit + 1, offset=offset)  # fmt: skip
        return {"stories": queries.story_dicts(store, found[:limit]), "more": len(found) > limit,
                "limit": limit, "offset": offset}  # fmt: skip


def _story(db: Database, story_id: str) -> tuple[Story, dict[str, Any]]:
    with db.read() as store:
        try:
            story = store.get_story(story_id)
        except StoreError as exc:
            raise HTTPException(status_code=400, detail=exc.args[0]) from exc
        if story is None:
            raise HTTPException(status_code=404, detail=f"no story {story_id!r}")
        return story, queries.story_dicts(store, [story])[0]


def _search(db: Database, q: str, outlet: str | None, language: str | None, since: str | None,
            until: str | None, sort: str, limit: int, offset: int,
            source: str | None = None) -> dict[str, Any]:  # fmt: skip
    with db.read() as store:
        ids = source_article_ids(store, source) if source else None  # a web site or a file
        try:
            found = store.search_articles(q, outlet=outlet or None, language=language or None,
                                    since=since or None, until=until or None, sort=sort,
                                    limit=limit, offset=offset, article_ids=ids)  # fmt: skip
        except ValueError as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from exc
    return {**found.as_dict(), "sources": source_facets(found.sourceless),
            "limit": limit, "offset": offset}  # fmt: skip


def _lookup(fn: Any, db: Database, *args: Any) -> dict[str, Any]:
    with db.read() as store:
        try:
            return fn(store, *args)
        except queries.NotFound as exc:
            raise _not_found(exc) from exc
        except StoreError as exc:
            raise HTTPException(status_code=400, detail=exc.args[0]) from exc


async def _upload(request: Request) -> dict[str, Any]:
    db: Database = request.app.state.db
    limit: int = request.app.state.max_upload_bytes
    try:
        form = await read_form(request, limit)
        try:
            saved = await save_upload(form, request.app.state.upload_dir, limit)
        finally:
            await form.close()
    except UploadError as exc:
        raise HTTPException(status_code=exc.status, detail=str(exc)) from exc
    result = await run_in_threadpool(db.writer.run, lambda store: ingest_upload(store, saved))
    return result.as_dict()


# -- JSON -------------------------------------------------------------------------------


@api.get("/overview", response_model=OverviewOut,
         summary="Counts, outlets, latest and biggest stories")  # fmt: skip
def api_overview(request: Request) -> dict[str, Any]:
    return _lookup(queries.overview, _db(request))


@api.get("/stories", response_model=StoriesOut, summary="Stories, biggest or newest first")
def api_stories(request: Request, sort: Sort = "size", outlet: str | None = None,
                since: str | None = None, limit: Limit = PAGE_SIZE,
                offset: Offset = 0) -> dict[str, Any]:  # fmt: skip
    return _stories(_db(request), sort, outlet, since, limit, offset)


@api.get("/stories/{story_id}", response_model=StoryOut, summary="One story and its articles")
def api_story(request: Request, story_id: str) -> dict[str, Any]:
    return _story(_db(request), story_id)[1]


@api.get(
    "/stories/{story_id}/analysis",
    summary="The compare analysis of a story (computed on first request, then cached)",
    responses={200: {"content": {"application/json": {
        "schema": {"$ref": f"#/components/schemas/{ANALYSIS_SCHEMA}"}}}}},
)  # fmt: skip
def api_analysis(request: Request, story_id: str) -> dict[str, Any]:
    story, _ = _story(_db(request), story_id)
    return request.app.state.analyzer.get(story)


@api.get("/articles/{article_id}", response_model=ArticleOut, summary="One clean article")
def api_article(request: Request, article_id: str) -> dict[str, Any]:
    return _lookup(queries.article, _db(request), article_id)


@api.get("/entities", response_model=EntitiesOut, summary="Entities of the analysed stories")
def api_entities(request: Request) -> dict[str, Any]:
    return _lookup(queries.entities, _db(request))


@api.get("/entities/{key}", response_model=EntityOut, summary="An entity's stories and quotes")
def api_entity(request: Request, key: str) -> dict[str, Any]:
    return _lookup(queries.entity, _db(request), key)


@api.get("/outlets", response_model=OutletsOut, summary="Every outlet with its counts")
def api_outlets(request: Request) -> dict[str, Any]:
    with _db(request).read() as store:
        return {"outlets": queries.outlet_counts(store), "other_sources": other_sources(store)}


@api.get("/outlets/{name:path}", response_model=OutletOut,
         summary="An outlet's stories, framing terms over time and voices")  # fmt: skip
def api_outlet(request: Request, name: str) -> dict[str, Any]:
    return _lookup(queries.outlet, _db(request), name)


@api.get("/search", response_model=SearchOut, summary="Full-text search over articles")
def api_search(request: Request, q: str = "", outlet: str | None = None,
               language: str | None = None, since: str | None = None, until: str | None = None,
               sort: SearchSort = "relevance", limit: Limit = PAGE_SIZE,
               offset: Offset = 0, source: str | None = None) -> dict[str, Any]:  # fmt: skip
    return _search(_db(request), q, outlet, language, since, until, sort, limit, offset, source)


_UPLOAD_BODY = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object",
    "properties": {
        "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
        "text": {"type": "string", "description": "pasted article text"},
        "title": {"type": "string"}, "url": {"type": "string"},
        "published": {"type": "string"}, "outlet": {"type": "string"},
        "language": {"type": "string"},
    }}}}}}  # fmt: skip


@api.post("/upload", response_model=UploadOut, openapi_extra=_UPLOAD_BODY,
          summary="Ingest pasted text and files, as `newsprism ingest` does")  # fmt: skip
async def api_upload(request: Request) -> dict[str, Any]:
    return await _upload(request)


# -- HTML -------------------------------------------------------------------------------


@pages.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    data = _lookup(queries.overview, _db(request))
    _add_bars(_db(request), data["latest"] + data["biggest"])
    known = _lookup(queries.outlet_colours, _db(request))
    return _render("home.html.j2", data=data, colours=outlet_colours(data["outlets"], known),
                   api_url="/api/overview")  # fmt: skip


@pages.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, sort: Sort = "size", outlet: str | None = None,
                 since: str | None = None, offset: Offset = 0) -> HTMLResponse:  # fmt: skip
    data = _stories(_db(request), sort, outlet, since, PAGE_SIZE, offset)
    _add_bars(_db(request), data["stories"])
    params = {"sort": sort, "outlet": outlet, "since": since}
    known = offset + len(data["stories"]) + (1 if data["more"] else 0)
    return _render("stories.html.j2", data=data, params=params,
                   paging=paging(known, PAGE_SIZE, offset, exact=not data["more"]),
                   api_url=_api_url(request))  # fmt: skip


@pages.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> HTMLResponse:
    story, story_dict = _story(_db(request), story_id)
    analysis = request.app.state.analyzer.get(story)
    known = _lookup(queries.outlet_colours, _db(request))
    return _render("story.html.j2", **story_view(story_dict, analysis, known),
                   api_url=f"/api/stories/{story.id}/analysis")  # fmt: skip


@pages.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    data = _lookup(queries.article, _db(request), article_id)
    # a live blog's entry times, by the index of the paragraph each entry starts at
    entry_at = {e.get("paragraph"): str(e.get("time", "")) for e in data["live_entries"]}
    return _render("article.html.j2", a=data, entry_at=entry_at,
                   api_url=f"/api/articles/{data['id']}")  # fmt: skip


@pages.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request) -> HTMLResponse:
    return _render("entities.html.j2", data=_lookup(queries.entities, _db(request)),
                   api_url="/api/entities")  # fmt: skip


@pages.get("/entities/{key}", response_class=HTMLResponse)
def entity_page(request: Request, key: str) -> HTMLResponse:
    data = _lookup(queries.entity, _db(request), key)
    return _render("entity.html.j2", data=data, api_url=f"/api/entities/{data['key']}")


@pages.get("/outlets", response_class=HTMLResponse)
def outlets_page(request: Request) -> HTMLResponse:
    with _db(request).read() as store:
        outlets = queries.outlet_counts(store)
        known = queries.outlet_colours(store)
        others = other_sources(store)  # web sites and files: no outlet known (session 35)
    return _render("outlets.html.j2", outlets=outlets, colours=outlet_colours(outlets, known),
                   others=others, api_url="/api/outlets")  # fmt: skip


@pages.get("/outlets/{name:path}", response_class=HTMLResponse)
def outlet_page(request: Request, name: str) -> HTMLResponse:
    data = _lookup(queries.outlet, _db(request), name)
    _add_bars(_db(request), data["stories"])
    return _render("outlet.html.j2", data=data, chart=outlet_chart(data["terms_by_month"]),
                   api_url=_api_url(request))  # fmt: skip


@pages.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "", outlet: str | None = None,
                language: str | None = None, since: str | None = None, until: str | None = None,
                sort: SearchSort = "relevance", offset: Offset = 0,
                source: str | None = None) -> HTMLResponse:  # fmt: skip
    data = _search(_db(request), q, outlet, language, since, until, sort, PAGE_SIZE, offset,
                   source)  # fmt: skip
    with _db(request).read() as store:
        outlets = [o["outlet"] for o in queries.outlet_counts(store)]
        languages, sources = queries.languages(store), source_names(store)
    params = {"q": q, "outlet": outlet, "language": language, "since": since, "until": until,
              "sort": sort, "source": source}  # fmt: skip
    return _render("search.html.j2", data=data, params=params, q=q, outlets=outlets,
                   sources=sources, languages=languages,
                   paging=paging(data["total"], PAGE_SIZE, offset),
                   api_url=_api_url(request))  # fmt: skip


@pages.get("/upload", response_class=HTMLResponse)
def upload_page(request: Request) -> HTMLResponse:
    return _render("upload.html.j2", result=None, limit=request.app.state.max_upload_bytes,
                   api_url=None)  # fmt: skip


@pages.post("/upload", response_class=HTMLResponse)
async def upload_post(request: Request) -> HTMLResponse:
    result = await _upload(request)
    return _render("upload.html.j2", result=result, limit=request.app.state.max_upload_bytes,
                   api_url=None)  # fmt: skip


def _add_bars(db: Database, stories: list[dict[str, Any]]) -> None:
    """Give each story its sources by name and its coverage bar, in the outlets' colours
    in the store."""
    with db.read() as store:
        known = queries.outlet_colours(store)
        add_sources(store, stories)
    for story in stories:
        story["bar"] = coverage_bar(story, known)


def _api_url(request: Request) -> str:
    query = request.url.query
    return "/api" + request.url.path + (f"?{query}" if query else "")
