"""The deterministic danger detector: emergencies, harm, false alarms, hostile input."""

import pytest

from safety.danger import detect_danger, looks_benign, not_imminent, told_of_elsewhere

EMERGENCIES = [
    # (text, category)
    ("hjälp pappa slår mig just nu", "violence_now"),
    ("HJÄLP de slår mig", "violence_now"),
    ("han misshandlar mamma nu", "violence_now"),
    ("my dad is hitting me right now", "violence_now"),
    ("brorsan sa att han ska döda mig", "threat_to_kill"),
    ("han har hotat att döda mig om jag inte gör som han säger", "threat_to_kill"),
    ("de kommer doda mig om de får veta", "threat_to_kill"),
    ("min farbror hotade med att mörda min syster", "threat_to_kill"),
    ("they said they will kill me", "threat_to_kill"),
    ("my brother is going to kill me", "threat_to_kill"),
    ("de har låst in mig", "locked_in"),
    ("jag är inlåst på mitt rum", "locked_in"),
    ("de har last in mig pa rummet", "locked_in"),
    ("they locked me in my room", "locked_in"),
    ("han har en kniv", "weapon"),
    ("pappa hotade mamma med kniven", "weapon"),
    ("my uncle has a gun", "weapon"),
    ("vi åker till Irak imorgon och jag tror jag ska giftas bort", "married_off_soon"),
    ("de ska gifta bort mig i helgen", "married_off_soon"),
    ("bröllopet är på lördag och jag vill inte", "married_off_soon"),
    ("forced to marry tomorrow", "married_off_soon"),
    ("they are sending me to pakistan next week", "taken_abroad_soon"),
    ("mina föräldrar skickar mig till hemlandet om två dagar", "taken_abroad_soon"),
    ("vi flyger till somalia på fredag och jag får inte komma tillbaka", "taken_abroad_soon"),
    ("jag vill dö", "self_harm"),
    ("vill inte leva längre", "self_harm"),
    ("jag tänker ta livet av mig", "self_harm"),
    ("jag skär mig", "self_harm"),
    ("i want to kill myself", "self_harm"),
    ("thinking about suicide", "self_harm"),
    ("han står utanför dörren", "help_now"),
    ("de letar efter mig och vet var jag bor", "help_now"),
    ("jag är i fara", "help_now"),
    ("I'm in danger please help", "help_now"),
    ("asså typ jag vet inte var jag ska börja, det har varit jobbigt länge med familjen och "
     "skolan och allt, men ikväll sa brorsan att han ska döda mig", "threat_to_kill"),
    ("hjäääälp han slåååår mig nuuu", "violence_now"),
    ("he is choking me", "violence_now"),
    ("my mother is being beaten in the next room", "violence_now"),
    ("hjälp", "help_now"),
    ("someone is banging on my door", "help_now"),
    ("min syster är försvunnen och jag tror mina bröder har gjort nåt", "help_now"),
    ("jag har tagit en massa tabletter", "self_harm"),
    ("jag står på en bro just nu", "self_harm"),
    ("de har tagit mig utomlands och jag får inte åka hem", "taken_abroad_soon"),
    ("they took my passport and the flight is tomorrow", "taken_abroad_soon"),
    ("they are going to cut my little sister tomorrow", "fgm_soon"),
    ("jag är 13 och ska förlovas i helgen", "married_off_soon"),
    ("om jag inte gifter mig på fredag så dödar de mig", "threat_to_kill"),
    ("hela släkten är här och skriker att jag ska dö", "threat_to_kill"),
    ("pappa slog mig nyss och jag är yr", "violence_now"),
    ("he grabbed my throat a minute ago", "violence_now"),
    ("dad is hitting me rn", "violence_now"),
    ("min svärfar sa att jag inte kommer överleva natten om jag går", "threat_to_kill"),
    ("det står en bil utanför huset med hans bröder i", "help_now"),
    ("there's a wedding planned for me over there and the flight is on monday", "married_off_soon"),
]

ABOUT_OTHERS = [
    "min syster ska skickas till Somalia imorgon",
    "min kompis sa att hon vill ta livet av sig",
    "de slår min lillebror just nu",
    "my friend said she wants to kill herself",
]

HARM = [
    ("pappa slår mig", "violence"),
    ("min bror slog mig när jag pratade med en kille", "violence"),
    ("pappa slog mig förra året", "violence"),
    ("de hotar mig hela tiden", "threats"),
    ("mina föräldrar vill gifta bort mig med min kusin", "forced_marriage"),
    ("they want me to marry my cousin next summer", "forced_marriage"),
    ("de kollar min mobil hela tiden och jag får inte ha kompisar", "control"),
    ("jag får inte gå ut efter skolan", "control"),
    ("my parents check my phone every day", "control"),
    ("de vill omskära min lillasyster", "fgm"),
    ("jag tror de ska lämna mig i hemlandet i sommar", "taken_abroad"),
    ("farsan punched me in the stomach last friday", "violence"),
]

FALSE_ALARMS = [
    "såg på nyheterna att en tjej blev dödad",
    "jag skriver en uppsats om hedersmord",
    "i filmen hotade han att döda henne",
    "in the movie he locked her in the basement",
    "jag dör av skratt",
    "dödstrött idag",
    "mamma kommer döda mig om jag glömmer disken lol",
    "vad händer om någon hotar att döda?",
    "is forced marriage illegal in Sweden?",
    "vad är hedersvåld?",
    "min kusins bröllop är på lördag",
    "hej",
    "kan jag prata med en människa",
    "är jag anonym?",
    "vi läste en artikel om tvångsäktenskap",
    "we read a book about a girl who was taken abroad",
    "brorsan slog mig i fifa igen",
    "my brother beat me at chess again",
    "brorsan snodde min laddare igen jag ska döda honom",
    "mamma har låst in mina chips i skåpet hjälp",
    "min kusin gifter sig på lördag, vad ska jag ha på mig",
    "my sister is getting married on saturday and i'm so happy",
    "kniven är helt slö, hur slipar man en kniv?",
    "a girl keeps coming in for emergency contraception in secret, how can our pharmacy support her",
    "in the game I'm locked in a dungeon and can't find the key, any tips",
    "i spelet är jag inlåst i en fängelsehåla, hur kommer man ut",
    "going deer hunting with my uncle this weekend, first time with a rifle!",
    "ska på älgjakt med pappa i helgen, får man ha med sig gevär om man är 15?",
    "my new job wants an emergency contact but i have nobody since i broke with my family",
    "jag tar av slöjan i skolan och sätter på den innan jag går hem, orkar inte leva dubbelliv",
    "bi girl, my dad says if i ever bring a girl home i stop existing to him",
    "min syster säger att hon ska döda mig om jag lånar hennes tröja igen 😤",
    "hur länge ska en hel kyckling vara i ugnen? mamma dödar mig om jag bränner den igen",
    "maths national test tomorrow and my mum will literally kill me if i fail 😭 any tips?",
    "Among Us: hur vet man vem som är impostor? min kompis dödar mig varje runda",
    "hur dödar man bossen på nivå 7, han har kniv och jag dör hela tiden",
    "mitt lag förlorade derbyt, jag vill dö 😩",
]


@pytest.mark.parametrize(("text", "category"), EMERGENCIES)
def test_danger_now_or_imminent_is_emergency(text, category):
    verdict = detect_danger(text)
    assert (verdict.level, verdict.category) == ("emergency", category)


@pytest.mark.parametrize("text", ABOUT_OTHERS)
def test_danger_to_a_friend_or_sibling_is_emergency_about_other(text):
    verdict = detect_danger(text)
    assert verdict.level == "emergency"
    assert verdict.about_other


@pytest.mark.parametrize(("text", "category"), HARM)
def test_personal_harm_that_is_not_imminent_is_harm(text, category):
    verdict = detect_danger(text)
    assert (verdict.level, verdict.category) == ("harm", category)


@pytest.mark.parametrize("text", FALSE_ALARMS)
def test_news_school_fiction_jokes_and_questions_are_not_emergencies(text):
    assert detect_danger(text).level == "none"


@pytest.mark.parametrize(
    ("text", "suppressor"),
    [
        ("i filmen hotade han att döda henne", "fiction"),
        ("mamma kommer döda mig om jag glömmer disken lol", "joke"),
        ("vad händer om någon hotar att döda?", "hypothetical"),
        ("pappa hotade att döda mig när jag var liten", "past"),
        ("my brother threatened to kill me years ago", "past"),
        ("för typ sex år sen hotade min exman att döda mig, nu har jag skyddade personuppgifter",
         "past"),
    ],
)
def test_suppressed_emergency_names_its_context(text, suppressor):
    verdict = detect_danger(text)
    assert verdict.level != "emergency"
    assert verdict.suppressed_by == suppressor


def test_a_threat_that_is_no_joke_stays_an_emergency():
    text = "pappa kommer att döda mig och det är inget skämt"
    assert detect_danger(text).level == "emergency"


def test_violence_long_past_is_harm_not_emergency():
    verdict = detect_danger("pappa hotade att döda mig när jag var liten")
    assert (verdict.level, verdict.category) == ("harm", "threats")


def test_past_marker_does_not_hide_danger_happening_again():
    assert detect_danger("han hotade att döda mig förra året och nu igen ikväll").level == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "går i nian och mina föräldrar har bestämt vem jag ska gifta mig med när jag fyllt 18",
        "I'm 15 and my parents told me I'm engaged now, the wedding is after I turn 18",
        "they took my passport and say we're moving back home for good, maybe next summer",
    ],
)
def test_marriage_or_move_years_away_is_harm_not_emergency(text):
    assert detect_danger(text).level == "harm"


def test_trip_months_away_is_harm_and_trip_tomorrow_is_emergency():
    assert detect_danger("de ska skicka mig till hemlandet i sommar").level == "harm"
    assert detect_danger("de ska skicka mig till hemlandet imorgon").level == "emergency"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "😢😢😢", "x" * 100_000, "<script>alert(1)</script>",
     "'; DROP TABLE cases;--", "\u200d\u200d\u202e\u0000", "مرحبا كيف حالك", None],
    ids=["empty", "blank", "emoji", "100k", "markup", "sql", "zero-width", "rtl", "none"],
)
def test_detector_survives_hostile_input(text):
    assert detect_danger(text).level == "none"


def test_huge_message_with_danger_at_the_end_is_still_found():
    text = "bla " * 25_000 + "han står utanför dörren"
    assert detect_danger(text).level == "emergency"


# Phrasings from the tuning set and the held-out sets 11-13 of stop 10 (development sets 12-15):
# each case names what it covers.
STOP_10_EMERGENCIES = [
    pytest.param("min bror sa att jag inte kommer vakna imorgon om jag pratar med honom igen",
                 id="reported death threat (sv)"),
    pytest.param("my dad said i won't wake up tomorrow", id="reported death threat (en)"),
    pytest.param("min morbror har skickat en bild på ett gevär och skrivit mitt namn under. det är typ ett "
                 "skämt tror jag?", id="a doubted joke"),
    pytest.param("jag har försökt förklara för min familj i flera år att jag inte vill ha det livet. men idag "
                 "fick jag veta att nikahn är bestämd till på söndag och att jag inte får lämna huset innan dess",
                 id="a nikah on Sunday after years of story"),
    pytest.param("I'm 17 and I grew up in a pretty strict family. Last year I started talking to a guy from "
                 "class and it was fine for a while. Yesterday my cousin saw us together and told my uncle. My "
                 "uncle called my dad and now dad says I'm going back to Somalia with my aunt on Thursday and "
                 "that I won't be coming back.", id="a trip on Thursday after a story with a past"),
    pytest.param("my parnts say wedding is on saturday. i not want. he is my cousin i never meet him",
                 id="an unwilling bride in learner's English"),
    pytest.param("kort fråga. kan man bli gift mot sin vilja om man inte säger ja på ceremonin? för den är om "
                 "tre dagar", id="a question whose own ceremony is in three days"),
    pytest.param("my parents are screaming at me and my dad just threw a chair at me. now hes getting "
                 "something from the kitchen", id="a chair thrown just now (en)"),
    pytest.param("pappa kastade nyss en stol på mig", id="a chair thrown just now (sv)"),
    pytest.param("are u there?? they found out im gay and my cousins r coming to get me tonight",
                 id="cousins coming tonight after a discovery"),
    pytest.param("My husband lock the door every day. I can not go out. Now he is gone and I am locked. What "
                 "I do?", id="locked in, in learner's English"),
    pytest.param("Hej. Min man slå mig nu. Barn gråter. Jag inte kan svenska bra. Vad göra",
                 id="beaten now, in learner's Swedish"),
    pytest.param("ja ar i somalia hos min mormor, mamma lamnade mig har for 2 manader sen o sa att det var "
                 "semester. de later mig inte ringa nagon", id="left behind abroad two months ago"),
    pytest.param("Min man slår mig varje kväll. Idag han säger han döda mig. Jag är rädd.",
                 id="a kill threat today, in learner's Swedish"),
]
STOP_10_LOOK_ALIKES = [
    pytest.param("mamma sa att jag inte kommer vakna i tid imorgon om jag inte lägger mig nu",
                 id="waking up on time (sv)"),
    pytest.param("mum says i won't wake up on time tomorrow if i stay up gaming", id="waking up on time (en)"),
    pytest.param("last year we went to somalia for the summer. this year we go back on thursday and i am "
                 "excited to see grandma", id="a trip looked forward to"),
    pytest.param("min kusin gifter sig i Kurdistan på lördag och vi åker imorgon!! vad ska jag ha på mig 😍 "
                 "jag är 13", id="a cousin's wedding abroad"),
    pytest.param("om man hypotetiskt blir inlåst i en hiss, hur länge räcker luften?", id="a stuck lift"),
    pytest.param("asså läraren kommer mörda oss om vi inte lämnar in projektet imorgon", id="a teacher's deadline"),
    pytest.param("he threw a ball at me in pe lol", id="a ball in PE"),
    pytest.param("my mum is coming to get me tonight from the party", id="a pick-up"),
    pytest.param("skriver en deckare, hur skulle polisen göra om ett offer satt inlåst i en källare?",
                 id="a crime novel"),
    pytest.param("hur klarar man fängelsehålan i zelda där man sitter inlåst utan svärd?", id="a Zelda dungeon"),
    pytest.param("pappa vill inte att jag ska slå mig ner i stan", id="settling down"),
]




STOP_11_EMERGENCIES = [
    pytest.param("vi kom hit på sommarlovet i juni men nu har farbror mitt pass och säger att jag ska stanna. "
                 "skolan har redan börjat hemma", id="held abroad after a trip told as begun (sv)"),
    pytest.param("we flew out for the summer holidays in july. now school has started back home and they say i'm "
                 "not going back, my aunt has my passport", id="held abroad after a trip told as begun (en)"),
    pytest.param("i would rather die than marry that man, the nikah is on saturday", id="rather die than marry (en)"),
    pytest.param("jag vill hellre dö än gifta mig med honom", id="rather die than marry (sv)"),
    pytest.param("my sister texted me goodbye, she said she'd rather die than go back there and now she is not "
                 "answering", id="a sister's goodbye: rather die"),
    pytest.param("they said they know my new address. i moved in march. a car has been parked outside my "
                 "building since this afternoon", id="a past story ending with someone outside now"),
    pytest.param("skolan slutar på fredag och första veckan på sommarlovet ska jag giftas bort med min kusin",
                 id="married off in the first week of a summer break days away"),
    pytest.param("jag är rädd att gå hem idag, pappa har sett bilderna", id="afraid to go home today (sv)"),
    pytest.param("det är blod överallt, han slog mig med en stol", id="blood everywhere (sv)"),
    pytest.param("brorsan sa att jag inte kommer leva till jul om jag inte gör slut med honom",
                 id="a life given an end date (sv)"),
    pytest.param("my husband said I won't see the summer if I talk to the police", id="a life given an end date (en)"),
    pytest.param("de sa att om jag vägrar så ska de göra sig av med mig", id="getting rid of me (sv)"),
    pytest.param("pappa sa att han begraver mig om jag tar av sjalen igen", id="a burial threatened (sv)"),
    pytest.param("bröllopet e på lördag. jag har aldrig sett honom. jag fyller 16 nästa månad",
                 id="a wedding this week, a birthday next month"),
    pytest.param("vi åker till somalia på sommarlovet om 3 dagar och farmor säger att jag ska bli omskuren",
                 id="cutting on a summer break days away"),
    pytest.param("sommarlovet börjar på fredag och då ska vi till en kvinna i byn som ska omskära mig",
                 id="a summer break that starts on Friday"),
    pytest.param("hellre dör jag än åker tillbaka dit", id="rather die, inverted (sv)"),
    pytest.param("de håller på nu, pappa slår mamma i köket", id="violence under way: they are at it now"),
    pytest.param("vi ska till pakistan om fem dagar och killen dom valt bor där", id="a trip days away to the man chosen"),
    pytest.param("min dotter är 13 och ska gifta sig på lördag, jag är emot det men ingen lyssnar",
                 id="a child's wedding this week, opposed"),
    pytest.param("jag har inte fått vara ute på 12 dagar, de har bytt lås", id="not out for days, locks changed"),
    pytest.param("syrran hörde att de pratat om att göra sig av med mig", id="talk of getting rid of me"),
    pytest.param("de gav mig till fredag att lämna honom, annars får jag samma öde som min faster. hon dog när jag var "
                 "liten", id="a relative's fate with a deadline, after a past"),
    pytest.param("jag har tänkt på att dö hela veckan", id="thinking of dying"),
    pytest.param("my uncles have been waiting outside my school for an hour. i moved out last month",
                 id="waiting outside for an hour, after a past move"),
    pytest.param("they're keeping me at my aunt's in Erbil, we came for a holiday in july", id="kept abroad"),
    pytest.param("vi flyger till somalia på fredag och jag tror inte jag får komma tillbaka. min syster blev kvar där "
                 "för två år sen", id="a trip on Friday after a sister left there years ago"),
    pytest.param("jag har inte varit utanför lägenheten på 10 dagar, jag får bara inte gå", id="not allowed out for days"),
    pytest.param("my dad said if i go to the police tomorrow i'm dead", id="death made conditional"),
    pytest.param("they say a girl like me deserves to be buried", id="deserves to be buried"),
    pytest.param("fick sms: 'vi vet var du bor'. jag har gömt mig hos en kompis sen igår", id="a quoted 'we know where you live'"),
    pytest.param("hans bröder står utanför porten nu. jag flyttade för två veckor sen", id="outside now, after a past move"),
    pytest.param("mamma tog mitt pass och sa att vi reser den 12:e, hon säger inte vart", id="a trip on a date, no destination"),
    pytest.param("jag är på en koranskola i pakistan sen i vintras och vill hem, de sa att det bara var en resa på "
                 "sommarlovet. de slår oss här", id="a summer trip that became a school abroad"),

    pytest.param("farbror sa att det finns en plats åt mig på kyrkogården om jag inte lyder", id="a grave waiting (sv)"),
    pytest.param("they told me there is a spot for me in the cemetery back home if i say no",
                 id="a grave waiting (en)"),
    pytest.param("been in pakistan since june, they say i will not go back to sweden, help", id="held abroad, plain English"),
    pytest.param("jag är hos mormor i somalia sen i våras och nu säger de att jag ska gå i skolan här. jag vill hem "
                 "till sverige", id="held abroad, told to go to school there"),
]

STOP_11_LOOK_ALIKES = [
    pytest.param("i'd rather die than sit through another maths lesson", id="rather die: a trifle"),
    pytest.param("my grandad says he'd rather die than see me with a boyfriend, im 19 and i have one",
                 id="rather die said by the one who controls"),
    pytest.param("we came for the summer holiday in june and it has been lovely, when does school start "
                 "in sweden again?", id="a trip told as begun, enjoyed"),
    pytest.param("skolan slutar på fredag och på sommarlovet ska vi till farmor i Turkiet, jag längtar så",
                 id="a summer trip days away, longed for"),
    pytest.param("I moved to a new flat last month. My friends are waiting outside the cinema for me now",
                 id="a past move and friends waiting at the cinema"),
    pytest.param("mamma har låst in godiset i skåpet igen 😭", id="sweets locked away"),
    pytest.param("my mum keeps my passport locked in her drawer until our trip in august", id="a passport locked away"),
    pytest.param("jag och farbror ska skjuta vildsvin i helgen, behöver jag licens?", id="hunting boar"),
    pytest.param("I dreamt that a man chased me with a knife, what does it mean?", id="a dream"),
    pytest.param("just finished reading a novel where the sister is killed by her brothers, so sad",
                 id="a book finished"),
    pytest.param("my mom will kill me, i spilled juice all over her laptop", id="a spilt drink"),
    pytest.param("pappa kommer döda mig, tappade hans nya mobil i poolen", id="a dropped phone, the writer left out"),
    pytest.param("my boyfriend is going to kill me, forgot his birthday", id="a forgotten birthday"),
    pytest.param("nothing urgent, they just shout at me all the time", id="nothing urgent"),
    pytest.param("inget akut men det är jobbigt hemma", id="inget akut"),
    pytest.param("we fly to Karachi on friday for my sister-in-law's wedding, what should I wear?",
                 id="an in-law's wedding days away"),
    pytest.param("vad var de långa knivarnas natt?", id="a history lesson"),
    pytest.param("brorsan kommer döda mig, jag råkade radera hans sparfil i spelet", id="a deleted save file"),
    pytest.param("farfar gick bort i Bagdad igår och vi flyger dit på söndag för begravningen", id="a funeral trip"),
    pytest.param("I always cut myself when I chop onions, any tips?", id="a kitchen cut"),
    pytest.param("min farfar är överlevare och han kommer till vår skola nästa vecka för att prata", id="a school visit"),
    pytest.param("she's coming to our school next week to talk about the war", id="a school visit (en)"),
    pytest.param("min katt gömmer sig under sängen sen i fredags, är hon sjuk?", id="a hiding cat"),
    pytest.param("hur polisanmäler man sin bror? han har slagit mig flera gånger. nyss fyllt 18",
                 id="just turned 18 is no 'just now'"),
    pytest.param("mattelararen kommer begrava mig levande om jag inte gör läxan", id="a teacher who 'will bury me'"),
    pytest.param("ska skjuta min första älg på lördag, vilket gevär?", id="a first elk"),
    pytest.param("min hund bet mig i handen och det blöder lite", id="a dog bite"),
    pytest.param("I burned my hand on the stove, should I use ice?", id="a burn in the kitchen"),
    pytest.param("my parents say they'll find me a husband when i'm done with uni in like 5 years",
                 id="a husband found years from now"),
    pytest.param("vi har prov i maj och jag är så stressad att jag vill dö haha", id="a test in May"),
    pytest.param("my family says if i marry outside the clan i'm dead to them", id="dead to them"),
    pytest.param("pappa kommer döda mig när han ser mina betyg 😭", id="grades seen"),
]

STOP_12_EMERGENCIES = [
    pytest.param('brorsan sitter och vässar en kniv och stirrar på mig sen han fick se mina meddelanden', id='a knife sharpened while he stares'),
    pytest.param('skolan hemma började för två veckor sen, jag är fortfarande hos morbror i Erbil. passet ligger i hans kassaskåp', id='still abroad, the passport in his safe'),
    pytest.param("I'm being kept at my husband's family's house in Pakistan. My residence permit expires next month and they refuse to give me my passport", id='kept abroad, a permit that expires'),
    pytest.param('skriver från ett café i Hargeisa, Mogadishu. skolan började för två veckor sen och ingen säger när vi ska tillbaka', id='writing from abroad, no date home'),
    pytest.param("vi kom till byn för en månad sen på 'semester'. idag sa farbror att returbiljetten var avbokad", id="a 'holiday' in quotes, the return ticket cancelled"),
    pytest.param("my husband took us to his village in Albania 'for a funeral' and now says we are living here. he has my passport", id="a 'funeral' in quotes, 'we are living here'"),
    pytest.param("standing by the railing on Tranebergsbron, my family already held my funeral when I left, what's the difference", id='by the railing of a bridge'),
    pytest.param("brorsan skrev 'är vid rastplatsen utanför Jönköping, 30 min kvar'. jag hade blockat honom, han skrev från nytt nummer. jag bor ensam", id='minutes away from a blocked man'),
    pytest.param('my mother-in-law wants to have my daughter cut when we visit Sudan next week', id='a daughter to be cut next week'),
    pytest.param('the cutting lady is coming on saturday for my little sis', id='the cutting lady coming'),
    pytest.param('efter isha kommer dom från moskén för att skriva kontraktet, jag är 15', id='the contract after isha prayer, a child'),
    pytest.param('orkar inte, vet inte hur länge till jag orkar, snaran hänger i garderoben', id='a noose and no strength left'),
    pytest.param('the imam is in the living room now with a man i have never met and they are calling me down', id='the imam now with a man never met'),
    pytest.param("han är på väg. han skrev 'jag kommer nu, öppna dörren annars'. jag bor själv", id="on the way, 'open or else'"),
    pytest.param("my family says the trip to erbil on sunday is for my cousin's wedding but i heard the wedding is mine", id="a cousin's wedding that is the writer's own"),
    pytest.param('they took my passport when we arrived in karachi. my return ticket was for last monday and dad says this is home now', id="the return date passed, 'this is home now'"),
    pytest.param('im 19 and supposed to get married on friday. i told my sister i would rather disappear', id='rather disappear than the wedding'),
    pytest.param('we are in somaliland now, i was told it was a visit, now they say i stay in school here for two years', id='told she stays abroad'),
    pytest.param('i ran away last night and now im at the train station, my phone has a tracking app and my cousins have cars', id='on the run and tracked'),
    pytest.param('they found out about my girlfriend, dad broke my arm and now they are deciding what to do with me', id='deciding what to do with me'),
    pytest.param('the henna night is tomorrow and i keep thinking about the balcony on the 8th floor', id='thinking about the balcony'),
    pytest.param("we fly to pakistan next weekend and they will marry me there", id="next weekend"),
    pytest.param("they marry me off within the week", id="within the week"),
    pytest.param("my wedding is in a week and i dont want it", id="in a week"),
    pytest.param("the nikah is in two weeks and i said no so many times", id="is in two weeks"),
    pytest.param("they will marry me off in a few days and i dont want to", id="in a few days"),
    pytest.param("the women are coming next week to do the ceremony on my little sisters", id="'the ceremony' on the sisters"),
    pytest.param("dom ska gifta bort mig om ett par dagar och jag vill inte", id="om ett par dagar"),
    pytest.param("dom ska gifta bort mig i slutet av veckan, jag vill inte", id="i slutet av veckan"),
    pytest.param("they are taking me to the village before the weekend to marry him, i don't want to", id="before the weekend"),
    pytest.param("min lillasyster ska gifta sig på söndag med en man hon aldrig har sett, hon är bara 15",
                 id="a sister's wedding within days, a child"),
    pytest.param("my cousin's wedding is on saturday in iraq and she is only 14, she keeps crying on snap",
                 id="a cousin's wedding within days, a child (en)"),
    pytest.param("på lördag har dom bestämt att jag ska till imamen med han som pappa har valt",
                 id="to the imam on Saturday with the man chosen"),
    pytest.param("we leave for the airport tomorrow morning, my aunt said i will love my new husband lol. i'm not laughing",
                 id="a new husband at the end of the trip, the joke denied"),
    pytest.param("my husband bring his cousins tonight, he say they teach me lesson because i talk to neighbour",
                 id="'teach me lesson' tonight, second-language English"),
    pytest.param("we went to Erbil in june for a holiday and it is november now. they say i stay until i learn to be a good girl",
                 id="a holiday become a stay until she is 'good'"),
    pytest.param("jag har varit i Eritrea sen förra sommaren, dom har mitt id och pass och jag vill hem till sverige",
                 id="held abroad since last summer, id and passport kept"),
    pytest.param("my sister called me from a village in Pakistan where they left her, they took her passport and she can't leave",
                 id="a sister left abroad, passport taken"),
    pytest.param("is there a shelter open tonight, I'm in the car with my son, my husband has the rifle from his hunting "
                 "licence and he said we will not see the morning", id="'we will not see the morning', a hunting rifle"),
    pytest.param("they are taking my little sister to Sudan on monday for the same thing they did to me when i was little",
                 id="a sister taken abroad for what was done to the writer as a child"),
    pytest.param("I was excited at first but then I found out only my parents have return tickets, and we fly on Sunday",
                 id="gladness taken back, no return ticket"),
]

STOP_12_LOOK_ALIKES = [
    pytest.param('hörde på P1 att man kan få fängelse om man tar med ett barn utomlands för att gifta bort henne, stämmer det?', id='heard on the radio'),
    pytest.param('jag förlovar mig nästa vecka med min kusin, jag har valt honom själv, är det tvångsäktenskap?', id='an engagement chosen herself'),
    pytest.param('min exman hotade att döda mig 2019 när jag lämnade honom. han sitter inne och har 3 år kvar', id='a threat dated 2019'),
    pytest.param("years ago my uncle held a knife to my throat. it's been 8 years and he's dead now, but I still flinch at knives", id="it's been 8 years"),
    pytest.param('hypotetiskt, om en kompis pappa hotade att döda henne, vad gör man? ingen specifik asså jag bara undrar', id="hypothetical, 'ingen specifik'"),
    pytest.param("in the show I'm binging the brother threatens to kill his sister, is that realistic?", id='a show being binged'),
    pytest.param('den nya skräckfilmen, när han låser in henne i källaren, så läskig', id='a horror film'),
    pytest.param('my aunt in Cairo is very sick and we fly there tomorrow, will school be ok with it?', id='a trip to a very sick aunt'),
    pytest.param('jag e 16 och imamen har redan läst nikah för mig och en kille, gäller det i sverige?', id='a nikah already read'),
    pytest.param("my parents say a nikah is just religious so it's fine that i had one at 14. is it binding?", id='a nikah had years ago'),
    pytest.param('vi ska slakta ett lamm till eid och jag ska hålla i kniven, är det lagligt hemma?', id='slaughtering a lamb'),
    pytest.param('jag ska hålla tal på min brors bröllop och är så nervös att jag vill dö', id='so nervous I want to die'),
    pytest.param('mamma slår mig med skärpet när jag kommer hem sent. jag är 12', id='hit whenever she is late: a disclosure'),
    pytest.param("i haven't seen my cousin in 3 weeks, i miss her, she moved to Uppsala", id="in 3 weeks as a duration"),
    pytest.param("pappa slog mig för ett par dagar sen men nu är han borta på jobbresa en månad", id="ett par dagar sen"),
    pytest.param("we did a naming ceremony for my baby sister on friday, so cute", id="a naming ceremony"),
    pytest.param("hypothetically, if a girl was locked in by her family, would that be illegal?", id="hypothetically"),
    pytest.param("min pappa har en kniv som han har när han fiskar, får man ha den i bilen?", id="a fishing knife in the car"),
    pytest.param("last year they tried to take me to Iraq to marry but I refused at the airport and it got sorted out, "
                 "now I'm fine at uni", id="an airport in a story of last year"),
    pytest.param("jag har ett rakblad för att raka benen, är jag för ung för det?", id="a razor for shaving"),
    pytest.param("min bror sitter inne på anstalt sen i våras, kan jag hälsa på honom?", id="sitter inne: in prison"),
    pytest.param("our cat got hit by a car this morning and the vet had to put her down", id="a pet run over"),
    pytest.param("if a girl is stuck abroad and cannot come back to sweden, can the embassy help?",
                 id="a general 'if someone' question"),
    pytest.param("how can I help my cousin without putting myself in danger?", id="one's own safety as a worry"),
    pytest.param("my dad thinks mum shouldn't work outside the home, how do I talk to him?",
                 id="work outside the home"),
]


# phrasings of the kinds the held-out sets of stops 10 to 12 showed (written for these tests, not
# copied from the sets)
@pytest.mark.parametrize("text", STOP_10_EMERGENCIES + STOP_11_EMERGENCIES + STOP_12_EMERGENCIES)
def test_emergencies_of_the_kinds_found_in_the_held_out_sets_are_found(text):
    assert detect_danger(text).level == "emergency"


@pytest.mark.parametrize("text", STOP_10_LOOK_ALIKES + STOP_11_LOOK_ALIKES + STOP_12_LOOK_ALIKES)
def test_look_alikes_of_the_kinds_found_in_the_held_out_sets_are_not_emergencies(text):
    assert detect_danger(text).level != "emergency"


@pytest.mark.parametrize("text", [
    "jag ska 'åka hem och vila' efter studenten och studenten är på fredag",
    "vi åker till farmor på sommarlovet, skolan slutar på fredag",
    "nikah e på lördag. jag fyller 17 nästa månad",
])
def test_a_break_or_graduation_days_away_and_a_birthday_next_month_are_not_far_off(text):
    assert not not_imminent(text)


@pytest.mark.parametrize("text", [
    "min kusin blev kvar där förra året och nu ska vi dit på torsdag",
    "han slog mig för tre år sen och idag sa han att det kan hända igen",
])
def test_a_past_elsewhere_does_not_make_a_message_dated_this_week_far_off(text):
    assert not not_imminent(text)


@pytest.mark.parametrize("text", [
    "han slog mig för ett år sen, nu har jag egen lägenhet",
    "years ago my father beat me. I'm safe now",
])
def test_a_past_with_only_a_bare_now_is_still_past(text):
    assert not_imminent(text)


# messages on which the classifier's own "emergency" must not stand (SafetySignals reads these two)
@pytest.mark.parametrize("text", [
    pytest.param("my grandma is in intensive care in Baghdad and we fly there on friday, mum is so sad",
                 id="a trip to a grandparent in intensive care"),
    pytest.param("min farfar ligger på sjukhus i Mogadishu och vi åker dit på söndag", id="a grandfather in hospital"),
    pytest.param("jag är så död imorgon, har inte pluggat till mattetestet alls", id="'så död' before a test"),
    pytest.param("nån som vet vilken låt det är som går 'ikväll tar jag kniven'? hörde den på insta", id="which song"),
    pytest.param("min pappa har en kniv som han har när han fiskar, får man ha den i bilen?", id="a fishing knife"),
    pytest.param('min mormor i Irak är jättesjuk och vi åker dit om tre dagar', id='a grandmother very ill'),
    pytest.param('how do I sharpen a machete for clearing brush at our summer house?', id='a machete for the garden'),
    pytest.param('got punched in the face at boxing practice today lol, black eye', id='boxing practice'),
    pytest.param("my grandad is taking me fishing on the ice tomorrow, i'm scared of falling through", id='ice fishing with a grandad'),
    pytest.param('my uncle is really sick in Somalia and we might fly there next week, how do I tell school?', id='a really sick uncle'),
    pytest.param('pappa blir arg ibland och kastar saker, men just nu jobbar han i Oslo så det är lugnt', id='so it is calm now'),
    pytest.param("what's the best knife for cutting up a whole lamb for Eid?", id='a knife for cutting up a lamb'),
    pytest.param('det brann en bil utanför skolan igår, blir det krig nu eller?', id='a car fire in the news'),
    pytest.param('going ice fishing with my uncle this weekend, is 8 cm of ice safe?', id='ice fishing'),
    pytest.param("when my little sister turns 10 grandma wants her to go to Sudan for 'the tradition', she is 4 now", id='a plan for when a sister turns 10'),
    pytest.param('pappa brukar slå mig när han är full på fredagar. idag är det tisdag och han är snäll', id='today he is kind'),
    pytest.param('kniven slant när jag skar lök och nu blöder tummen, måste det sys?', id='the knife slipped'),
    pytest.param("my parrot bites everyone and dad says he'll get rid of it", id='a parrot got rid of'),
    pytest.param('vi ska gifta oss nästa vecka, jag och min sambo, vilken blomma ska vi ha?', id='a couple marrying by choice'),
])
def test_a_sick_grandparent_a_test_a_song_or_a_fishing_knife_is_benign_or_told_of_elsewhere(text):
    assert looks_benign(text) or told_of_elsewhere(text)


@pytest.mark.parametrize("text", [
    pytest.param("hälsa på mormor som är sjuk säger mamma, men mormor dog för två år sen. vi åker på onsdag",
                 id="an illness that is a pretext"),
    pytest.param("jag skriver om min elev, hon har blåmärken idag och säger att hon inte vågar gå hem efter skolan",
                 id="a professional writing about a pupil"),
])
def test_an_illness_given_as_a_pretext_or_a_pupil_written_about_is_neither_benign_nor_told_of_elsewhere(text):
    assert not looks_benign(text) and not told_of_elsewhere(text)
