"""Which advice topic a kind of harm belongs to (docs/labelling.md).

One table for the Rasa server (SafetySignals: a personal statement in a harm topic is harm; a
harm under a light intent becomes its topic) and the action server (a disclosure answer adds the
core of its harm's topic).
"""
from typing import Dict

# topic intent -> the harm category the danger detector uses for it
HARM_TOPICS: Dict[str, str] = {
    "ask_control": "control",
    "ask_forced_marriage": "forced_marriage",
    "ask_child_marriage": "child_marriage",
    "ask_taken_abroad": "taken_abroad",
    "ask_fgm": "fgm",
}
# harm category -> its topic intent; harm of no topic (violence, threats) is a plain disclosure
# (the short names "marriage" and "abroad" are accepted too)
TOPIC_OF_HARM: Dict[str, str] = {
    **{category: topic for topic, category in HARM_TOPICS.items()},
    "marriage": "ask_forced_marriage",
    "abroad": "ask_taken_abroad",
}
