"""Stop 13: the kinds of message held-out sets 27-33 missed or raised falsely, each written in other
words than the set's (paraphrases that fail on the detector before stop 13)."""

import pytest

from safety.danger import detect_danger, looks_benign, told_of_elsewhere

EMERGENCIES = [
    pytest.param("imorrn kommer hans familj för att förlova mig, jag får inte säga nej", "married_off_soon", id="an engagement 'imorrn', not allowed to say no"),
    pytest.param("pappa sa att jag inte lämnar lägenheten levande, han sitter i köket nu", "threat_to_kill", id="not leaving the flat alive"),
    pytest.param("my little sister is being shipped to pakistan on saturday to marry some old guy", "married_off_soon", id="shipped off to marry this weekend"),
    pytest.param("stuck at my uncle's in ghana since june, they keep saying next week and they hid my passport", "taken_abroad_soon", id="they keep saying next week"),
    pytest.param("we fly to lahore friday for 'my cousin's nikah' but my aunt just said congratulations to me", "taken_abroad_soon",
                 id="congratulations to me at a cousin's wedding"),
    pytest.param("they said i'm dead to them since they found out i'm gay, thinking of making it true tonight", "self_harm",
                 id="dead to them, making it true"),
    pytest.param("my cousin is at the airport rn with her dad and she doesn't want to go to Iraq", "taken_abroad_soon",
                 id="at the airport now, unwilling"),
    pytest.param("hennes bror är på väg för att hämta hem henne med våld", "help_now", id="to be taken home by force"),
    pytest.param("min kusin kom aldrig tillbaka från sommarlovet i Irak, skolan började för två veckor sen och nu är hennes pass borta",
                 "taken_abroad_soon", id="never came back after the holidays, the passport gone"),
    pytest.param("no joke lol this is real, my brother is kicking my door with a bat rn", "help_now", id="a laugh denied: this is real"),
    pytest.param("dad says i won't see eid, he said it holding his knife haha", "threat_to_kill", id="a threat said holding a knife, with a laugh"),
    pytest.param("i just feel like not waking up tomorrow, everything is ready", "self_harm", id="feel like not waking up"),
    pytest.param("the same woman who did it to me when i was little is coming on saturday for my younger sisters", "fgm_soon", id="the woman who cut the writer, booked for her sisters"),
    pytest.param("farmor har beställt tid hos samma tant som gjorde det på mig, min tvillingsyster ska dit på torsdag", "fgm_soon", id="the same woman, for a twin on Thursday"),
    pytest.param("mina bröder sitter i en bil utanför jobbet sen en timme, de brukar aldrig komma hit. jag är kvar inne", "help_now", id="brothers waiting outside where they never come"),
    pytest.param("my cousins are parked outside the library and i don't dare to go out, they never come to this side of town", "help_now", id="cousins parked outside, afraid to go out"),
    pytest.param("we flew to iraq for a funeral in july. it's november and my uncle says i live here now", "taken_abroad_soon", id="a trip for a funeral, and 'you live here now'"),
    pytest.param("vi åkte till Somalia på sommarlovet och nu säger pappa att jag bor här nu, jag vill hem", "taken_abroad_soon", id="a summer trip, and 'you live here now'"),
    pytest.param("they left me in pakistan at a madrasa and said i can come back when i'm fixed", "taken_abroad_soon", id="left at a school abroad until 'fixed'"),
    pytest.param("mamma packade ner min brudklänning i min storlek och vi åker på 'semester' på fredag", "married_off_soon", id="a wedding dress in her size before a 'holiday' on Friday"),
    pytest.param('hon skrev "tack för allt, ta hand om min hund" och sen svarar hon inte', "self_harm", id="thanks for everything, take care of my dog, then silence"),
    pytest.param("min kompis skrev att om hon inte hör av sig ikväll ska jag ring nån, nu svarar hon inte", "help_now", id="a friend's agreed last signal: call someone"),
    pytest.param("haha my life is a joke, my brothers guard my door in turns and i can't leave the house", "locked_in", id="a laugh at the writer's own life"),
    pytest.param("hur gör man om pappa har skruvat bort handtaget på insidan av dörren så jag inte kommer ut", "locked_in", id="the handle taken off the door, asked as a question"),
    pytest.param("farmor har bestämt att min syster ska omskäras i sommar i Sudan, planet går på söndag", "fgm_soon", id="cutting 'this summer', the plane on Sunday"),
    pytest.param("my brother took my charger and the handle off my door, says i stay in here till dad is back", "locked_in", id="the handle taken off her door"),
    pytest.param("vad gör man när man inte orkar mer? har skrivit brev till min lillebror och lagt det på hans säng", "self_harm", id="a 'how does one' question and farewell notes written"),
    pytest.param("random question haha is it normal that my parents locked me in my room until the nikah on friday", "locked_in", id="a laugh, then 'is it normal that' they locked her in"),
    pytest.param("how fast does alvedon work if you take the whole box, asking for me", "self_harm", id="the whole box of painkillers, asking for herself"),
    pytest.param("hur säger jag nej till ett bröllop när alla redan är bjudna till på söndag", "married_off_soon", id="how to say no to a wedding on Sunday"),
    pytest.param("jag gör nåt dumt om jag måste gifta mig med honom, bröllopet är om tre dagar", "married_off_soon", id="having to marry, the wedding in three days"),
    pytest.param("vi skulle åka till farmor i sommar men nu säger pappa att vi åker redan på fredag, bara jag och han, " "jag tror inte jag kommer tillbaka", "taken_abroad_soon", id="a summer trip moved to Friday"),
    pytest.param("min morbror skrev 'kom hem innan helgen annars dör du', jag bor hos min moster nu", "threat_to_kill", id="come home before the weekend or you die"),
    pytest.param("mum texted 'come back by tonight or you are dead to us, and i mean dead'", "threat_to_kill", id="dead to us, and I mean dead"),
    pytest.param("i'm at my cousin's engagement and they just said it's actually my engagement too, the nikah is tomorrow, i never agreed", "married_off_soon", id="a cousin's engagement that is the writer's"),
    pytest.param("my brother says he'll break my arms tomorrow if i go to the youth club again", "threat_soon", id="bones broken tomorrow"),
]
LOOK_ALIKES = [
    pytest.param("my brother usually hits me when our parents are out. nothing happened today, they're home now", id="a habit, nothing happened today"),
    pytest.param("read about you on the school website. my uncle slapped me at dinner last week, is that honour violence?", id="read about this chat"),
    pytest.param("om jag inte klarar högskoleprovet på lördag dör jag typ", id="if I fail the exam I'll die"),
    pytest.param("ska på klassresa till Paris på tisdag, jag är 15, vad packar man?", id="a class trip abroad"),
    pytest.param("jag skär mig inte längre, har slutat sen i våras, men ärren syns", id="self-harm given up"),
    pytest.param("farmor kommer på fredag, hon och mamma är emot omskärelse, hur pratar jag med min syster om det?", id="everyone against the cutting"),
    pytest.param("we watched a series where the dad locks his daughter in and plans to kill her, is it true?", id="a series watched"),
    pytest.param("I don't want to die or anything, I'm just tired of my parents reading my chats", id="a wish to die denied"),
    pytest.param("jobbar i ett restaurangkök och har mina egna knivar i väskan, kan väktare ta dem?", id="a cook's own knives"),
    pytest.param("ska dö av tristess på kalaset ikväll", id="dying of boredom"),
    pytest.param("hur vanligt är det att tjejer skickas utomlands på sommarlovet? vi pratade om det i klassen", id="how common, talked about in class"),
    pytest.param("för tre år sen hotade min ex att döda mig, nu har han flyttat utomlands och jag har inte hört av honom", id="a threat years ago, the ex moved abroad"),
    pytest.param("I was forced to marry at 15, that was ten years ago, I'm divorced now", id="forced to marry at 15, years ago"),
    pytest.param("they had to cut me open for my appendix on friday, still sore", id="cut open for an appendix"),
    pytest.param("how do i get home if i'm ever stuck abroad, does the embassy help?", id="if I'm ever stuck abroad"),
    pytest.param("jag ska ha en lektion om könsstympning för åk 9 nästa vecka, tips på material?", id="a lesson to teach next week"),
    pytest.param("vi åker till Bosnien på fredag på min lillebrors bröllop, vad ska man ge i present?", id="a little brother's wedding abroad"),
    pytest.param("min morbror är polis och har sin pistol i ett låst skåp, är det lagligt?", id="a police officer's pistol in a locked cabinet"),
    pytest.param("vi ska till Lofoten på fisketur nästa helg och jag har fått en egen filékniv av morfar", id="a fishing trip and a fillet knife"),
    pytest.param("mamma låser dörren kl 22 varje kväll, så har det alltid varit", id="a door locked at ten, always"),
    pytest.param("jag måste vara hemma kl 19 varje kväll och pappa har tagit min nyckel, är det kontroll?", id="home by seven and the key taken"),
    pytest.param("morbror har cancer och vi åker till Bagdad på fredag för att träffa honom en sista gång", id="an uncle with cancer"),
    pytest.param("our coach said he'll murder us if we lose the derby on saturday, no pressure", id="a coach and a derby"),
    pytest.param("min familj kallar mig fortfarande vid mitt gamla namn fast jag är trans", id="a trans man's old name"),
    pytest.param("min mamma ska opereras imorgon och jag är så rädd att hon ska dö", id="fear that a mother dies in surgery"),
    pytest.param("förra året hotade min bror att döda mig men nu är vi sams igen", id="a threat last year, friends again"),
    pytest.param("when we land in Beirut we go straight to my cousin's wedding, any gift ideas?", id="a cousin's wedding on landing"),
    pytest.param("jag blev omskuren som barn och ska till barnmorskan nästa vecka, vad kan hon hjälpa med?", id="cut as a child, a midwife next week"),
    pytest.param("min faster vill att döttrarna ska omskäras när de blir äldre, de är 3 och 5 nu", id="cutting when they are older"),
    pytest.param("my brother slaps me whenever i talk back. he's not home rn", id="a habit, and he is not home"),
    pytest.param("vi ska ha en debatt om hedersvåld nästa vecka i SO, vad säger lagen?", id="a class debate next week"),
    pytest.param("tänk om en kompis skulle bli inlåst av sina föräldrar, vad gör man då? bara undrar", id="a friend locked in, just wondering"),
    pytest.param("this maths test tomorrow is literally going to kill me", id="a test that will 'kill' the writer"),
    pytest.param("imorgon ska jag omskäras hos doktorn, förhuden alltså, jag är kille", id="a boy's circumcision"),
    pytest.param("mina föräldrar hotade en gång att skicka mig till Irak men det var flera år sen och nu är allt bra", id="a threat years ago"),
    pytest.param("my uncle slapped me at the wedding on Saturday in front of everyone", id="slapped on Saturday, told after"),
    pytest.param("my parents say I'll be married by 25 like my sisters, is that forced marriage?", id="married by 25"),
    pytest.param("imorgon är det över för mig, kemiprovet kl 8 och jag har inte pluggat", id="an exam despair"),
    pytest.param("my dad is going to kill me i bleached my hair pink", id="bleached hair"),
    pytest.param("min kompis blev utslängd hemifrån för att hon sa nej till en kille, hon sover hos oss nu", id="a friend sleeping at ours now"),
    pytest.param("i did a nikah at 17, now i'm 18, do we have to marry again for it to count?", id="marry again for it to count"),
    pytest.param("vi ska omskära vår son hos läkaren på måndag, han är 3, hur länge gör det ont?", id="a son circumcised by a doctor"),
    pytest.param("brorsan sa att han skulle döda mig om jag lånade hans hörlurar igen", id="a borrowed headset"),
    pytest.param("can i bring my pocket knife on the scout camp next week?", id="a knife for a scout camp"),
    pytest.param("my parents say you're dead to us if you marry him, it's just words, they'd never hurt me", id="dead to us, without 'I mean dead'"),
]
# not emergencies, and words the classifier's leaning must not stand on (its "usable" check)
BENIGN_FOR_THE_CLASSIFIER = [
    pytest.param("my dad usually hits me when i'm late home. today he was kind though", id="today he was kind"),
    pytest.param("my mum's going to kill me, i got a D on my chemistry test lmaoo", id="a bad grade"),
    pytest.param("farfar är jättesjuk i Rabat och vi flyger imorgon, jag är rädd att han dör innan vi kommer fram", id="fear for a sick grandfather"),
    pytest.param("ikväll ska jag smyga ut och träffa min pojkvän, hur raderar jag historiken?", id="sneaking out to see a boyfriend"),
    pytest.param("vi har tid på BB imorgon, det blir en flicka, vad säger lagen om omskärelse?", id="a birth tomorrow"),
    pytest.param("lowkey want to die, the maths exam is tomorrow", id="an exam hyperbole"),
    pytest.param("my parents keep pressuring me to accept a proposal, I said no, what are my rights?", id="a rights question with no date"),
    pytest.param("my uncle hit me last week, he flew home to Germany yesterday", id="hit last week, the uncle gone"),
    pytest.param("pappa brukar slå mig när han är arg. inte idag dock, han är på jobbet", id="not today though"),
    pytest.param("en elev ska 'hem' till Irak hela sommarlovet, det är mars nu", id="the summer holidays in March"),
    pytest.param("imorgon är det simning och jag ska stanna hemma igen för pappa", id="swimming forbidden tomorrow"),
    pytest.param("Not allowed on the class trip next week because I'd sleep away from home", id="a class trip forbidden"),
    pytest.param("Eid tomorrow and my uncle is slaughtering a sheep in the garden", id="a sheep slaughtered for Eid"),
    pytest.param("Going in for surgery on Friday and I'm scared I won't wake up", id="the writer's own surgery"),
    pytest.param("my sister is 7 and gets her ears pierced tomorrow, is that too young?", id="an ear piercing"),
    pytest.param("super strict parents, home by 8, they've never hurt me but i feel trapped", id="never hurt, but trapped"),
    pytest.param("her parents don't let her leave the house except for school, how can i help her?", id="out only for school"),
]


@pytest.mark.parametrize("text,category", EMERGENCIES)
def test_emergencies_are_found_with_their_category(text, category):
    verdict = detect_danger(text)
    assert (verdict.level, verdict.category) == ("emergency", category), verdict


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_emergencies(text):
    assert detect_danger(text).level != "emergency"


@pytest.mark.parametrize("text", BENIGN_FOR_THE_CLASSIFIER)
def test_look_alikes_are_benign_far_off_or_told_of_elsewhere_for_the_classifier(text):
    assert looks_benign(text) or told_of_elsewhere(text)


@pytest.mark.parametrize("text", [
    pytest.param("pappa har låst in mig sen i lördags, vad har jag för rättigheter?", id="locked in, and a rights question"),
    pytest.param("hon skrev tack för allt och ta hand om min katt, nu svarar hon inte", id="a farewell with a cat in it"),
    pytest.param("my grandma is very sick in Erbil and we fly tomorrow, I'm scared they'll marry me off there", id="a sick grandmother and fear of a wedding"),
    pytest.param("funny how i finally got an A on my test today and it won't matter after tonight", id="a good grade and 'after tonight'"),
])
def test_danger_beside_a_benign_word_is_not_benign(text):
    assert not looks_benign(text)


@pytest.mark.parametrize("text", ["they're marrying me off on friday so i'm married before 18",
                                  "de ska gifta bort mig på fredag innan jag fyller 18"])
def test_a_day_with_an_age_as_deadline_is_still_days_away(text):
    assert detect_danger(text).level == "emergency"


@pytest.mark.parametrize("text", [
    "nåt kommer att hända med min syster på lördag om hon inte gifter sig",
    "vi åker till Somalia på fredag och jag tror inte jag kommer tillbaka",
])
def test_kommer_with_and_without_att_is_read_as_the_future(text):
    # "kommer (att) hända", "kommer tillbaka": once read only with a double space after "kommer"
    assert detect_danger(text).level == "emergency"


def test_a_guest_at_a_wedding_is_benign_for_the_classifier():
    assert looks_benign("going to a wedding on saturday and my dress doesn't fit, i'm literally going to die")


def test_a_cutting_sold_as_like_an_ear_piercing_is_not_benign():
    assert not looks_benign("mum says it's like getting your ears pierced and it's in the holidays that start friday")


def test_a_sons_circumcision_beside_a_daughters_is_still_a_cutting():
    assert detect_danger("min son och min dotter ska omskäras på fredag i Somalia").level == "emergency"

