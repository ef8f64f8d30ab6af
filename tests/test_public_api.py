"""The public API is small and deliberate: __all__ is checked exactly."""

import veille


def test_public_api_all_is_exactly_the_documented_names():
    assert sorted(veille.__all__) == sorted(
        ["Article", "DocumentAnalysis", "VeilleError", "analyse_batch", "build_nlp", "run_analysis"]
    )


def test_public_api_every_name_resolves():
    for name in veille.__all__:
        assert getattr(veille, name) is not None


def test_public_api_import_does_not_load_spacy():
    import subprocess
    import sys

    code = "import sys, veille; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
