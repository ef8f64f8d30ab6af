"""The bulk MinHash of stories.text_signature must stay bit for bit datasketch's:
stored signatures and LSH bands of existing stores are compared with new ones."""

import numpy as np
import pytest
from datasketch import MinHash

from veille.resolve.stories import NUM_PERM, SHINGLE_WORDS, _permutations, text_signature


def _reference(text: str) -> bytes:
    # The scheme as first written: a set of space-joined shingles fed to update_batch.
    import re

    words = re.findall(r"\w+", text.lower())
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    m = MinHash(num_perm=NUM_PERM, scheme="affine32", permutations=_permutations(NUM_PERM))
    m.update_batch([s.encode("utf-8") for s in shingles])
    return m.hashvalues.astype(np.uint32).tobytes()


@pytest.mark.parametrize("text", [
    "",
    "Grève",
    "Le maire de Saint-Étienne a démissionné",
    "Le maire de Saint-Étienne a démissionné jeudi soir, après deux ans de conflit avec l'opposition.",
    # Repeated shingles and non-ASCII words of several byte lengths.
    "Œuvre d’art, œuvre d’art, œuvre d’art : la ministre Élodie Ngô l’a dit, la ministre l’a redit. " * 3,
    "naïve façon — 2024 ÉTÉ brûlant\n\nà Besançon, Zoé et Anaïs",
])
def test_text_signature_is_datasketch_update_batch(text):
    assert text_signature(text).hashvalues.astype(np.uint32).tobytes() == _reference(text)
