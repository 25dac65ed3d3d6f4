"""Classes of danger, harm and false alarm found in the misses of held-out set 6 (sv and en).

Each case is a new sentence of a class (not one from the evaluation sets), in Swedish
(also without å/ä/ö, with slang) and English. The traps use the same words for
something that is not danger now and must stay non-emergency.
"""
import pytest

from safety.danger import detect_danger, is_personal

EMERGENCY_CLASSES = {
    "wedding_within_days_refused": [
        "bröllopet är om fyra dagar och jag har sagt nej så många gånger, jag är 20",
        "brollopet ar om 2 dagar, jag har vagrat men ingen lyssnar",
        "the wedding is in 3 days and i keep saying no but nobody listens. i'm 23",
    ],
    "nikah_soon_of_a_pupil": [
        "vi har prov nästa vecka och läraren tjatar men nikahen är på lördag i Oslo",
        "kuratorn vet inget men min nikah ar pa fredag",
    ],
    "held_abroad_for_a_long_while": [
        "jag har varit i Irak i tre månader nu, de har tagit mitt pass och jag får bara ringa i smyg",
        "i've been in pakistan for 5 months and my uncle took my passport",
    ],
    "reeducation_trip_this_weekend_despite_an_older_past": [
        "they are sending me to somalia this weekend for dhaqan celis, my cousin was sent last year",
        "de skickar mig till Somalia i helgen på dhaqan celis, min kusin skickades förra året",
    ],
    "an_overdose_taken": [
        "I just swallowed a whole packet of my dad's sleeping pills",
        "i took like 30 of my mums paracetamol tablets 10 mins ago lol",
        "jag har svalt en hel karta med mammas sömntabletter",
        "har precis tagit typ 25 alvedon mot huvudvärken",
    ],
    "a_visit_soon_after_violence_the_last_time": [
        "min farbror kommer hit ikväll för att prata, förra gången bröt han min näsa",
        "my brothers are coming over tomorrow to 'talk', last time they broke my ribs",
    ],
    "a_plan_to_deal_with_her_tonight": [
        "my cousin warned me they plan to deal with me tonight after dinner",
        "faster varnade mig, de planerar att ta hand om mig ikväll",
    ],
    "the_last_time_he_has_to": [
        "he strangles me every night and said tonight is the last time he has to",
        "han stryper mig varje kväll och sa att ikväll är sista gången han behöver",
    ],
    "a_door_broken_down": [
        "they kicked in my bedroom door and i'm hiding on the roof",
        "farsan bröt upp dörren till mitt rum, jag sitter på balkongen",
    ],
    "despair_and_doing_it_tonight": [
        "orkar inte längre, ikväll ska jag göra det",
        "orkar inte mer. inatt gor jag det",
        "i cant take it anymore. tonight i'll do it",
    ],
    "cannot_talk_with_the_abuser_near": [
        "kan inte prata, han står utanför dörren",
        "cant talk hes right outside the door",
        "can't call, she's in the next room",
    ],
    "a_flight_with_no_return": [
        "flyget går på fredag och jag kommer inte få komma hem igen",
        "the flight is tomorrow and i won't be allowed back",
    ],
    "stabbing_in_slang_and_death_said_inverted": [
        "han sa han ska sticka mig om han ser mig igen",
        "brorsan sa han ska knivhugga mig",
        "my brother said he'd stab me if i go out",
        "pappa sa om jag kommer hem är jag död",
    ],
    "a_family_verdict_or_council_about_her": [
        "the family decided i have to die",
        "ikväll är det familjemöte om mig, min kusin försvann efter ett sånt",
        "farsan fick veta om min kille och han och farbror ska lösa det ikväll",
    ],
    "thrown_out_and_sleeping_outside_tonight": [
        "pappa har slängt ut mig och jag sover i trapphuset inatt",
    ],
    "someone_coming_with_a_call_for_help": [
        "help theyre coming",
        "han e på väg hit, hjälp dom kommer",
    ],
    "a_child_locked_in_by_a_parent": [
        "min man har låst in vår son i källaren",
    ],
}

FALSE_ALARM_TRAPS = [
    # the new classes' look-alikes
    "the last time he has to go to the dentist is tomorrow",
    "brorsan kommer hit imorgon, förra gången vi sågs spelade vi fifa",
    "my brother is coming over tomorrow, last time he was here we watched a movie",
    "hon ska sticka henne en femtiolapp",
    "my cousin's wedding is in 3 days and I said no to being bridesmaid lol",
    "vi sover ute i tält ikväll med scouterna",
    "can't talk now, my mum is home, talk later",
    "i'm done with my homework, i'll do it tomorrow",
    "she'll finish her homework tonight",
    "min kusins nikah är på lördag, vad ska jag ha på mig?",
    "vi ska lösa det ikväll, pappa var arg på mig för betygen",
    "I took 2 paracetamol for my headache",
    "jag tog alla mina mediciner idag som vanligt",
    "I'm 17 and my sister got married at 16 in Iraq last year, is that legal?",
    "I got married at 16 in Syria, now I'm 19 and live in Malmö with him. is it valid?",
    # fiction the writer writes
    "jag skriver en novell där huvudpersonen ska gifta bort sin dotter imorgon",
    "i'm writing a story where the main character gets locked in tonight",
    # locked herself in to study or rest
    "jag har låst in mig på rummet hela veckan för att plugga till tentan",
    "locked myself in my room all day to study for exams, wish me luck",
    # a knife for cooking
    "hur slipar man en kniv? ska grilla med pappa ikväll",
    "how do i sharpen a knife, gonna cook with my dad tonight",
    # a holiday and a passport question
    "vi ska till Marocko på fredag på semester, behöver min dotter på 2 år ett eget pass?",
    "we're flying to Turkey on saturday on holiday, does my son need his own passport?",
    # the idiom of being "killed" for a mundane failure
    "my dad is gonna kill me i crashed his car again",
    "mamma kommer döda mig, jag kuggade uppkörningen igen",
    # a harm long past, said since a month by name
    "jag har bott på skyddat boende sen i februari efter att pappa hotade mig med en kniv",
    # a wedding a year and more away
    "I'm 24 and engaged against my will, the wedding is about two years from now",
    "jag är 22 och förlovad mot min vilja, bröllopet är om ett och ett halvt år",
    # money taken is not an overdose
    "pappa tar alla pengar jag tjänar, är det lagligt?",
]

HARM_NOT_IMMINENT = [
    ("tjej 15. får inte åka på lägerskolan för pappa säger att det är haram att sova över", "control"),
    ("16, gay. mina föräldrar tvingar mig att gå till imamen för att bli normal", "control"),
    ("jag är 14 och har sagt till läraren att jag inte får träffa kompisar på helgerna", "control"),
    ("15 and trans. my dad burned my binder and wants to take me to the mosque", "control"),
    ("my friend is forced to wear a burka and her cousins follow her home every day", "control"),
    ("mina kusiner skvallrar allt jag gör för pappa", "control"),
    ("I'm 11 and all the girls in my family get cleaned when they are 12, my mum says", "fgm"),
    ("farfar kallar mig hora för att jag har smink", "control"),
    ("my girlfriend isn't allowed to go out after school", "control"),
]

AGE_LABELLED = [
    "tjej 14. får inte gå på disco",
    "16 (girl) får inte ha snapchat",
    "14yo. not allowed to go to sleepovers",
    "17 år. får aldrig vara ute efter sex",
    "ettan på gymnasiet. får inte ha kompisar hem",
]

NOT_AGE_LABELLED = [
    "15 minuter kvar av lektionen, får inte gå ut",
    "20 kr för en glass är dyrt",
]


def _cases():
    for name, texts in EMERGENCY_CLASSES.items():
        for text in texts:
            yield pytest.param(text, id=f"{name}:{text[:40]}")


@pytest.mark.parametrize("text", list(_cases()))
def test_each_class_from_set_6_is_an_emergency(text):
    assert detect_danger(text).level == "emergency"


@pytest.mark.parametrize("text", FALSE_ALARM_TRAPS)
def test_the_false_alarm_traps_of_set_6_are_not_emergencies(text):
    assert detect_danger(text).level != "emergency"


@pytest.mark.parametrize(("text", "category"), HARM_NOT_IMMINENT)
def test_the_harms_of_set_6_are_read_as_harm_but_not_imminent(text, category):
    verdict = detect_danger(text)
    assert (verdict.level, verdict.category) == ("harm", category)


@pytest.mark.parametrize("text", AGE_LABELLED)
def test_an_age_label_at_the_start_makes_a_message_personal(text):
    assert is_personal(text)


@pytest.mark.parametrize("text", NOT_AGE_LABELLED)
def test_a_number_of_minutes_or_crowns_is_no_age_label(text):
    assert not is_personal(text)


def test_an_overdose_is_an_emergency_even_with_a_laugh_or_a_headache():
    verdict = detect_danger("haha i swallowed a whole bottle of painkillers for my headache")
    assert (verdict.level, verdict.category) == ("emergency", "self_harm")


def test_a_sister_in_a_shelter_whom_the_family_searches_for_is_a_question_not_an_alarm():
    verdict = detect_danger("my sister lives in a shelter and my dad is looking for her, can they find her through her school?")
    assert verdict.level == "harm"
    assert verdict.about_other


def test_the_same_search_said_with_danger_tonight_stays_an_emergency():
    assert detect_danger("my sister is in a shelter and my brothers are outside the shelter right now, can they get in?").level == "emergency"


def test_a_locked_in_writer_who_is_afraid_stays_an_emergency():
    assert detect_danger("jag har låst in mig på toaletten för att få vara ifred men jag är rädd, pappa bankar på dörren").level == "emergency"


HARM_FROM_THE_TOPIC_SETS = [
    ("farsan tar hela lönen från mitt sommarjobb", "control"),
    ("my uncle took my bank card, it's my own money", "control"),
    ("storebror har mitt lösenord till snap och loggar in", "control"),
    ("my parents make me share my location all the time", "control"),
    ("my friend has to send her mum a selfie every hour to prove where she is", "control"),
    ("my girlfriend's family won't let her go to the sleepover", "control"),
    ("my friend is made to watch his sisters and report back to his dad", "control"),
    ("jag blir straffad hela tiden för minsta lilla sak", "control"),
    ("pappa har slutat prata med mig sen han såg mig med en kille", "control"),
    ("my mum calls me a slag in front of everyone", "control"),
    ("my parents put me in counselling with the imam every week since they found out", "control"),
    ("my cousin is 12 and my aunts talk about who she will marry", "forced_marriage"),
    ("min faster säger att min lillasyster ska renas i sommar", "fgm"),
]

HARMLESS_LOOK_ALIKES = [
    "min kompis har mitt lösenord till netflix",
    "kan man dela sin position med kompisar på snap?",
]


@pytest.mark.parametrize(("text", "category"), HARM_FROM_THE_TOPIC_SETS)
def test_the_harms_of_the_topic_sets_are_read_as_harm(text, category):
    verdict = detect_danger(text)
    assert (verdict.level, verdict.category) == ("harm", category)


@pytest.mark.parametrize("text", HARMLESS_LOOK_ALIKES)
def test_a_shared_password_or_position_among_friends_is_no_harm(text):
    assert detect_danger(text).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "brollopet ar om tre dar och ja har sagt nej",
        "giftermålet är om en vecka, jag vägrar men dom bryr sig inte",
        "the nikkah is on sunday and my teacher doesnt know",
        "dom skickar mig till somalia nästa vecka på dhaqan celis, min bror skickades förra året",
        "mina bröder kommer imorgon för att snacka, förra gången bröt dom min näsa",
        "my dad is coming over tmrw to talk, last time he broke my arm",
    ],
)
def test_chat_spellings_and_inflections_of_the_set_6_classes_are_emergencies(text):
    assert detect_danger(text).level == "emergency"


def test_a_cousin_always_outside_the_school_is_watching_not_hunting():
    verdict = detect_danger("min kusin står alltid utanför skolan och går samma väg hem som jag")
    assert (verdict.level, verdict.category) == ("harm", "control")


def test_a_father_outside_the_school_now_with_a_call_for_help_stays_an_emergency():
    assert detect_danger("pappa står nu utanför skolan och väntar på mig, hjälp").level == "emergency"


@pytest.mark.parametrize(
    "text",
    ["my sister just swallowed a whole bottle of pills", "jag tog en hel karta alvedon för en timme sen",
     "har svalt 15 tabletter", "i took 20 sleeping pills last night and feel weird", "jag har tagit alla mina tabletter"],
)
def test_overdoses_in_other_words_and_of_others_are_emergencies(text):
    assert detect_danger(text).level == "emergency"


@pytest.mark.parametrize(
    "text",
    ["I took 2 ibuprofen for my period pain", "my mum took a whole bottle of wine to the party",
     "jag tog hela paketet med mig till skolan", "i had 10 slices of pizza", "jag har tagit mina tabletter",
     "I took my meds"],
)
def test_medicine_taken_as_medicine_and_other_quantities_are_no_overdose(text):
    assert detect_danger(text).level != "emergency"


@pytest.mark.parametrize(
    "text",
    ["pappa har hotat att döda mig för att jag kom hem sent",
     "i'm writing my story here because my dad is going to kill me tonight"],
)
def test_an_explicit_threat_or_the_writers_own_story_is_no_idiom_and_no_fiction(text):
    assert detect_danger(text).level == "emergency"


@pytest.mark.parametrize(
    "text",
    ["my sister is in a refuge and my dad found her address, can they get in?",
     "min syster är på skyddat boende och pappa har hittat adressen, kan de ta sig in?"],
)
def test_a_shelter_address_found_by_the_family_is_an_emergency_even_asked_as_a_question(text):
    assert detect_danger(text).level == "emergency"


@pytest.mark.parametrize(
    "text",
    ["min syster bor på ett jourboende och släkten letar efter henne, kan de hitta henne via skolan?",
     "jag bor på skyddat boende, hur hittar jag adressen till skolan?"],
)
def test_a_search_asked_about_or_an_address_looked_up_is_not_an_emergency(text):
    assert detect_danger(text).level != "emergency"


@pytest.mark.parametrize(
    "text",
    ["min lärare ska gifta sig på lördag, vad ska vi köpa för present?",
     "vi har nationella proven nästa vecka och min storasyster gifter sig på fredag, så kul!",
     "my grandparents are coming over tomorrow, last time they were here grandpa was in hospital",
     "kan inte prata nu, mamma sitter bredvid, vi hörs sen",
     "the flight is tomorrow and we are not coming back until august",
     "jag har gjort slut med min kille och orkar inte mer, imorgon ska jag göra det bästa av det"],
)
def test_look_alikes_of_the_second_batch_are_not_emergencies(text):
    assert detect_danger(text).level != "emergency"
