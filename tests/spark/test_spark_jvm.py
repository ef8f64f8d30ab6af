"""Local JVM options: the class archive is written once, adopted once complete, then reused."""

import os
import time

import pytest

pytest.importorskip("pyspark")

from veille.spark import jvm  # noqa: E402


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("VEILLE_SPARK_CLASS_ARCHIVE", str(tmp_path))
    return tmp_path


def test_first_session_asks_its_jvm_to_write_the_archive_under_a_temporary_name(folder):
    options = jvm.local_jvm_options()
    assert options.startswith(jvm.BASE_OPTIONS)
    assert f"-XX:ArchiveClassesAtExit={folder}/" in options
    assert options.split("ArchiveClassesAtExit=")[1].split()[0].endswith(f".{os.getpid()}.partial")
    assert "-Xlog:cds=off" in options  # nothing printed on stdout, where --json goes


def test_an_archive_still_being_written_is_neither_used_nor_written_again(folder):
    (folder / f"{jvm._archive_name()}.123.partial").write_bytes(b"x" * 10)
    options = jvm.local_jvm_options()
    assert "Archive" not in options and "SharedArchiveFile" not in options


def test_a_settled_archive_is_renamed_into_place_and_used(folder):
    partial = folder / f"{jvm._archive_name()}.123.partial"
    partial.write_bytes(b"x" * 10)
    old = time.time() - jvm.SETTLE_SECONDS - 5
    os.utime(partial, (old, old))
    options = jvm.local_jvm_options()
    final = folder / jvm._archive_name()
    assert f"-XX:SharedArchiveFile={final}" in options
    assert final.is_file() and not partial.exists()
    assert f"-XX:SharedArchiveFile={final}" in jvm.local_jvm_options()  # and from then on


def test_the_archive_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("VEILLE_SPARK_CLASS_ARCHIVE", "0")
    assert jvm.local_jvm_options() == jvm.BASE_OPTIONS


def test_an_unwritable_folder_means_no_archive_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("VEILLE_SPARK_CLASS_ARCHIVE", str(blocker / "sub"))
    assert jvm.local_jvm_options() == jvm.BASE_OPTIONS


def test_a_second_settled_archive_is_deleted(folder):
    old = time.time() - jvm.SETTLE_SECONDS - 5
    for pid in (111, 222):
        partial = folder / f"{jvm._archive_name()}.{pid}.partial"
        partial.write_bytes(b"x" * 10)
        os.utime(partial, (old, old))
    assert "SharedArchiveFile" in jvm.local_jvm_options()
    assert sorted(p.name for p in folder.iterdir()) == [jvm._archive_name()]


def test_a_settled_archive_of_another_installation_is_put_in_place_too(folder):
    old = time.time() - jvm.SETTLE_SECONDS - 5
    partial = folder / "spark-4.3.0-0123456789ab.jsa.333.partial"
    partial.write_bytes(b"x" * 10)
    os.utime(partial, (old, old))
    jvm.local_jvm_options()
    assert (folder / "spark-4.3.0-0123456789ab.jsa").is_file() and not partial.exists()


def test_another_installation_writing_its_archive_does_not_hold_ours_back(folder):
    (folder / "spark-4.3.0-0123456789ab.jsa.333.partial").write_bytes(b"x" * 10)
    assert "ArchiveClassesAtExit" in jvm.local_jvm_options()
