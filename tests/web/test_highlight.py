"""The server-side highlighter: offsets to nested, escaped HTML."""

from __future__ import annotations

from html.parser import HTMLParser

from veille.web.highlight import INNER, OUTER, Mark, render


class _Collect(HTMLParser):
    """Text per element path, and a check that every end tag closes the innermost open tag."""

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, dict]] = []
        self.pieces: list[tuple[tuple[str, ...], str]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append((tag, dict(attrs)))
        self.tags.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        self.pieces.append((tuple(a.get("class", "") for _, a in self.stack), data))


def parse(html: str) -> _Collect:
    parser = _Collect()
    parser.feed(html)
    parser.close()
    assert not parser.stack, "unclosed tags"
    return parser


def test_highlight_text_is_unchanged_once_tags_are_removed():
    text = "Selon Léa Fontanel, « le rachat coûtera 12 millions d'euros » dès mars."
    marks = [
        Mark(text.index("«"), text.index("»") + 1, OUTER, "quote"),
        Mark(text.index("Léa"), text.index(","), INNER, "ent", href="/entities/per-lea-fontanel"),
        Mark(text.index("12"), text.index(" »"), INNER, "amt"),
        Mark(text.index("mars"), text.index("mars") + 4, INNER, "date"),
    ]
    parsed = parse(str(render(text, marks)))
    assert "".join(data for _, data in parsed.pieces) == text
    inside = {data: classes for classes, data in parsed.pieces}
    assert inside["12 millions d'euros"] == ("quote", "amt")
    assert inside["Léa Fontanel"] == ("ent",)


def test_highlight_escapes_markup_inside_and_outside_marks():
    text = "Avant <script>alert(1)</script> puis <img src=x onerror=alert(2)> & fin"
    marks = [Mark(text.index("<script>"), text.index("</script>") + 9, INNER, "date", title='"><b>')]
    html = str(render(text, marks))
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert 'title="&#34;&gt;&lt;b&gt;"' in html
    parsed = parse(html)
    assert parsed.tags == ["span"]
    assert "".join(data for _, data in parsed.pieces) == text


def test_highlight_overlapping_marks_stay_well_nested():
    text = "abcdefghij"
    marks = [
        Mark(1, 6, OUTER, "q1"),
        Mark(4, 9, OUTER, "q2"),  # overlaps q1: cut where q1 ends
        Mark(3, 8, INNER, "e1"),  # crosses both quote boundaries
        Mark(5, 6, INNER, "e2"),  # innermost wins
    ]
    parsed = parse(str(render(text, marks)))
    assert "".join(data for _, data in parsed.pieces) == text
    by_text = dict((data, classes) for classes, data in parsed.pieces)
    assert by_text["f"] == ("q1", "e2")
    assert by_text["gh"] == ("q2", "e1")


def test_highlight_ignores_marks_outside_the_text():
    html = str(render("court", [Mark(2, 99, INNER, "x"), Mark(-1, 2, INNER, "y"), Mark(3, 3, INNER, "z")]))
    assert html == "court"
