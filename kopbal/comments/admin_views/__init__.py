"""The moderation admin: queues, actions on comments, bans and closed discussions.

Every write is a POST that goes through `kopbal.comments.services`, which log it.
"""
