"""Kopbal: a Dutch-language football news site."""
