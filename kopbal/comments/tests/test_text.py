import pytest

from kopbal.comments.text import InvalidText, clean, to_html


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "lege reactie"),
        ("   \n\t  ", "lege reactie"),
        ("x" * 2001, "2001 tekens"),
        ("Goed\u200bgespeeld", "onzichtbare"),
        ("Goed \u202egespeeld", "onzichtbare"),
        ("Mooi <script>alert(1)</script>", "HTML"),
        ('<img src=x onerror="alert(1)">', "HTML"),
        ("<b>vet</b>", "HTML"),
        ("klik javascript:alert(1)", "http"),
        ("JaVaScRiPt:alert(1)", "http"),
    ],
)
def test_bad_text_is_refused_with_a_dutch_reason(text, message):
    with pytest.raises(InvalidText) as refused:
        clean(text)
    assert message in refused.value.message


def test_text_of_exactly_2000_characters_is_accepted():
    assert clean("a" * 2000) == "a" * 2000


def test_surrounding_whitespace_is_trimmed_and_smileys_are_fine():
    assert clean("  Wat een goal! 😀 3 < 4  ") == "Wat een goal! 😀 3 < 4"


def test_links_become_clickable_and_everything_else_is_escaped():
    html = to_html('Zie https://example.com/a?b=1&c=2 en "x" < y')
    assert (
        '<a href="https://example.com/a?b=1&amp;c=2" rel="nofollow ugc noopener noreferrer">'
        in html
    )
    assert "&lt; y" in html
    assert "<script" not in html


def test_paragraphs_and_line_breaks_are_kept():
    assert str(to_html("Een\ntwee\n\nDrie")) == "<p>Een<br>twee</p><p>Drie</p>"


@pytest.mark.parametrize("emoji", ["👨\u200d👩\u200d👧", "🏳\ufe0f\u200d🌈", "🏃🏽\u200d♀\ufe0f"])
def test_emoji_joined_by_zero_width_joiners_are_accepted(emoji):
    assert clean(f"Wat een feest {emoji}") == f"Wat een feest {emoji}"


@pytest.mark.parametrize("text", ["Goed\u200dgespeeld", "x\u200d👍", "nul\x00byte", "bel\x07"])
def test_joiners_between_letters_and_control_characters_are_refused(text):
    with pytest.raises(InvalidText):
        clean(text)
