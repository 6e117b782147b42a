"""Agency text made safe and tidy before it becomes rich text."""

from kopbal.ingest.entries import body_html, inline_html
from kopbal.ingest.readers import ninjs


def test_an_intro_of_two_paragraphs_reads_as_one_with_a_space():
    assert inline_html("<p>Eerste zin.</p>\n<p>Tweede zin.</p>") == "<p>Eerste zin. Tweede zin.</p>"


def test_event_handlers_styles_and_unsafe_links_are_dropped_from_the_body():
    html = body_html(
        '<div style="color:red"><p onmouseover="x()">Goal!</p>'
        '<style>p{}</style><a href="data:text/html,boe">klik</a></div>'
    )
    assert html == "<p>Goal!</p><p><a>klik</a></p>"


def test_loose_text_in_the_body_becomes_paragraphs():
    assert body_html("Eerste alinea.<br><br>Tweede alinea.") == (
        "<p>Eerste alinea.</p><p>Tweede alinea.</p>"
    )


def test_loose_text_between_paragraphs_and_lists_gets_a_paragraph_of_its_own():
    html = body_html(
        "Vooraf <b>vet</b><br><p>Alinea.</p>tussen<ul><li>een <ul><li>twee</li></ul></li></ul>"
        "slot<br><br>nog een"
    )
    assert html == (
        "<p>Vooraf <b>vet</b></p><p>Alinea.</p><p>tussen</p>"
        "<ul><li>een <ul><li>twee</li></ul></li></ul><p>slot</p><p>nog een</p>"
    )


def test_a_wrapped_headline_is_one_line():
    entry = ninjs.parse({"uri": "urn:x", "headline": "Club Brugge\n   wint   opnieuw"})
    assert entry.headline == "Club Brugge wint opnieuw"


def test_a_ninjs_body_in_plain_text_is_escaped():
    entry = ninjs.parse({"uri": "urn:x", "headline": "Kop", "body_text": "1 < 2 & <b>vet</b>"})
    assert entry.body == "<p>1 &lt; 2 &amp; &lt;b&gt;vet&lt;/b&gt;</p>"
