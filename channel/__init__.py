"""The web chat widget's Rasa input channel (`channel.webchat.WebchatInput`)."""
