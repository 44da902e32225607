"""Shared Qt pieces for the kiosk, desk and display windows: theme, application set-up, change watching."""
