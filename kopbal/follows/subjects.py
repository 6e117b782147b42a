"""The three kinds of subject a reader can follow, and how readers' URLs name them."""

from dataclasses import dataclass

from kopbal.football.models import Club, Competition, Person


@dataclass(frozen=True)
class Kind:
    name: str  # the Follow.kind value and the key in "club:anderlecht"
    param: str  # how URLs and the public JSON spell it (Dutch, like the tag pages)
    model: type


KINDS = {
    "club": Kind("club", "club", Club),
    "person": Kind("person", "persoon", Person),
    "competition": Kind("competition", "competitie", Competition),
}
BY_PARAM = {kind.param: kind for kind in KINDS.values()}


def kind_of(subject) -> Kind:
    return KINDS[subject.tag_route]


def key(subject) -> str:
    """'club:anderlecht': how follow.js and localStorage name a subject."""
    return f"{subject.tag_route}:{subject.slug}"


def subject_get(param: str, slug: str):
    """The club, person or competition a URL names, or None."""
    kind = BY_PARAM.get(param)
    if kind is None:
        return None
    return kind.model.objects.filter(slug=slug).first()
