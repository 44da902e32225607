"""`python main.py doctor`: checks this machine and says how to fix what is missing."""

from doctor.checks import Check, run_doctor

__all__ = ["Check", "run_doctor"]
