"""The one extraction function (analyse_batch) and the embedded parallel runner (run_analysis)."""

from __future__ import annotations

import itertools

import pytest

from veille.models import Article
from veille.pipeline import analyse_batch, default_workers, run_analysis

# Fictional French news, written for these tests.
_TEXTS = (
    "La société Brivane a annoncé lundi 4 mars 2024 une levée de 12 millions d'euros. "
    "« Nous allons recruter cinquante ingénieurs », a déclaré sa présidente, Léa Morvan.",
    "Le maire de Quimperlé, Paul Garrec, a porté plainte contre l'entreprise Solmer. "
    "Selon lui, le chantier a coûté 3,5 millions d'euros de trop.",
    "Camille Darras quitte la direction de la banque Ortalis après huit ans. "
    "Elle sera remplacée par Hugo Lenoir, a indiqué le conseil d'administration.",
    "Le groupe Tévenac rachète la start-up nantaise Pluvia pour un montant non divulgué, "
    "environ 40 % de son chiffre d'affaires annuel selon les analystes.",
)


def _articles(n: int, *, english_every: int = 0) -> list[Article]:
    out = []
    for i in range(n):
        english = english_every and i % english_every == english_every - 1
        text = "The board met on Tuesday." if english else _TEXTS[i % len(_TEXTS)] + f" (dépêche {i})"
        out.append(
            Article(
                id=f"d{i:03d}",
                text=text,
                lang="en" if english else "fr",
                published=f"2024-03-{1 + i % 28:02d}",
            )
        )
    return out


@pytest.fixture(scope="module")
def blank_pipeline():
    from veille.nlp.build import build_nlp

    return build_nlp("blank")


def test_pipeline_analyse_batch_keeps_order_and_skips_unsupported_languages(blank_pipeline):
    articles = _articles(7, english_every=3)
    results = analyse_batch(blank_pipeline, articles, batch_size=2)
    assert [r.doc_id for r in results] == [a.id for a in articles]
    for article, result in zip(articles, results):
        if article.lang == "fr":
            assert result.status == "analysed"
            assert result.n_tokens == len(blank_pipeline.make_doc(article.text))
        else:
            assert result.status == "skipped"
            assert "en" in result.reason
            assert result.n_tokens == 0


def test_pipeline_analyse_batch_skips_unknown_language(blank_pipeline):
    [result] = analyse_batch(blank_pipeline, [Article(id="x", text="???", lang=None)])
    assert result.status == "skipped"
    assert "unknown" in result.reason


def test_pipeline_run_analysis_two_workers_equal_one_worker():
    articles = _articles(45, english_every=4)
    one = list(run_analysis(articles, workers=1, model="blank", batch_size=4))
    two = list(run_analysis(iter(articles), workers=2, model="blank", batch_size=4))
    assert [a.id for a, _ in two] == [a.id for a in articles]
    assert two == one


def test_pipeline_run_analysis_reports_every_batch_in_order():
    seen: list[str] = []
    articles = _articles(10)
    out = list(
        run_analysis(
            articles, workers=2, model="blank", batch_size=3,
            on_batch=lambda pairs: seen.extend(a.id for a, _ in pairs),
        )
    )
    assert seen == [a.id for a in articles] == [a.id for a, _ in out]


@pytest.mark.parametrize("workers", [1, 2])
def test_pipeline_run_analysis_consumes_input_lazily(workers):
    """The first result arrives after a bounded number of articles were read (streaming)."""
    consumed = 0

    def endless():
        nonlocal consumed
        for i in itertools.count():
            consumed += 1
            yield Article(id=f"s{i}", text=_TEXTS[i % len(_TEXTS)], lang="fr")

    stream = run_analysis(endless(), workers=workers, model="blank", batch_size=5)
    first = next(stream)
    assert first[0].id == "s0"
    # At most 2 * workers batches in flight, plus the one being read.
    assert consumed <= (2 * workers + 1) * 5
    stream.close()  # must not hang on queued batches


def test_pipeline_run_analysis_single_batch_starts_no_worker(monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started for one batch")

    monkeypatch.setattr("veille.pipeline.ProcessPoolExecutor", no_pool)
    articles = _articles(3)
    out = list(run_analysis(articles, workers=4, model="blank", batch_size=8))
    assert [a.id for a, _ in out] == [a.id for a in articles]
    assert list(run_analysis([], workers=4, model="blank")) == []


def test_pipeline_default_workers_is_at_least_one():
    assert default_workers() >= 1


@pytest.mark.model
def test_pipeline_full_model_two_workers_equal_one_worker(nlp):
    """Same DocumentAnalysis values from the full pipeline in-process and in 2 workers."""
    articles = _articles(12, english_every=5)
    in_process = analyse_batch(nlp, articles)
    two = [analysis for _, analysis in run_analysis(articles, workers=2, batch_size=4)]
    assert two == in_process
    assert any(a.n_tokens > 0 for a in two)


@pytest.mark.model
def test_pipeline_ingest_examples_two_workers_same_export_as_one(nlp, monkeypatch, tmp_path):
    """`veille ingest --workers 2` and `--workers 1` give the same export of examples/."""
    import io

    from helpers import EXAMPLES
    from helpers import reuse_model

    from veille.export import export
    from veille.ingest import ingest
    from veille.store import Store

    def exported(db: str, workers: int) -> str:
        out = io.StringIO()
        with Store(db) as store:
            ingest([str(EXAMPLES)], store, workers=workers, batch_size=4)
            export(store, format="json", out=None, stdout=out)
        return out.getvalue()

    # Two workers first: each loads its own pipeline (before the session's is patched in).
    two = exported(str(tmp_path / "two.db"), 2)
    reuse_model(monkeypatch, nlp)
    one = exported(str(tmp_path / "one.db"), 1)
    assert '"documents": [' in one and one.count('"doc_id"') > 10
    assert two == one
