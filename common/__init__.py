"""Code shared by the action server, the Rasa components and the scripts."""
