"""The executors' Python daemon preloads the pipeline, and never dies for it."""

from __future__ import annotations

from veille.spark import daemon, job


def test_daemon_preload_fills_the_worker_cache(monkeypatch):
    built = []
    monkeypatch.setattr(job, "_EXECUTOR_NLP", {})
    monkeypatch.setattr("veille.nlp.build.build_nlp", lambda model: built.append(model) or f"pipeline {model}")
    monkeypatch.setattr("veille.pipeline.limit_threads", lambda: None)

    from veille.nlp.build import MODEL

    daemon.preload()
    assert built == [MODEL]
    # A forked worker asks for the default model (None): it is there, no second build.
    assert job.executor_pipeline(None) == f"pipeline {MODEL}"
    assert built == [MODEL]


def test_daemon_preload_failure_is_reported_not_raised(monkeypatch, capsys):
    def missing(model):
        raise OSError(f"[E050] Can't find model '{model}'")

    monkeypatch.setattr(job, "_EXECUTOR_NLP", {})
    monkeypatch.setattr("veille.nlp.build.build_nlp", missing)
    monkeypatch.setattr("veille.pipeline.limit_threads", lambda: None)

    daemon.preload()  # the daemon goes on; tasks will raise the real error

    assert "pipeline not preloaded: OSError" in capsys.readouterr().err
    assert job._EXECUTOR_NLP == {}
