"""The on-disk cache: round trips, producer isolation, and never trusting a bad file."""
import sqlite3

import numpy as np
import pytest

from discrepancy.cache import FILE_NAME, Cache, text_key


def test_vectors_and_records_round_trip(tmp_path):
    cache = Cache(tmp_path)
    k = text_key("Some sentence.")
    cache.put_vectors("model-a", {k: np.arange(4, dtype=np.float32)})
    cache.put_records("extractor-a", {k: {"numbers": [1, 2]}})
    cache.close()
    again = Cache(tmp_path)
    assert again.get_vectors("model-a", [k], 4)[k].tolist() == [0, 1, 2, 3]
    assert again.get_records("extractor-a", [k]) == {k: {"numbers": [1, 2]}}
    assert again.rebuilt_reason is None


def test_another_producer_or_dimension_is_a_miss(tmp_path):
    cache = Cache(tmp_path)
    k = text_key("x")
    cache.put_vectors("model-a", {k: np.ones(4, dtype=np.float32)})
    assert cache.get_vectors("model-b", [k], 4) == {}
    assert cache.get_vectors("model-a", [k], 8) == {}


def test_corrupt_file_is_rebuilt(tmp_path):
    (tmp_path / FILE_NAME).write_bytes(b"this is not a database" * 100)
    cache = Cache(tmp_path)
    assert cache.rebuilt_reason
    k = text_key("x")
    cache.put_records("p", {k: 1})
    assert cache.get_records("p", [k]) == {k: 1}


def test_foreign_database_is_rebuilt(tmp_path):
    db = sqlite3.connect(tmp_path / FILE_NAME)
    db.execute("CREATE TABLE other (x)")
    db.commit()
    db.close()
    cache = Cache(tmp_path)
    assert cache.rebuilt_reason == "not a discrepancy cache" or "unreadable" in cache.rebuilt_reason


def test_failed_write_leaves_the_previous_state(tmp_path):
    cache = Cache(tmp_path)
    k1, k2 = text_key("a"), text_key("b")
    cache.put_records("p", {k1: 1})

    # the second key is no bytes sqlite can bind: the write fails inside the transaction, after
    # the first row is written, so only a rollback leaves the previous state
    with pytest.raises(sqlite3.ProgrammingError):
        cache.put_records("p", {k2: 2, ("not", "bytes"): 3})  # type: ignore[dict-item]
    assert cache.get_records("p", [k1, k2]) == {k1: 1}
