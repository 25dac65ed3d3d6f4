"""Stop 14: the kinds of message held-out sets 39-43 missed or raised falsely, each written in other
words than the set's (paraphrases that fail on the detector or age parser before stop 14)."""

import pytest

from safety.age import parse_age
from safety.danger import detect_danger

EMERGENCIES = [
    pytest.param("pappa slår mamma varje dag men idag slår han henne med en stol", "violence_now",
                 id="a daily habit, but today with a chair"),
    pytest.param("my dad hits my mum every day but today he hits her with a chair", "violence_now",
                 id="every day, but today (en)"),
    pytest.param("pappa har slagit mamma, hon ligger på golv nu", "help_now", id="lying on the floor (learner's Swedish)"),
    pytest.param("mina bröder ska köra mig nånstans ikväll och de säger inte vart", "threat_soon",
                 id="driven off somewhere tonight"),
    pytest.param("min farbror sa att imorgon ska han göra klart med henne", "threat_soon", id="'göra klart med' her tomorrow"),
    pytest.param("nikahn är på lördag nu istället för nästa sommar, de flyttade fram den. jag är 16", "married_off_soon",
                 id="a wedding moved to Saturday 'instead of next summer'"),
    pytest.param("stuck in erbil since july, school began ages ago, my uncle won't book my ticket home and has my passport",
                 "taken_abroad_soon", id="not booking the ticket home is no book"),
    # held-out sets 41-43, in other words
    pytest.param("de står i trappuppgången och ringer på hela tiden, vi öppnar inte", "help_now", id="at the flat's door, not let in"),
    pytest.param("han sitter i vardagsrummet och säger att jag aldrig kommer ut härifrån levande", "threat_to_kill", id="never out of here alive"),
    pytest.param("lillasyster fick bältet av farsan nyss och han säger att det blir värre ikväll", "violence_now", id="the belt just now"),
    pytest.param("i think this is the last time i talk to anyone. thanks for reading", "self_harm", id="the last time I talk to anyone"),
    pytest.param("mum saw my texts and dad just phoned my cousins and told them to come over tonight", "threat_soon", id="cousins summoned tonight"),
    pytest.param("kan man vägra att åka till flygplatsen mot sin vilja? det gäller mig, på lördag", "taken_abroad_soon", id="the airport against her will on Saturday"),
    pytest.param("i have a plan for tonight. no one will need to worry about the family's honour after that", "self_harm", id="a plan that ends the family's shame"),
    pytest.param("mamma skrev 'vi ska prata om vad du har gjort' och hon är hemma om 10 minuter", "threat_soon", id="a reckoning ten minutes away"),
    pytest.param("hörde farbror säga 'det måste ske innan hon fyller 18' och jag fyller 18 på fredag", "threat_soon", id="to be done before her birthday on Friday"),
    pytest.param("haha my dad locked me in the garage, been here since yesterday and they took my keys", "locked_in", id="a laugh, kept since yesterday"),
    pytest.param("how do i get my cousin out of iraq? they won't let her come back and the nikah is on friday", "taken_abroad_soon", id="held abroad, the nikah on Friday"),
    pytest.param("i'm meant to be on the 7am flight to Kabul. my sister went on the same 'trip' two years ago and never came back", "taken_abroad_soon",
                 id="a clock-time flight beside a sister's trip long ago"),
    pytest.param("vad gör polisen om man ringer och inte kan prata? han har en kniv och skriker på mamma just nu", "weapon", id="a question, then a knife now"),
    pytest.param("först sa dom i sommar men dom har flyttat det, nikahn är på lördag nu. jag e 15", "married_off_soon", id="the nikah moved to Saturday"),
    pytest.param("jag ska ta livet av mig om de tvingar mig på planet på fredag, det är inte ett skämt", "self_harm", id="'det är inte ett skämt'"),
    pytest.param("min kompis lillasyster ska omskäras på sommarlovet när de åker, och de åker på måndag", "fgm_soon", id="a cutting 'in the summer holidays', leaving Monday"),
    # held-out sets 44-46, in other words
    pytest.param("jag tvingas gifta mig om fyra dagar", "married_off_soon", id="forced to marry in four days"),
    pytest.param("hur snabbt kommer polisen om man ringer 112? han står utanför dörren och sparkar", "help_now", id="a question, then a man at the door"),
    pytest.param("pappa sa att om jag inte tar av mig sminket och kommer hem nu så hämtar han mig, sist hamnade jag på akuten", "help_now",
                 id="a trifle in the words, the hospital last time"),
    pytest.param("hur anmäler man sin farbror? han står i köket och slipar en kniv och säger att den är till mig", "weapon", id="a knife 'for me'"),
    pytest.param("haha brorsan sa att jag inte kommer vakna imorgon om jag säger nåt, han menar det", "threat_to_kill", id="a laugh, and 'he means it'"),
    pytest.param("de väntar på mig hemma med morbröderna, som förra gången när jag hamnade på sjukhus", "threat_soon", id="waited for, hospital last time"),
    pytest.param("han har kniven från köket nu och är skitarg, sa han ska döda mig om jag inte tar av mig sminket", "threat_to_kill",
                 id="a knife now beside a trifle"),
    pytest.param("mormor säger att vi åker om fem dagar och att de ska fixa mig där som de gjorde med min syster", "fgm_soon",
                 id="'fix me' as with my sister, in five days"),
    pytest.param("min man står och bankar på dörren där jag sitter", "help_now", id="the door beaten where she sits"),
    pytest.param("lol is it normal that my brother choked me? it just happened and my throat hurts", "violence_now", id="choked, it just happened"),
    pytest.param("my uncle is driving over and said 'wait for me'. my aunt told me to run", "help_now", id="told to run"),
    pytest.param("the nikah is in 2 days lol, I said no so many times and dad said he'll kill me if I ruin it", "threat_to_kill",
                 id="a laugh over a wedding in two days, refused"),
    pytest.param("mamma säger att jag ska till en läkare i irak på sommarlovet, vi flyger på fredag, min kusin sa att det gör jätteont. jag är 9",
                 "fgm_soon", id="a doctor abroad, the flight on Friday, pain told of"),
    pytest.param("lol it's fine. dad says he'll kill me if i go out tomorrow, and he nearly killed my sister last year", "threat_to_kill",
                 id="a laugh, and a sister nearly killed"),
    # held-out sets 47-49, in other words
    pytest.param("Om man är 15 och ska giftas bort på lördag, kan polisen stoppa det? Frågar för min egen skull", "married_off_soon",
                 id="a general question asked for herself"),
    pytest.param("antingen gifter jag mig med honom på söndag eller så är jag inte deras dotter", "married_off_soon", id="marry him on Sunday, or else"),
    pytest.param("we went to Somalia for a holiday in June, school started in August, mum keeps my passport locked in her bag and says I live here now",
                 "taken_abroad_soon", id="a passport locked in a bag is no person locked in"),
    pytest.param("lol brorsan sa 'går du ut ikväll e du död' med farsans gevär i handen", "weapon", id="'e du död', a rifle in hand"),
    pytest.param("räknas det som heder om pappa säger att han hellre ser mig död och sen slipar en kniv? det är typ det som händer hemma nu",
                 "weapon", id="a knife sharpened, asked as a question"),
    pytest.param("skämt men inte: om jag inte svarar om fem min så kom han in, han har bältet i handen", "weapon", id="a belt in hand, a last signal"),
    pytest.param("skolan ringde hem och pappa skrev att när jag kommer hem ska jag få se vad som händer med sådana som jag", "threat_soon",
                 id="'you'll see what happens to such as you' on coming home"),
    pytest.param("lmao my brothers are driving around looking for me rn, texted 'we will find you'. i'm in a toilet at the mall haha", "threat_to_kill",
                 id="a laugh, hunted now"),
    pytest.param("my dad burned my arm with the iron and says he'll do the other one tonight", "violence_now", id="burned, the other arm tonight"),
    pytest.param("e 12. mamma sa att jag ska omskäras på sommarlovet hos farmor och vi åker om tre dagar", "fgm_soon", id="'in the summer holidays' and leaving in three days"),
    pytest.param("de har inte låtit mig gå ut på 8 dagar och skolan tror att jag är sjuk", "locked_in", id="not let out for 8 days"),
    pytest.param("small problem lol. my parents found my diary and dad says tomorrow he'll kill me", "threat_to_kill", id="a laugh in another clause, found out"),
    pytest.param("i'm writing about my neighbour, i can hear her screaming, her husband is beating her", "help_now", id="writing about my neighbour"),
    pytest.param("they're keeping my sister in Kosovo and she says they beat her every day and she can't leave", "taken_abroad_soon", id="keeping my sister abroad"),
]
LOOK_ALIKES = [
    pytest.param("han brukar slå mig men idag slog han mig inte", id="a habit, not today"),
    pytest.param("pappa slår mig ofta men idag var det lugnt", id="a habit, calm today"),
    pytest.param("vi flyger till Marocko på lördag och hälsar på morfar, behöver man visum med svenskt pass?",
                 id="a visa question before an ordinary trip"),
    pytest.param("going to pakistan for the first time next week to see my nan, im 14, any tips for the flight?",
                 id="tips for an ordinary trip, a child writing"),
    pytest.param("hur hjälper UD någon som inte får åka hem från utlandet?", id="how UD helps someone"),
    pytest.param("jag är socionom, hur ser rutinen ut när ett barn behöver placeras akut i skyddat boende?", id="a social worker asks about a routine"),
    pytest.param("är jag i riskzonen att bli skickad utomlands? vi ska inte åka nånstans nu men pappa hotar ofta", id="no trip planned"),
    pytest.param("jag brukade skära mig förut men har inte gjort det sen i julas och vill inte börja igen", id="self-harm given up"),
    pytest.param("we fly to Beirut in August for two weeks, return tickets are booked and I have my own passport", id="a trip with return tickets"),
    pytest.param("in my dream my brother locked me in the basement, everything is fine at home though", id="a dream"),
    pytest.param("she was married off in Iraq in 2010 at 15 and she's back in Sweden now, is it valid?", id="back in Sweden, long ago"),
    pytest.param("I had a nikah at 16 in Pakistan, I'm 19 now and live in Sweden, is it valid here?", id="a wedding that was"),
    pytest.param("hennes bror säger typ varje vecka att han skulle döda henne om han visste om pojkvännen, ska jag oroa mig?",
                 id="'would kill her if he knew', a habit"),
    pytest.param("I'm a nurse. What's the procedure if a patient tells me about threats but says it isn't urgent?", id="'isn't urgent'"),
    pytest.param("jag skriver en thriller där en tjej jagas med kniv av sina bröder, vill ni läsa första kapitlet?", id="a thriller"),
    pytest.param("brorsan skrev 'pappa kommer döda dig' när jag glömde köpa bröd, han är så dramatisk", id="a dramatic brother over bread"),
    pytest.param("Jag är polis och undrar hur ni gör när någon i chatten är i akut fara, inför en utbildning", id="a police officer before a training"),
    pytest.param("Om någon hålls inlåst av sin familj, räknas det som hedersförtryck?", id="'om någon', does it count"),
    pytest.param("Jag tog mig ur ett tvångsäktenskap för sex år sen, idag är jag gift med en man jag själv valt", id="married to a man she chose"),
    pytest.param("De har gömt mitt pass men vi ska inte resa vad jag vet", id="a passport hidden, no trip known"),
    pytest.param("vi har rollspel i skolan och jag ska spela en tjej som blir inlåst av sin familj", id="a role play"),
    pytest.param("I had a nightmare that my dad locked me in the basement, everything is fine though", id="a nightmare"),
    pytest.param("spelar ett mobilspel där man ska rädda en tjej från att giftas bort imorgon", id="a mobile game"),
    pytest.param("farbror hotade att döda mig en gång, jag var 11 då. nu är jag 25 och han har ändrats", id="an age then"),
    pytest.param("Kan UD hjälpa en om man blir kvar utomlands och inte får åka hem?", id="can UD help one"),
    pytest.param("Om man skulle bli tvingad att gifta sig imorgon, vad gör man? Frågar bara för att veta, inget händer mig", id="only asking"),
]


@pytest.mark.parametrize("text,category", EMERGENCIES)
def test_emergencies_are_found_with_their_category(text, category):
    verdict = detect_danger(text)
    assert (verdict.level, verdict.category) == ("emergency", category), verdict


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_emergencies(text):
    assert detect_danger(text).level != "emergency"


@pytest.mark.parametrize("text,category", [
    pytest.param("mamma brukar låsa in mig när hon går till jobbet", "control", id="locked in as a habit"),
    pytest.param("de låser in henne efter skolan, min kompis alltså", "control", id="locked in after school"),
])
def test_a_habit_of_locking_in_is_personal_harm(text, category):
    verdict = detect_danger(text)
    assert verdict.level in ("harm", "emergency") and (verdict.level == "emergency" or verdict.category == category), verdict


@pytest.mark.parametrize("text,age", [
    pytest.param("is it even allowed when i'm 16? my parents read all my texts", 16, id="allowed when I'm 16"),
    pytest.param("är det okej när jag är 15 att de tar min lön", 15, id="okej när jag är 15"),
    pytest.param("får de bestämma över mig så när jag är 14?", 14, id="får de … när jag är 14"),
])
def test_an_age_in_a_question_of_what_is_allowed_is_the_present_age(text, age):
    assert parse_age(text) == age


@pytest.mark.parametrize("text", ["when i'm 18 i'm moving out", "när jag är 18 flyttar jag", "is it legal to marry when i'm 16"])
def test_an_age_after_when_is_still_the_future(text):
    assert parse_age(text) is None


@pytest.mark.parametrize("text,age", [
    pytest.param("jag är bi och 15, mamma vet inget", 15, id="jag är bi och 15"),
    pytest.param("i'm trans and 16 and my dad found my binder", 16, id="i'm trans and 16 and …"),
])
def test_a_word_about_the_writer_then_the_age_is_the_age(text, age):
    assert parse_age(text) == age


@pytest.mark.parametrize("text", [
    pytest.param("my ex threatened me years ago, no contact since 2018, saw him in town today but he didn't see me", id="no contact since"),
    pytest.param("pappa slog mamma när jag var liten. idag är de skilda och jag har ingen kontakt med honom", id="parted, no contact"),
    pytest.param("kind of worried about the summer, we're going to iraq and dad won't say for how long", id="a worry about the summer"),
    pytest.param("my parents won't let me go to uni, I'm 20", id="not allowed to go to uni"),
    pytest.param("my dad won't let me do swimming at school, I'm 14", id="not allowed to swim"),
    pytest.param("vi ska inte åka nånstans nu, men mamma hotar ofta att skicka hem mig", id="no trip planned (benign)"),
    pytest.param("en kille på fritids sa 'min farsa skulle slakta mig om han visste att jag röker' och skrattade", id="would kill me if he knew"),
    pytest.param("pappa sa på middagen att han hellre har en död dotter än en lesbisk, han vet inte att han pratar om mig", id="not said to me"),
])
def test_harm_that_is_past_far_off_or_an_activity_is_benign_for_the_classifier(text):
    from safety.danger import looks_benign
    assert looks_benign(text)


@pytest.mark.parametrize("text,age", [
    pytest.param("they booked the flight, I'm literally femton", 15, id="literally femton"),
    pytest.param("I'm in year eleven and they read my texts", 16, id="year eleven"),
    pytest.param("min kompis får inte gå ut. vi går båda i nian", 15, id="vi går båda i nian"),
    pytest.param("han slog mig när jag var 10, det var 6 år sen", 16, id="det var 6 år sen"),
    pytest.param("jag ska flytta när jag fyller 18 om ett år", 17, id="fyller 18 om ett år"),
    pytest.param("my sister and I are twins. we're 15 and i don't know what to do", 15, id="we're 15 and I"),
    pytest.param("gick i åttan förra året, nu i nian", 15, id="nu i nian"),
    pytest.param("min kusin och jag går båda i sjuan", 13, id="min kusin och jag går båda i sjuan"),
])
def test_ages_said_in_mixed_or_spelt_out_forms(text, age):
    assert parse_age(text) == age


@pytest.mark.parametrize("text", [
    "I'm trans and my parents keep using my dead name",
    "mamma säger att jag är besatt sen jag kom ut",
    "my mum makes me wear a hijab and dresses",
    "mina föräldrar vet att jag är bi och har slutat prata med mig",
    "mamma sa att hon hellre har en död dotter än en lesbisk, och jag är lesbisk",
    "my dad says people like that should be punished",
])
def test_control_in_an_lgbtq_story_is_personal_harm(text):
    verdict = detect_danger(text)
    assert (verdict.level, verdict.category) == ("harm", "control"), verdict
