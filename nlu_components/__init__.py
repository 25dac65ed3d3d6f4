"""Custom Rasa NLU components that run inside the Rasa server (see config.yml)."""
