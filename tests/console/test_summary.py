"""console.summary: transcript and warm-handover summary from a tracker (pure functions)."""
from console.summary import summary, transcript


def user(text, intent, entities=(), at=1.0):
    return {"event": "user", "text": text, "timestamp": at,
            "parse_data": {"intent": {"name": intent}, "entities": list(entities)}}


def bot(text, action=None, custom=None, at=2.0):
    event = {"event": "bot", "text": text, "timestamp": at, "metadata": {}}
    if action:
        event["metadata"]["utter_action"] = action
    if custom:
        event["data"] = {"custom": custom}
    return event


TRACKER = {
    "slots": {"safety_level": "emergency", "report_concern": True, "user_age": 14,
              "handover": "queued", "language": "sv", "danger_category": "taken_abroad",
              "harm_category": "control"},
    "events": [
        {"event": "session_started", "timestamp": 0.5},
        user("/session_start", "session_start"),
        bot("Är du i fara just nu? Ring 112.", "utter_welcome"),
        user("hej", "greet"),
        user("pappa kollar min mobil hela tiden", "disclose_harm",
             [{"entity": "harm", "value": "control"}]),
        user("de ska ta mig till pakistan imorgon", "emergency",
             [{"entity": "danger", "value": "taken_abroad"}]),
        bot("Ring 112 nu.", "utter_emergency_112"),
        user("kan jag prata med en människa", "request_human"),
        bot("Du står i kö.", "utter_handover_queued_open"),
        bot(None, custom={"stod": {"handover": "active"}}),
        bot("Hej, jag heter Anna.", custom={"stod": {"from": "counsellor"}}),
        user("/affirm", "affirm"),
    ],
}


def test_summary_names_age_language_flags_with_reasons_and_the_message_that_fired_them():
    result = summary(TRACKER)
    assert (result["age"], result["language"]) == (14, "sv")
    assert result["flags"] == [
        {"flag": "Akut fara", "why": "taken_abroad",
         "message": "de ska ta mig till pakistan imorgon"},
        {"flag": "Orosanmälan ska övervägas",
         "why": "barn (14 år) berättar om att fara illa: control",
         "message": "pappa kollar min mobil hela tiden"},
        {"flag": "Vill prata med en människa", "why": "bad om en stödperson",
         "message": "kan jag prata med en människa"},
    ]


def test_summary_lists_topics_key_messages_flagged_first_and_what_the_bot_said():
    result = summary(TRACKER)
    assert result["topics"] == ["Berättar om våld eller kontroll", "Akut fara",
                                "Vill prata med en människa"]
    assert [m["text"] for m in result["key_messages"]] == [
        "pappa kollar min mobil hela tiden", "de ska ta mig till pakistan imorgon",
        "kan jag prata med en människa"]
    assert result["bot_told"][:2] == [
        "Välkomsttexten: ring 112 vid fara, vad som sparas, vem som läser, orosanmälan",
        "Uppmanad att ringa 112 nu"]
    assert "Hej, jag heter Anna." not in str(result["bot_told"])


def test_transcript_marks_who_wrote_and_hides_the_widgets_internal_messages():
    lines = [(line["who"], line["text"]) for line in transcript(TRACKER)]
    assert lines[0] == ("system", "Ny session")
    assert ("person", "/session_start") not in lines
    assert ("system", "En stödperson anslöt") in lines
    assert ("counsellor", "Hej, jag heter Anna.") in lines
    assert lines[-1] == ("person", "(valde knappen: affirm)")


def test_empty_tracker_gives_an_empty_summary():
    result = summary({"slots": {}, "events": []})
    assert result["flags"] == [] and result["topics"] == [] and result["age"] is None
    assert transcript({}) == []
