"""LanguageDetector: reply language per message, typed language requests, other languages."""
from pathlib import Path

import pytest
import yaml
from rasa.shared.nlu.training_data.message import Message

from nlu_components.language import LanguageDetector, non_latin_share

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector(LanguageDetector.get_default_config())


def parsed(detector, text, intent="nlu_fallback", ranking=None):
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": 0.6})
    message.set("intent_ranking", ranking or [{"name": intent, "confidence": 0.6}])
    detector.process([message])
    languages = [e["value"] for e in message.get("entities", []) if e["entity"] == "language"]
    return message.get("intent")["name"], languages


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("mina föräldrar vill att jag gifter mig med min kusin", "sv"),
        ("asså min bror kollar min mobil hela tiden vad ska jag göra", "sv"),
        ("vad ar skyddat boende och hur far man det", "sv"),  # no å/ä/ö
        ("min dad checkar min phone hela tiden typ", "sv"),  # English words in Swedish
        ("my parents want me to marry my cousin what can i do", "en"),
        ("how do i report to the police", "en"),
    ],
)
def test_a_whole_message_sets_the_reply_language_it_is_written_in(detector, text, language):
    assert parsed(detector, text, intent="ask_forced_marriage") == (
        "ask_forced_marriage", [language])


@pytest.mark.parametrize("text", ["ok", "ja", "hmm", "112", "😢", ""])
def test_short_or_unclear_messages_leave_the_language_as_it_was(detector, text):
    assert parsed(detector, text, intent="affirm")[1] == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("kan du skriva på engelska", "en"),
        ("på engelska tack", "en"),
        ("can you answer in swedish", "sv"),
        ("svenska tack", "sv"),
        ("english please", "en"),
    ],
)
def test_a_typed_language_request_sets_the_language_it_names_not_its_own(
    detector, text, language
):
    assert parsed(detector, text, intent="set_language") == ("set_language", [language])


@pytest.mark.parametrize(
    "text",
    [
        "أحتاج مساعدة عائلتي تريد أن تزوجني",
        "من به کمک نیاز دارم",
        "Мне нужна помощь, моя семья хочет выдать меня замуж",
        "Ailem beni zorla evlendirmek istiyor yardım edin",
        "Necesito ayuda, mi familia quiere casarme",
        "Waxaan u baahanahay caawimaad qoyskayga",
        "Ich brauche Hilfe meine Familie will mich verheiraten",
    ],
)
def test_a_message_clearly_in_another_language_gets_other_language_and_no_slot_change(
    detector, text
):
    assert parsed(detector, text) == ("other_language", [])


@pytest.mark.parametrize(
    "text",
    [
        "jeg trenger hjelp familien min vil at jeg skal gifte meg",  # Norwegian reads as Swedish
        "mashallah habibi",
        "tjena bro",
        "ja vet int va ja ska gora nu asså",
    ],
)
def test_nordic_languages_and_short_slang_are_not_treated_as_another_language(detector, text):
    assert parsed(detector, text, intent="greet")[0] == "greet"


def test_an_emergency_in_another_script_keeps_the_emergency_intent(detector):
    intent, languages = parsed(detector, "ساعدوني أبي يضربني الآن", intent="emergency")
    assert (intent, languages) == ("emergency", [])


def test_a_classifier_guess_of_other_language_is_dropped_for_swedish_text(detector):
    ranking = [{"name": "other_language", "confidence": 0.5},
               {"name": "ask_fgm", "confidence": 0.3}]
    intent, languages = parsed(
        detector, "vad säger lagen om könsstympning", intent="other_language", ranking=ranking)
    assert (intent, languages) == ("ask_fgm", ["sv"])


def test_non_latin_share_counts_letters_only():
    assert non_latin_share("abc 123 !!") == 0.0
    assert non_latin_share("سلام") == 1.0
    assert non_latin_share("hej سلام") == pytest.approx(4 / 7)


def _sv_en_texts():
    texts = []
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")) + sorted(
        (ROOT / "tests" / "eval").glob("*.yml")
    ):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for block in data.get("nlu") or []:
            if block.get("intent") != "other_language":
                texts += [line.strip()[2:] for line in block["examples"].splitlines()
                          if line.strip()]
        texts += [message["text"] for message in data.get("messages") or []]
    return texts


def test_no_swedish_or_english_message_of_the_data_is_taken_for_another_language(detector):
    texts = _sv_en_texts()
    assert len(texts) > 1500
    wrong = [text for text in texts if detector.is_other_language(text)]
    assert wrong == []


@pytest.mark.parametrize(
    "text",
    [
        "can u help me with my english essay",
        "we fly to Lahore on tuesday for Eid with all my cousins, can't wait!!",
        "jag har prov i engelska imorgon och är så stressad över det",
    ],
)
def test_a_set_language_guess_without_a_request_for_a_language_becomes_the_next_intent(
    detector, text
):
    ranking = [{"name": "set_language", "confidence": 0.6},
               {"name": "out_of_scope", "confidence": 0.3}]
    intent, _ = parsed(detector, text, intent="set_language", ranking=ranking)
    assert intent == "out_of_scope"
