"""LSH bucket look-ups, on both backends: many buckets in one statement give what one
statement per bucket gave."""

from __future__ import annotations

from tests.store.test_sqlite import make_article


def test_many_buckets_in_one_statement_match_one_at_a_time(fresh_store) -> None:
    fresh_store.add_batch([make_article(name) for name in "abcdef"])
    ids = sorted(a.id for a in fresh_store.iter_articles())
    big = 2**62 + 7  # buckets are 64-bit on PostgreSQL (bigint)
    buckets = [(0, 11, i) for i in ids] + [(1, big, ids[0]), (1, big, ids[3]), (2, -5, ids[5])]
    fresh_store.save_cluster_state([], [], buckets, {})
    keys = [(2, -5), (0, 11), (3, 99), (1, big), (0, 11)]  # an empty bucket, a repeated key
    for limit in (1, 3, 10):
        one_by_one = {(band, bucket): fresh_store.bucket_members(band, bucket, limit)
                      for band, bucket in keys}  # fmt: skip
        expected = {k: v for k, v in one_by_one.items() if v}
        found = fresh_store.buckets_members(keys, limit)
        assert found == expected and list(found) == [(2, -5), (0, 11), (1, big)]
    assert fresh_store.buckets_members(keys, 3)[(0, 11)] == ids[:3]
    assert fresh_store.buckets_members([], 3) == {}
    many = [(0, 11)] + [(9, n) for n in range(120)]  # more keys than one statement takes
    assert fresh_store.buckets_members(many, 2) == {(0, 11): ids[:2]}
