"""Transcript and warm-handover summary, computed from a Rasa tracker (pure functions, no I/O).

The summary lets a counsellor take over without asking the person to repeat
their story: age, language, the risk flags and the messages that raised them,
the topics, the person's key messages, and what the bot has already told them.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Dict, List, Mapping, Optional

KEY_MESSAGE_MAX = 500
KEY_MESSAGES = 8

# Intents the person used, as counsellors name the topic (Swedish: the console's language).
TOPIC_LABELS = {
    "emergency": "Akut fara",
    "disclose_harm": "Berättar om våld eller kontroll",
    "request_human": "Vill prata med en människa",
    "ask_privacy": "Frågor om anonymitet och vad som sparas",
    "inform_age": "Ålder",
    "bot_challenge": "Frågar om chattboten är en människa",
    "out_of_scope": "Utanför ämnet",
    "ask_what_is_honour_violence": "Vad är hedersrelaterat våld",
    "ask_control": "Kontroll",
    "ask_forced_marriage": "Tvångsäktenskap",
    "ask_child_marriage": "Barnäktenskap",
    "ask_taken_abroad": "Att bli tagen utomlands",
    "ask_fgm": "Könsstympning",
    "ask_lgbtq": "Hbtqi",
    "ask_protected_housing": "Skyddat boende",
    "ask_social_services": "Socialtjänsten",
    "ask_police_report": "Polisanmälan",
    "ask_after_leaving": "Efter att ha lämnat",
    "ask_school": "Skolan",
    "ask_help_someone": "Vill hjälpa någon annan",
    "professional_inquiry": "Yrkesperson som frågar",
    "wants_to_control": "Vill kontrollera någon",
}
SMALL_TALK = {"greet", "goodbye", "thank", "affirm", "deny", "session_start", "set_language",
              "restart", "nlu_fallback", None}

# What the bot's responses told the person.
RESPONSE_LABELS = {
    "utter_welcome": "Välkomsttexten: ring 112 vid fara, vad som sparas, vem som läser, orosanmälan",
    "utter_emergency_112": "Uppmanad att ringa 112 nu",
    "utter_emergency_flagged": "Fått veta att ärendet flaggats som akut för stödpersonerna",
    "utter_emergency_flagged_child": "Fått veta (som barn) att ärendet flaggats som akut",
    "utter_emergency_counsellor_offer": "Erbjuden att chatta med en stödperson",
    "utter_disclosure_validate": "Blivit trodd och bekräftad",
    "utter_ask_age": "Tillfrågad om sin ålder",
    "utter_report_concern_child": "Fått veta vad en orosanmälan är och vem som beslutar",
    "utter_disclosure_next_steps_child": "Nästa steg för barn",
    "utter_disclosure_next_steps_adult": "Nästa steg för vuxna",
    "utter_disclosure_next_steps_unknown_age": "Nästa steg (ålder okänd)",
    "utter_offer_counsellor": "Erbjuden en stödperson",
    "utter_age_declined": "Fått veta att åldern inte behövs",
    "utter_age_noted": "Åldern noterad",
    "utter_privacy_stored": "Vad som sparas",
    "utter_privacy_readers": "Vem som kan läsa",
    "utter_privacy_report_child": "När orosanmälan görs (barn)",
    "utter_privacy_report_adult": "Anmälan för vuxna",
    "utter_privacy_report_unknown_age": "När orosanmälan görs (ålder okänd)",
    "utter_privacy_device": "Hur man skyddar sin mobil",
    "utter_handover_queued_open": "Köad till en stödperson, fått veta kötiden",
    "utter_handover_queued_closed": "Köad utanför öppettid, fått öppettider och dygnet-runt-nummer",
    "utter_handover_already_queued": "Påmind om att hen redan står i kö",
    "utter_iamabot": "Fått veta att det är en chattbot",
}
MARKERS = {
    "active": "En stödperson anslöt",
    "none": "Tillbaka till chattboten",
    "closed": "Samtalet avslutades av stödpersonen",
}
DANGER_LABELS = "Akut fara"


def _stod(event: Mapping[str, Any]) -> Mapping[str, Any]:
    custom = ((event.get("data") or {}).get("custom")) or {}
    stod = custom.get("stod") if isinstance(custom, Mapping) else None
    return stod if isinstance(stod, Mapping) else {}


def _when(event: Mapping[str, Any]) -> Optional[str]:
    stamp = event.get("timestamp")
    if not isinstance(stamp, (int, float)):
        return None
    return dt.datetime.fromtimestamp(stamp, dt.timezone.utc).isoformat(timespec="seconds")


def _intent(event: Mapping[str, Any]) -> Optional[str]:
    return ((event.get("parse_data") or {}).get("intent") or {}).get("name")


def _entities(event: Mapping[str, Any]) -> List[Mapping[str, Any]]:
    return list((event.get("parse_data") or {}).get("entities") or [])


def transcript(tracker: Mapping[str, Any]) -> List[Dict[str, Any]]:
    """Who said what and when: person, bot, counsellor, or a system marker."""
    lines: List[Dict[str, Any]] = []
    for event in tracker.get("events") or []:
        kind = event.get("event")
        if kind == "user":
            text = event.get("text") or ""
            if text.startswith("/"):
                intent = _intent(event)
                if intent in ("session_start", "set_language", None):
                    continue
                text = f"(valde knappen: {intent})"
            lines.append({"who": "person", "text": text, "at": _when(event)})
        elif kind == "bot":
            stod = _stod(event)
            if stod.get("from") == "counsellor":
                lines.append({"who": "counsellor", "text": event.get("text") or "",
                              "at": _when(event)})
            elif stod.get("handover") in MARKERS:
                lines.append({"who": "system", "text": MARKERS[stod["handover"]],
                              "at": _when(event)})
            elif event.get("text"):
                lines.append({"who": "bot", "text": event["text"], "at": _when(event)})
        elif kind == "session_started":
            lines.append({"who": "system", "text": "Ny session", "at": _when(event)})
        elif kind == "restart":
            lines.append({"who": "system", "text": "Omstart", "at": _when(event)})
    return lines


def _flag_message(events: List[Mapping[str, Any]], intents: set, entity: str) -> Optional[str]:
    for event in events:
        if event.get("event") != "user":
            continue
        if _intent(event) in intents or any(e.get("entity") == entity for e in _entities(event)):
            text = event.get("text") or ""
            if not text.startswith("/"):
                return text[:KEY_MESSAGE_MAX]
    return None


def summary(tracker: Mapping[str, Any]) -> Dict[str, Any]:
    """The warm-handover summary of one conversation."""
    slots = tracker.get("slots") or {}
    events = list(tracker.get("events") or [])
    flags: List[Dict[str, Any]] = []
    level = slots.get("safety_level") or "none"
    if level == "emergency":
        flags.append({
            "flag": "Akut fara",
            "why": slots.get("danger_category") or "känd fara nu (kategori saknas)",
            "message": _flag_message(events, {"emergency"}, "danger"),
        })
    if slots.get("report_concern"):
        age = slots.get("user_age")
        flags.append({
            "flag": "Orosanmälan ska övervägas",
            "why": f"barn ({age} år) berättar om att fara illa"
            + (f": {slots['harm_category']}" if slots.get("harm_category") else ""),
            "message": _flag_message(events, {"disclose_harm"}, "harm"),
        })
    elif level == "concern":
        flags.append({
            "flag": "Oro",
            "why": slots.get("harm_category") or "berättar om våld eller kontroll",
            "message": _flag_message(events, {"disclose_harm"}, "harm"),
        })
    if slots.get("handover") in ("requested", "queued", "active"):
        flags.append({
            "flag": "Vill prata med en människa",
            "why": "bad om en stödperson",
            "message": _flag_message(events, {"request_human"}, "__none__"),
        })

    topics: List[str] = []
    key: List[Dict[str, Any]] = []
    told: List[str] = []
    for event in events:
        if event.get("event") == "user":
            intent = _intent(event)
            text = event.get("text") or ""
            if intent not in SMALL_TALK:
                label = TOPIC_LABELS.get(intent, intent)
                if label not in topics:
                    topics.append(label)
            if text and not text.startswith("/") and (intent not in SMALL_TALK or len(text) > 40):
                flagged = intent in ("emergency", "disclose_harm") or any(
                    e.get("entity") in ("danger", "harm") for e in _entities(event))
                key.append({"text": text[:KEY_MESSAGE_MAX], "flagged": flagged,
                            "at": _when(event)})
        elif event.get("event") == "bot" and not _stod(event):
            action = (event.get("metadata") or {}).get("utter_action")
            label = RESPONSE_LABELS.get(action)
            if label and label not in told:
                told.append(label)
    # flagged messages first, then the rest in the order they were written
    key = sorted(key, key=lambda item: not item["flagged"])[:KEY_MESSAGES]
    return {
        "age": slots.get("user_age"),
        "language": slots.get("language") or "sv",
        "safety_level": level,
        "report_concern": bool(slots.get("report_concern")),
        "handover": slots.get("handover") or "none",
        "flags": flags,
        "topics": topics,
        "key_messages": key,
        "bot_told": told,
    }


def safety_slots(tracker: Mapping[str, Any]) -> Dict[str, Any]:
    """The safety contract slots (docs/interfaces.md) as the console shows them."""
    slots = tracker.get("slots") or {}
    names = ("safety_level", "report_concern", "user_age", "handover", "language",
             "danger_category", "harm_category")
    return {name: slots.get(name) for name in names}


def topics_of(tracker: Mapping[str, Any]) -> List[str]:
    """Only the topics (for the queue)."""
    return summary(tracker)["topics"]
