"""Stödchatten's action server: one module per concern, shared behaviour in base.py."""
