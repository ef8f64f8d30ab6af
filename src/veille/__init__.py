"""veille: news intelligence. Articles in, a sourced map of actors, quotes, money and relations out.

Public API (kept small; checked by tests/test_public_api.py):
    build_nlp, analyse_batch, run_analysis, Article, DocumentAnalysis, VeilleError
"""

from .errors import VeilleError
from .models import Article, DocumentAnalysis

__all__ = ["Article", "DocumentAnalysis", "VeilleError", "analyse_batch", "build_nlp", "run_analysis"]


def __getattr__(name: str):
    # Lazy: importing veille must not load spaCy (the CLI's --help stays instant).
    if name in ("analyse_batch", "run_analysis"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "build_nlp":
        from .nlp.build import build_nlp

        return build_nlp
    raise AttributeError(name)
