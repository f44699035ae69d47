"""Error paths a new user met (session 34), through ``newsprism ingest`` into a real
SQLite file: a WARC record warcio cannot parse, and a broken JSON file that carries a
sidecar's name."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from newsprism.cli import cli

PAGE = ("<html><head><title>{title}</title></head><body><p>{title}: the council said on "
        "Monday that the bridge over the river would reopen after two years of repairs, "
        "officials confirmed.</p><p>Traffic is expected to be heavy in the first week, "
        "the transport office said.</p></body></html>")


def _record(uri: str | None, title: str) -> bytes:
    """One WARC response record; ``uri`` None leaves out WARC-Target-URI."""
    http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            + PAGE.format(title=title)).encode()
    target = f"WARC-Target-URI: {uri}\r\n" if uri else ""
    head = ("WARC/1.0\r\nWARC-Type: response\r\n" + target
            + "WARC-Date: 2026-01-02T03:04:05Z\r\nContent-Type: application/http; "
            f"msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def _ingest(*args: str) -> Result:
    return CliRunner().invoke(cli, ["ingest", *args, "--format", "json"])


def test_a_record_without_a_target_uri_is_e130_and_the_next_record_is_read(tmp_path: Path):
    warc = tmp_path / "crawl.warc"
    warc.write_bytes(_record("https://one.example/a", "Harbour bridge")
                     + _record(None, "Lost header") + _record("https://two.example/b", "Ferry"))
    db = tmp_path / "store.db"
    result = _ingest(str(warc), "--db", str(db))
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["added"] == 2
    [failure] = report["failures"]
    assert failure["code"] == "E130" and failure["location"].endswith("crawl.warc:2")
    assert "WARC-Target-URI" in failure["reason"] and "\n" not in failure["reason"]
    listed = json.loads(CliRunner().invoke(cli, ["articles", "--db", str(db), "--format",
                                                 "json"]).stdout)  # fmt: skip
    assert sorted(a["url"] for a in listed) == ["https://one.example/a", "https://two.example/b"]
    again = json.loads(_ingest(str(warc), "--db", str(db)).stdout)  # idempotent
    assert again["added"] == 0 and again["already_stored"] == 2


def test_a_whole_warc_of_good_records_has_no_failure(tmp_path: Path):
    warc = tmp_path / "good.warc"
    warc.write_bytes(_record("https://one.example/a", "Harbour bridge")
                     + _record("https://two.example/b", "Ferry"))
    result = _ingest(str(warc), "--db", str(tmp_path / "store.db"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["added"] == 2


def test_a_broken_json_under_a_sidecar_name_given_alone_says_it_is_broken(tmp_path: Path):
    (tmp_path / "report.txt").write_text("The harbour reopened on Monday, officials said.")
    broken = tmp_path / "report.json"
    broken.write_text('{"title": "Half an article", "text": "cut off')
    result = _ingest(str(broken), "--db", str(tmp_path / "store.db"))
    assert result.exit_code == 1
    [failure] = json.loads(result.stdout)["failures"]
    assert failure["code"] == "E109"
    assert failure["reason"].startswith("invalid JSON: Unterminated string")
    assert "sidecar of report.txt" in failure["reason"]
    assert "no article text of its own" not in failure["reason"]


def test_a_valid_metadata_sidecar_given_alone_stays_e815(tmp_path: Path):
    (tmp_path / "report.txt").write_text("The harbour reopened on Monday, officials said.")
    sidecar = tmp_path / "report.json"
    sidecar.write_text('{"outlet": "Harbour Gazette", "url": "https://gazette.example/1"}')
    result = _ingest(str(sidecar), "--db", str(tmp_path / "store.db"))
    [failure] = json.loads(result.stdout)["failures"]
    assert failure["code"] == "E815" and "no article text of its own" in failure["reason"]


def test_a_warc_gz_of_random_bytes_is_one_clean_e130_line(tmp_path: Path):
    """warcio quotes the bytes it met as the repr of a list (``['\\x1f\\x8b…``): the
    line keeps warcio's words and drops the quoted bytes, as it drops raw ones."""
    import random

    noise = random.Random(34).randbytes(600)
    garbage = tmp_path / "noise.warc.gz"
    garbage.write_bytes(b"\x1f\x8b\x08\x00" + noise)
    result = _ingest(str(garbage), "--db", str(tmp_path / "store.db"))
    assert result.exit_code == 1
    [failure] = json.loads(result.stdout)["failures"]
    assert failure["code"] == "E130"
    assert failure["reason"].endswith("(binary data: not a record header)")
    assert "\\x" not in failure["reason"] and "['" not in failure["reason"]
    assert "Unknown archive format" in failure["reason"]  # warcio's own words are kept
