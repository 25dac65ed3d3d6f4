"""Tracker stores used by the Rasa server (endpoints.yml)."""
