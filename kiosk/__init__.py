"""The resident's touchscreen kiosk."""
