"""The procedure catalog, form templates, questions and the life-event navigator (issue #4; not yet built)."""
