"""The only package that speaks SQL. Everything else receives dataclasses."""
