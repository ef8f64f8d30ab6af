"""Speaker attribution, round 5 (issue #3): a participle the tagger misreads after
an adverb ("a aussitôt tweeté"), ... Every sentence is invented (fictional people)."""

from __future__ import annotations

import pytest
from helpers import quote_speakers


def speakers(nlp, text):
    return quote_speakers(nlp, text, ("direct", "partial"))


@pytest.mark.model
@pytest.mark.parametrize("verb", ["a aussitôt tweeté", "a tweeté"])
def test_round5_participle_tagged_as_a_name_after_an_adverb(nlp, verb):
    # the tagger reads "tweeté" as a proper noun (or X); after the auxiliary, even
    # with an adverb between, it is the participle of a speech verb
    text = f"« Nous avons bien travaillé », {verb} Paul Verdier."
    names = [name for _, name, _ in speakers(nlp, text)]
    assert names == ["Paul Verdier"]
