"""The Qt desktop window. The only package that imports Qt; it calls the GUI-free core and never runs SQL."""
