"""A story's label is the same in every process (no dependence on the hash seed)."""

from __future__ import annotations

import os
import subprocess
import sys

from helpers import analysed_pair

_ACTORS = (("Marc Delaunay", "PER", (), ("Marc Delaunay",)), ("Néoria", "ORG", (), ("Néoria",)))
_LABEL = (
    "from veille.store import Store; from veille.resolve.stories import story_label;"
    "s = Store(sys.argv[1]); ((sid, _),) = list(s.iter_story_ids()); print(story_label(s, sid))"
)


def test_story_label_title_word_ties_go_to_the_first_word_whatever_the_hash_seed(store, ingest):
    text = "Marc Delaunay poursuit Néoria en justice. Néoria conteste la plainte de Marc Delaunay."
    ingest(analysed_pair("t1", text, entities=_ACTORS, title="Tribunal, plainte, audience, expertise",
                         published="2025-03-04"))
    labels = set()
    for seed in ("0", "1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", "import sys;" + _LABEL, store.path],
                             env=env, capture_output=True, text=True, check=True)
        labels.add(out.stdout.strip())
    assert labels == {"Marc Delaunay, Néoria · tribunal"} or labels == {"Néoria, Marc Delaunay · tribunal"}
