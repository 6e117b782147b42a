"""One vote per reader across log-in: a browser's anonymous votes follow it into the account."""

from django.contrib.auth.signals import user_logged_in


def claim_anonymous_votes(sender, request, user, **kwargs):
    from .services import votes_claim
    from .voters import cookie_voter_key

    if request is None:
        return
    key = cookie_voter_key(request)
    if key is not None:
        votes_claim(voter_key=key, user=user)


def register_signal_handlers():
    user_logged_in.connect(claim_anonymous_votes, dispatch_uid="kopbal_polls_claim_votes")
