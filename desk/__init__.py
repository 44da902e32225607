"""The clerk's desk."""
