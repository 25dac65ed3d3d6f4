"""More classes of danger phrasing (sv and en), found by studying the misses of a development set.

Each class is a way of saying "danger now or soon" that the detector used to miss;
each case is a new sentence of that class (not one from the evaluation sets), in
Swedish (also without å/ä/ö, with slang) and English. The traps beside them use the
same words for something that is not danger now and must stay non-emergency.
"""
import pytest

from safety.danger import detect_danger, has_danger_cue, not_imminent

EMERGENCY_CLASSES = {
    "held_behind_a_locked_door": [
        "pappa har låst ytterdörren och gömt nyckeln, jag har inte fått gå ut sen i söndags",
        "han låser dörren när han går och tar med sig nyckeln, jag kommer inte härifrån",
        "ingen får lämna lägenheten förrän jag sagt ja, säger farsan. dörren är låst",
        "my dad locked me and my little brother in the basement",
        "the front door is double locked and she keeps the key on her",
        "bruh they locked me n my sis in the room",
        "my uncle says nobody is leaving until i agree, the doors are locked",
    ],
    "guarded_or_tracked_with_a_threat_or_terror": [
        "mina bröder vaktar mig dygnet runt och jag måste ta mig härifrån innan de vaknar",
        "dom turas om att vakta mig och säger att om jag försöker sticka så får jag se",
        "han har en app i min mobil och skrev idag: tro inte att du kan fly. jag är livrädd",
        "my cousins take turns guarding me and i have to get out before they notice",
        "he tracks my phone and said don't think you can hide from us, i'm terrified",
        "my brothers take turns watchin me, i need to get out of here",
    ],
    "plan_to_kill_or_death_if_going_home": [
        "jag hörde pappa och farbror planera att döda mig i helgen",
        "jag tror dom pratade om att döda min syster",
        "om jag åker hem dör jag, jag lovar",
        "i heard them talking about killing my sister tonight",
        "if i go back home they will kill me",
        "if they find me i'm dead, i know it",
    ],
    "maiming_threats": [
        "han sa att han ska kasta syra i ansiktet på mig om jag lämnar honom",
        "brorsan hotar att tända eld på mig",
        "my ex said he'll set me on fire if i go to the cops",
        "they said they would throw acid on my face if i see him again",
    ],
    "menace_and_afraid_to_go_out": [
        "någon har krossat rutan på min bil och jag vågar inte gå ut, dom har hotat mig förut",
        "du ska passa dig skrev min kusin, jag vågar inte gå till skolan",
        "they slashed my tyres and left a note saying whore, im scared to leave the house",
        "i got a message saying watch your back, i'm afraid to go to work",
    ],
    "on_the_way_with_menace": [
        "brorsan är på väg till skolan nu, han skrev att jag ska få se",
        "han är påväg hit nu och han är jättearg",
        "farsan e pa vag till mitt jobb och han e helt galen",
        "my brother is on his way to my school and he texted me you'll regret this",
    ],
    "marriage_ultimatum_and_veiled_threat": [
        "om du inte gifter dig på lördag vet du vad som händer, sa pappa",
        "mamma sa att om jag inte gifter mig i helgen så ska dom ta hand om mig",
        "if you don't marry him this weekend you know what happens, mum said",
        "min kusin sa att släkten ska lösa problemet med mig ikväll",
        "the family has decided i have to be punished tonight",
    ],
    "violence_promised_again": [
        "han slog mig med en sladd och sa att han ska göra det igen",
        "he hit me with a belt and says he'll do it again tonight",
        "my bro punched me and sed hes gona do it agen",
    ],
    "not_wanting_to_be_here_or_ending_it": [
        "orkar inte vara kvar längre",
        "jag vill inte finnas till",
        "ikväll avslutar jag allt",
        "i don't wanna be around anymore",
        "tonight im ending everything",
        "i'm done with life",
        "i just want to sleep forever",
        "sometimes i think i should just disappear for good this time",
        "wanna kms",
        "i can't do this anymore, i've got the pills in front of me",
    ],
    "held_abroad_now": [
        "jag har varit i pakistan i fyra månader och pappa har mitt pass, hur kommer jag hem",
        "we're in Kabul and they have my passport, how can i get home",
        "i'm being kept in pakistan against my will",
        "yo my dad got my passport and we been in pakistan 2 months",
        "we're in Baghdad and they won't give me my passport back",
        "vi har varit i Syrien sen i våras och pappa vägrar ge mig mitt pass",
        "min syster åkte till Irak i somras och kom aldrig tillbaka, nu svarar hon inte",
    ],
    "re_education_trip": [
        "vi flyger till Erbil på fredag, mamma säger att jag ska gå i koranskola där och inte komma tillbaka",
        "dom ska skicka mig till en koranskola i Pakistan om tre dagar",
        "they're sending me to a religious school in Somalia on monday so i can learn our culture",
    ],
    "cutting_on_a_trip": [
        "dom ska skära min lillasyster när vi kommer fram till Nairobi",
        "min kusin ska skäras på lördag när vi kommer fram till Mogadishu",
        "farmor har bokat en kvinna som ska fixa min lillasyster när vi är i Egypten nästa vecka",
        "my little sister will be cut on saturday in Mogadishu",
        "my grandma is taking me to Nairobi on monday where a lady will fix me",
    ],
    "asked_for_her_hand_before_a_trip": [
        "min morbror har frågat pappa om mig och vi åker till Turkiet nästa vecka",
        "a man asked my father for my hand and we fly to Lahore tomorrow",
        "my friend is being flown to somalia tomorrow to be married",
    ],
    "violence_in_the_next_room": [
        "kan du ringa polisen? farsan slår mamma i köket",
        "ring 112 brorsan slår min lillasyster i rummet bredvid",
        "call the police my brother is beating my mum downstairs",
    ],
    "door_being_broken_down": [
        "hjalp brorsan sparkar in min dorr",
        "pappa försöker bryta upp dörren till mitt rum",
        "my uncle is kicking down the bathroom door",
        "omg my stepdad is smashing down the door to my room",
    ],
    "hunted_after_fleeing": [
        "jag har rymt och farsan spårar min mobil, vart ska jag ta vägen",
        "min familj har anlitat någon för att hitta mig",
        "i ran away yesterday and they are tracking my phone",
        "they hired a guy to find me and he knows my new address",
        "some man i don't know texted me my new address",
    ],
    "friend_or_sister_in_danger": [
        "min kompis sms:ade att hennes bror har slagit henne och att hon gömmer sig i skogen",
        "min syster ringde och grät, hon är inlåst och de ska gifta bort henne på fredag",
        "my best friend says her brothers locked her in and took her phone",
    ],
}

FALSE_ALARM_TRAPS = [
    # doors, keys, being inside
    "mamma låste dörren när hon åkte till jobbet",
    "mamma låste dörren för att tjuvar inte ska komma in",
    "pappa tog med sig nyckeln till bilen",
    "nobody is leaving until the dishes are done lol",
    "jag har inte varit ute på två veckor för jag har haft covid",
    "vakta min väska medan jag går på toa",
    # menace words said of other things
    "om jag inte pluggar dör jag på provet imorgon",
    "jag kommer ångra mig imorgon, åt typ tre pizzor",
    "vi ska göra det igen nästa helg, det var så kul",
    "någon punkterade däcket på min cykel idag, så irriterande",
    "det här jobbet dödar mig",
    "if i eat one more cookie i'll die lol",
    "i have to get out of here, this party is so boring",
    "if you leave now you'll miss the bus, mum said today",
    "om du drar nu så kommer du hinna bussen",
    # ending things, sleeping, being done
    "i don't want to be here anymore in this town, it's so boring",
    "i'm so done with this homework",
    "i'm ending it with my boyfriend tonight",
    "jag avslutar det med honom ikväll",
    "jag vill bara sova för alltid idag, så trött",
    "i want to sleep forever this weekend lol",
    "jag vill dö av skratt",
    "tonight is the night we finally watch the final",
    # hair, cooking, hunting, accidents
    "my sister will fix my hair before the party tomorrow",
    "min syster ska fixa mig inför festen imorgon",
    "frisören är en tant som ska klippa mig på fredag",
    "a lady is coming to cut my hair tomorrow",
    "the cut on my arm hurts today",
    "jag skar mig på en kniv när jag lagade mat",
    "pappa har en jaktkniv i garaget för han jagar älg",
    # travel, addresses, being stuck
    "we're stuck in Istanbul, the flight is delayed till tomorrow",
    "vi ska till Kenya på safari nästa vecka!",
    "im in turkey and i have my passport, can't wait to go home",
    "jag gav min nya adress till skolan",
    "min kompis vet min nya adress",
    "en kille frågade pappa om han fick låna bilen",
    "en kille frågade pappa om mig men pappa sa nej och det är lugnt nu",
    "how do i get home from the airport in istanbul",
    "min bror är målvakt och vaktar målet",
    "i'm being kept after school for detention",
    # danger as a figure of speech, somebody in general, games
    "i'm in danger of failing maths",
    "he's in danger of losing his job",
    "how long is someone in danger after leaving?",
    "vi spelar tag och brorsan jagar mig",
    "mamma slår på tv:n i vardagsrummet",
    "he hits me when we play fifa",
    "nobody is hitting me, it's just the pressure",
    # school, songs, general questions of professionals
    "vi hade om syraattacker på SO idag",
    "vi hade om hedersvåld på SO, är det bara när nån blir slagen?",
    "känner nån igen låten som går 'jag vill dö ikväll'?",
    "som lärare undrar jag rent generellt vad man gör om en elev är i fara",
    # violence long past, negated or habitual
    "pappa slog mig hela uppväxten men han slår inte längre",
    "my brother hits me if i talk back, is that normal?",
    "förra året låste de in mig en helg, det har inte hänt igen sen dess",
    "jag har bott hos mormor sen i våras eftersom pappa slog mig, nu vill hon att jag flyttar",
]

HARM_NOT_IMMINENT = [
    ("pappa tar hela min lön från sommarjobbet", "control"),
    ("my uncle takes all my wages and gives me pocket money", "control"),
    ("storebror vill gå igenom min telefon varje dag", "control"),
    ("my parents read all my texts", "control"),
    ("mina föräldrar har redan valt min man", "forced_marriage"),
    ("my parents have picked my husband, i've never met him", "forced_marriage"),
    ("jag gifte mig när jag var 14 i Syrien", "forced_marriage"),
    ("han hotar att sprida bilder på mig", "threats"),
    ("he says he'll post pictures of me everywhere", "threats"),
    ("när jag var liten brukade pappa slå mig", "violence"),
    ("förra sommaren låste de in mig i en vecka", "control"),
]


def _cases():
    for name, texts in EMERGENCY_CLASSES.items():
        for text in texts:
            yield pytest.param(text, id=f"{name}:{text[:40]}")


@pytest.mark.parametrize("text", list(_cases()))
def test_each_new_class_of_danger_phrasing_is_an_emergency(text):
    assert detect_danger(text).level == "emergency"


@pytest.mark.parametrize("text", FALSE_ALARM_TRAPS)
def test_look_alikes_of_the_new_classes_are_not_emergencies(text):
    assert detect_danger(text).level != "emergency"


@pytest.mark.parametrize(("text", "category"), HARM_NOT_IMMINENT)
def test_new_kinds_of_harm_are_read_as_harm_but_not_imminent(text, category):
    verdict = detect_danger(text)
    assert (verdict.level, verdict.category) == ("harm", category)


@pytest.mark.parametrize(
    ("text", "suppressor"),
    [
        ("vem har skrivit låten 'jag vill dö i natt'?", "fiction"),
        ("what are the lyrics of that song that goes i want to die tonight", "fiction"),
        ("vi hade om tvångsäktenskap på SO och någon ska gifta bort henne på fredag i boken", "school_work"),
        ("jag är socionom och undrar rent generellt hur ni gör när någon är inlåst", "general"),
    ],
)
def test_songs_school_subjects_and_general_questions_suppress_an_emergency(text, suppressor):
    verdict = detect_danger(text)
    assert verdict.level != "emergency"
    assert verdict.suppressed_by == suppressor


@pytest.mark.parametrize(
    "text",
    ["pappa slog mig hela uppväxten", "my dad hit me all through my childhood",
     "he hits me when he's drunk", "brorsan brukade slå mig"],
)
def test_a_childhood_or_a_conditional_habit_is_not_imminent(text):
    assert not_imminent(text)


def test_a_condition_with_a_time_word_stays_a_threat_for_tonight():
    assert detect_danger("farsan slår mig om jag inte är hemma ikväll").level == "emergency"


def test_a_sister_who_went_abroad_and_never_came_back_is_danger_to_another():
    verdict = detect_danger("min syster åkte till Irak i somras och kom aldrig tillbaka, nu svarar hon inte")
    assert verdict.level == "emergency"
    assert verdict.about_other


@pytest.mark.parametrize(
    "text",
    ["mina kusiner vaktar mig", "he keeps the keys with him", "jag måste härifrån innan de vaknar",
     "don't think you can run", "någon har punkterat däcken på min bil", "vill komma hem men får inte"],
)
def test_being_kept_guarded_or_menaced_is_a_danger_cue_for_the_classifiers_second_opinion(text):
    assert has_danger_cue(text)
