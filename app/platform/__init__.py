"""Everything Amanat asks of the operating system, one module per concern, no Qt."""
