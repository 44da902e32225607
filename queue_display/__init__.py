"""The waiting-room display: numbers called, waiting counts. Never names."""
