"""Advice topics over REST with the real servers: texts, languages, disclosure inside a topic, 112."""


def texts(replies):
    return [reply.get("text", "") for reply in replies]


def test_a_swedish_topic_question_gets_the_swedish_answer_with_facts_and_buttons(stack):
    sender = stack.new_conversation()
    replies = stack.say(sender, "är det olagligt att tvinga nån att gifta sig")
    said = " ".join(texts(replies))
    assert said.startswith("Ingen får tvinga dig att gifta dig.")
    assert "äktenskapstvång, brottsbalken 4 kap. 4 c §" in said
    assert "116 111" in said and "[[" not in said
    assert [b["payload"] for b in replies[-1]["buttons"]][-1] == "/request_human"
    assert stack.slots(sender)["safety_level"] == "none"


def test_an_english_question_switches_the_reply_language(stack):
    sender = stack.new_conversation()
    said = " ".join(texts(stack.say(sender, "how do i get a place in protected housing")))
    assert said.startswith("Protected housing (skyddat boende)")
    assert stack.slots(sender)["language"] == "en"


def test_a_child_asking_a_topic_question_with_a_disclosure_gets_the_report_then_advice(stack):
    sender = stack.new_conversation()
    said = texts(stack.say(
        sender, "jag är 15 och mina föräldrar vill att jag ska gifta mig med min kusin, vad kan jag göra"))
    assert said[0].startswith("Tack för att du berättar.")
    assert any("orosanmälan" in text for text in said[1:3])
    assert any(text.startswith("Ingen får tvinga dig") for text in said)
    slots = stack.slots(sender)
    assert (slots["report_concern"], slots["safety_level"]) == (True, "concern")
    assert [case.kind for case in stack.cases(sender)] == ["report"]


def test_a_topic_question_carrying_danger_now_gets_112_first(stack):
    sender = stack.new_conversation()
    said = texts(stack.say(sender, "de ska gifta bort mig imorgon vad kan jag göra"))
    assert said[0].startswith("Ring 112 nu.")
    assert stack.slots(sender)["safety_level"] == "emergency"


def test_the_widget_language_switch_and_a_message_in_another_language(stack):
    sender = stack.new_conversation()
    assert texts(stack.say(sender, '/set_language{"language": "en"}')) == [
        "Okay, I'll write in English. What would you like to talk about?"]
    assert stack.slots(sender)["language"] == "en"
    said = " ".join(texts(stack.say(sender, "أحتاج مساعدة عائلتي تريد أن تزوجني")))
    assert "Ring 112" in said and "Call 112" in said and "020-52 10 10" in said
    assert stack.slots(sender)["language"] == "en"
