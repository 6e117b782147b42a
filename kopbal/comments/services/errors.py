class CommentRefused(Exception):
    """A refused comment action: the HTTP status, a code for scripts, a Dutch message, and
    for a rate limit the seconds until the reader may try again (sent as Retry-After)."""

    def __init__(
        self, message, *, status: int = 400, code: str = "invalid", retry_after: int | None = None
    ):
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.retry_after = retry_after
