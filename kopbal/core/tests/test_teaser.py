from hypothesis import given
from hypothesis import strategies as st

from kopbal.core.text import plain_text, summary, teaser


def test_short_intro_stands_whole():
    assert teaser("<p>Genk wint met 2-0.</p>") == "Genk wint met 2-0."


def test_intro_of_exactly_the_limit_is_not_cut():
    text = "a" * 40 + " " + "b" * 59  # 100 characters
    assert teaser(text) == text


def test_long_intro_is_cut_at_a_word_boundary_with_ellipsis():
    intro = (
        "<p>De Limburgers hebben een drukke week achter de rug, met een zege in Europa "
        "en een nipte overwinning in de competitie tegen een taaie tegenstander.</p>"
    )
    result = teaser(intro)
    assert result.endswith("\u00a0\u2026")
    head = result.removesuffix("\u00a0\u2026")
    assert len(head) <= 100
    assert plain_text(intro).startswith(head)
    # The cut falls between words: the next character of the full text is a space.
    assert plain_text(intro)[len(head)] == " "


def test_markup_in_the_intro_is_dropped_and_entities_decoded():
    intro = '<p><b>Club Brugge</b> &amp; <a href="/x/">Cercle</a> delen het stadion.</p>'
    assert teaser(intro) == "Club Brugge & Cercle delen het stadion."


def test_inline_tags_do_not_split_a_word():
    assert teaser("<p>Ge<i>nk</i> wint</p>") == "Genk wint"


def test_paragraph_breaks_become_spaces():
    assert teaser("<p>Eerste.</p><p>Tweede.</p>") == "Eerste. Tweede."


def test_script_text_is_returned_as_plain_text_for_escaping():
    # The teaser is text, not markup: the template escapes it.
    assert teaser("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>") == "<script>alert(1)</script>"


def test_one_enormous_word_is_cut_hard():
    assert teaser("x" * 150) == "x" * 100 + "\u2026"


def test_cut_after_a_full_sentence_gets_no_ellipsis():
    intro = "<p>Genk wint de topper. " + "Daarna volgt een lange uitleg " * 5 + "</p>"
    assert teaser(intro, length=25) == "Genk wint de topper."
    assert teaser("<p>Wat een goal! " + "Het stadion ontplofte " * 6 + "</p>", 15) == (
        "Wat een goal!"
    )


def test_cut_after_a_quote_that_ends_a_sentence_gets_no_ellipsis():
    intro = '<p>"We winnen." ' + "Dat zei de trainer na de training " * 4 + "</p>"
    assert teaser(intro, length=14) == '"We winnen."'


def test_text_with_its_own_ellipsis_gets_no_second_one():
    intro = "<p>En dan\u2026 " + "de bal ging erin na een lange aanloop " * 4 + "</p>"
    assert teaser(intro, length=8) == "En dan\u2026"


def test_cut_text_ends_with_one_ellipsis_after_a_space_never_dot_space_dots():
    intro = "<p>Genk wint, Gent verliest en Club speelt gelijk in een " + "x " * 80 + "</p>"
    result = teaser(intro, length=40)
    assert result == "Genk wint, Gent verliest en Club speelt\u00a0\u2026"
    assert ". ..." not in result and "..." not in result


words = st.lists(st.text(alphabet="abcdefghijëé,.", min_size=1, max_size=15), max_size=40)


@given(words)
def test_teaser_is_a_prefix_of_the_text_and_never_too_long(parts):
    text = " ".join(parts)
    result = teaser(text)
    full = plain_text(text)
    if len(full) <= 100:
        assert result == full
    else:
        head = result.removesuffix("\u2026").removesuffix("\u00a0")
        assert len(head) <= 100
        assert full.startswith(head)
        # Either a whole sentence, or one ellipsis: never ". ..." nor "..…".
        assert result.count("\u2026") <= full[: len(head)].count("\u2026") + 1
        assert not result.endswith((". \u2026", ".\u00a0\u2026", "...", " ..."))
        if result == head:
            assert head.endswith((".", "!", "?", "\u2026", '"', "'", ")"))


def test_summary_keeps_whole_sentences_within_160_characters():
    intro = (
        "<p>Anderlecht won de Clasico tegen Standard met 3-1. Het Lotto Park zag een ploeg "
        "die eindelijk weer durfde te voetballen. Trainer Besnik Hasi sprak na afloop van "
        "de beste wedstrijd van het seizoen.</p>"
    )
    assert summary(intro) == (
        "Anderlecht won de Clasico tegen Standard met 3-1. Het Lotto Park zag een ploeg die "
        "eindelijk weer durfde te voetballen."
    )


def test_summary_of_one_long_sentence_stops_at_a_word_without_ellipsis():
    intro = "<p>" + " ".join(["Genk"] + ["en nog een lange zin zonder einde"] * 8) + "</p>"
    result = summary(intro)
    assert len(result) <= 160
    assert not result.endswith(("...", ".", ","))
    assert plain_text(intro)[len(result)] == " "


def test_summary_keeps_a_closing_quote_with_its_sentence():
    quote = '"We hebben de hele week aan niets anders gedacht dan aan deze derby tegen Antwerp."'
    rest = "Daarna volgde een lange uitleg over de tactiek, de opstelling en de vele wissels."
    intro = f"<p>{quote} {rest}</p>"
    assert summary(intro) == quote


@given(words)
def test_summary_is_a_prefix_of_the_text_without_ellipsis(parts):
    text = " ".join(parts)
    result = summary(text)
    full = plain_text(text)
    assert full.startswith(result)
    assert len(result) <= 160
    if len(full) <= 160:
        assert result == full
    else:
        assert not result.endswith(" ...")
        assert not full[len(result)].isalnum()  # never in the middle of a word
