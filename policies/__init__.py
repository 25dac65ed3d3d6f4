"""Custom Rasa dialogue policies (see config.yml)."""
