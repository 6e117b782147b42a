"""Words as search sees them: folded (lower case, no accents), Dutch stems, verb forms.

PostgreSQL's `dutch` text search configuration stems with the Snowball Dutch (Porter)
algorithm; `snowballstemmer`'s `dutch_porter` is the same algorithm, so SQLite's index and
the highlighting of matches stem exactly as PostgreSQL does.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"\w+")
# Snowball's Dutch stop words (the list PostgreSQL's `dutch` configuration drops), and the
# French and English articles of club names ("les Zèbres", "The Great Old"): never indexed
# on SQLite, never searched.
_STOP_WORDS_TEXT = """
    aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door
    dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun
    iemand iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet
    niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van
    veel voor want waren was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo
    zonder zou les la le du des the
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())
_porter = snowballstemmer.stemmer("dutch_porter")
# The newer Snowball Dutch stemmer strips "ge-" and verb endings ("gescoord", "scoren" ->
# "scoor"): used only to guess the other forms of a searched verb (see word_forms).
_kraaij = snowballstemmer.stemmer("dutch")
_VOWELS = "aeiouy"


def fold(text: str) -> str:
    """Lower case without accents: "Liège" -> "liege"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The folded words of `text`, in order; signs and operators are no words."""
    return _WORD.findall(fold(text).replace("_", " "))


@lru_cache(maxsize=20000)
def stem(word: str) -> str:
    """The Dutch stem of a folded word, as PostgreSQL's dutch_stem makes it."""
    return _porter.stemWord(word)


def index_text(text: str) -> str:
    """What SQLite's FTS table stores: the stems of the words, stop words left out."""
    return " ".join(stem(w) for w in words(text) if w not in STOP_WORDS)


def word_forms(word: str) -> list[str]:
    """Other forms of a Dutch verb or noun, so "scoort" also finds "gescoord" and "scoren".

    Snowball's Dutch stems leave the verb forms apart ("scoort", "scoord", "scor",
    "gescoord"). From the root (the newer stemmer's stem) the regular forms are built:
    present, past, participle, infinitive, with the spelling rules for open syllables.
    Forms nobody writes match nothing; they only cost a term in the query.
    """
    if len(word) < 4 or not word.isalpha():
        return [word]
    root = _kraaij.stemWord(word)
    if root == word and word[-1] in "td":
        root = word[:-1]  # "scoort" -> "scoor": the newer stemmer keeps the -t
    roots = {root}
    # Open syllable before -en: "scoor" -> "scoren", "maak" -> "maken"; "stop" -> "stoppen".
    if len(root) >= 3 and root[-1] not in _VOWELS:
        if root[-2] == root[-3] and root[-2] in _VOWELS:
            roots.add(root[:-2] + root[-1])
        elif root[-2] in _VOWELS and root[-3] not in _VOWELS:
            roots.add(root + root[-1])
    forms = {word, root, root + "t", root + "d"}
    for r in roots:
        inflected = {"f": "v", "s": "z"}.get(r[-1], r[-1])
        stem_for_en = r[:-1] + inflected
        forms.update({stem_for_en + "en", stem_for_en + "end", r + "de", r + "te"})
        forms.update({r + "den", r + "ten", stem_for_en + "ende"})
    forms.update({"ge" + root + "d", "ge" + root + "t"})
    if word.startswith("ge") and not root.startswith("ge"):
        forms.add(word[2:])
    return sorted(forms)
