"""The deterministic danger detector: danger now or imminent, personal harm, or neither.

It reads folded text (see normalise.fold: no case, å/ä/ö as a/o) with tables of
regular expressions, so it recognises inflections, missing diacritics and
English, and it weighs time words ("nu", "imorgon" against "förra året") and
contexts that are not emergencies (news, school work, fiction, jokes,
hypothetical questions). It is the safety net under the intent classifier.
The phrase tables themselves are in safety/danger_phrases.py; this module holds
the rules that combine them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Pattern, Tuple

from safety.age import parse_age
from safety.danger_phrases import (
    ABDUCT, ABROAD, ABROAD_NOW, ANGER, ARRIVAL, BENIGN, CALM, CANNOT_BREATHE, CHILD_AGE,
    CLOSE_PERSON, COMING, CONDITIONAL, CONTROL, CUES, DARE, DOOR_OR_LOCK, ESCAPE_THREAT,
    ESCAPE_URGENT, EUPHEMISM, FAREWELL, FEAR, FGM, FIRST_PERSON, FIX_GIRL, FOLLOWING,
    FORCED_MARRIAGE, GUARDED, HABITUAL, HAPPY, HELD_AWAY, HELD_NOW, HELP_CALL, HERE_NOW,
    HIDING_OTHER, HOLIDAY, HOME_UNSAFE, HONOUR_ANGER, HONOUR_RESTORED, HUNTED, HYPOTHETICAL,
    KEPT_BEHIND_DOOR, KILL_SV, LATER, LAUGHING, LIVRADD, LOCKED_IN, MARRY, MEDICAL, MENACE,
    MISSING_ABROAD, NOW, NOWHERE, ONLY_HELP, ON_THE_WAY, OTHERS_WEDDING, OUTSIDE, PASSPORT_TAKEN,
    PAST, PERSON, PROPOSAL, PUPIL, RAN_AWAY, RECENT, REPEAT, SEARCHED, SELF_HARM, SELF_MEANS,
    SELF_OBJECT, SENT_AWAY, SINCE_LONG, SOON, STAY, STRONG_PRESENT, STRONG_VEILED, SUPPRESSORS,
    THREATS, THREAT_TO_KILL, TODAY, TRACKED, TRAVEL, TRIP_DOUBT, UNWILLING, VEILED_THREAT,
    VIOLENCE_ACT, VIOLENCE_ANY, VIOLENCE_ONGOING, VIOLENCE_ON_PERSON, VIOLENCE_PRESENT,
    VIOLENCE_PROGRESSIVE, WEAPON, WEAPON_USE, WEDDING,
    CAN_THEY, CHOSEN_PURPOSE, INJURY, LAST_TIME, MUNDANE_TROUBLE, OVERDOSE, PUPIL_WRITER, SELF_LOCKED,
    SHELTER, VISIT, AGE_LABEL, GRADE_LABEL, CANT_TALK, DESPAIR, DO_IT, FLIGHT, NEARBY, IDIOM_KILL,
    FOUND_ADDRESS, RETURN_DATED, DISCOURSE_NOW, LOST_PASSPORT, PET, PERMISSION_QUESTION, WORRY,
    HELD_THERE, VANISHED, SAME_TO_ME, OWN_WEDDING, PROFESSIONAL, COUNTERFACTUAL,
    NEAR_EXTRA, VEILED_HARM, NOT_ALIVE, SUICIDE_PLAN, FAREWELL_SIGN, NEAR_NOW, NEAR_WHO, FLED_NOW,
    NOWHERE_NOW, KEPT_IN, KEPT_WHY, HELD_ABROAD_SIGN, NO_RETURN, WEDDING_AGAINST, LAST_SIGNAL, LEDGE,
    LEDGE_WHY, NO_RETURN_SIGNS, FAREWELL_SIGN_SIGNS, NEAR_NOW_SIGNS, FOUND_HIDDEN, REAL_NAME, HIDDEN_LIFE,
    DISCOVERY, AT_STATION, VEILED_WEAK, VEILED_CUE, INTRUSION, PICKUP, PICKUP_FRIGHT,
    TIED_UP, INJURED_NOW, INJURED_WHY, ASKING_OWN, KEPT_DAYS, LOCK_WORD, KIN_THREAT, VEILED_IF, ENDING, HAVE_PLAN,
    TRIP_BEGUN, TERM_BEGUN, RATHER_DIE, RATHER_DIE_WHY, TERM_ENDS_SOON, SUMMER_BREAK, BIRTHDAY_DATED,
    AT_IT_NOW, MAN_CHOSEN, KITCHEN_CUT, JUST_TURNED, FUNERAL, NOT_ALLOWED_OUT, PERSON_OBJECT, LOCKED_THING,
    WRITER_HURT, AWAY_FROM_HOME, PET_ACCIDENT, PRISON, HAPPY_AT_FIRST, NEW_HUSBAND,
    SHAVING, DONE_TO_ME_AS_CHILD, SICK_RELATIVE, SICK_DOUBT, OR_ELSE, WEDDING_IS_MINE, OWN_CHOICE_WEDDING, TRACKED_ON_THE_RUN,
    MINUTES_AWAY, FISHING_TRIP, WEAPON_STARE, DEADLINE, CHOPPING,
    CUTTER_AGAIN, CURFEW, WAITING_OUTSIDE, STILL_INSIDE, UNUSUAL, OLD_NAME_USED, FEAR_FOR_THE_SICK, ASKS_FOR_A_PERSON,
    BENIGN_SECRET, BRIDAL_FOR_ME, OWN_FACT, DOCTOR_PLACE, RIGHTS_QUESTION, MONTH_NOW, STORY_PAST, AGE_DEADLINE, MOVED_FORWARD, SAFE_WITH_US,
    MALE_CIRCUMCISION, ACTIVITY_FORBIDDEN, ANIMAL_SLAUGHTER, WHOLE_PACK, PAINKILLER, HOME_TROUBLE,
    NEVER_HURT, EXCEPT_SCHOOL, PIERCING, FEMALE, LAWFUL_WEAPON, NEVER_CAME_BACK, PASSPORT_GONE, MOVED_AWAY, WEAPON_IN_HAND,
    AGAINST_FGM, AIRPORT_NOW, SHIPPED_TO_MARRY,
    TODAY_TURN, INSTEAD_OF, TRAVEL_TIPS, AT_THE_DOOR, DOOR_KEPT_SHUT, NOT_OUT_ALIVE, BELT, WORSE_TONIGHT,
    LAST_WORDS, SUMMONED, AT_MIDNIGHT, TO_THE_AIRPORT, SHAME_ENDED, RECKONING, HOME_IN_MINUTES, BEFORE_EIGHTEEN,
    STILL_KEPT, HELPS_SOMEONE, ROUTINE, NO_TRIP, SELF_HARM_GIVEN_UP, USED_TO, SAFE_TRIP, OWN_WEDDING_PAST,
    LGBTQ_CONTROL, AGAINST_WILL, SEEN_MESSAGES, PRIOR_INJURY, WEAPON_FOR_ME, GENERAL_IF, FORCED,
    MEANS_IT, WAITING_FOR_ME, TOLD_TO_RUN, SAID_NO, DOOR_BEATEN, AS_WITH_SISTER, NOT_SAID_TO_ME, DOCTOR_ABROAD, PAIN_TOLD,
    ONLY_ASKING, YOU_RE_DEAD, MARRY_OR_ELSE, SEE_WHAT_HAPPENS, BURNED, DO_IT_AGAIN, HIDING_NOW, OWN_CASE,
    FOUND_MINE, SHARPENS, DEAD_RATHER, DRAMATIC, NOT_LET_LIVE, LAST_THING, CUT_DEEPER, AT_HAND, CHASED, HERE_SINCE,
    PASSPORTS_KEPT_SAFE, TICKETS_FOUND, COUNCIL, VIRGINITY_CHECK, JUST_CALLED, SISTER_WEDS,
    BURN_THREAT, TAKEN_MANY, MINE_IS_SOON, STAY_AND_MARRY,
    ONE_WAY_FOR_ME, NOT_HERE_AFTER, ORDERED_FAREWELL, WEAPON_TAKEN, TAKE_CARE_OF_HER, HONOUR_REASON, FOREST_DRIVE,
    WEAPON_WHILE_SAYING, BY_A_DAY, NOT_FOR_A_FRIEND, LEAVING_NOW, NOT_THROUGH_NIGHT, BEING_HELD, SLAUGHTER_ME,
    THROWN_AT_ME, HELP_NOW_WORD, NOT_EXIST_THREAT, KEPT_SINCE, MY_TURN_LIKE, RESTATED_SOON, LIFE_IS_A_FILM,
    JUST_AN_EXPRESSION, MONTHS_OFF, PRESSURE_ONLY, MISUNDERSTOOD, TRIFLING_UNWILLING, SAFE_NOW, HAPPENING_TO_ME, LIKE_AN_ANIMAL,
    NOT_WANT_TO_MARRY_SOON, IN_THE_CAR_NOW, DRIVEN_WHY, OUT_ONLY_WHEN, WEAPON_OWNED, FAMILY_KIND, INSULTED, JOKED_ABOUT,
    PROTECTION_ASKED, HOLIDAY_PRACTICAL, SHOOT_THREAT, PRIVACY_QUESTION,
    JUST_BEATEN, END_FOR_YOU, ON_TRAIN_HERE, FINISH_THIS, LAST_WEEK_HERE, NEXT_TIME_HEAD, STAY_ANOTHER_YEAR,
    WANTS_HOME, DECIDED_TO_GO, COUSIN_GONE, ENGAGED_MOVE_IN,
    CAME_BACK_MARRIED, FIX_IT_FOR_YOU, BEATEN_NEXT_DOOR, SAID_FOR_YEARS, LOVE_MATCH, AT_THE_DENTIST,
    LAUGH_TAKEN_BACK, ACTUALLY_SCARED, DARE_NOT_GO_HOME, NOT_KNOWN_YET, WORK_TRIP, FAMILIES_GLAD,
    LOCKED_OUT, OUT_NOW, TAKEN_THERE, PASSPORT_TAKEN_SAID, TAKEN_UNWILLING, CAME_HOME, CUTTING_NOW, FETCHED_ABROAD, SCHOOL_OVER, VEILED_DEATH, LAST_DAY,
    COMING_TO_FETCH, PRETENDED, SAFE_SAID, MADE_GOOD, PASSED_OVER, SELF_HARM_DENIED, SUICIDE_AS_PRESSURE,
    CUT_MYSELF_LONG_AGO, LAUGH_OPENER, JUST_THREW, HIDING_HERE, HEAD_BLOOD, BLOOD_NOW, CURE_ME, OUTSIDE_BARE, CAME_AS_SAID,
    CARE_DENIED, IN_LAWS, MINUTES_AWAY_FROM_ME, WANTS_OBEY, KIN_COMING_NOW, COME_TO_DEAL, CIRCLING_OUTSIDE, LOCKED_OUT_SAID, ALONE_WITH_ME,
    HARM_PROMISED, NO_PASSPORT, SCAM, EVERYONE_SAYS, WE_GO, NEED_TO_LEAVE, NEVER_THREATENED, LOCKED_KIN, PICKUP_UNWANTED,
    JOKE_SAID, ASKS_IF_AGAIN, OVER_NOW, WRITER_THREATENS, JUST_STRICT, DISOWNED, CUT_RECENTLY, BLEEDING, HELD_FAST,
    TYPING_ONE_HAND, I_AM_THE_PROBLEM, ALL_NIGHT, TOO_DEEP, BEEN_HERE_SINCE, SHARPENS, HAPPENS_TO_ME, VANISH_THREAT,
    OWN_WEDDING_DENIED, ACCIDENT_CUT, VIRGINITY_SOON_WHY, NOT_SCHOOL_WORK, HOW_MANY, NOT_FOR_OTHERS, LOCKED_IN_A_PLACE,
    FLOWN_OUT, NOT_OUT_FOR_DAYS, NOT_LET_HOME, VIRGINITY_CHECK, MINE_IS_SOON, PAINKILLER, HOLDS_CHILD, NEVER_SEE_AGAIN,
    DAYS_TO_ANSWER, VISITS_THERE, SCHOOL_CHORE, WILL_MISS_THEM, PASSPORT_FOR_PAPERS, USE_IT_ON_ME, HITTING_NOW, HOW_TO_HIDE, ENROLLED_THERE, TO_BE_DONE, KEPT_ABROAD, WRITING_FROM_ABROAD, AT_DOOR_NOW, CHASED, ON_A_PLANE, DECIDED_DAY,
    SENT_TO_FETCH, WENT_TO_THE_KITCHEN, STAYING_WITH, MARRY_HERE, WILL_PAY, HOMECOMING_FEAR, GIVEN_MEANS,
    KNOW_WHAT_TO_DO_WITH_IT, GONE_FROM_THEM, TRACKED_DOWN, CRIES_NOW, SIGNS_ASKED, BACK_AT_AN_HOUR, YOU_WILL_SEE, LOCKED_BY_KIN, WARNED_AWAY, FOUND_OUT, COMING_TONIGHT, TAKEN_IN_THE_CAR, TO_BE_FIXED, GET_ME_TO_THE_AIRPORT, TAKE_TO_THE_COUNTRY, WEDDING_RESTATED, CONDITION_MET_SAFE, TRIFLE_THREAT, IS_IT_A_CRIME, KIN_ON_THE_ROAD, WILL_HANDLE_IT, IN_THE_TRUNK, NOBODY_ASKED_ME, KIN_SAID_MY_FATE, ADDRESS_SPREAD, SHOULD_DEAL_WITH_HER, KEPT_THERE, NEXT_VICTIM, NEARLY_KILLED, TALK_PROMISED, LEFT_HOME, TALK_WITH_ME, TRIP_WANTED, OTHERS_WORRY,
    THREAT_TO_TELL, JUMP_QUESTION, NO_WAY_OUT, HAPPENING_NOW, POISON_QUESTION, BLOOD_ON_HER,
    WAITING_IN_THE_CAR, LAST_SCHOOL_DAY, DOOR_BARRED, WRIST_BLEEDING, RESOLVED_BY_AUTHORITIES,
)
from safety.normalise import fold

# harm that a near-future time word ("ikväll", "imorgon", "på fredag") makes imminent
IMMINENT_WHEN_SOON = {"violence": "violence_now", "threats": "threat_soon",
                      "forced_marriage": "married_off_soon", "fgm": "fgm_soon",
                      "taken_abroad": "taken_abroad_soon"}

HARM_CATEGORY_OF = { "threat_soon": "threats",
    "self_harm": "self_harm", "threat_to_kill": "threats", "locked_in": "control",
    "weapon": "threats", "married_off_soon": "forced_marriage", "taken_abroad_soon": "taken_abroad",
    "help_now": "threats", "violence_now": "violence", "fgm_soon": "fgm",
}


@dataclass(frozen=True)
class DangerVerdict:
    """What the detector found in one message."""

    level: str  # "emergency", "harm" or "none"
    category: Optional[str] = None
    about_other: bool = False
    matched: Optional[str] = None
    suppressed_by: Optional[str] = None


NONE = DangerVerdict("none")


def _find(pattern: Pattern[str], text: str) -> Optional[str]:
    match = pattern.search(text)
    return match.group(0) if match else None


WRITER_BEFORE = re.compile(r"\b(?:jag|ja|i|i m|im|i ll|ill|i am|i will|i swear i m|i swear im)\s*$")
KILL_VERB = re.compile(rf"\b(?:{KILL_SV}|kill)\b")
MODAL_START = re.compile(r"(?:ska|kommer|tanker|vill|skulle|tanka|will|gonna|going|wants?|would)\b")


def _find_threat(text: str) -> Optional[str]:
    """A threat to kill, unless the writer is the one saying it ("jag ska döda honom")."""
    for match in THREAT_TO_KILL.finditer(text):
        phrase = match.group(0)
        if any(never.start() <= match.start() <= never.end() for never in NEVER_THREATENED.finditer(text)):
            continue  # "han har aldrig hotat att döda mig men …" (stop 18)
        if IDIOM_KILL.match(phrase) and MUNDANE_TROUBLE.search(text) and not (VIOLENCE_ANY.search(text) or WEAPON.search(text)
                                                 or HONOUR_ANGER.search(_DIE_OF_SHAME.sub(" ", text))):
            continue  # "mum is gonna kill me, I failed my driving test": an idiom
        said_by_writer = (MODAL_START.match(phrase) and KILL_VERB.search(phrase)
                          and WRITER_BEFORE.search(text[: match.start()]))
        if not said_by_writer:
            return match.group(0)
    return None


# whether somebody else will call the police, asked: "will the school nurse call the police if I tell her …" (stop 19)
_WILL_THEY_CALL = re.compile(r"\b(?:will|would|does|must|has to|is) (?:she|he|they|the \w+(?: \w+)?|my \w+|her \w+|his \w+) call the police\b")
# the writer's age now, which dates nothing: "… that stopped years ago. i'm 15 now" (stop 19)
_AGE_NOW = re.compile(r"\b(?:i m|im|i am) \d{1,2} now\b")


# the day the writer turns 18, named as the condition of a threat (stop 20)
_AT_EIGHTEEN = re.compile(r"\b(?:nar|when|om|if|once) (?:jag|ja|i) (?:fyller|turn|blir|am|ar|e|become) (?:18|arton|eighteen)\b")


# "dying of shame" is no honour anger: "jag kommer dö av skam om mina föräldrar ser mitt betyg" (stop 19)
_DIE_OF_SHAME = re.compile(r"\b(?:do|dor|dog) av skam\b|\bdie of shame\b")


# "nu"/"now" alone says present, not near future ("nu är jag 26", "it's over now")
_BARE_NOW = re.compile(r"\b(?:nu|now)\b"
                       # "nowadays": "idag har jag jobb och lägenhet", "today I have a job"
                       r"|\b(?:idag|i dag) (?=(?:har jag (?:jobb|lagenhet|familj|barn|en man|en fru|ett eget|egen)|ar jag (?:gift|trygg|fri|mamma|pappa)|bor jag|jobbar jag|pluggar jag)\b)"
                       r"|\btoday (?=i (?:have (?:a job|a flat|an apartment|a home|a family|kids|children|a husband|a wife)|m (?:married|safe|free)|am (?:married|safe|free)|live|work)\b)")
# places that make a trip present only when the story is told in the present: "I refused at the airport" (last year)
_PLACE_NOW = re.compile(r"\b(?:flygplats\w*|arlanda|kastrup|landvetter|airport|gaten|at the gate|pa planet|on the plane|"
                        r"back seat|baksatet)\b")


_PILLS = re.compile(r"pill|tablet|tabl|medicin|alvedon|ipren|panodil|painkiller|meds|paracetamol")


def _find_self_harm(text: str) -> Optional[str]:
    """Self-harm or suicidal words, unless it is only medicine taken as medicine."""
    for match in SELF_HARM.finditer(text):
        if _PILLS.search(match.group(0)) and MEDICAL.search(text):
            continue
        if re.search(r"\b(?:skar|skurit|skar mig|cut|cuts|cutting)\b", match.group(0)) and KITCHEN_CUT.search(text):
            continue  # a cut while chopping onions
        if re.search(r"\b(?:rakblad\w*|razor\w*)\b", match.group(0)) and SHAVING.search(text):
            continue  # a razor to shave with
        return match.group(0)
    return None


def _undated(text: str) -> str:
    """The text without a "now" that turns the story rather than tells the time ("now she's 18", "not now")."""
    return DISCOURSE_NOW.sub(" ", text)


def _soon_not_later(text: str) -> bool:
    return bool(SOON.search(_undated(text))) and not LATER.search(text)


def _now(text: str) -> bool:
    return bool(NOW.search(_undated(text)))


# a clause ends at punctuation or at a turn ("but", "men"): a time word in another clause does not
# date the harm ("he hit me for years, but now i've moved out")
_CLAUSE_BREAK = re.compile(r"[.!?;:,\n]+|\s(?:but|men|although|though|however)\s", re.IGNORECASE)


def _clauses(text: str) -> Tuple[str, ...]:
    """The folded clauses of a raw message."""
    return tuple(clause for clause in (fold(part) for part in _CLAUSE_BREAK.split(text)) if clause)


def _clause_of(phrase: str, clauses: Tuple[str, ...], text: str) -> str:
    """The clause (or sentence, given sentences) that holds a matched phrase; the whole text when
    the phrase spans them."""
    for clause in clauses:
        if phrase in clause:
            return clause
    return text


def _flight_soon(clauses: Tuple[str, ...]) -> bool:
    """Whether a clause (or a part of one joined by "och"/"and") has a flight or a trip on a near day:
    "flyget går om 5 dagar", "… på sommarlovet när de åker, och de åker om fyra dagar"."""
    return any((FLIGHT.search(part) or TRAVEL.search(part)) and _near(part)
               for clause in clauses for part in _AND.split(clause))


def _emergency(text: str, clauses: Tuple[str, ...] = (),
               sentences: Tuple[str, ...] = ()) -> Optional[Tuple[str, str]]:
    """(category, matched phrase) of the first emergency pattern that fires.

    `clauses` are the folded clauses of the message: a time word dates an act of violence only in
    the clause that names it. `sentences` are its folded sentences (see _sentences)."""
    for category, found in (
        ("self_harm", _find_self_harm(text)),
        ("threat_to_kill", _find_threat(text)),
        ("locked_in", _locked_in_not_a_thing(text)),
        ("help_now", _find(HUNTED, text)),
    ):
        if found:
            return category, found
    weapon = _find(WEAPON, text)
    if ONLY_HELP.match(text):
        return "help_now", text
    ongoing = _find(VIOLENCE_ONGOING, text) or (
        _find(CANNOT_BREATHE, text) or _find(RECENT, text) if VIOLENCE_ANY.search(text) else None)
    if ongoing:
        return "violence_now", ongoing
    if weapon and PERSON.search(text) and not WEAPON_USE.search(text) and not CHOPPING.search(text) and not (
            SINCE_LONG.search(text) and not STRONG_PRESENT.search(text)) and not _lawful_weapon(text):
        return "weapon", weapon
    wedding = _find(WEDDING, text)
    # somebody else's wedding only in the wedding's own clause ("skriver från min kompis. bröllopet är på lördag"),
    # or named so on second thought ("… nästa vecka på bröllop, min kusins bröllop alltså", stop 19)
    if wedding and not (OWN_WEDDING.search(text) or (
            (UNWILLING.search(text) or _child_writer(text) or CHILD_AGE.search(text) or PUPIL_WRITER.search(text))
            and not OTHERS_WEDDING.search(_clause_of(wedding, clauses, text)) and not WEDDING_RESTATED.search(text))):
        # a child going to a cousin's engagement party on Saturday is no child married off
        wedding = None
    marry = _find(MARRY, text) or wedding
    # a wedding is dated by a day, not by "now" ("i got engaged at 12 and now i'm 15")
    if marry and _soon_not_later(_BARE_NOW.sub(" ", text)):
        return "married_off_soon", marry
    fgm = _find(FGM, text) or _find(EUPHEMISM, text) or (
        _find(FIX_GIRL, text) if ABROAD.search(text) or ARRIVAL.search(text) else None)
    if fgm and (_soon_not_later(text) or _flight_soon(clauses)) and not PAST.search(text) and not _all_against_cutting(text) and (
            CLOSE_PERSON.search(text) or SELF_OBJECT.search(text) or PROFESSIONAL.search(text)):
        return "fgm_soon", fgm
    travel = _find(TRAVEL, text)
    abroad = ABROAD.search(text) or HELD_AWAY.search(text)
    if abroad and HELD_AWAY.search(text) and (travel or ABROAD.search(text)) \
            and not LATER.search(text) and not RETURN_DATED.search(text) \
            and not (WORRY.search(text) and not _soon_not_later(text)):
        return "taken_abroad_soon", abroad.group(0)
    held = _find(HELD_THERE, text)
    if held and (travel or abroad) and (MARRY.search(text) or WEDDING.search(text) or PASSPORT_TAKEN.search(text)
                                        or HELP_CALL.search(text)) and not PAST.search(text):
        return "taken_abroad_soon", held
    if VANISHED.search(text) and SAME_TO_ME.search(text) and not _context(text):
        # "my cousin vanished after she said no … now they say the same things to me"
        return "threat_soon", _find(VANISHED, text)
    if abroad and MISSING_ABROAD.search(text) and not MOVED_AWAY.search(text):
        return "taken_abroad_soon", abroad.group(0)
    foreign = _foreign(text)
    # (a date later is the wedding's, not the trip's, when she is held there now: "won't let her come home and they've
    # booked her nikah for next month … they took her passport", stop 20)
    if foreign and (not LATER.search(text) or KEPT_THERE.search(text) or (NOT_LET_HOME.search(text) and PASSPORT_TAKEN.search(text))) and (
            HELD_NOW.search(text) or KEPT_THERE.search(text) or ((PASSPORT_TAKEN.search(text) or PASSPORT_GONE.search(text))
                                      and (ABROAD_NOW.search(text) or NEVER_CAME_BACK.search(text)))):
        return "taken_abroad_soon", foreign
    if foreign and ABROAD_NOW.search(text) and (WEDDING.search(text) or MARRY.search(text)) \
            and _soon_not_later(text) and not OTHERS_WEDDING.search(text) and not HAPPY.search(text):
        return "married_off_soon", foreign
    arrival = _find(ARRIVAL, text)
    if arrival and not LATER.search(text) and not (OTHERS_WEDDING.search(text) and not UNWILLING.search(text)) and (
            WEDDING.search(text) or MARRY.search(text) or FGM.search(text) or EUPHEMISM.search(text)
            or re.search(r"\b(?:traffa (?:honom|en man|min blivande)|bestamt|the man|a man|husband|my future)\b", text)):
        return "taken_abroad_soon", arrival
    sent = _find(SENT_AWAY, text)
    if sent and _soon_not_later(text) and _personal(text) and not HABITUAL.search(text):
        return "taken_abroad_soon", sent
    if DESPAIR.search(text) and DO_IT.search(text):
        return "self_harm", _find(DO_IT, text)
    if CANT_TALK.search(text) and NEARBY.search(text):
        return "help_now", _find(NEARBY, text)
    if HELD_AWAY.search(text) and FLIGHT.search(text) and _soon_not_later(text) and _personal(text) \
            and not HAPPY.search(text) and not RETURN_DATED.search(text):
        return "taken_abroad_soon", _find(HELD_AWAY, text)
    if SHELTER.search(text) and FOUND_ADDRESS.search(text) and _personal(text) \
            and not (PAST.search(text) and not _only_the_leaving_is_past(_find(FOUND_ADDRESS, text), clauses)) \
            and not PERMISSION_QUESTION.match(text):
        return "help_now", _find(FOUND_ADDRESS, text)
    visit = _visit_after_violence(text)
    if visit:
        return "help_now", visit
    on_way = _find(ON_THE_WAY, text)
    if on_way and (ANGER.search(text) or THREATS.search(text) or FEAR.search(text) or DISCOVERY.search(text)
                   or OR_ELSE.search(text)):
        return "help_now", on_way
    own_wedding = (WEDDING.search(text) or PROPOSAL.search(text)) and not OTHERS_WEDDING.search(text)
    if travel and abroad and _soon_not_later(text) and _personal(text) and not HAPPY.search(text) \
            and not DOCTOR_PLACE.match(text, text.find(travel) + len(travel) + 1) \
            and not (HOLIDAY.search(text) and not TRIP_DOUBT.search(text)) \
            and not (OTHERS_WEDDING.search(text) and not UNWILLING.search(text)) \
            and not _ordinary_trip_question(text) \
            and not ((TRIP_WANTED.search(text) or OTHERS_WORRY.search(text)) and not _trip_forced(OTHERS_WORRY.sub(" ", text))) and (
            UNWILLING.search(text) or STAY.search(text) or own_wedding
            or TRIP_DOUBT.search(text) or FGM.search(text) or EUPHEMISM.search(text)
            or CHILD_AGE.search(text) or _child_writer(text) or FAREWELL.search(text) or ABDUCT.search(text)
            or PUPIL.search(text)):
        return "taken_abroad_soon", f"{travel} … {_find(ABROAD, text)}"
    violence = _find(VIOLENCE_PRESENT, text)
    if violence and (_now(_clause_of(violence, clauses, text)) or HELP_CALL.search(text) or HAPPENING_NOW.search(text)
                     or (HERE_NOW.search(text) and VIOLENCE_ON_PERSON.search(text)) or CRIES_NOW.search(text)) \
            and (not HABITUAL.search(text) or _JUST_NOW.search(_clause_of(violence, clauses, text))):
        return "violence_now", violence
    violence = _find(VIOLENCE_PROGRESSIVE, text)
    if violence and not HABITUAL.search(text):
        return "violence_now", violence
    violence = _find(VIOLENCE_ACT, text)
    when = _clause_of(violence, clauses, text) if violence else text
    if violence and (TODAY.search(when) or _now(when)) and not HABITUAL.search(text) \
            and not CALM.search(text) and not PAST.search(text) and not SINCE_LONG.search(text):
        return "violence_now", violence
    repeat = _find(REPEAT, text)
    if repeat and VIOLENCE_ON_PERSON.search(text) and not PAST.search(text) and not HABITUAL.search(text):
        return "threat_soon", repeat
    means = _find(SELF_MEANS, text)
    if means and DARE.search(text) and not PERSON.search(text):
        return "self_harm", means
    restored = _find(HONOUR_RESTORED, text)
    if restored and _personal(text):
        return "threat_to_kill", restored
    veiled = _find(VEILED_THREAT, text)
    if veiled and (HONOUR_ANGER.search(text) or STRONG_VEILED.search(text) or INJURY.search(text)
                   or VIRGINITY_CHECK.search(text) or VANISHED.search(text) or COMING_TO_FETCH.search(text)
                   or DISCOVERY.search(text)) and (
            _soon_not_later(text) or TODAY.search(text) or ON_THE_WAY.search(text) or NEARBY.search(text)):
        return "threat_soon", veiled
    ran = _find(RAN_AWAY, text)
    if ran and SEARCHED.search(text) and not PAST.search(text):
        return "help_now", ran
    unsafe = _find(HOME_UNSAFE, text)
    if unsafe and (VIOLENCE_ANY.search(text) or THREATS.search(text) or MENACE.search(text)) \
            and not PAST.search(text):
        return "help_now", unsafe
    hiding = _find(HIDING_OTHER, text)
    if hiding and (VIOLENCE_ON_PERSON.search(text) or THREATS.search(text)) and not PAST.search(text):
        return "help_now", hiding
    outside = _find(OUTSIDE, text)
    if outside and FEAR.search(text):
        return "help_now", outside
    coming = _find(COMING, text)
    if coming and HELP_CALL.search(text):
        return "help_now", coming
    nowhere = _find(NOWHERE, text)
    if nowhere and (_soon_not_later(text) or TODAY.search(text)) and not SAFE_WITH_US.search(text):
        return "help_now", nowhere
    held = _held_inside(text)
    if held:
        return "locked_in", held
    following = _find(FOLLOWING, text)
    if following and _now(text) and not HABITUAL.search(text):
        return "help_now", following
    return _emergency_5(text, clauses, sentences or (text,)) or _emergency_7(text, clauses, sentences or (text,)) \
        or _emergency_14(text, clauses, sentences or (text,)) or _emergency_15(text, clauses, sentences or (text,)) \
        or _emergency_16(text, clauses, sentences or (text,)) or _emergency_17(text) or _emergency_18(text, clauses) or _emergency_19(text, clauses) or _emergency_20(text, clauses)


def _locked_in(text: str) -> Optional[str]:
    """Locked in or kept behind a locked door, unless the writer locked herself in to study or rest."""
    if SELF_LOCKED.search(text) and CHOSEN_PURPOSE.search(text) and not FEAR.search(text):
        return None
    return _find(LOCKED_IN, text) or (_find(KEPT_BEHIND_DOOR, text) if DOOR_OR_LOCK.search(text) else None)


def _locked_in_not_a_thing(text: str) -> Optional[str]:
    """A person locked in, not a passport locked in a bag (then the later rules read the message)."""
    found = _locked_in(text)
    return None if found and _a_thing_locked(text, found) else found


def _about_a_pet(text: str, matched: str) -> bool:
    """A pet locked in or hiding ("min katt blev inlåst i förrådet"), or a stuck lift, not a person."""
    return bool(PET.search(text)) and not PERSON_OBJECT.search(matched)


def _pet_accident(text: str) -> bool:
    """A pet hit by a car or put down, and no person of the writer's hurt ("our dog got hit by a car today")."""
    return bool(PET.search(text) and PET_ACCIDENT.search(text)
                and not WRITER_HURT.search(text) and not CLOSE_PERSON.search(text))


def _a_thing_locked(text: str, matched: str) -> bool:
    """A thing locked away, not a person locked in: the words around the match name a thing as what
    is locked ("keeps my passport locked in her drawer"; not "han låste in mig och tog mobilen")."""
    at = text.find(matched)
    if at < 0:
        return False
    before, after = text[:at].split(), text[at + len(matched):].split()
    window = " ".join(before[-3:] + matched.split() + after[:3])
    return bool(LOCKED_THING.search(window)) and not PERSON_OBJECT.search(matched)


# a visit at a clock time: "coming over at 8", "kommer hit klockan 19"; after Friday prayers (stop 19)
_CLOCK = re.compile(r"\b(?:at|kl|klockan|vid) \d{1,2}(?: \d\d)?\b|\befter fredagsbonen\b|\bafter (?:the )?friday prayers?\b")


def _visit_after_violence(text: str) -> Optional[str]:
    """Someone coming soon who hurt the writer the last time ("kommer hit imorgon … förra gången bröt de min arm")."""
    visit = _find(VISIT, text) or _find(TALK_WITH_ME, text) or _find(TALK_PROMISED, text)  # a "talk" tonight too (stops 18, 19)
    if visit and (_soon_not_later(text) or _CLOCK.search(text)) and LAST_TIME.search(text) and (
            INJURY.search(text) or VIOLENCE_ON_PERSON.search(text) or VIOLENCE_ACT.search(text)
            or THREATS.search(text)):
        return visit
    return None


def _held_inside(text: str) -> Optional[str]:
    """Guarded or tracked, with a threat against fleeing, strong fear or a need to get away now."""
    kept = _find(GUARDED, text) or _find(TRACKED, text)
    threat = _find(ESCAPE_THREAT, text)
    if threat and (kept or FEAR.search(text)):
        return threat
    if kept and (ESCAPE_URGENT.search(text) or LIVRADD.search(text)):
        return kept
    return None


def _strong_enough(category: str, text: str) -> bool:
    """Whether a harm is concrete enough to become imminent with a time word."""
    if category == "violence":
        return bool(VIOLENCE_ON_PERSON.search(text))
    if category == "forced_marriage":
        return not HAPPY.search(text) and bool(
            MARRY.search(text) or ((UNWILLING.search(text) or FORCED.search(text) or _child_writer(text) or CHILD_AGE.search(text))
                                   and not OTHERS_WEDDING.search(text)))
    if category == "taken_abroad":
        return not HAPPY.search(text)
    return True


def _foreign(text: str) -> Optional[str]:
    """A place abroad named in the text (a passport or an airport alone is not one)."""
    for match in ABROAD.finditer(text):
        if not re.search(r"\bpass|flyg|airport|arlanda|kastrup|landvetter", match.group(0)):
            return match.group(0)
    return None


def _a_boys_circumcision(folded: str) -> bool:
    """A boy circumcised by a doctor ("förhuden alltså", "omskära vår son hos läkaren") and no girl
    named in the message, so no cutting of a girl."""
    return bool(MALE_CIRCUMCISION.search(folded)) and not FEMALE.search(folded)


def _all_against_cutting(text: str) -> bool:
    """Everyone named is against the cutting ("farmor kommer på torsdag, hon o mina föräldrar e emot
    omskärelse"), with no "but" that turns it."""
    return bool(AGAINST_FGM.search(text)) and not re.search(r"\b(?:men|but|utom|except)\b", text)


def _lawful_weapon(text: str) -> bool:
    """A weapon a person may lawfully have (a police officer's pistol in a locked cabinet, a hunting
    knife for a girl who starts hunting, a restaurant worker's own knives, a collection), told with
    no threat, violence or fear."""
    return bool(LAWFUL_WEAPON.search(text)) and not THREATS.search(text) and not VIOLENCE_ANY.search(text) \
        and not _AFRAID.search(text) and not MENACE.search(text)


class _Unnegated:
    """A pattern read only where no "nobody" stands just before it ("I feel like a prisoner but nobody
    hits me", stop 19)."""

    _NOBODY = re.compile(r"\b(?:nobody|no one|noone|ingen|inte nagon|inte nan)(?: \w+)? $")

    def __init__(self, pattern: Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, text: str) -> Optional["re.Match[str]"]:
        return next((m for m in self.pattern.finditer(text) if not self._NOBODY.search(text[:m.start()])), None)


def _harm(text: str) -> Optional[Tuple[str, str]]:
    """(category, matched phrase) of a non-imminent personal harm."""
    for category, pattern in (
        ("forced_marriage", FORCED_MARRIAGE),
        ("fgm", FGM),
        ("violence", _Unnegated(VIOLENCE_ANY)),
        ("threats", THREATS),
        ("control", CONTROL),
        ("control", LGBTQ_CONTROL),
        # stop 19: names called at home ("calls me useless and a disgrace every day … nobody hits me")
        ("control", INSULTED),
        # stop 19: disowned or cut off ("dad said he'd … cut me off if i keep 'acting swedish'. im 16")
        ("control", DISOWNED),
        ("violence", BURNED),
    ):
        found = _find(pattern, text)
        if found and not (category == "fgm" and _a_boys_circumcision(text)):
            return category, found
    if (TRAVEL.search(text) or PASSPORT_TAKEN.search(text) or HELD_AWAY.search(text)) and ABROAD.search(text) and (
            UNWILLING.search(text) or STAY.search(text) or HELD_AWAY.search(text)) \
            and not (HOLIDAY.search(text) and not TRIP_DOUBT.search(text)) and not _ordinary_trip_question(text):
        return "taken_abroad", _find(ABROAD, text) or "abroad"
    if MARRY.search(text) or (WEDDING.search(text) and (UNWILLING.search(text) or _child_writer(text))):
        return "forced_marriage", _find(MARRY, text) or _find(WEDDING, text) or "marriage"
    unhit = _find(VIOLENCE_ANY, text)
    if unhit and not ONLY_ASKING.search(text) and not any(unhit not in said.group(0) for said in SAFE_SAID.finditer(text)):
        # "nobody hits me, but …" is a harm of another kind, not violence (stop 19); not when the
        # writer says she is safe in other words too ("nej jag är inte i fara, ingen slår mig. undrar bara …")
        return "control", unhit
    return None


def _general_or_given_up(category: str, matched: str, folded: str) -> Optional[str]:
    """Why an emergency pattern does not stand (stop 14): a general question how an authority helps
    "someone" or what the routine is, no trip planned, self-harm given up, a wedding that was, a
    threat on a condition that has not come true ("would kill her if he knew")."""
    if category in ("taken_abroad_soon", "help_now") and (HELPS_SOMEONE.search(folded) or ROUTINE.search(folded)) \
            and not (JUST_CALLED.search(folded) and (ON_THE_WAY.search(folded) or HUNTED.search(folded)
                                                     or re.search(r"\b(?:on (?:their|his|her) way|pa vag)\b", folded))) \
            and not (FIRST_PERSON.search(folded) and not PROFESSIONAL.search(folded)) and not CLOSE_PERSON.search(folded):
        return "general"
    if category == "taken_abroad_soon" and (LATER.search(folded) or _EVERY_SEASON.search(folded)) \
            and not _near(_BARE_NOW.sub(" ", LATER.sub(" ", folded))) and not (
                ABROAD_NOW.search(folded) or HERE_SINCE.search(folded) or TERM_BEGUN.search(folded) or BEING_HELD.search(folded)
                or PASSPORT_TAKEN.search(folded) or MISSING_ABROAD.search(folded)):
        # "varje sommar åker vi till irak och jag är rädd att jag inte får komma tillbaka … innan sommaren?"
        return "later"
    if category == "taken_abroad_soon" and SAID_FOR_YEARS.search(folded) and not _near(_BARE_NOW.sub(" ", folded)):
        # "whenever I argue with my parents they say 'we'll put you on a plane to iraq' … since i was 10"
        return "habitual"
    if category == "threat_to_kill" and (AT_THE_DENTIST.search(folded) or SCHOOL_CHORE.search(folded)) and re.search(r"\b(?:jag kommer|i m gonna|im gonna|i will|i ll) (?:typ )?(?:do|die)\b", matched + " " + folded):
        # "imorgon ska jag till tandläkaren o dra ut en tand, jag kommer dö 😭"
        return "hyperbole"
    if category == "threat_to_kill" and re.search(r"\b(?:lillebror|lillasyster|little (?:brother|sister)|baby (?:brother|sister))\b(?: \d+ ar| \d+| aged \d+)? (?:\w+ )?(?:hotar|threatens|threatened|hotade|says|sager)\b", folded) \
            and not _near(_BARE_NOW.sub(" ", folded)) and not WEAPON.search(folded):
        # "lillebror (7 år) hotar att 'döda mig' om jag inte ger tillbaka hans switch 🙄" (stop 17)
        return "hyperbole"
    if category == "taken_abroad_soon" and NO_TRIP.search(folded) and not IN_THE_CAR_NOW.search(folded):
        # (not "jag sitter i bilen med pappa … vi ska till flygplatsen men jag har ingen resa bokad??", stop 18)
        return "no_trip"
    if category == "self_harm" and (SELF_HARM_GIVEN_UP.search(folded) or PASSED_OVER.search(folded)) \
            and (USED_TO.search(folded) or _past(folded)):
        # "tankar på att ta livet av mig förut, typ i nian, men det har gått över"
        return "past"
    if category == "help_now" and HOW_TO_HIDE.search(folded) and not _now(folded) and not STRONG_PRESENT.search(folded):
        # "hur skyddar jag min adress efter att ha flytt? … min familj har försökt hitta mig via facebook" (stop 16)
        return "question_about_safety"
    if category == "taken_abroad_soon" and SAFE_SAID.search(folded) and (GENERAL_IF.search(folded) or re.search(r"\bif a (?:girl|boy|child|woman)\b|\bom en (?:tjej|kille|flicka)\b", folded)):
        # "I'm not in danger, I just want to know: if a girl is taken abroad and kept there, can the embassy …" (stop 16)
        return "general"
    if category == "married_off_soon" and OWN_WEDDING_DENIED.search(folded) and not FEAR.search(folded):
        # "jag ska inte gifta mig på fredag eller nåt 😅 men undrar vad man har för rättigheter" (stop 16)
        return "denied"
    if category == "self_harm" and SELF_HARM_DENIED.search(folded) and not DESPAIR.search(folded) \
            and not FAREWELL_SIGN.search(folded) and not re.search(r"\b(?:but|men) (?:i |jag )?(?:can ?t|kan inte|orkar inte|see no|ser ingen)\b", folded):
        # "I don't want to hurt myself or anything, I'm just tired of …", "jag e INTE självmordsbenägen" (stop 16)
        return "denied"
    if category == "weapon" and (LAWFUL_WEAPON.search(folded) or _lawful_weapon(folded) or re.search(r"\b(?:vapenskap\w*|gun (?:safe|cabinet)|(?:han|hon) jagar|(?:he|she) hunts|kulturellt|cultural|jambiya|kirpan|tradition\w*)\b", folded)) \
            and NEVER_THREATENED.search(folded) and not THREATS.search(NEVER_THREATENED.sub(" ", folded)):
        # "pappa har en pistol hemma i ett vapenskåp för han jagar. han har aldrig hotat nån" (stop 16)
        return "denied"
    if category == "threat_to_kill" and EVERYONE_SAYS.search(folded) and (_about_other(folded) or re.search(r"\b(?:henne|her|him|honom)\b", matched)):
        # "hennes pappa 'kommer döda henne' om hon inte e hemma innan 22 men hon sa det o skrattade, alla säger ju så"
        return "idiom"
    if category == "self_harm" and SUICIDE_AS_PRESSURE.search(folded) and not _near(_BARE_NOW.sub(" ", folded)):
        # "I said yes because my mother threatened to kill herself if I didn't. Wedding is in 2027"
        return "conditional"
    if category == "fgm_soon" and CUT_MYSELF_LONG_AGO.search(folded) and not _near(_BARE_NOW.sub(" ", folded)):
        # "jag är själv omskuren och har fått en dotter nu. hur hittar jag vård?"
        return "past"
    if category in ("taken_abroad_soon", "help_now", "locked_in") and re.search(r"\b(?:hypotetiskt|hypothetically)\b", folded) \
            and re.search(r"\b(?:inte jag|not me|not about me|inte om mig|ingen jag kanner|nobody i know|no one i know)\b", folded):
        # "hypotetiskt, om nån blir förd utomlands o hålls kvar där … inte jag alltså" (stop 16)
        return "general"
    if category == "locked_in" and OVER_NOW.search(folded) and not _now(_AGE_NOW.sub(" ", OVER_NOW.sub(" ", folded))):
        # "jag har varit inlåst hela helgen … mamma tog min mobil, fick den tillbaka nu" (stop 16)
        return "past"
    denied_rest = SAFE_SAID.sub(" ", folded).replace(matched, " ")
    if category in ("help_now", "violence_now", "locked_in") and SAFE_SAID.search(folded) and not FEAR.search(folded) \
            and (not _now(denied_rest) or (_past(folded) and not _near(_BARE_NOW.sub(" ", denied_rest)))):
        # (a harm told in the past after the denial: "nobody is threatening me rn, i'm safe, but my uncle did hit me last summer")
        # "im safe rn, nobody hits me, i just want to know …", "jag menar inte att jag är i fara nu alltså"
        return "denied"
    if category == "married_off_soon" and OWN_WEDDING_PAST.search(folded) and not UNWILLING.search(folded):
        return "past"
    if category == "help_now" and FAMILY_KIND.search(folded) and not _now(folded.replace(matched, " ")):
        # "My therapist asked if I'm in danger at home. I'm really not, my family is super supportive"
        return "denied"
    if category in ("help_now", "taken_abroad_soon") and re.search(r"\b(?:if|om) (?:i|jag) (?:ever|nagonsin|nansin) (?:\w+ ){0,8}$", folded[:folded.find(matched)]) \
            and not _near(_BARE_NOW.sub(" ", folded)) and not _now(folded) and not STRONG_PRESENT.search(folded):
        # "my brother said if i ever wear a dress outside the house he'll beat me", "if I ever get a boyfriend he'll send me back to Somalia" (stop 17)
        return "conditional"
    if category in ("violence_now", "weapon", "help_now", "threat_to_kill", "threat_soon", "taken_abroad_soon") \
            and RESOLVED_BY_AUTHORITIES.search(folded) and not _near(_BARE_NOW.sub(" ", RESOLVED_BY_AUTHORITIES.sub(" ", folded).replace(matched, " "))) \
            and not FEAR.search(RESOLVED_BY_AUTHORITIES.sub(" ", folded)):
        # "igår natt hotade pappa mamma med kniv, men polisen tog honom och han har kontaktförbud nu. Vi är trygga" (stop 18)
        return "resolved"
    if category == "threat_to_kill" and MADE_GOOD.search(folded) and CALM.search(folded) \
            and not _near(_BARE_NOW.sub(" ", _made_good(folded).replace(matched, " "))):
        # a threat last week, an apology since and all as before: "… men sen bad han om förlåtelse och nu är allt som vanligt" (stop 20)
        return "past"
    if category == "threat_to_kill" and _AT_EIGHTEEN.search(folded) and LATER.search(folded) \
            and not _near(_BARE_NOW.sub(" ", LATER.sub(" ", folded).replace(matched, " "))):
        # a threat for the day she turns 18, years off: "när jag fyller 18 … säger pappa att han kommer leta upp mig … det e 5 år kvar" (stop 20)
        return "later"
    if category == "threat_to_kill" and HABITUAL.search(folded) and CALM.search(folded) and not FEAR.search(folded) \
            and not _near(_BARE_NOW.sub(" ", CALM.sub(" ", folded).replace(matched, " "))):
        # a threat said every time they quarrel, its speaker away for months: "… varje gång vi bråkar och nu gör han lumpen i Boden till jul" (stop 20)
        return "habitual"
    if category == "violence_now" and CALM.search(folded) and not _near(_BARE_NOW.sub(" ", CALM.sub(" ", folded).replace(matched, " "))):
        # "igår kväll försökte min bror slå mig men … nu bor han hos min faster … nu är det lugnt hemma" (stop 18)
        return "past"
    if category == "help_now" and NOWHERE.search(matched) and STAYING_WITH.search(folded) and not HUNTED.search(folded) \
            and not (VIOLENCE_ANY.search(folded) or WEAPON.search(folded) or LOCKED_IN.search(folded) or THREATS.search(folded)
                     or re.search(r"\b(?:radd\w*|scared|afraid|terrified)\b", folded)):
        # thrown out, and a roof for now: "har blivit utslängd hemifrån … sover hos en kompis nu. vad gör soc?" (stop 18)
        return "sheltered"
    if category == "help_now" and PROFESSIONAL.search(folded) and SIGNS_ASKED.search(folded) and HABITUAL.search(folded) \
            and not _now(folded) and not STRONG_PRESENT.search(folded):
        # "I'm a teacher … one of my students always has her brother waiting outside the classroom. What signs should I look for?" (stop 19)
        return "general"
    if category == "help_now" and matched == "call the police" and _WILL_THEY_CALL.search(folded):
        # "will the school nurse call the police if I tell her my brother hits me sometimes?" (stop 19)
        return "general"
    if category == "threat_to_kill" and CONDITION_MET_SAFE.search(folded) and not _near(_BARE_NOW.sub(" ", folded)):
        # "said he'd kill her if she went to the party, but I think he was joking and she went anyway and she's fine" (stop 19)
        return "resolved"
    if category == "threat_to_kill" and TRIFLE_THREAT.search(folded) and not WEAPON.search(folded) and not VIOLENCE_ANY.search(folded) \
            and not _near(_BARE_NOW.sub(" ", folded)):
        # "min kompis bror sa att han skulle döda henne om hon tog hans laddare igen, de är typ bästa vänner" (stop 19)
        return "hyperbole"
    if category == "threat_to_kill" and IS_IT_A_CRIME.search(folded) and _past(folded) and not _near(_BARE_NOW.sub(" ", _undated(folded))):
        # "Om min pappa hotar att döda mig, räknas det som brott då? han sa det för länge sen när jag var 8" (stop 19)
        return "past"
    if category == "threat_to_kill" and JUST_AN_EXPRESSION.search(folded) and not _near(_BARE_NOW.sub(" ", folded)):
        # "my friend says her dad 'would kill her' if he knew … she says it like an expression and laughs"
        return "idiom"
    if category == "threat_to_kill" and _IF_HE_KNEW.search(folded) and re.search(r"\b(?:skulle|would|d)\b", matched) \
            and (HABITUAL.search(folded) or NOT_KNOWN_YET.search(folded)) and not _near(_BARE_NOW.sub(" ", folded)) and not STRONG_PRESENT.search(folded):
        return "conditional"
    return None


def _ordinary_trip_question(text: str) -> bool:
    """A practical question before a trip with no word of doubt, fear or force ("vet nån om man
    behöver visum om man har svenskt pass?", "going to somalia for the first time!! any tips for the heat?")."""
    return bool(TRAVEL_TIPS.search(text) or SAFE_TRIP.search(text) or (HOLIDAY_PRACTICAL.search(text) and TRAVEL.search(text))) and not (
        UNWILLING.search(text) or TRIP_DOUBT.search(text) or WEDDING.search(text) or MARRY.search(text)
        or PROPOSAL.search(text) or FGM.search(text) or EUPHEMISM.search(text) or FAREWELL.search(text)
        or ABDUCT.search(text) or FEAR.search(text) or HELD_AWAY.search(text)
        or (PASSPORT_TAKEN.search(text) and not PASSPORTS_KEPT_SAFE.search(text)))


def _child_writer(text: str) -> bool:
    age = parse_age(text)
    return age is not None and age < 18


def _personal(text: str) -> bool:
    return bool(FIRST_PERSON.search(text) or CLOSE_PERSON.search(text)
                # "tjej 14. får inte …", "16 (girl)", "14yo.": the writer speaks of herself
                or AGE_LABEL.match(text) or GRADE_LABEL.match(text))


def has_danger_cue(text: str) -> bool:
    """Whether a message has any word of fear, danger, help or harm at all."""
    folded = fold(text)
    return bool(CUES.search(folded)) or _names_harm(folded)


def _names_harm(folded: str) -> bool:
    """Whether the folded text names violence, a threat, self-harm, a lock, a weapon, a marriage, a
    cutting, or being kept, guarded, menaced or held abroad (in words without fear in them)."""
    return bool(VIOLENCE_ANY.search(folded) or THREATS.search(folded)
                or SELF_HARM.search(folded) or LOCKED_IN.search(folded) or WEAPON.search(folded)
                or MARRY.search(folded) or FGM.search(folded)
                or KEPT_BEHIND_DOOR.search(folded) or GUARDED.search(folded) or ESCAPE_THREAT.search(folded)
                or ESCAPE_URGENT.search(folded) or MENACE.search(folded) or HELD_NOW.search(folded))


# a month named: "vi åker i juni och nu är det februari" (no near day, whatever "nu" says)
MONTH_NAMED = re.compile(r"\b(?:i|in) (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
                         r"january|february|march|may|june|july|august|october)\b")


# a threat said now, in the present tense, in its own sentence: "they lock me in and say they'll kill me if …"
_PRESENT_THREAT = re.compile(r"\b(?:says|say|sager|hotar|threatens|threaten)\b (?:\w+ ){0,3}(?:they ll|theyll|he ll|hell|she ll|they will|he will|de ska|dom ska|han ska|hon ska|kill|doda|ar nasta|e nasta)\b")


def _made_good(folded: str) -> str:
    """The text without its words of peace made since ("idag är vi vänner", "today he walked me down
    the aisle"), whose "today" dates no danger."""
    return MADE_GOOD.sub(" ", CALM.sub(" ", folded))


def _stale(folded: str) -> bool:
    """Whether the folded text dates its harm in the past or as a habit, and nothing else in it
    brings a near date ("my cousin stayed there last year … we fly on Thursday", "hon 'föll' för
    tre år sen … han sa idag att det kan hända mig med"); a bare "nu"/"now" is no such date
    ("nu har jag egen lägenhet", "I'm safe now"), nor is a place such as an airport."""
    if not (PAST.search(folded) or HABITUAL.search(folded) or STORY_PAST.search(folded)):
        return False
    rest = _PLACE_NOW.sub(" ", HABITUAL.sub(" ", STORY_PAST.sub(" ", PAST.sub(" ", folded))))
    # "idag är vi vänner", "today he walked me down the aisle": the day of peace, no near date (stop 16)
    rest = _made_good(rest)
    return not (SOON.search(_BARE_NOW.sub(" ", _undated(rest))) and not LATER.search(folded))


def not_imminent(text: str) -> bool:
    """Whether a message says its harm is past, habitual, far off, over, or a condition with no date."""
    folded = _prepared(text)
    return bool(_stale(folded) or LATER.search(folded)
                or CALM.search(folded) or MADE_GOOD.search(folded)
                # a deadline months off, or a pressure with no date and no word of danger (stop 15)
                or ((MONTHS_OFF.search(folded) or (PRESSURE_ONLY.search(folded) and not (
                    THREATS.search(folded) or VIOLENCE_ANY.search(folded) or LOCKED_IN.search(folded) or WEAPON.search(folded)
                    or PASSPORT_TAKEN.search(folded) or FEAR.search(folded))))
                    and not _soon_not_later(_BARE_NOW.sub(" ", folded)))
                or ((CONDITIONAL.search(folded) or _IF_HE_KNEW.search(folded)) and not _soon_not_later(_BARE_NOW.sub(" ", folded))
                    # an ultimatum with a deadline today is no hypothetical: "om jag inte är hemma 18:00",
                    # "innan midnatt", "han kommer om en halvtimme" (stop 16)
                    and not NEAR_EXTRA.search(_undated(folded)) and not ON_THE_WAY.search(folded)))


_A_QUESTION = re.compile(r"\?|^\s*(?:hur|vad|vilken|vilket|kan|far|how|what|which|can|do|does|is|are)\b", re.IGNORECASE)
_AFRAID = re.compile(r"\b(?:radd\w*|rad|skrams?|scared|afraid|terrified|panik\w*|panic\w*|hjalp\w*|help)\b")
_GUN = re.compile(r"\b(?:gevar\w*|hagelgevar\w*|bossa\w*|pistol\w*|revolver\w*|vapen\w*|rifle\w*|shotgun\w*|guns?|pistols?|weapons?)\b")


# a piercing as the comparison a cutting is sold with: "mum says it's like getting your ears pierced"
_LIKE_A_PIERCING = re.compile(r"\b(?:it s|its|it is|det ar|det e|precis|samma) (?:just )?(?:like|som)\b")


def _trip_forced(folded: str) -> bool:
    """Whether a trip abroad is unwanted (beyond a trifle, or a fear for a sick relative), has no
    return, or has a marriage, a cutting or a passport taken (not one held for a visa) in it: the
    guard of the funeral and the visit exceptions."""
    return bool(UNWILLING.search(TRIFLING_UNWILLING.sub(" ", _without_fear_for_the_sick(folded))) or HELD_ABROAD_SIGN.search(folded)
                or NO_RETURN.search(folded) or MARRY.search(folded) or FGM.search(folded)
                or (PASSPORT_TAKEN.search(folded) and not PASSPORT_FOR_PAPERS.search(folded)))


def _visiting_the_sick(folded: str) -> bool:
    """A grandparent, aunt or uncle gravely ill, and nothing calling the illness a pretext
    ("… men mormor dog för två år sen") or the trip a re-education; fear that the relative
    will die is no such doubt."""
    calm = _without_fear_for_the_sick(folded)
    return bool(SICK_RELATIVE.search(folded) and not SICK_DOUBT.search(calm) and not TRIP_DOUBT.search(calm))


def _without_fear_for_the_sick(folded: str) -> str:
    """The text without a fear that a sick relative will die ("I'm scared he'll die before we get
    there"), which is no fear of the trip nor an unwillingness to go."""
    return FEAR_FOR_THE_SICK.sub(" ", folded)


def looks_benign(text: str) -> bool:
    """Good news, a holiday, medicine, somebody else's wedding, a pet, a funeral, a sports injury, a
    laughing emoji, a grandparent gravely ill, a knife for fishing or cooking, or harm not imminent."""
    folded = _prepared(text)
    calm = _without_fear_for_the_sick(folded)
    return bool(BENIGN.search(folded) or OWN_CHOICE_WEDDING.search(folded) or HAPPY.search(folded) or OTHERS_WEDDING.search(folded)
                or (PET.search(folded) and not WRITER_HURT.search(folded) and not FAREWELL_SIGN.search(folded))
                or BENIGN_SECRET.search(folded)
                # a school trip or swimming forbidden, an animal slaughtered for a feast, with no violence
                or ((ACTIVITY_FORBIDDEN.search(folded) or ANIMAL_SLAUGHTER.search(folded) or NEVER_HURT.search(folded)
                     or EXCEPT_SCHOOL.search(folded) or (PIERCING.search(folded) and not _LIKE_A_PIERCING.search(folded)))
                    and not VIOLENCE_ANY.search(folded) and not THREATS.search(folded) and not LOCKED_IN.search(folded)
                    and not KEPT_BEHIND_DOOR.search(folded) and not GUARDED.search(folded) and not MARRY.search(folded))
                or (_lawful_weapon(folded) and _A_QUESTION.search(text))
                # a question about one's rights with no near date, no fear and nobody kept in
                or (RIGHTS_QUESTION.search(folded) and not _soon_not_later(_BARE_NOW.sub(" ", folded))
                    and not _AFRAID.search(folded) and not LOCKED_IN.search(folded) and not NOT_ALLOWED_OUT.search(folded)
                    and not GUARDED.search(folded) and not KEPT_BEHIND_DOOR.search(folded) and not VIOLENCE_ANY.search(folded))
                or MEDICAL.search(folded) or LAUGHING.search(text) or not_imminent(text)
                or ((MISUNDERSTOOD.search(folded) or JOKED_ABOUT.search(folded) or FAMILIES_GLAD.search(folded)
                     or (WORK_TRIP.search(folded) and not (MARRY.search(folded) or WEDDING.search(folded) or FGM.search(folded)
                                                           or PASSPORT_TAKEN.search(folded) or ABDUCT.search(folded))))
                    and not VIOLENCE_ANY.search(folded) and not THREATS.search(folded))
                or (_visiting_the_sick(calm) and not UNWILLING.search(calm) and not VIOLENCE_ANY.search(folded))
                # a question about a knife for fishing or cooking, with no threat in it (a gun is never
                # benign here, nor a knife a husband sharpened tonight, told without a question)
                or (WEAPON_USE.search(folded) and _A_QUESTION.search(text) and not _GUN.search(folded)
                    and not THREATS.search(folded)
                    and not MENACE.search(folded) and not VEILED_THREAT.search(folded) and not _AFRAID.search(folded))
                or (HOLIDAY.search(folded) and not TRIP_DOUBT.search(folded))
                or (NOT_SAID_TO_ME.search(folded) and not VIOLENCE_ANY.search(folded) and not _soon_not_later(_BARE_NOW.sub(" ", folded)))
                or ((_ordinary_trip_question(folded) or NO_TRIP.search(folded)) and not VIOLENCE_ANY.search(folded)
                    and not THREATS.search(folded))
                or (FISHING_TRIP.search(folded) and not VIOLENCE_ANY.search(folded) and not THREATS.search(folded))
                # the writer's own "threat" to a sister, just strict parents, being disowned (stop 16), names
                # called (stop 17: "my family keeps calling me a whore … I feel like garbage") or a threat to tell
                # (stop 18: "my uncle keeps threatening to tell everyone I'm a slut"), with no violence
                or ((WRITER_THREATENS.search(folded) or JUST_STRICT.search(folded) or DISOWNED.search(folded) or INSULTED.search(folded)
                     or THREAT_TO_TELL.search(folded))
                    and _tells_no_danger(THREAT_TO_TELL.sub(" ", folded)) and not _now(folded)
                    and not _soon_not_later(_BARE_NOW.sub(" ", folded)) and not NEAR_EXTRA.search(_undated(folded))
                    and not re.search(r"\b(?:skriker|screaming|yelling|kom efter|came after|sprang|ran|las|lock|garaget|garage)\b", folded))
                or (ACCIDENT_CUT.search(folded) and not THREATS.search(folded) and not _KIN_NAMED.search(folded)
                    and not re.search(r"\b(?:scared|afraid|radd|hjalp|help)\b", folded))
                # danger denied in so many words, and none told (stop 16): "i'm not in danger or anything, just want to ask"
                or (SAFE_SAID.search(folded) and _tells_no_danger(folded) and not _near(_BARE_NOW.sub(" ", SAFE_SAID.sub(" ", folded))))
                # a scam, or a "threat" said as a joke, with no violence (stop 16)
                or ((SCAM.search(folded) or JOKE_SAID.search(folded)) and not VIOLENCE_ANY.search(folded) and not WEAPON.search(folded)
                    and not LOCKED_IN.search(folded))
                # a relative who asks how to make a sister obey, and tells of no danger (stop 16)
                or (WANTS_OBEY.search(folded) and _tells_no_danger(folded)))


def _tells_no_danger(folded: str) -> bool:
    """Whether a folded message names no violence, weapon, locking in, threat or fear (the guard of
    the stop-16 kinds that looks_benign lets the classifier's emergency fall on)."""
    return not (VIOLENCE_ANY.search(folded) or WEAPON.search(folded) or LOCKED_IN.search(folded)
                or THREATS.search(folded) or FEAR.search(folded))


def only_asks_for_a_person(text: str) -> bool:
    """Whether a message asks for a counsellor or a person to talk to and has no word of fear,
    danger, help or harm ("Is there a counsellor I can call tonight?")."""
    return bool(ASKS_FOR_A_PERSON.search(fold(text))) and not has_danger_cue(text)


def only_asks_about_privacy(text: str) -> bool:
    """Whether a message asks about anonymity or what is stored and tells of no danger, harm or fear
    ("e detta anonymt? jag e 13 och vill inte att nån ska veta")."""
    folded = fold(text)
    return bool(PRIVACY_QUESTION.search(folded)) and not (
        _names_harm(folded) or FEAR.search(folded) or _AFRAID.search(folded) or HELP_CALL.search(folded))


def tells_of_trouble_at_home(text: str) -> bool:
    """Whether a message says home is hard or too strict ("vill bara att det ska bli bättre hemma")."""
    return bool(HOME_TROUBLE.search(fold(text)))


def is_personal(text: str, laughing_allowed: bool = False) -> bool:
    """Whether a message speaks of the writer or a close person (not news, not a question); with
    `laughing_allowed`, also when it laughs ("Farmor säger att jag ska gifta mig med min kusin … jag
    går i sexan lol": a child tells of her own life with a laugh)."""
    folded = fold(text)
    return _personal(folded) and _context(folded) in ((None, "joke") if laughing_allowed else (None,))


# contexts in which a message tells of something other than the writer's own danger; a joke and a
# hypothetical question are not among them (people in danger joke and ask "what if")
_TOLD_ELSEWHERE = {"news", "school_work", "fiction", "hyperbole", "hunting", "general"}


def told_of_elsewhere(text: str) -> bool:
    """Whether a message is about news, school work, fiction, a game or a match, a trifle, hunting
    or the work in general, so that danger words in it are not the writer's danger."""
    return _context(fold(text)) in _TOLD_ELSEWHERE


def _about_other(text: str) -> bool:
    return bool(CLOSE_PERSON.search(text)) and not SELF_OBJECT.search(text)


# a rumour the writer heard, whose "jag" is no personal story: "jag har hört att man kan bli inlåst …" (stop 18)
_RUMOUR_OPENER = re.compile(r"^(?:jag )?har hort att\b|^i (?:ve|have) heard (?:that )?")


def _context(text: str) -> Optional[str]:
    """The non-emergency context the text is written in, if any."""
    for name, pattern in SUPPRESSORS:
        if pattern.search(text):
            return name
    if HYPOTHETICAL.search(text) and not SELF_OBJECT.search(_RUMOUR_OPENER.sub(" ", text)):
        return "hypothetical"
    if (GENERAL_IF.search(text) and not _personal(text)) or (re.match(r"(?:om|if) ", text) and ONLY_ASKING.search(text)):
        # "Om någon blir inlåst hemma av sin familj, räknas det som hedersvåld då?"
        return "hypothetical"
    return None


# a search still going on, not a finding: "letar efter henne", "they'll find her", "looking for her"
_SEARCH_ONLY = re.compile(r"letar|looking|search|hunting|find|hitta|spara")
_FOUND = re.compile(r"\b(?:hittat|hittade|found|har hittat|vet var hon|know where she|knows where she|outside|utanfor)\b")


# weapon emoji, which fold strips: "🔪 min pappa. jag är rädd"
_WEAPON_EMOJI = {"\U0001F52A": " kniv ", "\U0001F5E1": " kniv ", "\U0001F52B": " pistol ", "\u2694": " svard ", "\U0001FA93": " yxa "}
_WEAPON_EMOJI_RX = re.compile("|".join(_WEAPON_EMOJI))


def _name_weapons(text: str) -> str:
    """The text with weapon emoji written out as words."""
    if not isinstance(text, str):
        return text
    return _WEAPON_EMOJI_RX.sub(lambda match: _WEAPON_EMOJI[match.group(0)], text)


def _dated(folded: str) -> str:
    """The folded text with its time words set right, for every reading of its dates:
    a trip told as begun dates the arrival, not a trip to come ("we came for the summer holiday in
    june"); a term or a graduation days away brings "the summer holidays" and "efter studenten" to
    days away; a birthday dates nothing else ("jag fyller 17 nästa månad", "nyss fyllt 18")."""
    folded = TRIP_BEGUN.sub(_arrived, folded)
    if TERM_ENDS_SOON.search(folded):
        # "… ska gifta mig i sommar. sommarlovet börjar om 4 dagar": this summer is days away too
        folded = _THIS_SUMMER.sub(" om en vecka ", SUMMER_BREAK.sub(" om en vecka ", folded))
    elif TERM_BEGUN.search(folded):
        # "never came back from her summer holiday … school started 3 weeks ago": that holiday is over
        folded = _SUMMER_WORDS.sub(" trip ", folded)
    elif MONTH_NOW.search(folded) and SUMMER_BREAK.search(folded) and not _SINCE_THE_BREAK.search(folded):
        # "det är mars nu": the summer holidays are months away
        folded = SUMMER_BREAK.sub(" om nagra manader ", MONTH_NOW.sub(" ", folded))
    return JUST_TURNED.sub("", BIRTHDAY_DATED.sub(" ", folded))


_THIS_SUMMER = re.compile(r"\b(?:i sommar|this summer)\b")
# a summer break she has been away since, which is over: "jag är i irak hos farmor sen sommarlovet … nu är det oktober" (stop 20)
_SINCE_THE_BREAK = re.compile(r"\b(?:sen|sedan|since) (?:the )?(?:sommarlovet|sommarlov|summer holidays?|summer break)\b")
_DESTINATION = re.compile(r"\b(?:to|till) (\w+)")
_SUMMER_WORDS = re.compile(r"\b(?:the )?(?:summer holidays?|summer break|sommarlovet|sommarlov)\b")


def _arrived(match: "re.Match[str]") -> str:
    """A trip told as begun, as an arrival: its verb, its destination if named, and "there"
    ("we came to turkey for a wedding in june" → "came to turkey there")."""
    destination = _DESTINATION.search(match.group(0))
    to = f" to {destination.group(1)}" if destination else ""
    return f" {match.group(0).split()[0]}{to} there "


def _story_ends_in_danger(sentences: Tuple[str, ...]) -> bool:
    """Whether a story dated in the past goes on, after its last past sentence, to a sentence that is
    an emergency on its own ("i moved last month. a man has been standing outside all evening")."""
    past = [index for index, sentence in enumerate(sentences) if _past(sentence)]
    if not past:
        return False
    return any(_emergency(sentence, _clauses(sentence), (sentence,)) and not LATER.search(sentence)
               and not HABITUAL.search(sentence) and not SAFE_NOW.search(sentence)
               for sentence in sentences[past[-1] + 1:])


def _past(text: str) -> bool:
    """Whether the folded text dates its harm in the past ("should have done years ago" does not)."""
    return bool(PAST.search(COUNTERFACTUAL.sub(" ", text)))


def _prepared(text: str) -> str:
    """The folded text with its time words set right (_dated), a passport the writer mislaid and a
    deadline ("my residence permit expires next month") taken out, and what the message itself
    takes back (_reframed)."""
    folded = _reframed(DEADLINE.sub(" ", LOST_PASSPORT.sub(" ", _dated(_NOT_SUICIDAL.sub(" ", _NOT_NOW.sub(" not ", fold(_unquoted(text))))))))
    folded = LIFE_IS_A_FILM.sub(" ", INSTEAD_OF.sub(" ", folded))
    forward = MOVED_FORWARD.search(folded) or RESTATED_SOON.search(folded)
    if forward:
        # the summer plan is moved to Thursday, or "efter studenten, alltså på fredag": the far date
        # before the move or the restatement dates nothing
        folded = LATER.sub(" ", folded[:forward.end()]) + folded[forward.end():]
    without_age = AGE_DEADLINE.sub(" ", folded)
    if without_age != folded and _soon_not_later(_BARE_NOW.sub(" ", without_age)):
        folded = without_age  # "på fredag innan jag fyller 18": the day dates it, the age is a deadline
    return folded.strip()


# a time word denied, which dates nothing: "inte idag dock, han e på jobbet", "he's not home rn"
# a wish to die denied: "I don't want to die or anything, I'm just tired of …"
_NOT_SUICIDAL = re.compile(r"\b(?:i )?(?:don ?t|do not|dont) want to (?:die|kill myself)(?: or anything)?\b")
_NOT_NOW = re.compile(r"\b(?:inte|not|ej) (?:idag|i dag|today) (?=dock|though|tho|men|but|anyway|iaf|i alla fall|atleast|at least)"
                      r"|\b(?:inte|not|isn ?t|aren ?t|ej) (?:hemma|home|here|har|in) (?:rn|right now|just nu|nu|now)\b")


# a holiday or a funeral in scare quotes is a pretext: "vi kom hit på 'semester'", "took us to his village 'for a funeral'"
_SCARE_QUOTED = re.compile(r"['\"‘’“”´`]((?:for (?:a |the )?|pa |till )?(?:semester|semestern|holiday|vacation|trip|resa|resan|visit|besok|"
                           r"funeral|begravning\w*|bröllop|wedding))['\"‘’“”´`]", re.IGNORECASE)


_NOT_REAL = re.compile(r"funeral|begravning|bröllop|wedding", re.IGNORECASE)


def _unquoted(text: str) -> str:
    """The raw text with a holiday, a funeral or a wedding in scare quotes marked as so-called ("sa
    kallad"): a holiday keeps its word (the rule on a trip begun still reads it), a funeral or a
    wedding loses it (neither is real, and both would read as harmless)."""
    if not isinstance(text, str):
        return text
    return _SCARE_QUOTED.sub(lambda m: " sa kallad " if _NOT_REAL.search(m.group(1)) else f" {m.group(1)} sa kallad ", text)


def _reframed(folded: str) -> str:
    """The folded text with a gladness it takes back left out, and a wedding called a cousin's that
    the writer says is her own ("… men jag har hört att bröllopet är mitt") read as her own."""
    folded = HAPPY_AT_FIRST.sub(" ", folded)
    if WEDDING_IS_MINE.search(folded):
        folded = OTHERS_WEDDING.sub(" mitt brollop ", folded)
    return folded


def detect_danger(text: str) -> DangerVerdict:
    """Classify one message: emergency (danger now or imminent), harm, or none."""
    text = _name_weapons(text)
    folded = _prepared(text)
    if not folded:
        return NONE
    overdose = _find(OVERDOSE, folded)
    if overdose:
        # an overdose taken is an emergency whatever the rest of the message says
        return DangerVerdict("emergency", "self_harm", _about_other(folded), overdose)
    context = _context(folded) or ("joke" if LAUGHING.search(text) else None) or (
        "hyperbole" if DRAMATIC.search(folded) and not WEAPON.search(folded) and not VIOLENCE_ANY.search(folded) else None)
    clauses, sentences = _clauses(text), _sentences(text)  # split once, read by every rule below
    emergency = _emergency(folded, clauses, sentences)
    if emergency:
        category, matched = emergency
        other = _about_other(folded)
        context = _context_overruled(context, category, matched, folded, clauses)
        if context:
            return DangerVerdict("none", category, other, matched, context)
        if category == "help_now" and HABITUAL.search(folded) and CALM.search(folded) and not NOW.search(
                CALM.sub(" ", folded).replace(matched, " ")):
            # "min bror brukar slå mig när föräldrarna inte är hemma. idag har inget hänt, de är hemma nu"
            return DangerVerdict("harm" if _personal(folded) else "none", "threats", other, matched, "habitual")
        if category == "help_now" and PICKUP.search(folded) and not (
                PICKUP_FRIGHT.search(folded) or HONOUR_ANGER.search(folded) or DISCOVERY.search(folded)
                # a pick-up to a relative abroad with no way home, or one the writer does not want after a "fall" (stop 16)
                or NO_RETURN.search(folded) or (_foreign(folded) and UNWILLING.search(folded)) or PICKUP_UNWANTED.search(folded)
                # "om jag inte kommer hem innan 9 ikväll så kommer han hämta mig själv och 'då blir det sista gången'"
                or re.search(r"\b(?:sista gangen|last time)\b", folded) or (CONDITIONAL.search(folded) and NEAR_EXTRA.search(_undated(folded)))
                or LAST_SCHOOL_DAY.search(folded)):
            # an ordinary pick-up: "mamma är på väg hit nu, hon ska hämta mig"
            return DangerVerdict("none", category, other, matched, "pickup")
        if category == "help_now" and re.search(rf"{re.escape(matched)}(?: \w+){{0,3}} (?:{HABITUAL.pattern})", folded) \
                and not STRONG_PRESENT.search(folded) and not NOW.search(folded) and not DOOR_KEPT_SHUT.search(folded):
            # a car seen outside every day is a habit to tell about, not somebody at the door now
            return DangerVerdict("harm" if _personal(folded) else "none", "threats", other, matched, "habitual")
        # (somebody on the way is about a pet only in the pet's own clause: "can i bring my cat to a shelter? … they're coming")
        if category in ("locked_in", "help_now") and _about_a_pet(
                folded if category == "locked_in" else _clause_of(matched, clauses, folded), matched) or (
                category in ("violence_now", "help_now") and _pet_accident(folded)):
            # a cat locked in the shed, a dog hit by a car
            return DangerVerdict("none", category, other, matched, "pet")
        if category == "taken_abroad_soon" and (FUNERAL.search(folded) or _visiting_the_sick(folded)) and not _trip_forced(folded):
            # flying out for a grandmother's funeral, or to an aunt who is very sick
            return DangerVerdict("none", category, other, matched, "funeral")
        if category == "taken_abroad_soon" and ((VISITS_THERE.search(folded) and HABITUAL.search(folded)) or WILL_MISS_THEM.search(folded)
                                                or PASSPORT_FOR_PAPERS.search(folded)) and not _trip_forced(folded):
            # "ska åka till pappa i dubai på lördag, han bor där och jag hälsar på varje sommar", "mormor ska åka
            # tillbaka till Syrien … jag kommer sakna henne", a passport with dad "för att fixa visum" (stop 17)
            return DangerVerdict("none", category, other, matched, "visit")
        if category in ("married_off_soon", "taken_abroad_soon") and LOVE_MATCH.search(folded) \
                and not UNWILLING.search(folded) and not PASSPORT_TAKEN.search(folded):
            # "min kusin gifter sig på lördag med sin stora kärlek, hela släkten flyger till Beirut imorgon"
            return DangerVerdict("none", category, other, matched, "own_choice")
        if category == "married_off_soon" and OWN_CHOICE_WEDDING.search(folded) and not UNWILLING.search(folded):
            # "jag förlovar mig nästa vecka med min kusin och jag har valt honom själv"
            return DangerVerdict("none", category, other, matched, "own_choice")
        if category == "fgm_soon" and _a_boys_circumcision(folded):
            # "imorgon ska jag omskäras sa doktorn (förhuden alltså, jag e kille)"
            return DangerVerdict("none", category, other, matched, "medical")
        sick = FEAR_FOR_THE_SICK.search(folded)
        if category == "threat_to_kill" and sick and (matched in sick.group(0) or sick.group(0) in matched):
            # "mamma ska opereras på fredag och jag är så rädd att hon ska dö": fear for her, no threat
            return DangerVerdict("none", category, other, matched, "medical")
        if category == "locked_in" and CURFEW.search(folded) and HABITUAL.search(folded) \
                and not FEAR.search(folded) and not NOW.search(folded):
            # a door locked at nine every night, "as it has always been": a curfew to tell about
            return DangerVerdict("harm" if _personal(folded) else "none", "control", other, matched, "habitual")
        if category == "locked_in" and _a_thing_locked(folded, matched):
            return DangerVerdict("none", category, other, matched, "a_thing_locked")
        if category == "help_now" and _SEARCH_ONLY.search(matched) and not STRONG_PRESENT.search(folded) \
                and not _FOUND.search(folded) and (
                    (other and SHELTER.search(folded) and CAN_THEY.search(folded))
                    or (PROTECTION_ASKED.search(folded) and not _now(folded))):
            # a search still going on and a question how to stay hidden: a sister in a shelter whom the
            # family searches for ("can they find her?"), or "hur får man skyddade personuppgifter? min
            # familj letar efter mig"
            return DangerVerdict("harm", "threats", other, matched, "question_about_safety")
        general = _general_or_given_up(category, matched, folded)
        if general == "denied" and category == "self_harm":
            # the self-harm denied, another danger told: "I'm not suicidal or anything but … since they locked me in" (stop 18)
            rest = _emergency(folded.replace(matched, " "), clauses, sentences)
            if rest and rest[0] != "self_harm" and not _general_or_given_up(rest[0], rest[1], folded):
                category, matched = rest
                general = None
        if general:
            return DangerVerdict("harm" if _personal(folded) and general not in ("general", "denied") else "none",
                                 HARM_CATEGORY_OF.get(category), other, matched, general)
        dated_now = category in ("married_off_soon", "taken_abroad_soon", "threat_to_kill", "threat_soon") and any(
            all(part in sentence for part in matched.split(" … "))
            and _near(_BARE_NOW.sub(" ", sentence)) and not _settled(sentence)
            for sentence in sentences)  # a long story with a past, and the nikah or the trip this Friday
        if _past(folded) and _stale(folded) and not dated_now and not STRONG_PRESENT.search(ASKS_IF_AGAIN.sub(" ", _undated(_made_good(folded)))) \
                and not (category == "help_now" and IN_THE_CAR_NOW.search(folded)) \
                and not (category == "threat_to_kill" and MINUTES_AWAY_FROM_ME.search(folded)) \
                and not (category in ("taken_abroad_soon", "married_off_soon") and WRITING_FROM_ABROAD.search(folded) and _foreign(folded)
                         and (PASSPORT_TAKEN.search(folded) or PASSPORT_TAKEN_SAID.search(folded) or MARRY_HERE.search(folded))) \
                and not _only_the_leaving_is_past(matched, clauses) \
                and not (category in ("locked_in", "taken_abroad_soon") and ABROAD_NOW.search(folded) and _foreign(folded)
                         and (NOT_ALLOWED_OUT.search(folded) or NOT_LET_HOME.search(folded))) \
                and not (category == "locked_in" and NOT_OUT_FOR_DAYS.search(folded)) \
                and not (category == "locked_in" and _foreign(folded) and _flight_soon(clauses)) \
                and not (category == "threat_soon" and NEXT_VICTIM.search(matched) and not _past(_clause_of(matched, clauses, folded))) \
                and not (category in ("threat_to_kill", "locked_in", "threat_soon") and any(
                    matched in sentence and not _past(sentence) and _PRESENT_THREAT.search(sentence) for sentence in sentences)) \
                and not (category in ("help_now", "locked_in") and any(  # "… sent him to bring me back and he knows where i live now. i left 2 months ago" (stop 18)
                    # stop 20: "… o nu har han låst in mig i lägenheten. vi gifte oss i hemlandet förra året"
                    matched in sentence and not _past(sentence) and _now(sentence.replace(matched, " ")) and not CALM.search(sentence)
                    for sentence in sentences)) \
                and not _story_ends_in_danger(sentences) and not (
                category == "taken_abroad_soon"
                and (HELD_NOW.search(folded) or MISSING_ABROAD.search(folded) or STAY_AND_MARRY.search(folded)
                     or ((ABROAD_NOW.search(folded) or TERM_BEGUN.search(folded)) and HELD_ABROAD_SIGN.search(folded))
                     or (ABROAD_NOW.search(folded) and PASSPORT_TAKEN.search(folded))
                     # "tog henne till Irak för en vecka sedan … de har tagit hennes pass" (stop 16)
                     or (TAKEN_THERE.search(folded) and (PASSPORT_TAKEN.search(folded) or PASSPORT_TAKEN_SAID.search(folded))
                         and not CAME_HOME.search(folded))
                     or (NEVER_CAME_BACK.search(folded) and (PASSPORT_TAKEN.search(folded) or PASSPORT_GONE.search(folded))))):
            level = "harm" if _personal(folded) else "none"
            return DangerVerdict(level, HARM_CATEGORY_OF[category], other, matched, "past")
        return DangerVerdict("emergency", category, other, matched)
    if context == "joke" and _personal(folded):
        # a marriage decided for the writer on a near day, the laugh in another clause (stop 17):
        # "de har bestämt att jag ska gifta mig efter eid nästa vecka 🙂 … lol nice"
        harm = _harm(folded)
        if harm and harm[0] == "forced_marriage" and FORCED.search(folded) and _own_clause_free_of("joke", harm[1], clauses, folded) \
                and _soon_not_later(_BARE_NOW.sub(" ", _clause_of(harm[1], clauses, folded))) and not HAPPY.search(folded):
            return DangerVerdict("emergency", "married_off_soon", _about_other(folded), harm[1])
    if context or not _personal(folded) or _pet_accident(folded):
        return NONE
    harm = _harm(folded)
    if harm:
        category, matched = harm
        # "ska gifta mig i sommar i Kosovo, vi åker om fem dagar": the trip abroad is near whatever the wedding's date (stop 17)
        # stop 18: or no country named, when she is married against her will ("gifta mig me min kusin i sommar o vi åker om
        # 4 dagar … ja vill inte")
        # stop 20: a cutting needs no country named ("ska 'göra en liten operation' hos sin faster när de åker på fredag … omskärelse")
        trip_soon = category in ("forced_marriage", "taken_abroad", "fgm") and _flight_soon(clauses) and bool(
            category == "fgm" or _foreign(folded)
            or (category == "forced_marriage" and UNWILLING.search(folded) and not HOLIDAY.search(folded)))
        if category in IMMINENT_WHEN_SOON \
                and (_soon_not_later(_BARE_NOW.sub(" ", _clause_of(matched, clauses, folded))) or trip_soon) \
                and not (category in ("forced_marriage", "taken_abroad", "fgm") and LATER.search(folded) and not trip_soon) \
                and not _settled(_clause_of(matched, sentences, folded)) \
                and _strong_enough(category, folded) \
                and not (category == "fgm" and _all_against_cutting(folded)):
            # strong personal harm with a near-future time word: treat as imminent
            return DangerVerdict("emergency", IMMINENT_WHEN_SOON[category], _about_other(folded), matched)
        return DangerVerdict("harm", category, _about_other(folded), matched)
    return NONE


# --- classes added after the 320 new training emergencies (understated, indirect, veiled) ----------

# a sentence ends at . ! ? ; or a line break, not at a comma: "he said they'll deal with it, he's home at 6"
_SENTENCE_BREAK = re.compile(r"[.!?;\n]+")


def _sentences(text: str) -> Tuple[str, ...]:
    """The folded sentences of a raw message."""
    return tuple(part for part in (fold(piece) for piece in _SENTENCE_BREAK.split(text)) if part)


def _near(sentence: str) -> bool:
    """Whether a sentence dates what it says in the near future or now, and not far off."""
    undated = _undated(sentence)
    return bool(SOON.search(undated) or NEAR_EXTRA.search(undated)) and not LATER.search(sentence)


def _settled(text: str) -> bool:
    """Whether the text says its harm is past or a habit."""
    return bool(_past(text) or HABITUAL.search(text))


# who is near: a relative, "he", "they", a strange man
_NEAR_CUE = re.compile(
    r"\b(?:nu|now|rn|just|precis|nyss|just nu|right now|idag|ikvall|inatt|today|tonight|hjalp|help|snalla|please|pls|sos|"
    r"radd\w*|scared|afraid|terrified|shaking|skakar|panik\w*|vagar inte|don ?t dare|gomm\w*|hiding|hide|rymt|rymde|stack|"
    r"flydde|ran away|ran|fled|skyddad\w*|skyddat boende|shelter|protected|ingen ska veta|nobody is supposed to know|"
    r"how does he know|hur vet han|vart ska jag|where (?:do|can|should) i go|tror det ar|i think it s|found out|fick veta|"
    r"hittat|hittade|found|saw|sag|arg|angry|furious|rasande|heder\w*|honou?r|skam\w*|shame|snart|soon|chased|jagade|"
    r"what do i do|vad ska jag gora|vad gor jag|under sangen|under the bed|i garderoben|\d+ (?:times|ganger)|honom|him)\b")
# a place abroad in words (a passport or an airport is none): "hemlandet", "the village", "back home"
_ABROAD_PLACE = re.compile(r"\b(?:utomlands|hemlandet|hemland|utlandet|abroad|back home|home country|(?:hem)?byn|village|over there|dar nere|down there)\b")
# a threat made every summer is a topic, not a stay under way: "every summer they threaten to leave me there"
_EVERY_SEASON = re.compile(r"\b(?:every|each|varje|varenda) (?:summer|year|holiday|winter|sommar|ar|lov|sommarlov)\b")
_HER = re.compile(r"\b(?:her|she|henne|hon)\b")
_HE_HAS = re.compile(r"\b(?:hes|shes|theyre|he s|she s|they re|han har|hon har|dom har|de har|he has|she has|they have)\b")
_SMASH = re.compile(r"\b(?:slar sonder|smashing|breaking|smashes|broke|kastar saker|throwing things)\b")
_SMASH_WHY = re.compile(r"\b(?:radd\w*|scared|afraid|terrified|gommer|hiding|hide|kill|doda|drunk|full|hallway|hallen)\b")
_ONLY_HELP_5 = re.compile(
    r"^(?:(?:snalla|please|pls|plz) )?(?:hjalp|help)(?: (?:mig|me))?(?: (?:snalla|please|pls|plz|nu|now|snabbt|fort|quick|quickly|fast|asap))+$"
    r"|^(?:snalla|please|pls|plz) (?:kom|come)(?: (?:hit|here|nu|now|fast|snabbt|quick))*$")
_HOME_AFRAID = re.compile(
    r"\b(?:vagar (?:jag |hon |han )?inte (?:ga|komma|aka) (?:in|hem)|radd (?:for )?att (?:ga|komma|aka) hem|(?:scared|afraid|terrified) to go (?:back )?home|kom inte hem|inte komma hem|"
    r"(?:shouldn ?t|should not|don ?t|not to) come home|(?:tror inte|don ?t think) (?:jag|i) (?:klarar mig|make it|survive))\b")
_HOME_AFRAID_WHY = re.compile(r"\b(?:trapphuset|porten|stairwell|bakom mig|behind me|found out|fick veta|hittat|hittade|saw|sag|"
                              r"pictures|bilderna|ikvall|idag|tonight|today)\b")


def _signs(patterns: Tuple[Pattern[str], ...], text: str) -> Tuple[str, ...]:
    """The phrases of the distinct sign patterns that a text has, one per pattern."""
    return tuple(match.group(0) for match in (pattern.search(text) for pattern in patterns) if match)


_NO_RETURN_SIGNS = tuple(re.compile(rf"\b(?:{sign})\b") for sign in NO_RETURN_SIGNS)
_FAREWELL_SIGNS = tuple(re.compile(rf"\b(?:{sign})\b") for sign in FAREWELL_SIGN_SIGNS)
_NEAR_NOW_SIGNS = tuple(re.compile(rf"\b(?:{sign})\b") for sign in NEAR_NOW_SIGNS)
# cutting arranged soon: "taking my little sister to get cut", "an appointment with a woman in the village"
_CUT_SOON = re.compile(r"\b(?:to (?:get|be) cut|(?:woman|kvinna|tant|gumma) (?:in|i) (?:the )?(?:village|byn)|tradition\w*)\b")
_TRIP = re.compile(r"\b(?:semester|holiday|resa|resan|trip|ivag|ner till|down to)\b")
# a wedding already held: "they did a nikah for me at 14"
_WEDDING_DONE = re.compile(r"\b(?:did|had|held|gjorde|hade|holl|har haft|read|has read|har last|har redan last|last) "
                           r"(?:a |an |the |my |her |en |ett |min |hennes )?(?:nikah|nikkah|wedding|brollop|vigsel)"
                           r"|\b(?:already|redan) (?:\w+ )?(?:married|gift|nikah)"
                           r"|\b(?:had|hade|did|gjorde) (?:one|en|ett) (?:at|when|vid|nar) ")
# somebody lying and bleeding where a man has been violent: "mamma ligger och blöder och pappa har låst dörren"
_BLEEDING = re.compile(r"\b(?:ligger|sitter|lying|is lying) (?:och |and )?(?:bloder|bleeding)\b")
_BLEEDING_WHY = re.compile(r"\b(?:han|he|pappa|dad|farsan|styvpappa|stepdad|slog|slagit|hit|beat|last|locked|knuffade|pushed)\b")
_TOOL_USE = re.compile(r"\bfor (?:the )?(?:bbq|barbecue|grillen|grilling|cooking|maten|middagen|dinner|fishing|fisket|hunting|jakten|camping|work|jobbet)\b")
# asking whether she may do something: "får jag skriva mitt riktiga namn på ett prov?"
_ASKS_LEAVE = re.compile(r"\b(?:far jag|kan jag|may i|can i|should i|bor jag|ska jag)\b")
_GIVEN_AWAY = re.compile(r"\b(?:giving|give|gives|ger|gav) (?:me|her|mig|henne) (?:away|bort) (?:to|till)\b")


# last words of a farewell, stronger than a trip in the same message
_LAST_WORDS = re.compile(r"\b(?:tack for allt|thanks? (?:you )?for everything|ta hand om (?:min|mina|mitt)|take care of my)\b")


def _emergency_5(text: str, clauses: Tuple[str, ...], sentences: Tuple[str, ...]) -> Optional[Tuple[str, str]]:
    """The classes written after the 320 new training emergencies: veiled harm dated soon, suicidal intent
    without the word, someone near now, kept in, held abroad, a trip with no return, an unwanted wedding
    within days, a friend's last signal, and a few strong single phrases.

    A phrase is read as past or habitual only from its own clause ("we talk every day, but an hour ago
    she sent me a voice note …" is not a habit)."""

    def fresh(found: Optional[str]) -> bool:
        return bool(found) and not _settled(_clause_of(found, clauses, text))

    for sentence in sentences:
        veiled = _find(VEILED_HARM, sentence) or (_find(VEILED_WEAK, sentence) if VEILED_CUE.search(text) else None)
        if veiled and _near(sentence) and not _settled(sentence):
            return "threat_soon", veiled
        if veiled and VEILED_HARM.search(sentence) and not _settled(text) and _near(_BARE_NOW.sub(" ", text)) \
                and (VISIT.search(text) or ON_THE_WAY.search(text)):
            # the veiled words and the visit in separate sentences: "brothers are driving up tonight. mum said she's sorry for what is going to happen"
            return "threat_soon", veiled
        restored = _find(HONOUR_RESTORED, sentence)
        if restored and _near(sentence) and not _settled(sentence):
            return "threat_to_kill", restored
    for category, pattern in (("threat_to_kill", NOT_ALIVE), ("self_harm", SUICIDE_PLAN),
                              ("help_now", LAST_SIGNAL), ("locked_in", KEPT_IN), ("help_now", FOUND_HIDDEN)):
        found = _find(pattern, text)
        if fresh(found):
            return category, found
    name = _find(REAL_NAME, text)
    if fresh(name) and HIDDEN_LIFE.search(text) and INTRUSION.search(text) and not _ASKS_LEAVE.search(text):
        return "help_now", name
    farewell = _signs(_FAREWELL_SIGNS, text)
    if len(farewell) >= 2 and not LATER.search(text) and not _past(text) \
            and not (TRAVEL.search(text) and not _LAST_WORDS.search(text)):
        # (a trip packed for is no farewell, unless she thanked for everything and gave her cat away)
        return "self_harm", " … ".join(farewell)
    ledge = _find(LEDGE, text)
    if fresh(ledge) and LEDGE_WHY.search(text):
        return "self_harm", ledge
    if _ONLY_HELP_5.match(text):
        return "help_now", text
    for clause in clauses:
        coming = _find(COMING, clause)
        if coming and HELP_CALL.search(text):
            return "help_now", coming
    bleeding = _find(_BLEEDING, text)
    if fresh(bleeding) and _BLEEDING_WHY.search(text) and not re.search(r"\bnasblod|nosebleed|mens|period\b", text):
        return "violence_now", bleeding
    weapon = _find(WEAPON, text)
    if fresh(weapon) and not _TOOL_USE.search(text) and (_HE_HAS.search(text) or re.search(r"\b(?:brothers|broderna|cousins|kusinerna|uncles)\b", text)) \
            and not WEAPON_USE.search(text) and not _lawful_weapon(text):
        return "weapon", weapon
    smash = _find(_SMASH, text)
    if fresh(smash) and _SMASH_WHY.search(text):
        return "violence_now", smash
    near = _signs(_NEAR_NOW_SIGNS, text)
    # "sitter inne" of someone in prison is no one inside the house
    fresh_near = tuple(sign for sign in near if fresh(sign)
                       and not (PRISON.search(text) and re.search(r"\b(?:inne|inside)\b", sign))
                       # a trans man's family using his old name has found nobody in hiding
                       and not (REAL_NAME.search(sign) and OLD_NAME_USED.search(text))
                       # "kan jag söka jobb med mitt riktiga namn?" after a threat whose makers are sentenced (stop 16)
                       and not (REAL_NAME.search(sign) and (PRISON.search(text) or PROTECTION_ASKED.search(text))))
    if fresh_near and (NEAR_WHO.search(text) or len(fresh_near) >= 2):
        rest = text
        for sign in fresh_near:
            rest = rest.replace(sign, " ")
        if _NEAR_CUE.search(rest) or len(fresh_near) >= 2:
            return "help_now", " … ".join(fresh_near)
    guarded = fresh_near[0] if fresh_near else _find(GUARDED, text)
    if guarded and KEPT_WHY.search(text):
        return "locked_in", guarded
    fled = _find(FLED_NOW, text) or _find(AT_STATION, text)
    if fresh(fled) and NOWHERE_NOW.search(text):
        return "help_now", fled
    home = _find(_HOME_AFRAID, text)
    if fresh(home) and _HOME_AFRAID_WHY.search(text):
        return "help_now", home
    foreign = _foreign(text) or _find(_ABROAD_PLACE, text)
    held = _find(HELD_ABROAD_SIGN, text)
    if foreign and held and _personal(text) and not LATER.search(text.replace(held, " ")) and not _past(_clause_of(held, clauses, text)) \
            and not _EVERY_SEASON.search(text) \
            and not (HOLIDAY.search(text) and not TRIP_DOUBT.search(text) and not re.search(r"\b(?:men|but) nu\b", text)) \
            and not WORRY.search(text) \
            and not re.search(rf"\b(?:om|if|ifall|what if) (?:\w+ ){{0,3}}{re.escape(held)}", text):
        return "taken_abroad_soon", f"{held} … {foreign}"
    no_return = _signs(_NO_RETURN_SIGNS, text)
    if no_return and (_personal(text) or _HER.search(text)) and not HAPPY.search(text) and not LATER.search(text) \
            and not (_past(text) and _stale(text)) and not (_past(text) and CAME_HOME.search(text)) and (
            len(no_return) >= 2 or ((TRAVEL.search(text) or ABROAD.search(text) or _TRIP.search(text)
                                     or _CUT_SOON.search(text)) and _near(_BARE_NOW.sub(" ", text)))):
        return "taken_abroad_soon", " … ".join(no_return)
    if _foreign(text) and (TRAVEL.search(text) or _TRIP.search(text)) and DISCOVERY.search(text) and _personal(text) \
            and _near(_BARE_NOW.sub(" ", text)) and not HAPPY.search(text) and not _past(text):
        # found out, and now a trip abroad within days: "they found my secret insta and now we go to somalia on sunday"
        return "taken_abroad_soon", _foreign(text)
    wedding = _find(WEDDING, text) or _find(MARRY, text) or _find(_GIVEN_AWAY, text)
    if wedding and WEDDING_AGAINST.search(text) and not OTHERS_WEDDING.search(text) and not HAPPY.search(text) \
            and not _WEDDING_DONE.search(text) \
            and not _past(text) and not LATER.search(text) \
            and any(_near(_BARE_NOW.sub(" ", sentence)) for sentence in sentences):
        return "married_off_soon", wedding
    if wedding and OTHERS_WEDDING.search(text) and _forced_on_her(text) and not HAPPY.search(text) \
            and not _WEDDING_DONE.search(text) and not _stale(text) and not LATER.search(text) \
            and any(_near(_BARE_NOW.sub(" ", sentence)) for sentence in sentences):
        # a sister's or cousin's wedding within days, and she is a child or has never met him
        return "married_off_soon", wedding
    return None


# who marries people: "till imamen på fredag", "the sheikh is coming"
_OFFICIANT = re.compile(r"\b(?:imam\w*|shejk\w*|sheikh\w*|nikah\w*|moske\w*|mosque)\b")


# the marriage contract: "skriva kontraktet", "sign the nikah papers"
_CONTRACT = re.compile(r"\b(?:kontrakt\w*|contract|nikah\w*|sign (?:the )?(?:papers|contract))\b")


# the writer speaking of herself: "jag är 15", "I'm against it" (not what is said of the bride)
_FIRST_PERSON_START = re.compile(r"^(?:jag|ja|i|i m|im|i am|my|mitt)\b")


def _forced_on_her(text: str) -> bool:
    """Whether a sign of a wedding against her will is said of someone else, not of the writer
    ("hon är bara 15", "en man hon aldrig har träffat"; not "jag är 15 och vill inte gå dit")."""
    return any(not _FIRST_PERSON_START.match(match.group(0)) for match in WEDDING_AGAINST.finditer(text))


# --- classes added after development set 9 --------------------------------------------------------

# an engagement or a nikah named: "förlovningsfesten", "my engagement party"
_ENGAGEMENT = re.compile(r"\b(?:forlovning\w*|engagement|nikah\w*)\b")


# A context that does not cancel the danger (stops 16-17): when the context (a laugh, school work) is one
# of a row's contexts, the detector's category one of its categories and every sign is in the message,
# the context is overruled.
_CONTEXT_OUTWEIGHED: Tuple[Tuple[Tuple[str, ...], Tuple[str, ...], Tuple[Pattern[str], ...]], ...] = (
    # (contexts, categories, signs that must all be present): the danger beside them outweighs the context
    # "he'd rather bury me than see me with a swede 💀 and he's been sharpening his knife all night"
    (("joke",), ("weapon",), (DEAD_RATHER, ALL_NIGHT)),
    # "… kommer jag inte komma hem levande. han brukar överdriva lol. men han står typ vid dörren"
    (("joke",), ("threat_to_kill",), (AT_DOOR_NOW,)),
    # "ok so im at a gas station in my PJs lol my brother chased me out with a knife. what now"
    (("joke",), ("weapon",), (re.compile(rf"(?:{CHASED.pattern})|\bchased (?:me|her)\b"),)),
    # "lol my family is so dramatic 😂 uncle literally has a gun in the car and says hes gonna use it on me"
    (("joke",), ("weapon",), (USE_IT_ON_ME,)),
    # "haha so funny story 🙃 i'm locked in the basement. been here since saturday"
    (("joke",), ("locked_in",), (BEEN_HERE_SINCE,)),
    # stop 17: "what to pack lol 🧳 … leaving for iraq on friday and i'm staying with my uncle's family 'until I learn respect'"
    (("joke",), ("taken_abroad_soon",), (NO_RETURN,)),
    # stop 17: "lmao … if i dont marry him on saturday … he'll make sure i dont either"
    (("joke",), ("married_off_soon",), (VEILED_DEATH,)),
    # stop 17: "Imorgon har jag prov i matte … inte ska tillbaka till skolan efter det … jag får inte veta när vi kommer tillbaka"
    (("school_work",), ("taken_abroad_soon",), (re.compile(rf"(?:{SCHOOL_OVER.pattern})|(?:{NO_RETURN.pattern})"),)),
    # stop 17: "they are going to do a virginity test on me on thursday and if I fail my father says I'm dead"
    (("hyperbole", "school_work"), ("threat_to_kill",), (VIRGINITY_CHECK,)),
    # stop 18: "ehh typ brorsan står utanför mitt rum med en kniv … 😅 lol"
    (("joke",), ("help_now",), (WEAPON_IN_HAND,)),
    # stop 18: "lol my dad just said he'll slit my throat if I ever speak to that guy again and then he went to get something from the kitchen"
    (("joke",), ("threat_to_kill",), (WENT_TO_THE_KITCHEN,)),
    # stop 18: "… blir det sista gången nån ser mig. hon ringde hem idag. 💀 vet inte vad som händer när pappa kommer hem"
    (("joke",), ("threat_to_kill", "threat_soon"), (HOMECOMING_FEAR,)),
    # stop 18: "vad händer om man hoppar från 8e våningen. frågar inte för skojs skull … ser ingen annan utväg"
    (("hypothetical",), ("self_harm",), (NO_WAY_OUT,)),
    # stop 18: "'we know what you did with him, honour will be restored tonight' 💀 … lol"
    (("joke",), ("threat_to_kill",), (HONOUR_RESTORED, TODAY)),
    # stop 19: "im fine dont worry lol just kind of stuck in a basement my uncle locked"
    (("joke",), ("locked_in",), (LOCKED_BY_KIN,)),
    # stop 20: "vi ska åka till Kabul om tre dagar på 'min förlovningsfest' som ingen har frågat mig om … prov nästa vecka lol"
    (("joke",), ("married_off_soon",), (NOBODY_ASKED_ME,)),
    # stop 20: "I'm studying to be a pharmacist … the wedding is moved to this Saturday … I 'won't walk out of that hall'"
    (("school_work",), ("threat_to_kill",), (WEDDING, STRONG_PRESENT)),
    # stop 20: "vi hade temadag om barns rättigheter … pappa har sagt att jag ska bli 'gjord' … när vi åker till Sudan på sportlovet som börjar på fredag"
    (("fiction",), ("fgm_soon", "married_off_soon", "taken_abroad_soon"), (KIN_SAID_MY_FATE,)),
)


def _context_overruled(context: Optional[str], category: str, matched: str, folded: str,
                       clauses: Tuple[str, ...]) -> Optional[str]:
    """The context, unless the writer's own present situation outweighs it.

    A question is no hypothetical when the writer stands on the balcony while asking it, or says she
    asks because of her own situation ("asking because i've been in here 2 days"). A joke marker in
    another clause ("not sure if i should write here lol but …") does not cancel a veiled threat
    against the writer."""
    if context == "general" and category in ("threat_to_kill", "threat_soon") and NEED_TO_LEAVE.search(folded) and _personal(folded):
        # "can u get a train ticket without id in sweden? need to leave before morning. he said he'd burn me with acid" (stop 16)
        return None
    if context == "school_work" and NOT_SCHOOL_WORK.search(folded):
        # "har ett skolarbete om... nej förlåt, det är inget skolarbete. min pappa har kniv …" (stop 16)
        return None
    if context in ("general", "joke") and category == "married_off_soon" and (
            MINE_IS_SOON.search(folded) or re.search(r"\bmin (?:ar|e) (?:typ |ca )?(?:om \w+ dagar|pa \w+dag|imorgon|i helgen|nasta vecka)\b", folded)):
        # "kan man få nikah annulerad? min är typ om 4 dagar lol" (stop 16)
        return None
    if context == "joke" and category == "threat_to_kill" and (MARRY.search(folded) or WEDDING.search(folded) or _ENGAGEMENT.search(folded)) \
            and _near(_BARE_NOW.sub(" ", folded)) and _own_clause_free_of("joke", matched, clauses, folded):
        # "quick question lol … my engagement party is tmrw … if i make a scene my dad will kill me" (stop 16)
        return None
    if context == "hypothetical" and category in ("taken_abroad_soon", "married_off_soon", "threat_to_kill"):
        own = _clause_of(matched.split(" … ")[0], clauses, folded)
        if own != folded and not HYPOTHETICAL.search(own) and _near(_BARE_NOW.sub(" ", folded)) and re.search(r"\b(?:my|min|mitt|mina)\b", own):
            # "is it illegal to take someone's passport? my husband took mine … we fly to Kabul in 3 days" (stop 16)
            return None
    if context in ("hypothetical", "joke") and category == "married_off_soon" and HAPPENS_TO_ME.search(matched):
        # "är det sant att man kan bli gift via telefon? för det händer tydligen mig imorgon kl 14 lol" (stop 16)
        return None
    if context == "hypothetical" and category == "married_off_soon" and DECIDED_DAY.search(matched):
        # "är det lagligt att gifta sig när man är 16? min faster har bestämt att det blir på fredag" (stop 16)
        return None
    if context == "joke" and PRETENDED.search(folded):
        # "jag gjorde en tiktok där jag låtsas bli inlåst … för skojs skull" (stop 16)
        return context
    if context == "hypothetical" and (
            (category == "self_harm" and LEDGE.search(folded)) or ASKING_OWN.search(folded) or OWN_CASE.search(folded)
            or HERE_SINCE.search(folded)
            or (category == "locked_in" and OWN_FACT.search(folded))
            # farewell letters written, or a question "asking for me"
            or (category == "self_harm" and (FAREWELL_SIGN.search(folded) or _FOR_ME.search(folded)))):
        return None
    if context == "joke" and category == "threat_soon" and SELF_OBJECT.search(matched) \
            and _own_clause_free_of("joke", matched, clauses, folded):
        return None
    if context == "joke" and category in ("locked_in", "married_off_soon", "taken_abroad_soon", "fgm_soon", "help_now") \
            and not PRETENDED.search(folded):
        # "quick question lol is it normal that my dad locked the front door … until the wedding on saturday"
        own = _own_clause_free_of("joke", matched, clauses, folded)
        if own and _KIN.search(own):
            return None
    if context == "joke" and category in ("threat_to_kill", "weapon") and WEAPON_IN_HAND.search(folded) and (
            category == "threat_to_kill" or YOU_RE_DEAD.search(folded) or THREAT_TO_KILL.search(folded)):
        # "he said it again today while holding the kitchen knife. my birthday's next week lol"
        return None
    if context == "joke" and _nervous_laugh_before(matched, folded):
        return None
    if context == "joke" and category in ("weapon", "threat_to_kill", "threat_soon") and (
            (category == "weapon" and (DEAD_RATHER.search(folded) or LAST_DAY.search(folded)))
            or (VEILED_DEATH.search(matched) and _near(_BARE_NOW.sub(" ", folded)))) \
            and (_own_clause_free_of("joke", matched, clauses, folded) or _KIN_NAMED.search(_clause_of(matched, clauses, folded))):
        # a laugh elsewhere, and a knife sharpened by the one who "would rather see me dead", a gun with
        # "today is the last day I embarrass him", "see you at your funeral … he's coming this weekend" (stop 16)
        return None
    opener = LAUGH_OPENER.match(folded)
    if context == "joke" and opener and category in ("married_off_soon", "taken_abroad_soon", "locked_in", "fgm_soon", "threat_soon", "weapon", "help_now") \
            and not _SUPPRESSOR["joke"].search(folded[opener.end():]) and (_KIN.search(folded) or re.search(r"\b(?:min|my) famil\w*", folded)) \
            and (_near(_BARE_NOW.sub(" ", folded)) or _now(folded)) and not CONDITIONAL.search(folded):
        # a laugh that only opens the message: "lol min familj har bestämt att jag ska förlova mig imorgon" (stop 16)
        return None
    if context == "joke" and category in ("violence_now", "help_now") and HIDING_HERE.search(folded) \
            and (JUST_THREW.search(folded) or VIOLENCE_ANY.search(folded)):
        # "lmao my dad just threw a chair at me 💀 im hiding in the closet" (stop 16)
        return None
    if any(context in contexts and category in categories and all(sign.search(folded) for sign in signs)
           for contexts, categories, signs in _CONTEXT_OUTWEIGHED):
        # a laugh or school work beside a danger that outweighs it (stops 16-17), see _CONTEXT_OUTWEIGHED
        return None
    if context == "joke" and category == "self_harm" and (_FOR_ME.search(folded) or TOO_DEEP.search(matched)):
        # "asså haha om man typ har skurit sig lite för djupt … frågar för en kompis 😅 (det e jag)" (stop 16)
        return None
    if context == "joke" and category == "weapon" and DEAD_RATHER.search(folded) and _now(_clause_of(matched, clauses, folded)):
        # "haha fun fact min pappa sa idag att han hellre ser mig död … och nu sitter han och slipar sin kniv" (stop 16)
        return None
    if context == "hypothetical" and category in ("weapon", "violence_now", "help_now", "locked_in"):
        # "hur lång tid tar det för polisen att komma om man ringer 112? han har kniven i köket … just nu"
        own = _clause_of(matched, clauses, folded)
        if own != folded and not HYPOTHETICAL.search(own) and not CONDITIONAL.search(own) and (
                _now(own) or _SOMEBODY_THERE.match(_AND_NOW.sub("", own))):
            return None
    if context == "joke" and PRIOR_INJURY.search(folded) and category in ("threat_to_kill", "threat_soon", "help_now", "married_off_soon"):
        # "everything's mostly fine lol … he'll kill me, and he almost killed my sister last year"
        return None
    if context == "joke" and category in ("threat_to_kill", "help_now", "threat_soon") and HUNTED.search(folded) \
            and (_now(folded) or HIDING_NOW.search(folded) or OR_ELSE.search(folded)) \
            and (THREATS.search(folded) or THREAT_TO_KILL.search(folded) or HIDING_NOW.search(folded) or OR_ELSE.search(folded)
                 or WEAPON.search(folded)):
        # "lmao my cousins are literally driving around looking for me rn … 'we will find you and finish this'"
        return None
    if context == "joke" and category in ("threat_to_kill", "threat_soon") and (
            DISCOVERY.search(folded) or HONOUR_ANGER.search(folded) or FOUND_MINE.search(folded)):
        # "small problem lol. my parents found my pills and dad says … tomorrow … he will kill me": the laugh in another clause
        if _own_clause_free_of("joke", matched, clauses, folded) and _near(_BARE_NOW.sub(" ", folded)):
            return None
    if context in ("school_work", "hypothetical") and category == "self_harm" and AT_HAND.search(folded):
        # "hur många alvedon är för mycket? frågar för en skoluppgift typ. har en burk här bredvid mig"
        return None
    if context == "joke" and category == "weapon" and WEAPON_FOR_ME.search(folded) and _near(_BARE_NOW.sub(" ", folded)):
        # "ikväll sa han att han ska använda den på mig om jag går ut. jag sitter bara här lol"
        return None
    if context == "school_work" and category in ("taken_abroad_soon", "married_off_soon", "threat_soon", "threat_to_kill"):
        # "reading about honour-based abuse for a school project … dad said I'm going to Bangladesh on Sunday"
        own = _own_clause_free_of("school_work", matched, clauses, folded)
        if own and _KIN_NAMED.search(own) and re.search(r"\b(?:i m|im|i am|me|jag|mig)\b", own) \
                and _near(_BARE_NOW.sub(" ", folded)):
            return None
    if context == "joke" and category == "married_off_soon" and (_child_writer(folded) or CHILD_AGE.search(folded)) and not JOKED_ABOUT.search(folded):
        # "tydligen blir jag fru på fredag 🙃 … jag e 15", "my wedding is on thursday and nobody asked me 😂 i'm 15"
        return None
    if context == "hyperbole" and BURN_THREAT.search(folded) and (_now(folded) or AT_HAND.search(folded)):
        return None
    if context == "joke" and category == "taken_abroad_soon" and (HERE_SINCE.search(folded) or TERM_BEGUN.search(folded)):
        # "asking for me lol. been here since april and school back home started weeks ago"
        return None
    if context == "joke" and MEANS_IT.search(folded):
        # "lol brorsan sa att jag inte kommer vakna imorgon … han menar det nog"
        return None
    if context == "joke" and (WEDDING.search(folded) or MARRY.search(folded)) and SAID_NO.search(folded) \
            and _near(_BARE_NOW.sub(" ", folded)):
        # "my wedding is in 3 days lol … said no like 100 times"
        return None
    if context in ("joke", "hypothetical") and (category == "violence_now" or (category == "help_now" and VIOLENCE_ANY.search(folded))) \
            and (RECENT.search(folded) or re.search(r"\b(?:earlier (?:tonight|today)|tidigare (?:ikvall|idag))\b", folded)):
        # "quick q lol, is it normal for ur dad to choke u? like it just happened"
        return None
    if context == "hyperbole" and _find(WEAPON, folded) and (ANGER.search(folded) or _now(folded)) and not _lawful_weapon(folded):
        # a trifle in the words ("om jag int tar av mig sminket"), and the kitchen knife taken now
        return None
    if context == "hyperbole" and PRIOR_INJURY.search(folded) and category in ("help_now", "threat_soon", "threat_to_kill"):
        # a trifle in the words ("om jag inte tar av mig sminket"), and the hospital the last time
        return None
    if context == "joke" and category == "locked_in" and STILL_KEPT.search(folded):
        # "lol so my parents think locking me in the basement is appropriate … been here since yesterday"
        return None
    if context == "joke" and category in ("self_harm", "threat_soon", "threat_to_kill") and (
            ORDERED_FAREWELL.search(folded) or WEAPON_TAKEN.search(folded)) and _near(_BARE_NOW.sub(" ", folded)):
        # "haha … min bror har bett mig skriva ett avskedsbrev till mamma ikväll … tagit kniven till sitt rum. lol"
        return None
    if context in ("general", "hypothetical") and category == "threat_soon" and TAKE_CARE_OF_HER.search(matched):
        # "hur lång tid tar det för polisen att komma? … pratar högt om att 'ta hand om' min syster"
        return None
    if context == "joke" and category == "weapon" and WEAPON_WHILE_SAYING.search(folded):
        # "lol … by sunday they'll 'make sure I never embarrass them again'. dad was cleaning his hunting rifle while he said it"
        return None
    if context == "joke" and category == "self_harm" and NOT_FOR_A_FRIEND.search(folded):
        # "is a paracetamol overdose painful? not asking for a friend lol. just done with everything"
        return None
    passport = PASSPORT_TAKEN.search(folded)
    if context == "joke" and category == "taken_abroad_soon" and passport and _near(_BARE_NOW.sub(" ", folded)) \
            and re.search(r"\b(?:took|taken|tog|tagit|stole|confiscated)\b", passport.group(0)):
        # "my brother took my passport … says we're going on to Syria tomorrow. found a phone someone left lol"
        return None
    if context in ("general", "hypothetical", "joke") and category == "threat_to_kill" and LEAVING_NOW.search(folded):
        # "is it weird that im not scared anymore? he said he'd kill me if I ever tried to leave and I packed my bag tonight"
        return None
    if context == "joke" and category == "locked_in" and SELF_OBJECT.search(matched) and _KIN.search(folded) and KEPT_SINCE.search(folded):
        # "lol min mamma har låst in mig på rummet igen och tagit mobilen … har gått sen igår morse"
        return None
    taken_back = LAUGH_TAKEN_BACK.search(folded)
    rest = folded[taken_back.end():] if taken_back else ""
    if context == "joke" and ((taken_back and (matched.split(" … ")[0] in rest or _emergency(rest, _clauses(rest), (rest,))))
                              or ACTUALLY_SCARED.search(folded)):
        # "har typ ett kök-kniv problem hemma haha nej men seriöst min bror står utanför mitt rum med en kniv";
        # "… standing in the hallway with a bat. haha. ok i'm actually scared"
        return None
    if context == "joke" and category == "threat_to_kill" and DARE_NOT_GO_HOME.search(folded) and _near(_BARE_NOW.sub(" ", folded)):
        # "kan man sova hos nån annan ikväll om man inte vågar gå hem? bror sa att han skulle döda mig … lol"
        return None
    if context == "joke" and category == "help_now" and ON_THE_WAY.search(folded) and (
            DISCOVERY.search(folded) or FOUND_MINE.search(folded) or HONOUR_ANGER.search(folded) or re.search(r"\b(?:sett|hittat|hittade|sag|saw|seen|found) (?:min|mina|mitt|my)\b", folded)):
        # "lol tror jag har typ en timme på mig 😅 pappa har sett min tiktok och han och farbror är på väg hem"
        return None
    if context == "joke" and category == "taken_abroad_soon" and LAST_WEEK_HERE.search(folded):
        # "lol … my uncle just texted me 'enjoy your last week in sweden' 😅 … we're flying to pakistan on monday"
        return None
    if context == "joke" and category == "locked_in" and OUT_ONLY_WHEN.search(folded):
        # "sitter inlåst på mitt rum … haha men pappa säger att jag inte kommer ut förrän jag gått med på att gifta mig"
        return None
    if context == "joke" and category == "weapon" and WEAPON_OWNED.search(folded) and (
            THREAT_TO_KILL.search(folded) or THREATS.search(folded) or SHOOT_THREAT.search(folded)):
        # "lmao my brother said he'll shoot me if he sees me without hijab again and he does have a gun"
        return None
    if context == "joke" and category == "threat_to_kill" and NOT_EXIST_THREAT.search(matched):
        # "haha … om jag inte gör slut med honom innan fredag så finns jag inte längre … 😅"
        return None
    if context == "hunting" and category == "threat_to_kill" and not re.search(r"\b(?:skjut\w*|shoot\w*|shot)\b", matched):
        # the rifle from his hunting licence, and "we will not see the morning": a threat, not a hunt
        # (the shooting itself, "ska skjuta min första älg", stays a hunt)
        return None
    return context


# the suppressing contexts by name ("joke", "school_work", …)
_SUPPRESSOR = dict(SUPPRESSORS)


def _own_clause_free_of(context: str, matched: str, clauses: Tuple[str, ...], folded: str) -> Optional[str]:
    """The clause that holds the matched phrase (its first part), when that clause is not the whole
    message and has no word of the context in it ("small problem lol. … he will kill me": the laugh
    is elsewhere); else None."""
    own = _clause_of(matched.split(" … ")[0], clauses, folded)
    return own if own != folded and not _SUPPRESSOR[context].search(own) else None


# the relatives a rule may name: "dad found out …", "storebror. nu."
_RELATIVES = (r"dad|father|pappa|farsan|mum|mom|mother|mamma|morsan|brothers?|bror|broder|brorsan|broderna|storebror|lillebror|"
              r"uncles?|farbror|morbror|family|familjen|parents|foraldrarna|husband|min man|cousins?|kusin\w*")
# a relative named (not "they"): "dad found out … he said I'm going to Bangladesh on Sunday"
_KIN_NAMED = re.compile(rf"\b(?:{_RELATIVES})\b")


# a relative who does it, or "they" (an escape room or a broken lock has none)
_KIN = re.compile(rf"\b(?:{_RELATIVES}|they|dom|de)\b")


# a question asked for the writer herself: "asking for me", "frågar för min egen skull"
_FOR_ME = re.compile(r"\b(?:asking for (?:me|myself)|for me not a friend|fragar for (?:mig|mig sjalv|min egen skull)|det (?:e|ar) jag|it s me|its me"
                     r"|i did it|i did this|jag gjorde det)\b")


# A laugh that plays the message down before the real thing ("lol this is probably nothing but my
# brother said he'll kill me tonight", "haha okej det här låter dramatiskt men de har låst dörren"):
# the laugh, then "but"/"men", then the danger. A laugh AT the danger ("haha min syster kommer
# döda mig om jag tar hennes tröja") has no such turn and stays a joke.
_NERVOUS_LAUGH = re.compile(r"(?:\w+ ){2,}(?:lol|haha\w*|ha ha|xd|lmao) (?:but|men|fast)\b"
                            r"|\b(?:lol|haha\w*|ha ha|xd|lmao)(?: \w+){2,}? (?:but|men|fast)\b")
# not knowing what to do, or whether to take it seriously, next to a laugh: the laugh is nervous
# ("… ska slå ihjäl mig lol vet inte vad jag ska göra", "idk if i should take it seriously haha",
# "det är typ ett skämt tror jag?")
_UNSURE_WHAT_TO_DO = re.compile(
    r"\b(?:vet inte vad jag ska gora|idk what to do|i don ?t know what to do|"
    r"idk if i should take it seriously|should i take it seriously|"
    r"is this serious|ar det har allvarligt|not sure (?:it s|its|if it s|if its) stopping|kan inte sluta blo\w*|"
    # doubting the joke: "det är typ ett skämt tror jag?", "han skojar nog", "he's not the joking type"
    r"skamt tror jag|nog (?:bara )?(?:ett )?skamt|hoppas (?:det ar|det e|att det ar) (?:bara )?(?:ett )?skamt|"
    r"skojar nog|(?:inte|aldrig) typen som (?:skojar|skamtar)|(?:skojar|skamtar) (?:typ |liksom |ju )?aldrig|"
    r"(?:probably|prob|i think|i hope) (?:it s|its|he s|hes|she s|shes|they re|theyre)? ?(?:just )?(?:a joke|joking)|"
    r"not the (?:joking|type to joke|kind to joke)|(?:doesn ?t|never) jokes?|"
    # the joke denied: "my brother said i'll like my new husband lol. im not laughing"
    r"(?:i m|im|i am) not laughing|(?:it s|its|it is|that s|thats) not funny|jag skrattar inte|"
    r"(?:det ar|det e) inte (?:roligt|kul)|"
    # a laugh, then a doubting question: "quick question lol is it normal that my dad locked the front door"
    r"(?:is it|is this|is that|ar det|ar detta) (?:normal|normalt|ok|okej) (?:that|att|for)|"
    # the laugh denied: "not a game thing lol this is real", "inget skämt"
    r"(?:this is|it s|its|it is|det ar|det e|detta ar) (?:for )?(?:real|pa riktigt|serious|allvar\w*)|not a (?:joke|game)(?: thing)?|inget skamt|"
    r"skojar inte|not (?:even )?joking|ain ?t (?:even )?joking|(?:skamtar|skojar) men det gor (?:hon|han|jag) inte|(?:i m|im|i am) not kidding|"
    # the laugh is at the writer's own life: "lol my life is a joke. cant leave the house"
    r"my life is (?:a|one big) joke|mitt liv (?:ar|e) ett (?:enda )?skamt|jag skamtar inte|"
    # fear said beside the laugh (stop 16): "ngl kinda scared lol"
    r"(?:ngl|kinda|lowkey|a bit|bit|pretty|lite|typ|ganska) (?:scared|afraid|terrified|radd)|"
    # a laugh asking to be told it is fine: "I'm 17 tho so whatever right? right??"
    r"right right|whatever right|overreacting|overreagerar|not funny anymore|inte (?:kul|roligt) (?:langre|langre)|"
    r"skamtar val|skojar val|(?:he s|hes|she s|shes) joking right|inte pa skamt)\b")


def _nervous_laugh_before(matched: str, folded: str) -> bool:
    """Whether the laugh is nervous: a laugh and a "but" before the danger phrase (and no laugh after
    it), or a laugh next to not knowing what to do."""
    if _UNSURE_WHAT_TO_DO.search(folded):
        return True
    turn = _NERVOUS_LAUGH.search(folded)
    if not turn:
        return False
    rest = folded[turn.end():]
    return matched in rest and not _SUPPRESSOR["joke"].search(rest)


def _emergency_7(text: str, clauses: Tuple[str, ...], sentences: Tuple[str, ...]) -> Optional[Tuple[str, str]]:
    """The classes written after development set 9: tied up, bleeding from violence now, kept in for days,
    a veiled threat on a condition with a near date, a threat to a relative to force a near wedding,
    suicidal thoughts with a plan dated now; and, from stop 13's held-out sets, the whole pack of a
    painkiller, the woman who cut the writer booked again, relatives waiting outside where they never
    come, a wedding dress in the writer's size before a trip."""

    def fresh(found: Optional[str]) -> bool:
        return bool(found) and not _settled(_clause_of(found, clauses, text))

    tied = _find(TIED_UP, text)
    if fresh(tied) and not HABITUAL.search(text):
        return "locked_in", tied
    injured = _find(INJURED_NOW, text)
    if fresh(injured) and INJURED_WHY.search(text) and not re.search(r"\b(?:nasblod|nosebleed|fell|ramlade|trillade)\b", text):
        return "violence_now", injured
    kept = _find(KEPT_DAYS, text)
    if kept and (LOCK_WORD.search(text) or NOT_ALLOWED_OUT.search(text)) and not _past(text):
        return "locked_in", kept
    veiled = _find(VEILED_IF, text)
    if veiled and not LATER.search(text) and any(
            veiled in sentence and _near(_BARE_NOW.sub(" ", sentence)) for sentence in sentences):
        return "threat_soon", veiled
    kin = _find(KIN_THREAT, text)
    if kin and (WEDDING.search(text) or MARRY.search(text)) and not LATER.search(text) \
            and _near(_BARE_NOW.sub(" ", text)) and not _past(text):
        return "threat_soon", kin
    at_it = _find(AT_IT_NOW, text)
    if at_it and VIOLENCE_ANY.search(text):
        # "dom håller på nu … dom slår min syster"
        return "violence_now", at_it
    ran = _find(RAN_AWAY, text) or _find(FLED_NOW, text)
    if ran and TRACKED_ON_THE_RUN.search(text) and _personal(text) and not _past(_clause_of(ran, clauses, text)) \
            and not CALM.search(text):
        # on the run now and tracked by the phone: "i ran away at 3am … my phone has a tracking app"
        return "help_now", ran
    stare = _find(WEAPON_STARE, text)
    if stare and (DISCOVERY.search(text) or ANGER.search(text) or HONOUR_ANGER.search(text)
                  or re.search(r"\b(?:sen|since) (?:han|he|dom|they) (?:fick se|saw|found|hittade|sag)\b", text)):
        # a knife sharpened while he stares at her, since he saw her messages
        return "weapon", stare
    minutes = _find(MINUTES_AWAY, text)
    if minutes and NEAR_WHO.search(text) and _personal(text) and (
            re.search(r"\b(?:blockat|blockade|blocked|nytt (?:nr|nummer)|new number|bor ensam|live alone|skyddat|hidden|gomd)\b", text)
            or ANGER.search(text) or THREATS.search(text) or FEAR.search(text)):
        # a man minutes away who was blocked, writing from a new number, to a woman who lives alone
        return "help_now", minutes
    done = _find(DONE_TO_ME_AS_CHILD, text)
    if done and CLOSE_PERSON.search(text) and (TRAVEL.search(text) or _TRIP.search(text) or _foreign(text)) \
            and _near(_BARE_NOW.sub(" ", text.replace(done, " "))):
        # sisters taken abroad next week "for the same thing they did to me when I was small"
        return "taken_abroad_soon", done
    shipped = _find(SHIPPED_TO_MARRY, text)
    if shipped and _near(_BARE_NOW.sub(" ", text)) and (_personal(text) or _HER.search(text)) and not HAPPY.search(text) \
            and not OTHERS_WEDDING.search(text) and not _past(text):
        # "my lil sis (13) is getting shipped to bangladesh this weekend to marry some guy"
        return "married_off_soon", shipped
    airport = _find(AIRPORT_NOW, text)
    if airport and ABROAD.search(text) and (UNWILLING.search(text) or re.search(r"\b(?:doesn ?t|don ?t|vill inte|inte vill) want to go\b|\bvill inte (?:aka|flyga|resa)\b", text)) \
            and _now(text) and _personal(text) and not _past(text) and not HAPPY.search(text):
        # "my friend is at the gate rn with her parents and she doesn't want to go to Yemen"
        return "taken_abroad_soon", airport
    pack = _find(WHOLE_PACK, text)
    if pack and PAINKILLER.search(text) and not _past(text):
        # "how long paracetamol takes to work if you take the whole pack. asking for me"
        return "self_harm", pack
    cutter = _find(CUTTER_AGAIN, text)
    if cutter and CLOSE_PERSON.search(text) and _near(_BARE_NOW.sub(" ", PAST.sub(" ", text.replace(cutter, " ")))):
        # the woman who cut the writer as a child, booked for her sisters on Tuesday
        return "fgm_soon", cutter
    waiting = _find(WAITING_OUTSIDE, text)
    if waiting and NEAR_WHO.search(text) and STILL_INSIDE.search(text) and (UNUSUAL.search(text) or FEAR.search(text)) \
            and not _past(_clause_of(waiting, clauses, text)) and not PICKUP.search(text):
        # cousins in a car outside the gym for an hour, where they never come, and the writer staying in
        return "help_now", waiting
    bridal = _find(BRIDAL_FOR_ME, text)
    if bridal and (TRAVEL.search(text) or _TRIP.search(text) or HOLIDAY.search(text)) and _personal(text) \
            and _near(_BARE_NOW.sub(" ", text)) and not OWN_CHOICE_WEDDING.search(text) and not _past(text):
        # a "holiday" on Tuesday, and a wedding dress in the writer's size in her mother's wardrobe
        return "married_off_soon", bridal
    husband = _find(NEW_HUSBAND, text)
    if husband and (TRAVEL.search(text) or _TRIP.search(text) or _foreign(text)) and _personal(text) \
            and _near(_BARE_NOW.sub(" ", text)) and not HAPPY.search(text) and not _past(text) \
            and not OTHERS_WEDDING.search(text):
        # leaving within days, and a new husband waiting: "we're leaving for the airport at 5am … you'll like your new husband"
        return "taken_abroad_soon", husband
    chosen = _find(MAN_CHOSEN, text)
    officiant = _find(_OFFICIANT, text)
    if officiant and (_forced_on_her(text) or (WEDDING_AGAINST.search(text) and (
            WEDDING.search(text) or MARRY.search(text) or _CONTRACT.search(text)))) and _near(text) \
            and not _WEDDING_DONE.search(text) \
            and not HAPPY.search(text) and not _past(text) and not OTHERS_WEDDING.search(text):
        # the imam in the living room now with a man she has never met; after maghrib to sign the contract, and she is 16
        return "married_off_soon", officiant
    if chosen and (WEDDING.search(text) or MARRY.search(text) or officiant) \
            and _near(_BARE_NOW.sub(" ", text)) and not HAPPY.search(text) and not _past(text):
        # to the imam within days with the man they chose
        return "married_off_soon", chosen
    if chosen and (TRAVEL.search(text) or _TRIP.search(text) or _foreign(text)) and _near(_BARE_NOW.sub(" ", text)) \
            and not HAPPY.search(text) and not _past(text):
        # a trip within days to where the man they chose lives
        return "taken_abroad_soon", chosen
    rather = _find(RATHER_DIE, text)
    if rather and RATHER_DIE_WHY.search(text) and not _past(_clause_of(rather, clauses, text)):
        # would rather die than the marriage or the return forced on them
        return "self_harm", rather
    begun = _find(TERM_BEGUN, text)
    if begun and (_foreign(text) or _find(_ABROAD_PLACE, text) or AWAY_FROM_HOME.search(text)) and _personal(text) and (
            PASSPORT_TAKEN.search(text) or HELD_NOW.search(text) or HELD_ABROAD_SIGN.search(text)):
        # still abroad when the term has begun at home, with the passport taken or told to stay
        return "taken_abroad_soon", begun
    ending = _find(ENDING, text)
    if ending and HAVE_PLAN.search(text) and any(
            HAVE_PLAN.search(sentence) and _near(_BARE_NOW.sub(" ", sentence)) for sentence in sentences + clauses):
        return "self_harm", f"{ending} … {_find(HAVE_PLAN, text)}"
    return None


_NEGATED = re.compile(r"\b(?:inte|aldrig|ingen|inget|not|never|didn ?t|hasn ?t|wasn ?t|won ?t|no one|nobody)\b")


def _emergency_14(text: str, clauses: Tuple[str, ...], sentences: Tuple[str, ...]) -> Optional[Tuple[str, str]]:
    """The classes written after the held-out sets of stops 13 and 14 (sets 39-55), one rule each, in
    the order they were found: violence today told against a habit; people at the door not let in;
    never out alive; the belt or a burn just now and "worse tonight"; a plain farewell; relatives
    summoned or a family council after a discovery; the airport against one's will; a plan that ends
    the family's shame; a reckoning minutes away; a deed "before she turns 18" days away; "e du död";
    marry him or else; "you'll see what happens to"; a weapon in hand or sharpened, or "for me";
    held abroad now; told to run; a door beaten where she is; a cutting at "a doctor abroad" or "as
    with my sister"; not let to live; "the last thing I do"; cut deeper; pills at hand; chased in a
    car; an arm broken last time and a deadline now; tickets found; a virginity check; a wedding or a
    trip dated near in its own sentence against an earlier, later date."""
    if TODAY_TURN.search(text):
        for clause in clauses:
            violence = _find(VIOLENCE_PRESENT, clause) or _find(VIOLENCE_ACT, clause)
            if violence and TODAY.match(clause) and not CALM.search(clause) and not PAST.search(clause) \
                    and not _NEGATED.search(clause):
                return "violence_now", violence
    door = _find(AT_THE_DOOR, text)
    if door and (DOOR_KEPT_SHUT.search(text) or FEAR.search(text)) and not _past(_clause_of(door, clauses, text)):
        # "dom står i trapphuset och ringer på hela tiden. jag öppnar inte"
        return "help_now", door
    alive = _find(NOT_OUT_ALIVE, text)
    if alive and not _CONDITION_BEFORE.search(text[:text.find(alive)]):
        return "threat_to_kill", alive
    belt = _find(BELT, text)
    if belt and (RECENT.search(text) or TODAY.search(text) or _now(text)) and not _past(_clause_of(belt, clauses, text)):
        return "violence_now", belt
    worse = _find(WORSE_TONIGHT, text)
    if worse and (VIOLENCE_ANY.search(text) or belt or THREATS.search(text)):
        return "threat_soon", worse
    last = _find(LAST_WORDS, text)
    if last and not _past(text):
        return "self_harm", last
    summoned = _find(SUMMONED, text)
    if summoned and (AT_MIDNIGHT.search(text) or TODAY.search(text) or _near(_BARE_NOW.sub(" ", text))) \
            and (DISCOVERY.search(text) or HONOUR_ANGER.search(text) or ANGER.search(text) or SEEN_MESSAGES.search(text)):
        # "he just called my uncles and told them to come at midnight", after the brother saw her
        return "threat_soon", summoned
    airport = _find(TO_THE_AIRPORT, text)
    if airport and (UNWILLING.search(text) or AGAINST_WILL.search(text)) and _near(_BARE_NOW.sub(" ", text)) and not LATER.search(text):
        return "taken_abroad_soon", airport
    ended = _find(SHAME_ENDED, text)
    if ended and (HAVE_PLAN.search(text) or _near(text) or TODAY.search(text)):
        # "jag har en plan för ikväll … ingen behöver oroa sig för familjens heder efter det"
        return "self_harm", ended
    reckoning = _find(RECKONING, text)
    if reckoning and (HOME_IN_MINUTES.search(text) or MINUTES_AWAY.search(text) or ON_THE_WAY.search(text)):
        return "threat_soon", reckoning
    weapon = _find(WEAPON, text)
    if weapon and WEAPON_FOR_ME.search(text) and not _past(text) and not CONDITIONAL.search(text):
        # "han sitter i köket och slipar en kniv och säger att den är till mig"
        return "weapon", weapon
    injury = _find(PRIOR_INJURY, text)
    if injury and (WAITING_FOR_ME.search(text) or ON_THE_WAY.search(text)) and not _past(_clause_of(injury, clauses, text).replace(injury, " ")):
        # "de väntar på mig med farbröderna … som förra gången när jag hamnade på akuten"
        return "threat_soon", injury
    run = _find(TOLD_TO_RUN, text)
    if run and not _past(_clause_of(run, clauses, text)) and not HYPOTHETICAL.search(text):
        # "dad is driving home and wrote 'wait for me'. mum told me to run"
        return "help_now", run
    beaten = _find(DOOR_BEATEN, text)
    if beaten:
        return "help_now", beaten
    euphemism = _find(EUPHEMISM, text) or (_find(FIX_GIRL, text) if AS_WITH_SISTER.search(text) else None)
    if euphemism and (CLOSE_PERSON.search(text) or SELF_OBJECT.search(text)):
        own = _clause_of(euphemism, clauses, text)
        if not _past(own) and _near(_BARE_NOW.sub(" ", own)) and not _all_against_cutting(text):
            # "semester med mina fastrar om tre dagar och att de ska fixa mig där", a sister cut at 8 told beside it
            return "fgm_soon", euphemism
    dead = _find(YOU_RE_DEAD, text)
    if dead and (WEAPON_IN_HAND.search(text) or _near(_BARE_NOW.sub(" ", text)) or TODAY.search(text)) and not _past(text):
        # "går du till skolan imorgon e du död", said with the hunting rifle in his hand
        return "threat_to_kill", dead
    or_else = _find(MARRY_OR_ELSE, text)
    if or_else and any(or_else in sentence and _near(_BARE_NOW.sub(" ", sentence)) for sentence in sentences) and not HAPPY.search(text):
        # "gifta mig med honom på fredag eller så är jag inte deras dotter längre"
        return "married_off_soon", or_else
    see = _find(SEE_WHAT_HAPPENS, text)
    if see and any(see in sentence and _near(sentence) for sentence in sentences):
        # "när jag kommer hem ska jag få se vad som händer med förrädare"
        return "threat_soon", see
    burned = _find(BURNED, text)
    if burned and (DO_IT_AGAIN.search(text) or RECENT.search(text) or TODAY.search(text)) and not _past(text):
        # "burned my hand on the stove … she'll do the other one when dad gets home"
        return "violence_now", burned
    held_weapon = _find(WEAPON_IN_HAND, text)
    if held_weapon and (_personal(text) or NEAR_WHO.search(text)) and not _past(text) and not _lawful_weapon(text) \
            and not WEAPON_USE.search(text) and not CHOPPING.search(text) and (
                _now(text) or LAST_SIGNAL.search(text) or re.search(r"\b(?:om jag inte svarar|if i don ?t (?:answer|reply))\b", text)):
        # "om jag inte svarar här om 10 min e det för att han kom in. han har bältet i handen"
        return "weapon", held_weapon
    sharpens = _find(SHARPENS, text)
    if sharpens and (DEAD_RATHER.search(text) or THREATS.search(text) or THREAT_TO_KILL.search(text)
                     or TOLD_TO_RUN.search(text)) and not _past(text) \
            and (_personal(text) or OWN_CASE.search(text)):
        return "weapon", sharpens
    not_live = _find(NOT_LET_LIVE, text)
    if not_live and _personal(text) and not _past(_clause_of(not_live, clauses, text)):
        # "nu har pappa sagt att jag inte ska få leva om det är sant"
        return "threat_to_kill", not_live
    last_thing = _find(LAST_THING, text)
    if last_thing and (MEANS_IT.search(text) or _near(_BARE_NOW.sub(" ", text))) and not _past(text):
        return "threat_to_kill", last_thing
    deeper = _find(CUT_DEEPER, text)
    if deeper and (SELF_HARM.search(text) or re.search(r"\b(?:deeper|djupare|blood|blodet|bloder|bleeding)\b", text)) and not _past(text):
        # "how do u get the blood to stop? i did it deeper this time"
        return "self_harm", deeper
    pills = _find(PAINKILLER, text)
    if pills and TAKEN_MANY.search(text) and not _past(text):
        # "how many paracetamol is too many? i've already taken like 30"
        return "self_harm", pills
    if pills and AT_HAND.search(text) and re.search(r"\b(?:for mycket|too many|too much|hur manga|how many|dodlig\w*|lethal)\b", text):
        return "self_harm", pills
    chased = _find(CHASED, text)
    if chased and (DISCOVERY.search(text) or FOUND_MINE.search(text) or re.search(r"\b(?:svarar inte|not answering|doesn ?t answer)\b", text)) \
            and not _past(_clause_of(chased, clauses, text)):
        # "pappa hittade hans chattar … nu har pappa och farbror åkt efter honom i bilen … Hamid svarar inte"
        return "help_now", chased
    held_here = _find(HELD_NOW, text)
    if held_here and (_foreign(text) or _ABROAD_PLACE.search(text)) and (PASSPORT_TAKEN.search(text) or PASSPORT_GONE.search(text)) \
            and (ABROAD_NOW.search(text) or HERE_SINCE.search(text) or re.search(r"\b(?:has been|have been|i ve been|har varit) in\b|\bsince the summer\b|\bsen i somras\b", text)):
        # held abroad now with the passport taken, whatever date a wedding there has ("married next month")
        return "taken_abroad_soon", held_here
    prior = _find(PRIOR_INJURY, text)
    if prior and _near(_BARE_NOW.sub(" ", text)) and (THREATS.search(text) or OR_ELSE.search(text) or re.search(
            r"\b(?:om jag inte|if i don ?t|if i m not|lovat|promised)\b", text)) and not CALM.search(text):
        # "han ska göra det han lovat om jag inte är hemma 20.00. klockan är 19.40 … förra gången bröt han min arm"
        return "threat_soon", prior
    burn = _find(BURN_THREAT, text)
    if burn and (_now(text) or AT_HAND.search(text) or _near(_BARE_NOW.sub(" ", text))) and not _past(text):
        # "så bränner hon mig med strykjärnet. det står på nu på bordet bredvid mig"
        return "threat_soon", burn
    mine = _find(MINE_IS_SOON, text)
    if mine and (MARRY.search(text) or WEDDING.search(text) or FORCED_MARRIAGE.search(text)) and not HAPPY.search(text):
        # "does a forced marriage in Iraq count in Sweden? because mine is in 4 days and I'm 17"
        return "married_off_soon", mine
    stay = _find(STAY_AND_MARRY, text)
    if stay and (_foreign(text) or _ABROAD_PLACE.search(text)) and re.search(r"\b(?:nu|now)\b", text):
        # "tog henne till Irak i somras och säger nu att hon ska stanna och gifta sig"
        return "taken_abroad_soon", stay
    tickets = _find(TICKETS_FOUND, text)
    if tickets and (ABROAD.search(text) or _foreign(text)) and _near(_BARE_NOW.sub(" ", text)) and _personal(text) \
            and not HAPPY.search(text) and not _ordinary_trip_question(text) and not LATER.search(text):
        # "imorgon efter skolan ska de ta mig till mormor men mormor bor i Turkiet och jag har sett biljetterna"
        return "taken_abroad_soon", tickets
    council = _find(COUNCIL, text)
    if council and (TODAY.search(text) or _now(text)) and (DISCOVERY.search(text) or FOUND_MINE.search(text) or HONOUR_ANGER.search(text)
                                                          or re.search(r"\bfound (?:\w+ )?messages\b", text)):
        return "threat_soon", council
    virginity = _find(VIRGINITY_CHECK, text)
    if virginity and _near(_BARE_NOW.sub(" ", text)) and (THREATS.search(text) or re.search(r"\b(?:dod for|dead to)\b", text)):
        # "mamma ska ta mig till en kvinna imorgon som ska kolla om jag är oskuld … död för dem"
        return "threat_soon", virginity
    weds = _find(SISTER_WEDS, text)
    if weds and any(weds in sentence and _near(sentence) for sentence in sentences) and (
            CHILD_AGE.search(text) or _child_writer(text) or UNWILLING.search(text)) and not HAPPY.search(text):
        # "kan man bli bortgift om man är 15? frågar för att min syster ska gifta sig på söndag"
        return "married_off_soon", weds
    for sentence in sentences:
        wedding = _find(WEDDING, sentence)
        if wedding and _near(_BARE_NOW.sub(" ", sentence)) and not LATER.search(sentence) and not OTHERS_WEDDING.search(sentence) \
                and not (LATER.search(text) and not re.search(r"\b(?:thought|trodde|trott)\b", text)) \
                and (UNWILLING.search(text) or SAID_NO.search(text) or _child_writer(text)) and not HAPPY.search(text) \
                and not OWN_CHOICE_WEDDING.search(text) and not _past(sentence):
            # "… after uni. yesterday my mum told me the nikah is next Friday … I said no"
            return "married_off_soon", wedding
    if (ABROAD.search(text) or _foreign(text)) and (STAY.search(text) or NO_RETURN.search(text) or UNWILLING.search(text)
                                                   or re.search(r"\bnot bring (?:me|her) back\b", text)) \
            and any((TRAVEL.search(part) or FLIGHT.search(part) or _LEAVE.search(part)) and _near(part)
                    for clause in clauses for part in _AND.split(clause)) \
            and _personal(text) and not HAPPY.search(text) and not _ordinary_trip_question(text) and not _past(text) \
            and not (HOLIDAY.search(text) and not TRIP_DOUBT.search(text)):
        # "they're gonna take me to pakistan in the summer holidays and not bring me back. we leave in 4 days"
        return "taken_abroad_soon", _find(ABROAD, text) or _foreign(text)
    doctor = _find(DOCTOR_ABROAD, text)
    if doctor and (PAIN_TOLD.search(text) or FGM.search(text) or EUPHEMISM.search(text)) \
            and (_child_writer(text) or CHILD_AGE.search(text) or CLOSE_PERSON.search(text) or SELF_OBJECT.search(text)) \
            and any((TRAVEL.search(clause) or doctor in clause) and _near(clause) for clause in clauses) and not _past(text):
        # a child to "a doctor in Somalia", the trip on Tuesday, and a cousin who bled
        return "fgm_soon", doctor
    deed = _find(BEFORE_EIGHTEEN, text)
    if deed and any(BEFORE_EIGHTEEN.search(sentence) and SOON.search(_undated(sentence)) for sentence in sentences):
        # "det måste göras innan hon fyller 18", and she turns 18 on Sunday
        return "threat_soon", deed
    held = _find(HELD_NOW, text)
    if held and (ABROAD.search(text) or _foreign(text) or _ABROAD_PLACE.search(text)) and _personal(text) and not _past(_clause_of(held, clauses, text)) and (
            _now(_clause_of(held, clauses, text)) or any(
                (WEDDING.search(sentence) or MARRY.search(sentence)) and _near(sentence) for sentence in sentences)):
        # "went for a cousin's wedding in July and now they won't let her come back … the nikah is on Sunday"
        return "taken_abroad_soon", held
    return None


# leaving on a trip: "we leave in 4 days", "vi åker om fyra dagar"
_LEAVE = re.compile(r"\b(?:we|i|they|vi|jag|de|dom) (?:leave|re leaving|are leaving|fly|re flying|aker|reser|flyger)\b")


# a clause's parts joined by "and" ("… på sommarlovet hos mormor och vi åker om 4 dagar")
_AND = re.compile(r"\b(?:och|o|and|men|but)\b")  # "o": och in text-speak (stop 18)


# a person, not "someone", as the subject of a clause: "han står utanför dörren och bankar"
# a clause opened by "and now" (stop 18: "… to my mum too, and now he's sitting in the car outside")
_AND_NOW = re.compile(r"^(?:and |och |o )?(?:now |nu |rn )")
_SOMEBODY_THERE = re.compile(r"(?:han|hon|de|dom|he|she|they|pappa|mamma|farsan|brorsan|min \w+|mina \w+|my \w+)\b")


# "om han gör det, kommer jag aldrig ut härifrån levande": the threat on a condition in the same breath
_CONDITION_BEFORE = re.compile(r"\b(?:om|if|ifall)\s+(?:\w+\s+){0,4}$")
# "would kill her if he knew": a threat on a condition that has not come true
_IF_HE_KNEW = re.compile(r"\b(?:om (?:han|hon|de|dom|pappa|mamma) (?:visste|fick veta|fick reda pa|kom pa)|if (?:he|she|they|dad|mum|mom) (?:knew|found out|ever found out|ever finds out))\b")


def _emergency_15(text: str, clauses: Tuple[str, ...], sentences: Tuple[str, ...]) -> Optional[Tuple[str, str]]:
    """The classes written after stop 15's held-out sets (59-67), one rule per kind, in order: a one-way
    ticket for the writer alone; a farewell letter someone else orders; "taking care of" a sister for an
    honour reason; a drive to the forest tonight after a discovery; a weapon in hand while a threat with
    a deadline is said; not sure to last the night; held abroad now; to be slaughtered; things thrown at
    the writer now; no longer to exist after a deadline; not wanting to marry tomorrow; in the car with
    them now, afraid; a wedding "on Sunday, with me that is" after a general question; her turn "as it
    was for my cousins", or "the operation like mummy", with the trip near."""
    ticket = _find(ONE_WAY_FOR_ME, text)
    if ticket and (NOT_HERE_AFTER.search(text) or _near(_BARE_NOW.sub(" ", text))) and not HAPPY.search(text) and not _past(text):
        return "taken_abroad_soon", ticket
    ordered = _find(ORDERED_FAREWELL, text)
    if ordered and not _past(text):
        return "threat_soon", ordered
    care = _find(TAKE_CARE_OF_HER, text)
    if care and HONOUR_REASON.search(text) and not _past(_clause_of(care, clauses, text)):
        return "threat_soon", care
    forest = _find(FOREST_DRIVE, text)
    if forest and any(forest in sentence and _near(_BARE_NOW.sub(" ", sentence)) for sentence in sentences) \
            and (DISCOVERY.search(text) or HONOUR_ANGER.search(text) or FOUND_MINE.search(text)
                 or re.search(r"\b(?:nobody|no one|ingen) (?:at home |hemma )?(?:has )?(?:spoken|talked|pratat|sagt nat)\b", text)):
        return "threat_soon", forest
    saying = _find(WEAPON_WHILE_SAYING, text)
    if saying and (BY_A_DAY.search(text) or _near(_BARE_NOW.sub(" ", text))) and not _past(text):
        return "weapon", saying
    night = _find(NOT_THROUGH_NIGHT, text)
    if night:
        return "self_harm", night
    held = _find(BEING_HELD, text)
    if held and (_foreign(text) or _ABROAD_PLACE.search(text)) and not _past(_clause_of(held, clauses, text)) \
            and not _CONDITION_BEFORE.search(text[:text.find(held)]):
        return "taken_abroad_soon", held
    slaughter = _find(SLAUGHTER_ME, text)
    if slaughter and (LIKE_AN_ANIMAL.search(text) or MARRY.search(text) or WEDDING.search(text) or HONOUR_ANGER.search(text)
                      or DISCOVERY.search(text) or HONOUR_REASON.search(text)):
        return "threat_to_kill", slaughter
    thrown = _find(THROWN_AT_ME, text)
    if thrown and HELP_NOW_WORD.search(text) and not _past(_clause_of(thrown, clauses, text)):
        return "violence_now", thrown
    gone = _find(NOT_EXIST_THREAT, text)
    if gone and (BY_A_DAY.search(text) or _near(_BARE_NOW.sub(" ", text))) and not _past(text):
        return "threat_to_kill", gone
    unwanted = _find(NOT_WANT_TO_MARRY_SOON, text)
    if unwanted and not _past(text) and not HAPPY.search(text):
        # "snabb fråga bara, om man typ inte vill gifta sig imorgon, kan man bara strunta i att gå dit?"
        return "married_off_soon", unwanted
    car = _find(IN_THE_CAR_NOW, text)
    if car and DRIVEN_WHY.search(text) and (_KIN.search(text) or re.search(r"\b(?:de|dom|they)\b", text)):
        # "sitter i bilen med pappa och min bror nu … de tog min mobil … jag är rädd"
        return "help_now", car
    mine = _find(HAPPENING_TO_ME, text)
    if mine and (MARRY.search(text) or WEDDING.search(text) or re.search(r"\bgift\b", text)) and not HAPPY.search(text):
        return "married_off_soon", mine
    married_back = _find(CAME_BACK_MARRIED, text)
    if married_back and any((TRAVEL.search(clause) or re.search(r"\b(?:resa|trip)\b", clause)) and _near(clause) for clause in clauses) \
            and _personal(text) and not HAPPY.search(text):
        # "mina föräldrar har 'planerat en resa' åt mig nästa vecka … min kusin … kom tillbaka gift"
        return "taken_abroad_soon", married_back
    fix = _find(FIX_IT_FOR_YOU, text)
    if fix and (BY_A_DAY.search(text) or _near(_BARE_NOW.sub(" ", text))) and not _past(_clause_of(fix, clauses, text)):
        # "you have until friday to fix this or i'll fix it for you"
        return "threat_soon", fix
    next_door = _find(BEATEN_NEXT_DOOR, text)
    if next_door:
        return "violence_now", next_door
    came_home = _find(NEVER_CAME_BACK, text)
    if came_home and (PASSPORT_TAKEN.search(text) or PASSPORT_GONE.search(text)) and (_foreign(text) or _ABROAD_PLACE.search(text)):
        # "min syster skulle komma hem från Kosovo för två veckor sen … 'de har tagit passet'"
        return "taken_abroad_soon", came_home
    beaten = _find(JUST_BEATEN, text)
    if beaten and (VIOLENCE_ANY.search(text) or "blod" in beaten or "blood" in beaten):
        # "blev precis slagen med en sladd av mamma", "theres blood on my face … he hit me with a chair"
        return "violence_now", beaten
    end = _find(END_FOR_YOU, text)
    if end and not _past(text) and any(
            end in sentence and _near(_BARE_NOW.sub(" ", sentence)) and not re.search(r"\b(?:if|om)\b", sentence) for sentence in sentences):
        # "'vi vet var du är, ikväll är det slut för dig'"
        return "threat_to_kill", end
    train = _find(ON_TRAIN_HERE, text)
    if train and (FINISH_THIS.search(text) or THREATS.search(text) or VEILED_THREAT.search(text)):
        # "my brother just texted that he's on the train here and that he'll 'finish this'"
        return "help_now", train
    head = _find(NEXT_TIME_HEAD, text)
    if head and (TODAY.search(text) or _now(text)):
        # "my dad smashed my phone today and said next time it'll be my head"
        return "threat_soon", head
    another = _find(STAY_ANOTHER_YEAR, text)
    if another and ABROAD_NOW.search(text) and (_foreign(text) or _ABROAD_PLACE.search(text)) and WANTS_HOME.search(text):
        # "jag är i somalia sen sommarlovet … mamma säger vi stannar 1 år till men jag vill hem"
        return "taken_abroad_soon", another
    decided = _find(DECIDED_TO_GO, text)
    if decided and re.search(r"\b(?:bestamt mig|decided|made up my mind)\b", text):
        # "har bestämt mig. det är lättare så än att gifta mig med honom i sommar. skriver bara så nån vet"
        return "self_harm", decided
    gone_cousin = _find(COUSIN_GONE, text)
    if gone_cousin:
        # "… då vet jag vad som händer. han sa samma sak om min kusin innan och hon finns inte längre"
        return "threat_to_kill", gone_cousin
    engaged = _find(ENGAGED_MOVE_IN, text)
    if engaged and (UNWILLING.search(text) or _child_writer(text)) and not HAPPY.search(text):
        # "förlovningen är på lördag och sen ska jag flytta till honom direkt … jag vill inteee"
        return "married_off_soon", engaged
    turn = _find(MY_TURN_LIKE, text)
    if turn and (DOCTOR_ABROAD.search(text) or _foreign(text) or FGM.search(text) or EUPHEMISM.search(text)) \
            and any((TRAVEL.search(clause) or _LEAVE.search(clause) or turn in clause) and _near(clause) for clause in clauses) \
            and not _past(text):
        return "fgm_soon", turn
    return None


def _emergency_16(text: str, clauses: Tuple[str, ...], sentences: Tuple[str, ...]) -> Optional[Tuple[str, str]]:
    """The classes written after stop 16's held-out sets (77-100), one rule per kind, each with the
    message it was written from as a comment: shut out in the cold; taken, kept or stranded abroad
    (passport taken or "with my uncle", not let home, enrolled in school there); cutting now, cut
    too deep, cut (FGM) last night and bleeding, a sister to be "done" tomorrow, pills asked for
    oneself; held fast, a child held as leverage, a thing thrown or a head banged just now, an
    injury with care refused, hitting "now … again"; a "cure" tonight, a virginity check tomorrow,
    "the problem is me", "nobody will know where I went" (a knife sharpened by one who would rather
    bury her is the older SHARPENS rule, its DEAD_RATHER grown); locked in a flat, not out of her room for days, kept in by in-laws;
    engaged or married abroad on a near day, a date moved forward, "it happens to me on Saturday";
    kin circling outside, on their way "to deal with me", outside "as he said", coming to fetch a
    daughter in hiding."""
    out = _find(LOCKED_OUT, text)
    if out and (OUT_NOW.search(text) or _now(text)) and not _past(text) and not HABITUAL.search(text):
        # "pappa har stängt ute mig på balkongen i kylan … det har gått 2 timmar"
        return "locked_in", out
    taken = _find(TAKEN_THERE, text)
    if taken and (_foreign(text) or _ABROAD_PLACE.search(text)) and (PASSPORT_TAKEN.search(text) or PASSPORT_TAKEN_SAID.search(text)) \
            and (AGAINST_WILL.search(text) or TAKEN_UNWILLING.search(text) or MARRY.search(text)) and not CAME_HOME.search(text):
        # "tog henne till Irak för en vecka sedan mot hennes vilja … de har tagit hennes pass … ska giftas bort"
        return "taken_abroad_soon", taken
    cutting = _find(CUTTING_NOW, text)
    if cutting:
        return "self_harm", cutting
    fetched = _find(FETCHED_ABROAD, text)
    if fetched and _foreign(text) and SCHOOL_OVER.search(text) \
            and any(fetched in clause or _near(_BARE_NOW.sub(" ", clause)) for clause in clauses) \
            and _near(_BARE_NOW.sub(" ", text)) and not HAPPY.search(text):
        # "min morbror kommer imorgon för att ta med mig till Pakistan och … jag inte ska gå i skolan mer"
        return "taken_abroad_soon", fetched
    last = _find(LAST_DAY, text)
    if last:
        return "threat_soon", last
    threw = _find(JUST_THREW, text) or (_find(HEAD_BLOOD, text) if BLOOD_NOW.search(text) else None)
    if threw:
        # "my dad just threw a chair at me", "my dad hit my head on the wall and theres blood"
        return "violence_now", threw
    cure = _find(CURE_ME, text)
    if cure and any(cure in clause and _near(_BARE_NOW.sub(" ", clause)) for clause in clauses) and not _past(_clause_of(cure, clauses, text)):
        # "i kväll kommer nån imam-snubbe för att 'bota' mig"
        return "threat_soon", cure
    outside = _find(OUTSIDE_BARE, text)
    if outside and CAME_AS_SAID.search(text):
        # "han e utanför. hör hans bil. han sa han skulle komma om jag inte svara"
        return "help_now", outside
    injured = _find(INJURY, text)
    if injured and CARE_DENIED.search(text) and not _past(text) and re.search(r"\b(?:han|hon|he|she|pappa|dad|mamma|mum|mom|bror|brother|farsan|brorsan|morsan)\b", text):
        # "han (pappa) har brutit min arm tror jag, den är jättesvullen och jag får inte gå till sjukhuset"
        return "violence_now", injured
    kept = _find(NOT_ALLOWED_OUT, text)
    if kept and (PASSPORT_TAKEN.search(text) or PASSPORT_TAKEN_SAID.search(text)) and (IN_LAWS.search(text) or _foreign(text)) and not _past(text):
        # "jag sitter i en lägenhet i köpenhamn med min mans familj … dom låter mig inte gå ut och dom har mitt pass"
        return "locked_in", kept
    plane = _find(ON_A_PLANE, text)
    if plane and any(plane in clause and _near(_BARE_NOW.sub(" ", clause)) for clause in clauses) and not HAPPY.search(text):
        # "her family will put her on a plane tomorrow morning"
        return "taken_abroad_soon", plane
    day = _find(DECIDED_DAY, text)
    if day and (MARRY.search(text) or WEDDING.search(text) or re.search(r"\b(?:gift|married)\b", text)) and not HAPPY.search(text):
        # "min moster har bestämt att det sker nu på lördag med en man från Jordanien" (after a question if it is valid)
        return "married_off_soon", day
    done = _find(TO_BE_DONE, text)
    if done and any(done in clause and _near(_BARE_NOW.sub(" ", clause)) for clause in clauses) \
            and (_foreign(text) or re.search(r"\b(?:lillasyster\w*|syster\w*|dotter|sister|daughter|mormor|farmor|grandma)\b", text)):
        # "min lillasyster är 12 … i Egypten. Jag hörde mormor och mamma prata om att hon ska 'göras' i morgon"
        return "fgm_soon", done
    kept_abroad = _find(KEPT_ABROAD, text)
    if kept_abroad and _foreign(text) and (re.search(r"\b(?:weeks|months|veckor|manader)\b", text) or TRIP_DOUBT.search(text)):
        # "been kept at my grandparents' house in Mogadishu for 6 weeks. told it was a holiday"
        return "taken_abroad_soon", kept_abroad
    engaged_there = next((sentence for sentence in sentences if (MARRY.search(sentence) or re.search(r"\bforlova (?:mig|sig)\b|\bforlovas\b", sentence))
                          and (_ABROAD_PLACE.search(sentence) or _foreign(sentence) or TRAVEL.search(sentence))
                          and _soon_not_later(_BARE_NOW.sub(" ", sentence))), None)
    if engaged_there and _personal(text) and not HAPPY.search(text):
        # "… och pappa sa att vi ska till 'hemlandet' på tisdag och att jag ska förlova mig där. jag e 17 och har studenten nästa år"
        return "married_off_soon", engaged_there
    holds = _find(HOLDS_CHILD, text)
    if holds and NEVER_SEE_AGAIN.search(text) and not _past(_clause_of(holds, clauses, text)):
        # "min svärfar håller i min son och säger att jag aldrig får se honom igen om jag inte stannar"
        return "help_now", holds
    hitting = _find(HITTING_NOW, text)
    if hitting:
        # "min pappa slår min mamma hela tiden och nu slår han henne igen i köket"
        return "violence_now", hitting
    checked = _find(VIRGINITY_CHECK, text)
    if checked and any(checked in clause and _near(_BARE_NOW.sub(" ", clause)) for clause in clauses) and VIRGINITY_SOON_WHY.search(text) \
            and not _past(text):
        # "dom ska ta mig till en 'läkare' imorgon för att kolla om jag är oskuld … vet inte vad pappa gör"
        return "threat_soon", checked
    overdose = _find(HOW_MANY, text)
    if overdose and PAINKILLER.search(text) and (NOT_FOR_OTHERS.search(text) or DESPAIR.search(text)):
        # "hur många alvedon måste man ta för att det ska vara farligt? inte för nån annan. jag orkar inte mer"
        return "self_harm", overdose
    place = _find(LOCKED_IN_A_PLACE, text) or _find(NOT_OUT_FOR_DAYS, text)
    if place and not _past(_clause_of(place, clauses, text)) and (not HABITUAL.search(text) or NOT_OUT_FOR_DAYS.search(text)):
        # "min flickvän är låst i en lägenhet av sin familj i Malmö sen i måndags", "har inte kommit ut ur sitt rum på två dagar"
        return "locked_in", place
    flown = _find(FLOWN_OUT, text)
    if flown and any(flown in clause and _near(_BARE_NOW.sub(" ", clause)) for clause in clauses) and not HAPPY.search(text):
        return "taken_abroad_soon", flown
    happens = _find(HAPPENS_TO_ME, text)
    if happens and (MARRY.search(text) or WEDDING.search(text) or re.search(r"\b(?:gift|bortgift\w*|married|nikah)\b", text)):
        # "är det sant att man kan bli gift via telefon? för det händer tydligen mig imorgon kl 14"
        return "married_off_soon", happens
    vanish = _find(VANISH_THREAT, text)
    if vanish and _near(_BARE_NOW.sub(" ", text)):
        # "mina bröder pratar om att 'det måste ske innan helgen' och att ingen ska veta vart jag tog vägen"
        return "threat_soon", vanish
    forward = _find(MOVED_FORWARD, text)
    if forward and _personal(text) and not HAPPY.search(text) and not _past(_clause_of(forward, clauses, text)):
        # "det är då jag ska gifta mig, men nu säger hon att det blir redan på fredag", "now they moved the flight to this Saturday"
        if MARRY.search(text) or re.search(r"\b(?:gifta mig|married|marry)\b", text):
            return "married_off_soon", forward
        if FGM.search(text):
            return "fgm_soon", forward
        if _foreign(text) or TRAVEL.search(text):
            return "taken_abroad_soon", forward
    cut = _find(CUT_RECENTLY, text)
    if cut and BLEEDING.search(text):
        # "a 15-year-old girl here says she was cut yesterday … and is bleeding heavily"
        return "fgm_soon", cut
    held_fast = _find(HELD_FAST, text)
    if held_fast and (TYPING_ONE_HAND.search(text) or _now(text)):
        # "håller fast mig i armen hela tiden. skriver med andra handen"
        return "violence_now", held_fast
    problem = _find(I_AM_THE_PROBLEM, text)
    if problem and (NEARBY.search(text) or _now(text) or _near(_BARE_NOW.sub(" ", text)) or re.search(r"\b(?:sitter|sitting|are) (?:\w+ ){0,2}(?:i vardagsrummet|i koket|in the living room|in the kitchen)\b", text)):
        # "min pappa o två farbröder sitter i vardagsrummet o pratar om hur dom ska 'lösa problemet' o problemet e jag"
        return "threat_soon", problem
    deep = _find(TOO_DEEP, text)
    if deep and re.search(r"\b(?:akuten|er|a e|emergency room|hospital|sjukhus\w*|sy|stitches)\b", text):
        # "om man typ har skurit sig lite för djupt, när ska man åka till akuten?"
        return "self_harm", deep
    locked_out = _find(LOCKED_OUT_SAID, text)
    if locked_out and OUT_NOW.search(text) and not _past(text):
        # "jag e utelåst o det e minus 10 ute, mamma sa att jag inte får komma in förrän jag ber om förlåtelse"
        return "locked_in", locked_out
    promised = _find(HARM_PROMISED, text)
    if promised and ALONE_WITH_ME.search(text):
        # "my brother said he will burn my face if i talk to the counselor again. he is home alone with me now"
        return "threat_soon", promised
    stranded = _find(NO_PASSPORT, text) or _find(PASSPORT_TAKEN_SAID, text) or _find(PASSPORT_TAKEN, text)
    if stranded and (ABROAD_NOW.search(text) or WRITING_FROM_ABROAD.search(text)) and _foreign(text) and (
            WANTS_HOME.search(text) or NOT_LET_HOME.search(text) or ENROLLED_THERE.search(text)
            or MARRY.search(text) or re.search(r"\b(?:marry|married|bortgift\w*)\b", text)):
        # "I am in Pakistan now … they say I will marry my cousin next month and stay. I do not have my passport"
        return "taken_abroad_soon", stranded
    if (MARRY.search(text) or re.search(r"\b(?:gifta mig|marry me)\b", text)) and (TRAVEL.search(text) or _ABROAD_PLACE.search(text) or _foreign(text)):
        trip_day = next((sentence for sentence in sentences if WE_GO.search(sentence) and _near(_BARE_NOW.sub(" ", sentence))
                         and not MONTH_NAMED.search(sentence)), None)
        if trip_day and _personal(text) and not HAPPY.search(text):
            # "pappa sa att jag ska gifta mig med min kusin när vi åker till hemlandet i sommar. Vi åker på tisdag."
            return "married_off_soon", WE_GO.search(trip_day).group(0)
    kin_locked = _find(LOCKED_KIN, text)
    if kin_locked and (KEPT_DAYS.search(text) or re.search(r"\b(?:i|in|for) (?:\w+|\d+) (?:dagar|days) (?:nu|now)\b", text) or _now(text)) \
            and not _past(text):
        # "mina föräldrar har låst in min storasyster på hennes rum i tre dagar nu"
        return "locked_in", kin_locked
    circling = _find(CIRCLING_OUTSIDE, text)
    if circling and (_now(text) or _BARE_NOW.search(text)) and (CONDITIONAL.search(text) or THREATS.search(text) or FEAR.search(text)
                                                                or re.search(r"\b(?:vet att jag|know (?:i m|im|that i m))\b", text)):
        # "mina kusiner kör runt utanför min kompis hus där jag sover nu … ska komma ut annars kommer de in"
        return "help_now", circling
    coming = _find(KIN_COMING_NOW, text)
    if coming and (COME_TO_DEAL.search(text) or THREATS.search(text) or VEILED_THREAT.search(text) or FEAR.search(text)):
        # "my cousins are coming here rn to 'deal with me'"
        return "help_now", coming
    fetch = _find(COMING_TO_FETCH, text)
    if fetch and (THREATS.search(text) or re.search(r"\b(?:blamarken|blamarke|bruises?|bruised|med vald|by force)\b", text)) \
            and not _past(_clause_of(fetch, clauses, text)):
        # "hennes pappa … säger att han ska komma hit o hämta henne o att hon ska få se. hon har blåmärken"
        return "help_now", fetch
    return None


# now, said so that no habit elsewhere in the message outweighs it: "pappa slår mamma just nu … säger mamma alltid" (stop 18)
_JUST_NOW = re.compile(r"\b(?:just nu|right now|rn)\b")


def _only_the_leaving_is_past(matched: str, clauses: Tuple[str, ...]) -> bool:
    """Whether every clause dated in the past tells of the writer's leaving home, and the danger is in
    another clause ("min pappa står utanför min lägenhet och bankar på dörren. jag flyttade hemifrån i
    våras"): the leaving dates no danger (stop 18)."""
    leaving = [clause for clause in clauses if LEFT_HOME.search(clause) or GONE_FROM_THEM.search(clause)]
    rest = [clause for clause in clauses if clause not in leaving]
    return bool(leaving) and any(matched.split(" … ")[0] in clause for clause in rest) \
        and not any(_past(clause) or HABITUAL.search(clause) or _THEN.search(clause) or SAFE_NOW.search(clause) for clause in rest)


# "then", of a time gone: "de hotade att döda mig då" (stop 18)
_THEN = re.compile(r"\b(?:da|then|at the time|den gangen|back then)$|\b(?:da|then) (?:och|and|men|but)\b|\b(?:sa da|said then|da sa|then said)\b")


# to be fetched home: "de ska 'hämta hem' min syster", "they're coming to take her home"
_FETCH_HOME = re.compile(r"\b(?:hamta hem|hamta tillbaka|ta hem) (?:mig|henne|min syster|min dotter|min kusin)\b|\b(?:bring|take|drag) (?:me|her) (?:back )?home\b")


def _emergency_18(text: str, clauses: Tuple[str, ...]) -> Optional[Tuple[str, str]]:
    """The classes written in stop 18 (development sets 118-132): someone the family sent, or kin
    coming to fetch her home, with the address found; the address found with "she will pay"; the
    means of suicide handed over; the one who hurt her close by with "or else"; a wrist that keeps
    bleeding, a poison or a jump asked about for oneself; blood on her and kin waiting in the car; a
    door barricaded; waiting for her after a discovery; brought abroad to marry or live there."""
    sent = _find(SENT_TO_FETCH, text)
    if sent and FOUND_ADDRESS.search(text) and not _past(_clause_of(sent, clauses, text)):
        # "someone keeps calling me saying my family sent him to bring me back and he knows where i live now"
        return "help_now", sent
    fetch = _find(_FETCH_HOME, text)
    if fetch and FOUND_ADDRESS.search(text) and _near(_BARE_NOW.sub(" ", text)):
        # "… att de ska 'hämta hem' min syster … i helgen … de har fått tag i adressen"
        return "help_now", fetch
    found = _find(FOUND_ADDRESS, text)
    if found and WILL_PAY.search(text) and _personal(text):
        # "they found out where I live. my dad posted my new address … with 'she will pay'"
        return "help_now", found
    means = _find(GIVEN_MEANS, text)
    if means and KNOW_WHAT_TO_DO_WITH_IT.search(text):
        # "mina bröder har gett mig ett rep och sagt att jag vet vad jag ska göra med det": driven to suicide now
        return "self_harm", means
    close = _find(NEARBY, text)
    if close and VIOLENCE_ANY.search(text) and (OR_ELSE.search(text) or re.search(r"\b(?:annars|or else)\b", text) or THREATS.search(text)) \
            and not _past(_clause_of(close, clauses, text)):
        # "jag e på sjukhuset för att farsan slog mig och han sitter i väntrummet … annars..."
        return "help_now", close
    wrist = _find(WRIST_BLEEDING, text)
    if wrist and _FOR_ME.search(text):
        # "if someone had a cut on her wrist that keeps bleeding through towels … my family can't ever know I did it"
        return "self_harm", wrist
    poison = _find(POISON_QUESTION, text)
    if poison and (NOT_FOR_A_FRIEND.search(text) or _FOR_ME.search(text)):
        # "kan man dö av en halv flaska klorin? frågar åt en kompis. eller ja. inte åt en kompis"
        return "self_harm", poison
    blood = _find(BLOOD_ON_HER, text)
    if blood and WAITING_IN_THE_CAR.search(text) and _KIN.search(text):
        # "min storasyster kom hem nyss med blod i ansiktet och sa att pappa och farbror väntar på henne i bilen"
        return "help_now", blood
    barred = _find(DOOR_BARRED, text)
    if barred and (_KIN.search(text) or re.search(r"\b(?:mina broder|my brothers)\b", text)) and not _past(_clause_of(barred, clauses, text)):
        # "mina bröder har spärrat min dörr med byrån sen igår kväll, jag får mat genom fönstret"
        return "locked_in", barred
    jump = _find(JUMP_QUESTION, text)
    if jump and NO_WAY_OUT.search(text):
        # "vad händer om man hoppar från 8e våningen. frågar inte för skojs skull … jag ser ingen annan utväg"
        return "self_harm", jump
    waiting = _find(WAITING_FOR_ME, text)
    if waiting and NEARBY.search(text) and (VIOLENCE_ANY.search(text) or THREATS.search(text)) \
            and (DISCOVERY.search(text) or _now(_clause_of(waiting, clauses, text))):
        # "nu sitter han i vardagsrummet och väntar på att jag ska komma ner. han sa … 'bota med stryk'"
        return "help_now", waiting
    abroad = _find(WRITING_FROM_ABROAD, text)
    if abroad and _foreign(text) and MARRY_HERE.search(text) and _personal(text) and not CAME_HOME.search(text):
        # "sitter i Kabul hos farmor. de lurade mig hit i julas och säger att jag ska gifta mig här"
        return "taken_abroad_soon", abroad
    return None


def _emergency_19(text: str, clauses: Tuple[str, ...]) -> Optional[Tuple[str, str]]:
    """The classes written in stop 19 (development sets 133-144): a writer who left her family or
    lives hidden, tracked down by them (at her door or school, a photo of her new home, her new
    address asked for); warned by kin to keep away tonight after a discovery; kin coming tonight
    with her home photographed; a son taken off in the car to be "fixed"; taken to the airport
    tonight; a friend taken to "the country" who would rather die; back at an hour tonight with
    "you'll see"; told she is next after someone nearly died of it (a "talk" promised when the
    last one put someone in hospital is the older _visit_after_violence, its tables grown)."""
    tracked = _find(TRACKED_DOWN, text)
    if tracked and (GONE_FROM_THEM.search(text) or HIDDEN_LIFE.search(text) or SHELTER.search(text) or LEFT_HOME.search(text)
                    or RAN_AWAY.search(text)) and _personal(text) and not PERMISSION_QUESTION.match(text) \
            and not _past(_clause_of(tracked, clauses, text)):
        # "jag bröt med familjen för ett år sen och har skyddade personuppgifter men de har hittat mig"
        return "help_now", tracked
    back = _find(BACK_AT_AN_HOUR, text)
    if back and YOU_WILL_SEE.search(text) and _personal(text) and not _past(_clause_of(back, clauses, text)):
        # "han kommer tillbaka vid elva och han sa att om jag inte har 'bestämt mig' då så får jag se"
        return "threat_soon", back
    after_near_death = _find(NEXT_VICTIM, text)
    if after_near_death and NEARLY_KILLED.search(text) and not _past(_clause_of(after_near_death, clauses, text)):
        # "min brorsa dog nästan förra veckan av vad farsan gjorde o nu säger farsan att jag e nästa"
        return "threat_soon", after_near_death
    warned = _find(WARNED_AWAY, text)
    if warned and (FOUND_OUT.search(text) or DISCOVERY.search(text) or SEARCHED.search(text)) and _personal(text) \
            and not _past(_clause_of(warned, clauses, text)):
        # "mamma sa att jag inte ska komma hem för farsan har fått reda på … han har letat efter mig med bilen hela kvällen"
        return "help_now", warned
    coming = _find(COMING_TONIGHT, text)
    if coming and (TRACKED_DOWN.search(text) or FOUND_ADDRESS.search(text)) and (FOUND_OUT.search(text) or DISCOVERY.search(text)):
        # "hennes familj har fått veta och hennes bröder har skickat bilder på mitt hus. de skriver att de kommer ikväll"
        return "help_now", coming
    car = _find(TAKEN_IN_THE_CAR, text)
    if car and TO_BE_FIXED.search(text) and not _past(_clause_of(car, clauses, text)):
        # "Pappa och min farbror tog med honom i bilen och sa att de ska 'fixa honom'. Han svarar inte"
        return "help_now", car
    airport = _find(GET_ME_TO_THE_AIRPORT, text)
    if airport and _soon_not_later(_clause_of(airport, clauses, text)) and _personal(text) and not HAPPY.search(text):
        # "min man och hans bröder … pratar om hur de ska få mig till flygplatsen i natt"
        return "taken_abroad_soon", airport
    country = _find(TAKE_TO_THE_COUNTRY, text)
    if country and RATHER_DIE.search(text) and _soon_not_later(text):
        # "hennes bröder ska ta henne till landet på söndag och att hon hellre dör"
        return "taken_abroad_soon", country
    return None


def _emergency_20(text: str, clauses: Tuple[str, ...]) -> Optional[Tuple[str, str]]:
    """The classes written in stop 20 (development sets 145-159): kin on the road from another town
    now or tomorrow, sent after a discovery to "take care of it", "fix" the writer, or with
    "something in the trunk"; her address spread among kin with a call to "deal with her"."""
    road = _find(KIN_ON_THE_ROAD, text)
    if road and _soon_not_later(_clause_of(road, clauses, text)) and (
            WILL_HANDLE_IT.search(text) or TO_BE_FIXED.search(text) or IN_THE_TRUNK.search(text)) \
            and _personal(text) and not _past(_clause_of(road, clauses, text)):
        # "my older cousin is driving up from Jönköping right now because my mom told him i have a boyfriend. she said he will take care of it"
        return "help_now", road
    spread = _find(ADDRESS_SPREAD, text)
    if spread and SHOULD_DEAL_WITH_HER.search(text) and _personal(text) and not _past(_clause_of(spread, clauses, text)):
        # "my uncle just posted my address in the family whatsapp group and wrote that 'someone should deal with her'"
        return "help_now", spread
    return None


def _emergency_17(text: str) -> Optional[Tuple[str, str]]:
    """The classes written after stop 17's development sets (103-111): an engagement or marriage
    with days given to say yes "or else"; a weapon, a relative and "now" said in a few words or emoji."""
    days = _find(DAYS_TO_ANSWER, text)
    if days and (MARRY.search(text) or WEDDING.search(text) or _ENGAGEMENT.search(text)) \
            and (OR_ELSE.search(text) or re.search(r"\bannars\b", text) or THREATS.search(text) or VANISHED.search(text)):
        # "pappa har sagt att jag har tre dagar på mig att säga ja till förlovningen annars 'vet du vad som händer'"
        return "married_off_soon", days
    weapon = _find(WEAPON, text)
    if weapon and len(text.split()) <= 6 and NOW.search(text) and _KIN.search(text):
        # "🔪🏠😭 storebror. nu."
        return "weapon", weapon
    return None
