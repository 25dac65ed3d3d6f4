"""The danger detector on classes of phrasing (sv and en), and the false-alarm traps beside them.

Each class names a way people describe danger without the obvious words; each
case is a phrasing of that class, in Swedish (often without å/ä/ö, with slang)
and English. The traps are messages with the same words that are not danger now.
"""
import pytest

from safety.danger import detect_danger, not_imminent

EMERGENCY_CLASSES = {
    "overdose_or_suicide_plan": [
        "jag har tagit alla mina mediciner",
        "har tagit typ 20 alvedon",
        "i swallowed a bottle of painkillers",
        "i'm going to take every pill in the cabinet tonight",
        "jag har redan samlat tabletter",
        "har ett rep och vet vart jag ska gå",
    ],
    "indirect_suicidal_thoughts": [
        "om dom gifter bort mig tar jag livet av mig",
        "känns som att alla skulle ha det bättre om jag inte fanns",
        "vill bara sova och aldrig vakna igen",
        "jag vill inte vakna imorgon",
        "Been thinking about how to end it",
        "everyone would be better off, the family's honour would be clean again",
        "i don't think i'll be here tomorrow",
        "cant stop cutting tonight",
        "i just want to disappear forever",
    ],
    "passive_or_veiled_threats": [
        "pappa säger att jag ska dödas om jag inte kommer hem nu",
        "om jag kommer hem ikväll så slår han ihjäl mig",
        "dom sa att om jag inte kommer hem inom en timme så är jag död",
        "they said if i'm not home in an hour i'm dead",
        "brorsan ska lära mig en läxa när han kommer hem ikväll",
        "my brother said he'll teach me a lesson when he gets home tonight",
        "de ska straffa mig ikväll för att jag pratade med en kille",
        "my cousin said the family decided I have to be dealt with tonight",
        "pappa sa att han ska rensa familjens heder och tittade på mig",
        "pappa kommer hem om en timme och han vet allt",
        "jag har hört dom planera något mot mig ikväll",
    ],
    "held_abroad_now": [
        "I'm 17 and I've been in Pakistan for 3 weeks, they took my passport and say I'm getting married here",
        "Min mamma ringde från Somalia, pappa har tagit hennes pass och hon får inte åka hem",
        "vi ar i turkiet och de sager att jag inte ska hem till sverige igen",
        "kan ni hjälpa mig hem? dom har tagit passet och jag är i pakistan",
        "we're already in iraq and they say i'm never going back to sweden",
        "My niece was sent to Afghanistan two months ago, they married her off and she wants to come home",
        "jag har varit i irak i en månad och nu säger dom att bröllopet är nästa vecka",
    ],
    "trip_with_doubt_or_secrecy": [
        "dom säger att vi ska till mormor i Kurdistan på lördag men jag hörde dom prata om en kille där",
        "Dom har sagt att vi ska till Somalia imorgon och jag vet vad som händer med tjejer där",
        "we leave for Iraq on thursday and mum told me not to tell anyone at school",
        "imorgon åker vi till hemlandet och pappa sa att jag inte behöver ta med skolböckerna",
        "dom har bokat flyg till Bagdad på torsdag, mitt namn står där men ingen returresa",
        "my parents booked a one way flight for me to somalia next friday",
        "when we land they'll take me straight to the man they chose for me",
        "vi sitter på planet och jag fick inte ens säga hejdå",
        "they're sending my little sister to Pakistan tomorrow, she's only 12",
    ],
    "sent_away_or_driven_off": [
        "help, my dad found out I'm pregnant and says I'm being sent away tonight",
        "pappa hämtar mig efter lektionen och kör direkt till Arlanda, jag vill inte åka",
        "they put me in the car and said we're going to visit grandma but we're driving towards the ferry",
        "dom tvingade in mig i bilen utanför gymmet, nu har vi stannat på en mack",
        "min kompis sms:ade att hennes farbror tvingade in henne i en bil, hon svarar inte nu",
        "de drog in min syster i en bil utanför skolan och åkte iväg",
        "han har tagit barnen och kör mot färjan",
        "a student told me she's being picked up after school today and taken to the airport",
    ],
    "cutting_euphemisms": [
        "my aunt is visiting next week to 'make her clean' like they did to me",
        "pappa sa att jag ska 'göras klar' när vi åker ner till Egypten på måndag",
        "a woman is coming this weekend to do to me what they did to my sisters",
        "de säger att kvinnan kommer på lördag för att göra det som gjordes med mina systrar",
        "dom ska ta mig till en kvinna i helgen som ska 'fixa' mig, samma som mina kusiner",
        "farmor sa att min lillasyster ska bli ren när vi kommer fram",
        "they are cutting my little sister on saturday",
    ],
    "wedding_soon": [
        "wedding is on saturday. i never said yes. i have 4 days",
        "My daughter is 13 and he says the ceremony is this weekend",
        "nikah på fredag, jag har inte sagt ja",
        "vigseln är på lördag och jag är 15",
    ],
    "followed_hidden_or_at_the_door": [
        "my brother's friends are following me from the bus stop, they're filming me",
        "he's hitting mom again in the kitchen, i'm hiding in my room with my little brother",
        "jag gömmer mig i förrådet, farsan letar efter mig med bilen",
        "they're at the front door and they came for me",
        "jag e så rädd han e utanför",
        "im so scared hes outside",
        "jag flydde hemifrån för en timme sen och pappa ringer och hotar",
        "i ran away last night and my family keeps calling saying they'll find me",
        "dom har koll på var jag är via appen och nu kommer dom efter mig",
        "hjalp mig snalla han kommer",
        "dom vet min nya adress och har ringt på hela kvällen",
    ],
    "locked_or_held_inside": [
        "dom har tagit min telefon och jag får inte lämna huset",
        "mamma har låst mig i källaren sen i morse",
        "de har bommat igen dörren till mitt rum",
        "they boarded up my window",
        "i'm in the back of my uncle's car and the doors are locked",
    ],
    "violence_just_now_or_today": [
        "han tog tag i håret och drog mig nerför trappan, det hände för 10 min sen",
        "brorsan drog mig i håret genom hallen för en kvart sen",
        "he punched me in the face tonight",
        "mamma sparkade mig idag för att jag pratade med en kille",
        "pappa har slagit mig hela kvällen och jag kräks",
        "he pinned me against the wall and squeezed my throat until i blacked out",
        "det blöder från huvudet efter att farsan kastade en flaska på mig",
        "my friend just called me screaming, her dad is beating her right now",
        "min syster ringde, hon har blivit slagen och vågar inte gå hem",
    ],
    "taken_by_car_or_plane_now": [
        "they have my sister in the car and are driving to the airport right now",
        "they're making me pack, the taxi to the airport comes at 6 and i don't know where we're going",
        "min pappa har sagt att jag ska följa med till Syrien imorgon och stanna hos farbror",
        "my husband said he'll take the kids to iraq tomorrow and i'll never see them again",
        "pls my friend said her brothers are coming to get her from school today and she's terrified",
    ],
    "self_harm_means_and_daring": [
        "jag ligger i badkaret med en kniv och vet inte om jag vågar",
        "i'm on the bridge and i don't know if i dare",
    ],
    "body_in_danger": [
        "hjälp mamma ligger medvetslös på köksgolvet",
        "jag kan inte andas ordentligt, han satt på mig och höll för munnen",
        "han står och bankar på fönstret och skriker mitt namn",
        "my dad is screaming that he'll slit my throat",
    ],
    "nowhere_safe_tonight": [
        "jag har blivit utkastad och har ingenstans att sova inatt",
        "my dad threw me out tonight and i have nowhere to go",
    ],
}

FALSE_ALARM_TRAPS = [
    # sports, games, slang
    "jag slog mitt rekord idag på gymmet",
    "my brother beat me at fifa tonight again",
    "brorsan sparkade bollen genom fönstret idag lol",
    "min bror jagar mig med en vattenpistol",
    "vi fick straff i matchen idag och förlorade",
    "i'm dead lol that video",
    # jokes, also only by emoji
    "brorsan ska döda mig om han ser att jag åt hans godis 😂",
    "i swear i'm going to kill my brother, he ate my fries",
    "jag ska ta livet av mig om jag får en till matteläxa haha",
    # medicine taken as medicine
    "i took some pills for my headache",
    "jag har tagit en alvedon mot huvudvärken",
    # breaking up, disappearing from apps
    "i want to end it with my boyfriend tonight",
    "i want to disappear from social media for a while",
    # happy trips and weddings, also of others
    "my parents are flying to Pakistan tomorrow for my cousin's wedding, I'm staying with my aunt",
    "jag ska gifta mig på lördag med min kille, vi har varit ihop i fem år och jag är så lycklig",
    "we're at the airport going to spain, so excited!!",
    "pappa tog mitt pass för att förnya det på ambassaden",
    "my husband's family keeps my passport 'for safekeeping'",
    "vi ska till mormor i Bosnien i sommar, längtar",
    # school, news, talks about violence
    "the police came to our school today to talk about violence",
    "vi läste om hedersmord på lektionen idag, vad är straffet?",
    "läraren sa att vi ska få en läxa till imorgon",
    # everyday doors, waiting, people outside
    "mamma låste dörren när hon gick till jobbet",
    "i locked the door because my little brother keeps coming in",
    "han är utanför och väntar med bilen, vi ska på bio",
    "they're waiting outside the cinema for me",
    "katten rymde igår men nu har hon kommit hem",
    # long past, or calm now
    "när jag var liten blev jag omskuren i Somalia. jag är 30 nu, det kom upp idag",
    "I was cut as a little girl in Somalia. I'm 24 now",
    "my uncle beat me last month, my family says it's over now",
    "För tio år sedan hotade min familj mig. Vi har försonats nu",
    "jag blev bortgift som 16-åring för tio år sen, är skild nu",
    "I'm 22 and still not allowed to leave the house without my brother",
    "they say if i choose myself im dead to them",
    "pappa skjutsar mig till flygplatsen imorgon, ska på utbyte till Spanien!",
    "my friend's brother is picking her up from school today",
    "my mom is coming to get me from practice at 6",
    "jag har en kniv i väskan för att skala äpplen på lunchen",
    "mamma ligger och sover på soffan",
    "my aunt is cutting my sister's hair tomorrow",
    "mum is cutting my hair tonight",
    "vi åker till Irak imorgon och hälsar på släkten, ska bli kul att se kusinerna",
]

HARM_NOT_IMMINENT = [
    ("tjej 16. brorsan bestämmer vilka kläder jag får ha", "control"),
    ("dom har lagt in en app på min mobil som visar allt jag gör", "control"),
    ("my older brother controls who i talk to on insta", "control"),
    ("pappa tar hårt i armarna på mig när ingen ser", "violence"),
    ("my brother slaps me when i wear makeup", "violence"),
    ("jag har lovats bort till en kusin sen jag var liten", "forced_marriage"),
    ("my parents have picked a husband for me but it's for after graduation next summer", "forced_marriage"),
    ("my mom talks about getting me 'done' when I'm older", "fgm"),
    ("farsan sa att om jag fortsätter så skickar han mig till libanon och då kommer jag aldrig tillbaka",
     "taken_abroad"),
]


def _cases():
    for name, texts in EMERGENCY_CLASSES.items():
        for text in texts:
            yield pytest.param(text, id=f"{name}:{text[:40]}")


@pytest.mark.parametrize("text", list(_cases()))
def test_each_class_of_danger_phrasing_is_an_emergency(text):
    assert detect_danger(text).level == "emergency"


@pytest.mark.parametrize("text", FALSE_ALARM_TRAPS)
def test_look_alikes_of_danger_are_not_emergencies(text):
    assert detect_danger(text).level != "emergency"


@pytest.mark.parametrize(("text", "category"), HARM_NOT_IMMINENT)
def test_indirect_harm_is_read_as_harm_but_not_imminent(text, category):
    verdict = detect_danger(text)
    assert (verdict.level, verdict.category) == ("harm", category)


@pytest.mark.parametrize(
    "text",
    [
        "brorsan slår mig ikväll om jag inte kommer hem", "han hotar att skada mig imorgon",
        "my brother says he'll beat me tonight when he gets home",
        "de vill gifta bort mig på fredag", "they want to cut my sister next week",
    ],
)
def test_strong_personal_harm_with_a_near_future_time_word_is_imminent(text):
    assert detect_danger(text).level == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "pappa slår mig ibland", "he hit me years ago", "de vill gifta bort mig när jag fyller 18",
        "it's calm now", "my dad hit me last month",
    ],
)
def test_past_habitual_far_off_or_calm_harm_is_not_imminent(text):
    assert not_imminent(text)


def test_a_time_word_alone_does_not_make_control_imminent():
    assert detect_danger("mamma läste mina sms idag").level == "harm"


def test_a_laughing_emoji_marks_a_joke_but_a_crying_one_does_not():
    assert detect_danger("pappa kommer döda mig 😂").suppressed_by == "joke"
    assert detect_danger("pappa kommer döda mig 😭").level == "emergency"
