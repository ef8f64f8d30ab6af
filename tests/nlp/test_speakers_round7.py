"""Speaker attribution, round 7 (issue #3): error classes of the development half
quotes-dev3 that recur across halves. Every sentence is invented (fictional people)."""

from __future__ import annotations

import pytest
from helpers import quote_speakers


def speakers(nlp, text, kinds=("direct", "partial")):
    return [name for _, name, _ in quote_speakers(nlp, text, kinds)]


@pytest.mark.model
def test_round7_detached_participle_is_no_subject(nlp):
    # the parser takes the sentence-initial participle for the subject; the
    # speakers are the noun phrase after the comma
    text = (
        "Interrogés par la presse locale, des commerçants ont assuré que « la situation "
        "devient intenable pour tout le quartier »."
    )
    assert speakers(nlp, text) == ["des commerçants"]
