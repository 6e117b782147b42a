from hypothesis import given
from hypothesis import strategies as st

from kopbal.polls.results import largest_remainder_percentages


def test_thirds_round_to_exactly_100_with_the_extra_point_to_the_first():
    assert largest_remainder_percentages([1, 1, 1]) == [34, 33, 33]


def test_largest_remainder_gets_the_missing_point():
    # 2/7 = 28.57, 5/7 = 71.43: floors 28 + 71 = 99, the .57 remainder wins.
    assert largest_remainder_percentages([2, 5]) == [29, 71]


def test_no_votes_gives_zero_everywhere():
    assert largest_remainder_percentages([0, 0, 0]) == [0, 0, 0]


def test_unanimous_vote_is_100_and_0():
    assert largest_remainder_percentages([0, 12]) == [0, 100]


@given(st.lists(st.integers(min_value=0, max_value=10**7), min_size=2, max_size=10))
def test_percentages_always_sum_to_100_and_stay_within_one_point(counts):
    percents = largest_remainder_percentages(counts)
    total = sum(counts)
    if total == 0:
        assert percents == [0] * len(counts)
        return
    assert sum(percents) == 100
    for count, percent in zip(counts, percents, strict=True):
        exact = count * 100 / total
        assert exact - 1 < percent < exact + 1
        assert count > 0 or percent == 0
