"""The queue's own error, in a module of its own: the services, the notices and the windows all raise or
catch it, and none of them needs the others for it."""


class QueueError(Exception):
    """An operation a clerk asked for cannot be done; the message says why, for the clerk."""
