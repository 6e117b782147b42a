"""Poll results as readers see them: counts, and percentages that add up to exactly 100."""

from dataclasses import dataclass


def largest_remainder_percentages(counts: list[int]) -> list[int]:
    """Whole percentages for `counts` that sum to exactly 100 (all 0 when nobody voted).

    Each share is rounded down; the points still missing go to the largest remainders,
    ties to the earlier choice, so the result is stable.
    """
    total = sum(counts)
    if total == 0:
        return [0] * len(counts)
    exact = [count * 100 / total for count in counts]
    floors = [int(count * 100 // total) for count in counts]
    missing = 100 - sum(floors)
    by_remainder = sorted(range(len(counts)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in by_remainder[:missing]:
        floors[i] += 1
    return floors


@dataclass(frozen=True)
class ChoiceResult:
    id: int
    label: str
    votes: int | None
    percent: int | None


@dataclass(frozen=True)
class PollResults:
    total: int
    visible: bool
    choices: list[ChoiceResult]


def poll_results(poll, choices, counts: dict[int, int], *, visible: bool) -> PollResults:
    """Results for `choices` in order; hidden results keep labels but drop the numbers."""
    numbers = [counts.get(choice.pk, 0) for choice in choices]
    percents = largest_remainder_percentages(numbers)
    return PollResults(
        total=sum(numbers),
        visible=visible,
        choices=[
            ChoiceResult(
                id=choice.pk,
                label=choice.label,
                votes=number if visible else None,
                percent=percent if visible else None,
            )
            for choice, number, percent in zip(choices, numbers, percents, strict=True)
        ],
    )
