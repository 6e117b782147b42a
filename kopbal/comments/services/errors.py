class CommentRefused(Exception):
    """A refused comment action: the HTTP status, a code for scripts, a Dutch message."""

    def __init__(self, message, *, status: int = 400, code: str = "invalid"):
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
