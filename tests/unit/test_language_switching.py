"""Language switching: the `language` slot across a conversation, through Rasa's own slot extraction.

Messages are parsed by the LanguageDetector (or, for the widget's payload, by
Rasa's regex handler, as in production) and the slot is filled by Rasa's
`action_extract_slots` with the domain's mappings. No trained model is needed.
"""
from pathlib import Path

import pytest
from rasa.core.actions.action import ActionExtractSlots
from rasa.core.channels import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
from rasa.shared.nlu.training_data.message import Message

from common.facts import render
from nlu_components.language import LanguageDetector

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.from_yaml(render((ROOT / "domain.yml").read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector(LanguageDetector.get_default_config())


class Conversation:
    """A tracker fed message by message, as the Rasa server does it."""

    def __init__(self, domain: Domain, detector: LanguageDetector) -> None:
        self.domain, self.detector = domain, detector
        self.tracker = DialogueStateTracker.from_events("conv", [], slots=domain.slots)

    def parse(self, text: str, intent: str) -> dict:
        message = Message(data={"text": text})
        message.set("intent", {"name": intent, "confidence": 0.9})
        message.set("intent_ranking", [{"name": intent, "confidence": 0.9}])
        self.detector.process([message])
        message = YAMLStoryReader.unpack_regex_message(message, self.domain)
        return message.as_dict()

    async def say(self, text: str, intent: str = "greet") -> str:
        parse = self.parse(text, intent)
        self.tracker.update(UserUttered(text, parse["intent"], parse.get("entities", [])))
        events = await ActionExtractSlots(None).run(
            CollectingOutputChannel(), TemplatedNaturalLanguageGenerator(self.domain.responses),
            self.tracker, self.domain)
        for event in events:
            self.tracker.update(event)
        self.tracker.update(ActionExecuted("action_listen"))
        return self.tracker.get_slot("language")


async def test_the_reply_language_follows_whole_messages_both_ways(domain, detector):
    chat = Conversation(domain, detector)
    assert chat.tracker.get_slot("language") == "sv"
    assert await chat.say("hej, jag undrar hur skyddat boende funkar") == "sv"
    assert await chat.say("sorry can we talk about protected housing in english") == "en"
    assert await chat.say("what happens if i call social services") == "en"
    assert await chat.say("okej men vad händer om jag ringer socialtjänsten") == "sv"


async def test_an_explicit_choice_holds_over_short_and_unclear_messages(domain, detector):
    chat = Conversation(domain, detector)
    assert await chat.say('/set_language{"language": "en"}') == "en"
    for text in ("ok", "ja", "👍", "112", "hmm"):
        assert await chat.say(text, intent="affirm") == "en", text
    assert await chat.say('/set_language{"language": "sv"}') == "sv"
    assert await chat.say("ok", intent="affirm") == "sv"


async def test_an_explicit_choice_gives_way_to_a_whole_message_in_the_other_language(
    domain, detector
):
    chat = Conversation(domain, detector)
    assert await chat.say('/set_language{"language": "en"}') == "en"
    assert await chat.say("mina föräldrar vill att jag gifter mig med min kusin") == "sv"


async def test_a_typed_request_switches_to_the_language_it_names(domain, detector):
    chat = Conversation(domain, detector)
    assert await chat.say("kan du skriva på engelska", intent="set_language") == "en"
    assert await chat.say("can you answer in swedish please", intent="set_language") == "sv"


async def test_a_message_in_another_language_leaves_the_language_unchanged(domain, detector):
    chat = Conversation(domain, detector)
    assert await chat.say("what is forced marriage") == "en"
    assert await chat.say("أحتاج مساعدة عائلتي تريد أن تزوجني") == "en"
    assert chat.tracker.latest_message.intent["name"] == "other_language"
