"""Tools for the people who build Madoguchi, not part of the product: the screenshot renderers
(`python main.py screenshots DIR`). Nothing in the product imports them."""
