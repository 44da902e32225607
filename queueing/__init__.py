"""The queue: services, counters, tickets and their state machine. Pure Python, no storage, no Qt."""
