"""The kinds of message fresh held-out sets missed or raised falsely, each written in other words than
the set's (paraphrases that fail on the detector of the stop before): stop 13 (sets 28-40) first,
then stop 14 (sets 39-49), with the age parser's cases of stop 14, then stop 15 (sets 59-76), then stop 16 (sets 77-79)."""

import pytest

from safety.age import parse_age
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


# stop 14: held-out sets 39-49
EMERGENCIES_14 = [
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
    # held-out sets 50-52, in other words
    pytest.param("min bror hittade bilder på mig och nu säger pappa att jag inte ska få leva", "threat_to_kill", id="not let to live"),
    pytest.param("han sa att han gör det han lovat om jag inte är hemma 21.00, klockan är 20.45, förra gången bröt han min arm", "threat_soon",
                 id="a deadline at a clock time, an arm broken last time"),
    pytest.param("hur många alvedon är för mycket? för ett skolarbete typ. har en burk bredvid mig", "self_harm", id="pills at hand, a school-work pretext"),
    pytest.param("mamma hittade hennes chattar och nu har pappa kört efter henne i bilen, hon svarar inte", "help_now", id="chased in a car"),
    pytest.param("jag vet att det låter som att jag skojar men min bror har en pistol i jackan och säger 'ikväll'", "weapon", id="'sounds like I'm joking, but'"),
    pytest.param("pappa sa att jag har till imorgon, annars får familjen lösa det på sitt sätt", "threat_soon", id="'lösa det på sitt sätt' by tomorrow"),
    pytest.param("jag är här i Pakistan sen april och de har mitt pass, vad kan ambassaden göra om man inte får åka hem?", "taken_abroad_soon",
                 id="a question about the embassy, here since April"),
    pytest.param("how do i make the blood stop, i cut deeper this time", "self_harm", id="cut deeper"),
    pytest.param("om jag inte gör slut med honom blir det sista gången jag gör nåt, sa pappa, och han menade det", "threat_to_kill", id="the last thing I ever do"),
    pytest.param("farmor har bokat tid på en klinik i Somalia för mig och min syster nästa vecka och mamma grät", "fgm_soon", id="a clinic abroad booked, mother cried"),
    pytest.param("we fly to Iraq in 3 days and it's not a holiday, my aunt says I'm going to a school for bad girls. I'm 13", "taken_abroad_soon",
                 id="'not a holiday'"),
    pytest.param("my friend has been in Yemen since the summer, they took her passport, she's being married next month and wants to come home", "taken_abroad_soon",
                 id="held abroad now, a wedding next month"),
    # held-out sets 53-55, in other words
    pytest.param("är det lagligt att mina föräldrar gifter bort mig på fredag? jag är 15", "married_off_soon", id="'gifter bort mig' on Friday"),
    pytest.param("imorgon ska de ta mig till farmor, farmor bor i Irak och jag har hittat biljetterna", "taken_abroad_soon", id="tickets found"),
    pytest.param("my uncle came home today and they're all in the kitchen talking about me since mum found my messages", "threat_soon",
                 id="a family council today after a discovery"),
    pytest.param("det är lugnt typ men pappa sa ikväll att han ska använda pistolen på mig om jag går ut lol", "weapon", id="a gun 'on me', with a laugh"),
    pytest.param("mina kusiner står nere vid porten och väntar, de skrev 'kom ner annars kommer vi upp' haha", "help_now", id="cousins at the gate, or else"),
    pytest.param("mamma ska ta mig till en kvinna på fredag som ska kolla om jag är oskuld, annars är jag död för dem", "threat_to_kill", id="a virginity check on Friday"),
    pytest.param("frågar för att min syster ska gifta sig på lördag och hon är 14", "married_off_soon", id="a sister of 14 marrying on Saturday"),
    pytest.param("I thought it would be after uni but now mum says the nikah is on Saturday and I said no", "married_off_soon", id="a nikah moved up, refused"),
    pytest.param("they're going to take me to Iraq in the summer and not bring me back. we leave in 3 days", "taken_abroad_soon",
                 id="'in the summer', and leaving in three days"),
    pytest.param("I'm a social worker. A woman just called saying her brothers are on their way to take her home by force. What's the protocol?", "help_now",
                 id="a professional, a call just now"),
    # held-out sets 56-58, in other words
    pytest.param("han sitter utanför dörren och säger att jag inte kommer se morgondagen haha, han har kniven med sig", "threat_to_kill",
                 id="a laugh, a knife with him"),
    pytest.param("haha tydligen blir jag fru på lördag, jag e 14", "married_off_soon", id="'blir jag fru', a child laughing"),
    pytest.param("är det olagligt att ta en tjej till Sudan för att omskära henne? min faster ska göra det med min kusin, de åker på fredag", "fgm_soon",
                 id="a legal question, then 'my aunt will do it to my cousin'"),
    pytest.param("om jag inte raderar appen bränner han mig med strykjärnet, det står på nu", "threat_soon", id="the iron on now"),
    pytest.param("how many ibuprofen is too many? i already took like 40", "self_harm", id="pills already taken"),
    pytest.param("hypothetically if someone's dad said they won't see tomorrow and he's in the next room, what should they do", "threat_to_kill",
                 id="'hypothetically', he is in the next room"),
    pytest.param("does a nikah abroad count in Sweden? because mine is in 3 days and I'm 16", "married_off_soon", id="'because mine is in 3 days'"),
    pytest.param("min syster ska omskäras när vi åker till Somalia, först sa de i sommar men nu sa pappa nästa vecka", "fgm_soon", id="moved from summer to next week"),
    pytest.param("pappa säger att jag inte får lämna rummet förrän jag säger ja, har suttit här sen i fredags", "locked_in", id="kept in since Friday"),
    pytest.param("de tog henne till Somalia i somras och säger nu att hon ska stanna och gifta sig", "taken_abroad_soon", id="to stay and marry, said now"),
    pytest.param("what do i do if my parents force me to marry on friday? not a hypothetical question, it's me", "married_off_soon",
                 id="'not a hypothetical question'"),
]
LOOK_ALIKES_14 = [
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
    pytest.param("Jag är kurator och undrar generellt hur man gör vid misstänkt könsstympning, inget aktuellt fall", id="asked in general, no current case"),
    pytest.param("jag ska hålla en utbildning om tvångsäktenskap nästa vecka, har ni material?", id="giving a training next week"),
    pytest.param("We're reading a novel in English about a forced marriage, what does Swedish law say?", id="a novel read in English class"),
    pytest.param("My parents hid my passport before our summer trip to Iraq. Should I worry?", id="a passport before the summer trip"),
    pytest.param("my cousin was taken to Somalia when she was 11. she's back now and at uni", id="back now and at uni"),
    pytest.param("Om någon skulle gifta bort sin dotter imorgon, vad gör man? Bara nyfiken", id="just curious"),
    pytest.param("pappa sa att han ska döda mig om jag inte tömmer diskmaskinen, han är så dramatisk", id="a chore, dramatic"),
    pytest.param("we play a game where you rescue a princess who's married off tomorrow", id="a game played"),
    pytest.param("jag skriver en rap om en kille som hotar sin syster ikväll", id="a rap written"),
    pytest.param("vi pratade om könsstympning på biologin idag, görs det i Sverige?", id="talked about in biology"),
    pytest.param("Pappa har lagt allas pass i en mapp inför resan imorgon, så rädd att vi ska tappa bort dem. Får man ha pass i handbagaget?",
                 id="passports kept safe for a trip"),
    pytest.param("my friend always jokes that her dad will kill her if she fails maths", id="a friend's joke about maths"),
    pytest.param("vi har en workshop om könsstympning på fritids nästa vecka, har ni material?", id="a workshop next week"),
    pytest.param("Jag var inlåst i flera veckor när jag var 13. Idag är jag 22 och har brutit med familjen", id="locked in long ago, 'idag är jag 22'"),
    pytest.param("Pappa hotade att döda mig för åtta år sen. Idag har vi bra kontakt", id="a threat long ago, a good relationship today"),
    pytest.param("Vi ska till Grekland på semester på lördag, behöver barnen eget pass?", id="a holiday, the children's passports"),
    pytest.param("ikväll träffar mina föräldrar familjen till killen de vill att jag ska gifta mig med, bröllopet blir efter studenten. jag är 15",
                 id="a meeting tonight, the wedding after school"),
    pytest.param("Jag skar mig i högstadiet men har slutat sen två år", id="self-harm stopped years ago"),
    pytest.param("Ten years ago they tried to take me to Iraq and I got away. Now I'm 27 and they want contact", id="'now I'm 27'"),
    pytest.param("If I get stuck abroad, can the embassy get me home?", id="can the embassy get me home"),
    pytest.param("Jag jobbar på HVB. Hur gör man en riskbedömning när en ungdom vill åka hem över helgen?", id="a risk assessment asked"),
    pytest.param("Mamma hotade att skicka mig till Irak, men det var i fyran. Det har aldrig hänt", id="a threat in year four, never happened"),
]


EMERGENCIES_15 = [
    pytest.param("dumb question but do i need to book the counsellor early? my parents bought a one way ticket for me and not for themselves, it's next week",
                 "taken_abroad_soon", id="a one-way ticket for the writer alone"),
    pytest.param("min bror har sagt åt mig att skriva ett avskedsbrev ikväll haha. han har tagit kniven till sitt rum", "self_harm",
                 id="a farewell letter ordered, a knife taken, with a laugh"),
    pytest.param("hur snabbt kommer polisen om man ringer? pappa och farbror har druckit och pratar om att ta hand om henne för att hon har en pojkvän",
                 "threat_soon", id="'taking care of' a sister for a boyfriend, inside a police question"),
    pytest.param("my brother saw me with a boy last week and nobody has spoken to me since. tonight dad says we're taking a drive to the woods, just us",
                 "threat_soon", id="a drive to the woods tonight after a discovery"),
    pytest.param("lol they said I have to agree to the marriage by friday or else. my uncle was holding his gun when he said it", "weapon",
                 id="a gun in hand while the deadline was said, with a laugh"),
    pytest.param("is an overdose of sleeping pills painful? not asking for a friend haha", "self_harm", id="not asking for a friend, with a laugh"),
    pytest.param("don't panic but I'm in a hotel in Cairo, my brother took my passport and says we go on to Sudan tomorrow. borrowed a phone lol", "taken_abroad_soon",
                 id="passport taken abroad, moved on tomorrow, with a laugh"),
    pytest.param("is it normal to feel calm? he told me he'd kill me if I ever tried leaving. packed my bag, going in an hour", "threat_to_kill",
                 id="a death threat and leaving tonight, inside a question"),
    pytest.param("vet inte om jag klarar natten, allt är för mycket", "self_harm", id="not sure to last the night"),
    pytest.param("my sister is being held in Algeria by dad's family and they say she marries next month", "taken_abroad_soon",
                 id="being held abroad now, the wedding a month off"),
    pytest.param("Jag är 15 och är i Irak nu. Dom sa semester men nu får jag inte åka hem. Skolan i Sverige började för tre veckor sen", "taken_abroad_soon",
                 id="in the country now, not let home, the term begun"),
    pytest.param("brorsan säger att han ska slakta mig som ett lamm om jag träffar honom igen", "threat_to_kill", id="to be slaughtered like a lamb"),
    pytest.param("dad is throwing things at me and shouting, help", "violence_now", id="things thrown at the writer now"),
    pytest.param("mamma sa att om jag inte lämnar honom innan söndag så finns jag inte längre", "threat_to_kill", id="no longer to exist after a deadline"),
    pytest.param("haha min pappa har låst in mig igen och tagit min telefon, sitter här sen igår", "locked_in", id="locked in since yesterday, with a laugh"),
    pytest.param("vi flyger till Egypten på fredag och faster säger att det är min tur nu precis som det var för mina kusiner", "fgm_soon",
                 id="her turn as it was for the cousins, the trip on Friday"),
    pytest.param("de har bestämt att jag ska resa bort efter studenten, alltså på torsdag, och pappa har mitt pass", "taken_abroad_soon",
                 id="a far date restated as Thursday"),
    pytest.param("är det lagligt att bli gift i moskén om man är 15? för det blir på söndag, med mig alltså", "married_off_soon",
                 id="a wedding on Saturday 'with me' after a legal question"),
    pytest.param("my life is a movie lol, they just told me I'm flying to Pakistan on friday to get married. I'm 15", "married_off_soon",
                 id="'my life is a movie' is no film"),
    pytest.param("A pupil (10) told me she will 'have the operation like mummy' in Sudan on Monday. What do I do?", "fgm_soon",
                 id="'the operation like mummy' in Sudan on Monday"),
    # the round on sets 65-67
    pytest.param("en snabb fråga bara 🙂 om man inte vill gifta sig på lördag, kan man bara låta bli att gå dit?", "married_off_soon",
                 id="not wanting to marry on Saturday, asked lightly"),
    pytest.param("sitter i bilen med farbror och kusinerna nu, vet inte vart vi ska, de tog min telefon. för länge sen åkte vi förbi Jönköping", "help_now",
                 id="in the car with them now, the phone taken"),
    pytest.param("pappa hittade mina bilder 💀 han sa att han ska göra det på riktigt ikväll med kniven lol", "weapon",
                 id="'göra det på riktigt' tonight after a discovery, with a laugh"),
    pytest.param("inlåst på rummet men det är lugnt jag har mat haha, mamma säger att jag inte kommer ut förrän jag säger ja till bröllopet", "locked_in",
                 id="let out only when she says yes, with a laugh"),
    pytest.param("pappa säger att jag ska 'på semester' till farmor i Irak på fredag och stanna ett tag. jag har inte sett nån returbiljett", "taken_abroad_soon",
                 id="a so-called holiday on Friday with no return ticket"),
    pytest.param("I have a ticket to Mogadishu on Saturday that I didn't book and my aunt keeps saying the wedding is ready", "taken_abroad_soon",
                 id="a ticket she didn't book"),
    pytest.param("lol my cousin said he'll shoot me if I see that boy again, and he really has a gun", "weapon",
                 id="a shooting threatened by a man who owns a gun, with a laugh"),
    pytest.param("pappa slår min lillebror just nu för att han lekte med dockor, jag hör honom gråta", "help_now",
                 id="a brother beaten now for playing with dolls"),
    # the round on sets 68-70
    pytest.param("they've kept me inside for two weeks, the door is locked, no phone. 16", "locked_in", id="kept inside for weeks"),
    pytest.param("kan jag sova hos en kompis inatt om jag inte vågar gå hem? pappa sa att han skulle döda mig när han såg mig med min tjej lol", "threat_to_kill",
                 id="not daring to go home after a death threat, with a laugh"),
    pytest.param("lite drama hemma haha nej men seriöst pappa står utanför mitt rum med en kniv och skriker", "help_now", id="a laugh taken back before a knife"),
    pytest.param("lol my uncles are driving around looking for me with a knife rn because they saw me with my boyfriend", "help_now",
                 id="hunted with a knife now, with a laugh"),
    pytest.param("haha my brother is in the hallway with a bat shouting about my girlfriend. ok i'm actually scared", "help_now",
                 id="a bat in the hallway, then 'actually scared'"),
    # the round on sets 71-73
    pytest.param("de ska gifta bort mig i sommar och sommarlovet börjar om tre dagar, vi flyger direkt efter", "married_off_soon",
                 id="married 'this summer' when the holidays start in days"),
    pytest.param("de har bokat en 'resa' för mig på fredag. min kusin åkte på en sån och kom hem gift", "taken_abroad_soon",
                 id="a trip a cousin came back married from"),
    pytest.param("inlåst sen igår lol, mamma säger att jag får komma ut när jag säger ja", "locked_in", id="let out only on a yes, 'får komma ut när'"),
    pytest.param("haha pappa kommer döda mig. inte skämt alltså, han sa det till farbror i telefon", "threat_to_kill", id="'inte skämt' after a laugh"),
    pytest.param("min kusin skulle komma hem från Irak förra veckan men nu skriver hon att de har tagit hennes pass", "taken_abroad_soon",
                 id="a cousin who should have come home, the passport taken"),
    pytest.param("my dad said 'you have until sunday to end this or i'll fix it for you'", "threat_soon", id="'or I'll fix it for you' by Sunday"),
    pytest.param("lol not sure this is serious but my brother choked me earlier tonight, i have marks", "violence_now",
                 id="choked earlier tonight, with a laugh"),
    pytest.param("grannen skriker och nån slår henne, jag hör det genom väggen", "violence_now", id="a neighbour screaming and beaten now"),
    pytest.param("my uncles are on their way to my place, they found my address. I moved out 2 months ago", "help_now",
                 id="on their way now after a move months ago"),
    # the round on sets 74-76
    pytest.param("blev nyss slagen med ett skärp av pappa för att jag hade smink. jag e 12", "violence_now", id="beaten just now"),
    pytest.param("there's blood on my lip and my brother is still shouting, he hit me with a shoe", "violence_now", id="blood on the face now"),
    pytest.param("min bror skrev: 'vi vet var du bor, ikväll är det slut för dig'", "threat_to_kill", id="'ikväll är det slut för dig'"),
    pytest.param("quick question how fast do police come in Gävle? my uncle is on the train here and says he'll end this", "help_now",
                 id="on the train here to 'end this', inside a question"),
    pytest.param("lol my aunt just said 'enjoy your last week in sweden' and we fly to Dhaka on friday for a 'wedding'", "taken_abroad_soon",
                 id="'your last week in Sweden', with a laugh"),
    pytest.param("dad broke my phone today and said next time it'll be my head", "threat_soon", id="'next time it'll be my head'"),
    pytest.param("jag är i Irak sen i somras, jag är 15. pappa säger att vi stannar ett år till men jag vill hem", "taken_abroad_soon",
                 id="abroad since the summer, another year, wants home"),
    pytest.param("jag har bestämt mig, det är lättare så än att gifta mig med honom. skriver bara så nån vet", "self_harm", id="a decision, written so someone knows"),
    pytest.param("om jag går till soc igen vet jag vad som händer, han sa samma sak om min syster och hon finns inte längre", "threat_to_kill",
                 id="said the same of a sister who is gone"),
    pytest.param("förlovningen är på fredag och sen ska jag flytta till honom, bröllopet är i augusti. jag vill inte", "married_off_soon",
                 id="engaged on Friday, moving in with him"),
]

LOOK_ALIKES_15 = [
    pytest.param("Om en kompis inte vill leva längre, vad säger man då? Frågar allmänt", id="asking in general about a friend"),
    pytest.param("Min morfar låste in mamma i källaren på 70-talet, hur pratar jag med henne om det?", id="locked in in the seventies"),
    pytest.param("Min pappa hotade att döda min mamma en gång, det var 2011. De har ingen kontakt nu.", id="a threat in 2011"),
    pytest.param("I was cut when I was seven. I'm 28 now, can the hospital help me?", id="cut as a child, an adult now"),
    pytest.param("När min kusin var 13 skickades hon till Irak. Hon är hemma nu och mår bra. Var kan hon få stöd?", id="taken abroad as a child, safe now"),
    pytest.param("in red dead there's a mission where you free a woman locked in a shed, any tips?", id="a mission in a game"),
    pytest.param("my friend says her brother 'would kill her' if he saw her smoking but it's just an expression", id="'would kill her' as an expression"),
    pytest.param("fyller 16 snart och mamma vill att jag gifter mig med min kusin efter gymnasiet", id="turning 16 soon, a wedding after school"),
    pytest.param("min lillebror kommer slakta mig, jag raderade hans sparfil i spelet", id="a brother's save file deleted"),
    pytest.param("kan ambassaden hjälpa mig om jag hålls kvar i hemlandet?", id="a question if one were held abroad"),
    pytest.param("mamma har mitt pass för vi åker till Kroatien imorgon och hon är rädd att jag tappar det lol", id="a passport kept for a holiday"),
    pytest.param("vi åker till Turkiet imorgon och hälsar på mormor som är sjuk. jag vill inte åka för jag missar min kompis kalas", id="a sick grandmother and a missed party"),
    # the round on sets 65-67
    pytest.param("mitt pass har gått ut och klassen åker till Italien nästa vecka, hur snabbt får man ett nytt?", id="an expired passport before a class trip"),
    pytest.param("alla i klassen kommer dö på provet imorgon 😭 har inte pluggat", id="the whole class 'dying' at a test"),
    pytest.param("vi åker till Marocko på lördag, vanlig semester, funkar swish där eller behöver man kontanter?", id="an ordinary holiday's money question"),
    pytest.param("för sex år sen flydde jag från ett tvångsäktenskap, idag har jag jobb och lägenhet men saknar mamma", id="a forced marriage fled years ago, a job today"),
    pytest.param("My counsellor asked if I'm in danger at home. I'm not in danger, my family is really supportive", id="danger denied"),
    pytest.param("har en presentation om hedersvåld och tvångsäktenskap på fredag, var hittar jag statistik?", id="a presentation on Friday"),
    pytest.param("hur söker man skyddade personuppgifter? min släkt letar efter mig", id="protected data asked, the family searching"),
    pytest.param("i'm gay (16) and my dad said if i ever bring a boy home he'll beat me outside the house. what do i do", id="a threat on 'if I ever'"),
    # the round on sets 68-70
    pytest.param("is it honour violence when a dad threatens to kill his daughter? it's for a class discussion", id="a class discussion"),
    pytest.param("varje sommar åker vi till Turkiet och jag är rädd att jag inte får komma tillbaka i år, vad kan jag göra innan sommaren?", id="a summer trip feared in advance"),
    pytest.param("när jag var 11 försökte de gifta bort mig men skolan stoppade det. nu är jag 18, kan jag träffa min mamma igen?", id="a marriage stopped years ago, a mother seen again"),
    pytest.param("min tjej säger att hennes bröder skulle döda henne om de fick veta om oss, men de vet ingenting än", id="a threat on a condition not come true"),
    pytest.param("what does Swedish law say about FGM done abroad? I'm a nursing student with an exam tomorrow", id="a student's exam tomorrow"),
    pytest.param("ska skriva ett arbete om tvångsäktenskap till nästa vecka, var hittar jag lagen?", id="a school essay due next week"),
    # the round on sets 71-73
    pytest.param("har en presentation på fredag om hedersvåld, vad säger lagen?", id="a presentation on Friday, the day before 'om'"),
    pytest.param("min kompis blev slagen av sin pappa när vi gick i sexan, nu är allt bra. ska jag fråga henne?", id="hit when we were in year six"),
    pytest.param("vi ska till Turkiet på bröllop nästa vecka, min kusin gifter sig med sin kärlek, jag är 14 och asglad", id="a cousin's love match next week"),
    pytest.param("pappa hotade att döda mig när jag stack, jag har inte hört något sen dess", id="a threat when the writer left"),
    pytest.param("han dömdes för att ha hotat att döda mig 2018 och sitter inne", id="a threat in 2018, the man in prison"),
    pytest.param("in this game i'm playing you rescue a princess locked in a tower", id="this game"),
    pytest.param("imorgon ska jag till tandläkaren, jag kommer dö 😭", id="the dentist tomorrow"),
    pytest.param("my sister's getting married on saturday to her true love, we all fly to Amman tomorrow!", id="a sister's love match, flying tomorrow"),
    pytest.param("whenever I talk back my parents say they'll send me to Iraq, they've said it since I was 9", id="a threat said for years"),
    pytest.param("my teacher asks why my brother waits at the gate, if i tell her and she calls home then its over for me", id="'over for me' on a condition"),
]

BENIGN_FOR_THE_CLASSIFIER_15 = [
    pytest.param("Farbror hotade mig i julas men sen dess har det varit lugnt", id="a threat last Christmas"),
    pytest.param("my parents say I have until the end of the year to choose a husband. I'm 24", id="a deadline at the end of the year"),
    pytest.param("my family keeps pressuring me to marry a cousin, I'm 25 and they won't stop", id="pressure with no date"),
    pytest.param("jag gick i fyran när pappa försökte ta mig till landet, nu pluggar jag. kan jag läsa min akt?", id="a school year then"),
    pytest.param("mamma skrev 'de kommer imorgon och fixar det' och jag blev rädd tills jag fattade att det var elektrikern", id="a fright that was the electrician"),
    pytest.param("I've had to cover my hair since I turned 11 and I hate it. I'm 14 now", id="a rule kept since a birthday"),
    pytest.param("my mates keep joking that my dad will marry me off, is that racist?", id="friends joking about a marriage"),
    pytest.param("my parents say I'll be engaged some day soon but there's no date, it's been a year", id="'soon' with no date"),
    pytest.param("jag e 15 o orolig för sommarlovet, vi ska till Irak och kusinerna snackar om att jag ska stanna", id="worried about the summer holidays"),
    pytest.param("de har förlovat mig utan att fråga, bröllopet blir när jag är redo säger mamma", id="a wedding 'when I'm ready'"),
    pytest.param("we're getting married on Saturday, the love of my life, and both families are happy", id="a wedding both families are glad of"),
    pytest.param("my dad is flying to Iraq next week for work like every year, is it safe there?", id="a father's work trip"),
]


# stop 16: the kinds held-out sets 77-79 missed or raised falsely, in other words than the sets'
EMERGENCIES_16 = [
    pytest.param("mamma sa att kommer jag inte hem före tio så kommer jag inte se morgonen. hon är 22 nu", "threat_to_kill",
                 id="not seeing the morning, the verb first"),
    pytest.param("brorsan har låst ute mig på balkongen, det har gått en timme och jag fryser", "locked_in", id="shut out on the balcony, freezing"),
    pytest.param("my sister's husband locked her out on the balcony and he won't open, it's minus ten", "locked_in", id="locked out in the cold, not let in"),
    pytest.param("they took my niece to Somalia two weeks ago against her will, her passport is taken and they talk of marriage", "taken_abroad_soon",
                 id="taken abroad weeks ago, passport taken"),
    pytest.param("i am cutting right now and i can't stop", "self_harm", id="cutting right now"),
    pytest.param("jag skär mig just nu och det slutar inte blöda", "self_harm", id="skär mig just nu"),
    pytest.param("snabb fråga om busskort, farbror kommer imorgon för att ta med mig till Afghanistan och jag ska inte gå i skolan mer", "taken_abroad_soon",
                 id="fetched abroad tomorrow, school over"),
    pytest.param("he said today is the last day I embarrass him", "threat_soon", id="the last day I embarrass him"),
    pytest.param("min kompis sover hos mig, hennes pappa sms:ar att han ska komma hit och hämta henne och att hon ska få se", "help_now",
                 id="a father coming here to fetch her, with a threat"),
    pytest.param("haha typ pappa sa att han hellre ser mig död än med en kristen och nu slipar han kniven i köket", "weapon",
                 id="rather see me dead, sharpening the knife now, with a laugh"),
    pytest.param("lol my uncle said 'see you at your funeral' and he's coming over this weekend", "threat_to_kill",
                 id="see you at your funeral, a visit this weekend"),
    pytest.param("kinda scared lol, my cousins followed me from school and now they're outside my door", "help_now",
                 id="kinda scared beside the laugh"),
    pytest.param("idk how to hide this app lol. my brother says today is the last day I shame him and he has a gun", "weapon",
                 id="a gun and the last day, a laugh in another sentence"),
    # the round on sets 80-82
    pytest.param("his brothers texted me that my blood is halal now. one of them lives ten minutes from me", "threat_to_kill", id="blood made halal, one of them near"),
    pytest.param("lol min familj har bestämt att jag ska förlova mig imorgon med en kille jag aldrig träffat", "married_off_soon", id="a laugh that only opens the message"),
    pytest.param("can i take my dog to a shelter? my cousins are coming here rn to 'deal with me'", "help_now", id="a pet in the question, the cousins on their way"),
    pytest.param("lmao my brother just threw a glass at me 💀 im hiding in the bathroom", "help_now", id="a glass thrown just now, hiding, with a laugh"),
    pytest.param("ok plot twist 😂 farsan har en kniv i handen och säger att det ska ske ikväll. jag skämtar inte", "weapon", id="'jag skämtar inte' takes the laugh back"),
    pytest.param("är det lagligt att gifta sig i moskén när man är 16? min faster har bestämt att det blir på fredag", "married_off_soon", id="the day decided after a question"),
    pytest.param("ikväll kommer en imam för att bota mig för att jag är gay", "threat_soon", id="a 'cure' tonight"),
    pytest.param("hon är utanför nu. hon sa hon skulle komma om jag inte svarade", "help_now", id="outside, as she said she would"),
    pytest.param("my mum broke my wrist i think, it's so swollen and she won't let me go to the hospital", "violence_now", id="an injury now, care denied"),
    pytest.param("jag är i en lägenhet i Oslo med min mans familj, de låter mig inte gå ut och de har tagit mitt pass", "locked_in", id="kept in by the in-laws, passport taken"),
    pytest.param("my pupil says her parents will put her on a plane tomorrow", "taken_abroad_soon", id="put on a plane tomorrow"),
    pytest.param("my brother banged my head against the door and there's blood", "violence_now", id="a head banged, blood"),
    # the round on sets 83-85
    pytest.param("mina bröder kör runt utanför huset där jag bor nu och skriver att jag ska komma ut annars kommer de in", "help_now", id="circling outside now"),
    pytest.param("jag är utelåst och det är minus 8, pappa säger att jag inte får komma in förrän jag ber om ursäkt", "locked_in", id="locked out in the cold"),
    pytest.param("my uncle said he will burn my face, he's home alone with me now", "threat_to_kill", id="harm promised, alone with me now"),
    pytest.param("I am in Somalia now, they say I will marry here and stay. I don't have my passport and I want to go home", "taken_abroad_soon",
                 id="abroad now, no passport, wanting home"),
    pytest.param("Jag är 13 och mamma säger att jag ska gifta mig när vi åker till hemlandet i sommar. Vi åker på fredag.", "married_off_soon",
                 id="the summer trip restated as Friday"),
    pytest.param("pappa har låst in min lillasyster i hennes rum i fyra dagar nu", "locked_in", id="a sister locked in for days now"),
    pytest.param("hur funkar csn om man flyttar? min farbror ska hämta mig imorgon och köra mig till en släkting i Polen och jag tror inte jag kommer hem igen", "help_now",
                 id="fetched abroad with no way home"),
    pytest.param("im at the ER after 'falling' lol. i didnt fall. they're coming to pick me up at 5 and i don't want to go home with them", "help_now",
                 id="a pick-up the writer does not want"),
    # the round on sets 86-88
    pytest.param("I'm a school nurse, a pupil (14) says she was cut last night at her aunt's and she is bleeding heavily", "fgm_soon", id="cut last night, bleeding"),
    pytest.param("han håller fast mig i handleden och vill ha min kod. skriver med ena handen", "violence_now", id="held by the wrist, typing with one hand"),
    pytest.param("pappa och mina morbröder sitter i köket och pratar om hur de ska lösa det, och problemet är jag", "threat_soon", id="the problem is me"),
    pytest.param("haha my uncle said he'd rather bury me than see me with a christian and he's been sharpening a knife all night", "weapon",
                 id="rather bury me, a knife sharpened all night"),
    pytest.param("hur vet man om man skurit sig för djupt och måste till akuten? frågar för en kompis (det är jag)", "self_harm", id="cut too deep, asking 'for a friend'"),
    pytest.param("lol funny story, i'm locked in my room, been here since thursday", "locked_in", id="locked in since Thursday, with a laugh"),
    pytest.param("kan man avboka ett bröllop haha 😭 nej men seriöst det är mitt bröllop på lördag och jag har aldrig träffat honom", "married_off_soon",
                 id="a laugh taken back before a wedding on Saturday"),
    pytest.param("första sa de att jag skulle omskäras i sommar men nu sa mamma att det blir redan nästa helg", "fgm_soon", id="moved forward to next weekend"),
    pytest.param("i'm in Somalia with my mum since june, she says next month we go home but she enrolled me in school here and hides my passport", "taken_abroad_soon",
                 id="abroad, enrolled in school there, passport hidden"),
    # the round on sets 89-91
    pytest.param("om jag inte är hemma innan 22 kommer han hämta mig själv och då blir det sista gången, sa brorsan. klockan är 21:45", "help_now",
                 id="a pick-up with 'the last time' and a deadline tonight"),
    pytest.param("behöver sova nån annanstans inatt, mamma sa att om jag kommer hem så blir det sista gången nån ser mig", "threat_to_kill",
                 id="the last time anyone sees me"),
    pytest.param("kan man bli bortgift över videosamtal? det händer visst mig på lördag", "married_off_soon", id="it happens to me on Saturday"),
    pytest.param("mina kusiner säger att det ska göras innan helgen och att ingen ska veta var jag tog vägen", "threat_soon", id="nobody will know where I went"),
    pytest.param("han skrev 'vi kommer och hämtar dig, sen blir det begravning'", "threat_to_kill", id="then there will be a funeral"),
    pytest.param("my dad said he'll bury me in the back yard if I see her again, and now he's outside with a shovel. ok not funny anymore", "threat_to_kill",
                 id="bury me in the yard, not funny anymore"),
    pytest.param("I'm 15, they said the wedding in Iraq would be next summer but now they moved the flight to this Friday", "married_off_soon",
                 id="the flight moved to this Friday"),
    # the round on sets 92-94
    pytest.param("de ska ta mig till en gynekolog imorgon för att kolla om jag är oskuld, vet inte vad pappa gör sen", "threat_soon", id="a virginity check tomorrow"),
    pytest.param("morbror sa att om jag inte lämnar honom så finns jag inte i morgon, och nu vässar han knivar. han skämtar väl?", "threat_to_kill",
                 id="'finns jag inte i morgon', knives sharpened, 'he's joking, right?'"),
    pytest.param("imorgon när morbror kommer ska de ta tag i det, och det är jag som är problemet", "threat_soon", id="'det är jag som är problemet' tomorrow"),
    pytest.param("har ett skolarbete om hedersvåld... nej, det är inget skolarbete. pappa har en kniv och sitter i köket nu", "weapon", id="a school task denied"),
    pytest.param("han sa i morse att det här är min sista dag, har fem minuter innan han är hemma", "threat_to_kill", id="'my last day'"),
    pytest.param("hur många ipren måste man ta för att det ska vara farligt? inte för nån annan", "self_harm", id="how many pills, not for anyone else"),
    pytest.param("min tjej är låst i en lägenhet av sina bröder sen i söndags", "locked_in", id="locked in a flat since Sunday"),
    pytest.param("min syster har inte kommit ut ur sitt rum på tre dagar och mamma har nyckeln", "locked_in", id="not out of her room for days"),
    pytest.param("kan man annullera en nikah? min är typ om tre dagar haha och jag har aldrig träffat honom", "married_off_soon", id="'mine is in three days'"),
    pytest.param("we're in Iraq since the summer, they said two weeks. I want to go back to school in Sweden and my passport is with my aunt", "taken_abroad_soon",
                 id="abroad since summer, the passport with an aunt"),
    pytest.param("jag blev bortgift i Somalia förra året och är kvar här, min man låter mig inte åka hem och hans familj har mitt pass", "taken_abroad_soon",
                 id="married abroad last year, still there, not let home"),
    # the round on sets 95-97
    pytest.param("min svåger håller i min dotter och säger att jag aldrig får se henne igen om jag går", "help_now", id="a child held, never to be seen again"),
    pytest.param("I'm in Pakistan, my family brought me here two months ago and won't let me leave. I'm 20", "locked_in", id="brought abroad months ago, not let leave"),
    pytest.param("haha my family is so extra 😂 my brother has a knife in his bag and says he'll use it on me if i don't come home", "weapon",
                 id="a weapon to be used on me, with a laugh"),
    pytest.param("haha my life is a film rn, my uncles are following my bus and said they'll take me home", "help_now", id="following my bus, with a laugh"),
    pytest.param("jag är 11 och pappa slår mamma hela tiden och nu slår han henne igen i hallen", "violence_now", id="now he hits her again"),
    # the round on sets 98-100
    pytest.param("farbror sa att jag inte kommer hem levande om jag går ut ikväll, han brukar överdriva lol. men han står vid dörren", "threat_to_kill",
                 id="a laugh, and him standing by the door"),
    pytest.param("ingen pratar med mig sen de såg oss. idag sa pappa att vi ska till hemlandet på fredag och att jag ska förlova mig där. jag tar studenten nästa år", "married_off_soon",
                 id="engaged abroad on Friday, graduation next year"),
    pytest.param("i'm writing from Pakistan, they brought me here for a holiday two months ago and now say I'm getting married. my passport is with my aunt", "married_off_soon",
                 id="writing from abroad, the passport with an aunt"),
    pytest.param("vi är hos släkten i Somalia och jag hörde att min lillasyster ska göras i morgon", "fgm_soon", id="a sister to be 'done' tomorrow"),
    pytest.param("lol i'm at a bus stop in my socks, my brother chased me out with a knife", "weapon", id="chased out with a knife, with a laugh"),
    pytest.param("been kept at my aunt's in Kabul for 5 weeks, they said it was a holiday", "taken_abroad_soon", id="kept abroad for weeks"),
    pytest.param("jag ska omskäras i Sudan på sommarlovet som börjar om 3 dagar", "fgm_soon", id="the holidays that begin in three days"),
]

LOOK_ALIKES_16 = [
    pytest.param("vi gjorde en video där min lillasyster låtsas bli kidnappad för skojs skull, hur lägger man till musik?", id="pretending to be kidnapped for a video"),
    pytest.param("my mum is gonna kill me when she finds out I borrowed her laptop lol", id="a borrowed laptop"),
    pytest.param("jag tänkte på att ta livet av mig förut, men det har gått över och jag mår bättre nu", id="suicidal thoughts that have passed"),
    pytest.param("what happens if someone threatens to kill their daughter? it's for a novel i'm writing", id="a novel the writer is writing"),
    pytest.param("how do I help my cousin who lives at a secret address without putting her in danger?", id="without putting her in danger"),
    pytest.param("min farbror hotade mig med en kniv för många år sedan. idag är vi vänner och han har bett om förlåtelse", id="a knife long ago, friends today"),
    pytest.param("my dad threatened to kill me when I came out, that was 10 years ago. today he walked me down the aisle", id="a threat years ago, the aisle today"),
    pytest.param("im safe rn and nobody hits me, just wondering if parents may read my messages", id="safe now, nobody hits me"),
    pytest.param("när jag är klar med gymnasiet ska vi åka till Irak så jag kan träffa min blivande man, jag går i sjuan", id="a trip after upper secondary school"),
    pytest.param("jag menar inte att jag är i fara nu, men hur vet man om det är hedersförtryck?", id="danger denied, a question"),
    pytest.param("brorsan har låst ut mig på balkongen flera gånger, senast förra veckan", id="shut out before, last week"),
    # the round on sets 80-82
    pytest.param("vem rappar 'ikväll e du död, kniven är redo'? hittar inte låten", id="who raps the line"),
    pytest.param("I'm circumcised myself and just had a daughter. Can a midwife help me with care?", id="the writer cut long ago, care for herself"),
    pytest.param("My father threatened to kill himself if I said no, so I said yes. The wedding is in 2028.", id="a suicide threat as pressure, a wedding years off"),
    pytest.param("i would never hurt myself, i just want to know how to talk to my parents", id="self-harm denied"),
    pytest.param("jag är inte självmordsbenägen alls, vill bara prata om min familj", id="not suicidal"),
    pytest.param("I'm 20 and my parents won't let me leave the house alone, can social services help?", id="not let out alone"),
    pytest.param("check this tiktok about a girl who was locked in by her family for years, seems fake", id="a clip about someone else"),
    pytest.param("did you watch the finale? her dad locks her in and the wedding is tomorrow!!", id="a TV finale"),
    pytest.param("Det var fem år sedan jag flydde. Då hotade de att döda mig. Hur länge har man skyddade personuppgifter?", id="a threat then, years ago"),
    pytest.param("jag är rädd att soc tar mig ifrån mamma om jag berättar", id="taken from mum by social services"),
    pytest.param("my sister was taken to Iraq last year and married. she's back now, could it happen to me?", id="she's back now"),
    # the round on sets 83-85
    pytest.param("hennes pappa 'kommer döda henne' om hon kommer hem sent, men hon sa det och skrattade, alla säger ju så", id="a threat everyone says, laughed off"),
    pytest.param("ska hålla ett föredrag om tvångsäktenskap på torsdag, har ni fakta?", id="a talk on Thursday"),
    pytest.param("I have no suicidal thoughts, I just want to talk about my family", id="no suicidal thoughts"),
    pytest.param("min svärmor säger att när dottern blir större ska hon omskäras i Sudan. vad säger lagen?", id="a cutting when the daughter is older"),
    pytest.param("när jag va liten blev jag omskuren i Somalia, nu är jag 19 och vill ha vård", id="cut as a child, 'va'"),
    pytest.param("förra sommaren försökte de ta med mig till Irak men jag vägrade. nu är allt lugnt. kan de försöka igen?", id="a trip refused last summer, asked if again"),
    pytest.param("min pappa har ett gevär i vapenskåpet för han jagar, han har aldrig hotat någon", id="a hunting rifle, never a threat"),
    # the round on sets 86-88
    pytest.param("kan man få utreseförbud? ingen akut grej för mig, vi ska inte resa", id="'ingen akut grej'"),
    pytest.param("hypothetically, if someone is held abroad against their will, what can the embassy do? not me, we talked about it in class", id="hypothetically, not me"),
    pytest.param("nobody is threatening me now, I'm safe, but my cousin hit me last year. should I report it now?", id="danger denied, a harm last year"),
    pytest.param("ingen fara just nu, jag är inte inlåst eller nåt, men pappa läser mina sms", id="not locked in, no danger now"),
    pytest.param("Min farbror sa för kanske sex år sen att han skulle döda mig om jag gifte mig med en svensk. Nu är jag gift sedan tre år.", id="a threat 'för kanske' years ago"),
    pytest.param("jag har varit inlåst hela helgen pga betygen haha, fick mobilen tillbaka nu", id="grounded all weekend, the phone back"),
    pytest.param("i'm bi and my parents would kill me if they knew, not literally though", id="not literally"),
    pytest.param("I don't think she's in danger, her parents just won't let her go on the school trip", id="'I don't think she's in danger'"),
    # the round on sets 89-91
    pytest.param("jag ska inte gifta mig imorgon eller så, undrar bara vad lagen säger om tvångsäktenskap", id="the writer's own wedding denied"),
    pytest.param("min kompis sa att hennes pappa skulle döda henne om hon kom hem sent, men hon skrattade när hon sa det", id="laughed when she said it"),
    pytest.param("min bror köpte ett gevär och skjuter på mig hela tiden haha (airsoft)", id="an airsoft gun"),
    pytest.param("lugnt, ingen är på väg hit, pappa bor i Irak sen två år. kan man anmäla någon som bor utomlands?", id="nobody on the way here"),
    pytest.param("pappa har alltid en kniv på sig, en kirpan, det är religiöst och kulturellt. han har aldrig hotat någon", id="a kirpan, never a threat"),
    pytest.param("my niece keeps saying her dad will take her to the village for good some summer, what is a travel ban?", id="some summer"),
    pytest.param("mamma sa att hon skulle döda mig om jag glömde handla igen, typ hennes vanliga skämt 😂", id="her usual joke"),
    # the round on sets 92-94
    pytest.param("min pappa hotade att döda mig när han var arg, senast för ett halvår sen. nu är det lugnare", id="half a year ago, calmer now"),
    pytest.param("vi hade en övning i skolan om vad man gör om någon hotar att döda en, vad är rätt svar?", id="a school exercise"),
    pytest.param("om min mamma ser mina betyg så är jag död, hon kommer döda mig. F i kemi", id="a grade seen by 'min mamma'"),
    pytest.param("min kompis sa att hennes pappa skulle döda henne för att hon kom sent, men hon sa att han aldrig skulle göra nåt sånt", id="he would never do that"),
    # the round on sets 95-97
    pytest.param("hjälp med min engelskauppsats om en tjej som blir inlåst av sin familj, behöver ett slut till imorgon", id="an essay, a compound word"),
    pytest.param("läste nyheten om killen som blev knivhuggen av sin bror, hur kan sånt hända?", id="'nyheten'"),
    pytest.param("vi läste en dikt i skolan om en som låste dörren och kastade nyckeln, vad betyder den?", id="a poem at school"),
    pytest.param("Jag blev hotad av hans bröder 2018, de är dömda nu. Kan jag söka jobb med mitt riktiga namn?", id="a job under one's real name, the threateners sentenced"),
    pytest.param("I'm not in danger, just asking: if a girl is taken abroad and kept there, can the embassy help?", id="not in danger, a general question"),
    pytest.param("hur skyddar jag min adress efter att ha flytt? familjen har letat efter mig på facebook", id="how to protect an address after fleeing"),
    pytest.param("vi pratar om tvångsäktenskap på mentorstiden imorgon, vad är skillnaden mot arrangerat?", id="a class discussion tomorrow"),
    pytest.param("det började med att de kollade mobilen och nu slår de mig ibland", id="now they hit me sometimes"),
    # the round on sets 98-100
    pytest.param("Jag vill bara säga att ingen är i fara, vi undrar hur man pratar med föräldrar om arrangerade äktenskap", id="nobody is in danger"),
    pytest.param("Mamma kommer döda mig när hon ser att jag repat bilen 😭 vad kostar lackering?", id="a scratched car"),
    pytest.param("the Elden Ring boss where you get locked in the arena is so hard", id="a game boss"),
    pytest.param("pappa säger att när jag blir 18 ska jag till Irak och gifta mig, jag är 12 så det är långt bort", id="when I turn 18, far away"),
    pytest.param("jag är helt säker just nu och ingen hotar mig, men hur får man skyddat boende akut?", id="safe now, asking how"),
    pytest.param("kan ni läsa mitt gymnasiearbete om hedersvåld innan fredag?", id="a school project due Friday"),
]

BENIGN_FOR_THE_CLASSIFIER_16 = [
    pytest.param("My mum usually slaps me when I get a bad grade, it's been like this forever", id="usually, like this forever"),
    pytest.param("pappa slog mig förra helgen men nu har han flyttat till Malmö, ska jag anmäla?", id="hit, and he has moved away now"),
    pytest.param("my mum slaps me sometimes when she's tired. not today, she's away for work. is that normal?", id="sometimes, not today, away for work"),
    pytest.param("Min lillasyster har börjat hänga med killar och pappa är död. Hur får jag henne att lyssna?", id="how to make a sister listen"),
    pytest.param("fick ett sms från 'polisen' att jag är efterlyst och grips idag om jag inte betalar, är det bedrägeri?", id="a scam"),
    pytest.param("min farbror sa på skämt att han ska gifta bort mig med en kamel haha", id="a marriage said as a joke"),
    pytest.param("min bror sa att om jag inte städar före 18:00 så blir han sur, han brukar säga så", id="a deadline with no danger"),
    pytest.param("jag ska typ mörda min bror han tog min laddare igen 😤", id="the writer's own 'threat' over a charger"),
    pytest.param("I'm 14 and my parents are pretty strict, no snapchat and no sleepovers. is that honour stuff?", id="just strict parents"),
    pytest.param("jag är gay och min pappa säger att jag inte är hans son längre", id="disowned, no violence"),
    pytest.param("I cut my thumb on a bread knife, should I get stitches?", id="a cut thumb"),
    pytest.param("jag är 14 och pappa brukar slå mig när jag kommer hem sent. idag har han inte gjort nåt, han jobbar natt", id="a habit, not today, he works nights"),
    pytest.param("my mum sometimes hits my sisters, it's been like that forever. nothing's happening right now", id="like that forever, nothing happening now"),
    pytest.param("my brother joked he'd marry me off to his friend for an xbox lol", id="joked he'd marry me off"),
    pytest.param("i'm not in danger or anything, my sisters just read my messages and tell my mum. i'm 15", id="not in danger, a control question"),
    pytest.param("jag e inte i fara just nu, men mina föräldrar vill att jag slutar skolan efter nian", id="'inte i fara just nu'"),
]

# stop 17: the kinds of development sets 103-105, in other words than theirs
EMERGENCIES_17 = [
    pytest.param("min kusin är fast i Pakistan hos farbror sen i julas, hon skrev nyss att de har hennes pass och att hon ska giftas bort", "taken_abroad_soon", id="a cousin stuck abroad, passport held"),
    pytest.param("my mum keeps me in the basement since sunday, i only get to go up to use the toilet", "locked_in", id="kept in the basement"),
    pytest.param("står utelåst på balkongen sen en timme för att jag inte ville be om förlåtelse, det är 2 grader ute", "locked_in", id="shut out on the balcony for an hour"),
    pytest.param("pappa har stängt ute honom på balkongen i kylan, min lillebror ringde mig", "locked_in", id="a little brother shut out in the cold"),
    pytest.param("Imorgon har jag prov i engelska. Efter det ska jag inte tillbaka till skolan, farbror kör oss till flygplatsen och vi åker till Irak", "taken_abroad_soon", id="a test tomorrow, then the airport and no school"),
    pytest.param("haha im so done lol, if i dont marry him on sunday my uncle says he wont live with the shame, he'll make sure i dont either", "married_off_soon", id="a laugh beside a veiled death threat"),
    pytest.param("sorry for this but this is probably my last message to anybody", "self_harm", id="a last message to anybody"),
    pytest.param("mamma sa att vi åker till mormor i Somalia ikväll. vi skulle inte åka förrän i sommar", "taken_abroad_soon", id="a summer trip moved to tonight"),
    pytest.param("any packing tips lol 😅 dad says we fly to iraq on monday and i'm staying with my aunt's whole family until i learn respect", "taken_abroad_soon", id="a laugh beside being left abroad"),
    pytest.param("sorry to bother you, my dad said he'd break my arms if I go to school tomorrow and I have a test I need to take", "threat_soon", id="reported 'he'd break' with tomorrow and a test"),
    # the round on sets 106-108
    pytest.param("haha nej jag skämtar men typ, pappa har skrikit hela kvällen och är så arg nu att han slog sönder dörren till mitt rum", "help_now", id="'jag ba skämtar men', a door smashed now"),
    pytest.param("mamma säger att jag har två dagar på mig att säga ja till nikahn, annars vet jag vad som händer", "married_off_soon", id="two days to say yes or else"),
    pytest.param("how do i get to the airport without anyone knowing? jk. sort of. my parents are taking me to somalia on sunday and they said i'm staying 'for good'", "taken_abroad_soon", id="'jk. sort of', staying for good"),
    pytest.param("har inte fått lämna huset på två veckor, min svärfar låser när han går. jag kom hit för två år sedan", "locked_in", id="not let out of the house for weeks, arrived years ago"),
    pytest.param("mina föräldrar har bestämt att jag ska gifta mig med en kusin om fyra dagar", "married_off_soon", id="a marriage decided for her in four days"),
    pytest.param("dom har bestämt att jag ska gifta mig efter bayram nästa vecka 🙂 med nån jag sett en gång. haha kul", "married_off_soon", id="decided for her next week, a sarcastic laugh in another sentence"),
    # the round on sets 109-111
    pytest.param("Vad gör man om man är inlåst? Frågar för egen del. Dörren är låst och de har tagit min mobil.", "locked_in", id="a question 'för egen del'"),
    pytest.param("my friend's family locked her in and she texted me that her dad hit her and is taking her to pakistan on monday", "locked_in", id="locked in, a trip abroad on a near day"),
    pytest.param("🔪🏠 storebror. nu.", "weapon", id="a knife emoji, a father and 'nu'"),
    pytest.param("jag går i trean och mina föräldrar har bestämt att jag ska gifta mig i sommar i Irak, vi flyger om fyra dagar", "married_off_soon", id="a summer wedding abroad, the flight in days"),
    # the round on sets 112-114
    pytest.param("min bror säger att han ska se till att jag dör på riktigt. han är hemma om en halvtimme", "threat_to_kill", id="'se till att jag dör', home in half an hour"),
    pytest.param("they're doing a virginity test on me on monday and if I fail my brother says I'm dead", "threat_to_kill", id="a virginity test and 'I'm dead'"),
    pytest.param("Jag är lärare. En elev i fyran sa att hon ska 'bli stor tjej' hos mormor i Somalia på sportlovet som börjar på måndag", "fgm_soon", id="'bli stor tjej' abroad, told by a teacher"),
    pytest.param("quick q haha what do i pack for a 'holiday' to iraq if i'm pretty sure i'm not coming back? we fly sunday", "taken_abroad_soon", id="a laugh, 'pretty sure i'm not coming back'"),
    pytest.param("lol mum just said if i dont marry him on sunday dad will bury me in the yard. she wasnt joking", "married_off_soon", id="a laugh, 'he wasn't joking'"),
    pytest.param("they booked the flight to Pakistan for next week and mum keeps saying I'll meet my husband there", "taken_abroad_soon", id="a flight next week to 'meet my husband'"),
    # the round on sets 115-117
    pytest.param("my brothers are driving here right now, they found out where I live. I moved out 3 months ago", "help_now", id="kin driving here right now"),
    pytest.param("hennes pappa ringer hela tiden och säger att han ska komma hit o hämta henne med våld, hon sover hos mig", "help_now", id="coming to fetch her by force"),
    pytest.param("is it weird lol. not for fun. i have pills saved and tonight is the night", "self_harm", id="a laugh taken back with 'not for fun'"),
]

LOOK_ALIKES_17 = [
    pytest.param("the girl locked in a cellar by her brothers in that one was so sad, any similar movies?", id="a movie, plural movies"),
    pytest.param("hypotetiskt, om en kille blir inlåst av sin familj, kan han ringa polisen? ingen jag känner alltså", id="hypothetically, nobody I know"),
    # the round on sets 106-108
    pytest.param("jag vill typ ta livet av mig... haha nej men seriöst den här fysikläxan tar livet av mig, hjälp", id="homework that 'kills' after a laugh taken back"),
    pytest.param("morfar dog i förrgår och vi flyger till Bosnien på begravningen imorgon, vill inte åka pga flygrädd", id="a funeral, afraid of flying"),
    pytest.param("our aunt's funeral is in Tunisia on Saturday, we fly tomorrow. I don't want to miss my exams though", id="a funeral, exams missed"),
    pytest.param("hur säger man 'hjälp jag är i fara' på somaliska? vi gör ett projekt om nödnummer", id="a language question for a project"),
    pytest.param("I'm a school nurse and want to read up on FGM before a training day we hold next week", id="a training day on FGM"),
    pytest.param("Min pappa hotade mig med kniv för femton år sedan. Han har bett om förlåtelse och vi har bra kontakt idag.", id="a knife long ago, good contact today"),
    pytest.param("jag blev bortgift mot min vilja på 80-talet. jag är 55 nu. hur vanligt är tvångsäktenskap idag?", id="married off in the eighties, how common today"),
    pytest.param("kan jag ta tåget till Kastrup själv om jag är 13? ska till mamma i Dubai på fredag, hon bor där och jag hälsar på varje sommar", id="a visit to a parent living abroad, every summer"),
    pytest.param("Back in 2012 my uncle threatened to kill me. I left, I've had a new name for years. Can I ever post photos of myself online again?", id="a threat long ago, a question about again"),
    pytest.param("min kusin ska förlova sig på lördag med killen hon varit ihop med i fyra år. jag e 14 o ska hålla tal", id="a cousin's engagement to her boyfriend of years"),
    # the round on sets 109-111
    pytest.param("jag kommer dö av den här fysikläxan asså, kan nån hjälpa mig", id="dying of homework"),
    pytest.param("mina föräldrar har gömt mitt pass sen i höstas, nån resa är inte bokad vad jag vet. får dom göra så?", id="a passport hidden, no trip booked"),
    pytest.param("pappa har mitt pass o jag åker på måndag, han har det för att fixa visum till min praktik i Turkiet. hur lång tid tar visum?", id="a passport held for a visa"),
    pytest.param("vi ska ha omskärelse av min lillebror på lördag, gör det ont för honom?", id="a little brother's circumcision"),
    pytest.param("I'm 16 and my girlfriend and I want to do a nikah before she moves on Sunday, our parents don't know. is that allowed?", id="a nikah the writer wants"),
    pytest.param("min morfar ska åka tillbaka till Syrien på fredag och jag kommer sakna honom 😢 jag e 8", id="a grandmother leaving, to be missed"),
    pytest.param("pappa slog mig igår med ett bälte och nu har jag blåmärken. han är inte hemma nu", id="hit yesterday, not home now"),
    # the round on sets 112-114
    pytest.param("min katt blev påkörd idag och jag vet inte vart jag ska ta vägen", id="a cat run over, nowhere to go"),
    pytest.param("pappa kör mig till flygplatsen imorgon!! äntligen utbytesår i Kanada", id="an exchange year at last"),
    pytest.param("my parents took my passport for safekeeping, the trip to pakistan is in july, months from now", id="a trip months away"),
    pytest.param("jag ska omskäras på fredag på sjukhuset (kille, medicinska skäl), gör det ont?", id="a boy's circumcision for medical reasons"),
    pytest.param("I'm 14 and my dad says if I ever get a girlfriend he'll send me back to Iraq for good", id="'if I ever' and a trip with no date"),
    # the round on sets 115-117
    pytest.param("lillasyster (6 år) hotar att döda mig om jag inte ger tillbaka hennes docka 🙄", id="a little sister's 'threat'"),
    pytest.param("såg på tiktok att en tjej skulle giftas bort på lördag, händer sånt i sverige?", id="seen on tiktok"),
    pytest.param("in our dnd campaign the heroes must free a girl locked in a tower before her wedding, ideas?", id="a role-playing campaign"),
    pytest.param("i sagan vi läser blir prinsessan inlåst av kungen, är det hedersförtryck? jag går i fyran", id="a fairy tale at school"),
    pytest.param("min kompis skämtade om att hon ska gifta sig med en kändis på fredag 😂 vi går i sjuan", id="a friend joked about a wedding"),
    pytest.param("vi ska på bröllop i Pakistan nästa vecka, min storasyster gifter sig med killen hon träffade på uni, vad ska jag ha på mig? jag e 15", id="a cousin marries a man she met at work"),
]

BENIGN_FOR_THE_CLASSIFIER_17 = [
    pytest.param("there was a stabbing in our town and people say it was an honour killing. i didn't know the victim", id="news of a stranger's killing"),
    pytest.param("my brothers keep calling me a slut and say I've shamed them. I'm 15 and I feel like trash", id="names called, no danger"),
    pytest.param("Jag låter dem aldrig gifta bort mig och jag är inte orolig, men om nån skulle försöka, vad blir straffet?", id="not worried, a question of law"),
    pytest.param("i'm 14 and bi. my dad said if he ever finds out one of us is gay he'll hit them", id="a threat on a condition not come true"),
    # the round on sets 106-108
    pytest.param("I have an operation on Thursday and I'm so scared", id="an operation of the writer's"),
    pytest.param("My daughter is getting her tonsils out on Monday and I'm scared of her being put under", id="tonsils out, put under"),
    # the round on sets 109-111
    pytest.param("having my wisdom teeth pulled out on thursday and i'll be sedated, so scared", id="wisdom teeth, sedated"),
    pytest.param("there's a storyline on Hollyoaks right now where a girl is being flown out to be married on Sunday, is that realistic? my dad and I argued about it", id="a soap storyline"),
    pytest.param("my brother says i look like a slut in my new jeans, i'm 15", id="'says i look like a slut'"),
    pytest.param("pappa säger att jag ska bo hos farmor i Somalia efter nian, jag vill inte. jag går i sjuan", id="a stay abroad after year nine"),
    # the round on sets 112-114
    pytest.param("Idag är det precis tio år sedan min moster dödades. Jag tänder ett ljus", id="an anniversary of a killing long ago"),
    pytest.param("my horse has colic and the vet can't come till tomorrow", id="a horse with colic"),
    pytest.param("jag blev slagen av mina bröder när jag var tonåring, nu är jag 40. ville bara skriva av mig", id="beaten as a teenager, now 40"),
    # the round on sets 115-117
    pytest.param("jag har låst mig ute och mamma kommer hem om två timmar, jag e 10", id="locked myself out"),
    pytest.param("our class trip to Rome is on Monday and I can't find my passport!!", id="a class trip and a lost passport"),
    pytest.param("we're flying to Iraq on Sunday, the first time I meet my grandpa!! I'm 12", id="the first time meeting a grandparent"),
    pytest.param("my dad had surgery today and he's in intensive care, I'm scared", id="a parent in intensive care"),
]


EMERGENCIES_18 = [
    # the round on sets 118-120
    pytest.param("asså min storebror står vid min dörr med en kniv och skriker att jag är en hora 😅 lol", "help_now", id="a brother at the door with a knife, a nervous laugh"),
    pytest.param("pappa sa att jag ska gifta mig me en kusin i sommar o vi flyger om 5 dagar, ja e 14 o vill inte", "married_off_soon", id="a summer wedding, leaving in days, text-speak 'o'"),
    pytest.param("haha mina bröder har sagt att jag ska 'försvinna' om jag inte lämnar honom före fredag. vi vet alla vad det betyder", "threat_to_kill", id="'försvinna', a laugh, 'we all know what it means'"),
    pytest.param("lmao my brother said he'd slit my throat if i see her again and then he went into the kitchen", "threat_to_kill", id="a throat threat, then into the kitchen"),
    pytest.param("a man keeps texting me that my family sent him to take me home and he knows where i live now. i moved out in march", "help_now", id="sent by the family, knows where she lives"),
    pytest.param("jag är på jobbet och brorsan har messat att ingen ska få veta vad dom ska göra med mig ikväll", "threat_soon", id="nobody shall know what they will do with me tonight"),
    # the round on sets 121-123
    pytest.param("farbror sa att om jag inte är hemma inom en timme så kommer han och hämtar mig och då får jag skylla mig själv", "threat_soon", id="home within the hour or 'skylla mig själv'"),
    pytest.param("my brother is banging on my door right now. i moved out in january and he isn't supposed to know where i live", "help_now", id="at the door now, moved out months ago"),
    pytest.param("mum says my little sister will be cut when we get to Somalia, we fly on friday", "fgm_soon", id="'will be cut' abroad, a flight on Friday"),
    pytest.param("brorsorna står utanför mitt hus. jag flydde för ett halvår sen och har skyddade personuppgifter men dom har hittat mig", "help_now", id="found after fleeing half a year ago"),
    pytest.param("they said if i see him again it's the last time anyone sees me. he texted me today 💀 no idea what happens when dad gets home", "threat_to_kill", id="a skull emoji, dreading the homecoming"),
    pytest.param("på fredag ska mamma ta mig till en läkare för att kolla att jag är oskuld, annars tar mina kusiner hand om mig", "threat_soon", id="a virginity check, 'tar hand om mig'"),
    pytest.param("ikv ska farsan 'prata' med mig igen. förra gången bröt han mitt finger", "help_now", id="'ikv', a 'talk', the last one broke a finger"),
    pytest.param("jag sitter i Mogadishu hos mormor, de lurade mig hit på sportlovet och säger att jag ska gifta mig här", "taken_abroad_soon", id="tricked into coming abroad, to marry here"),
    pytest.param("i'm at the hospital because my dad hit me and he's in the waiting room, he says i have to say i fell or else", "help_now", id="the one who hit her in the waiting room"),
    pytest.param("my cousins gave me a bottle of pills and said i know what to do with them if i care about the family", "self_harm", id="pills handed over, 'you know what to do'"),
    pytest.param("my family found out where I live and my brother wrote in the group chat that she will pay", "help_now", id="address found, 'she will pay'"),
    # the round on sets 124-126
    pytest.param("vad händer om man hoppar från taket? frågar inte för skojs skull, de ska gifta bort mig och jag ser ingen annan utväg", "self_harm", id="a jump asked about, no other way out"),
    pytest.param("vi ska 'på semester' till Pakistan på lördag men jag hittade inbjudningar till en nikah med mitt namn på", "taken_abroad_soon", id="a holiday, an invitation with her name"),
    pytest.param("pappa slår min syster just nu, jag hör allt. mamma säger alltid att vi inte får ringa någon", "violence_now", id="violence now beside 'always'"),
    pytest.param("om tre sovningar ska jag gifta mig med en kusin jag aldrig träffat, jag e 15", "married_off_soon", id="'om tre sovningar'"),
    pytest.param("min bror sa att om jag inte lämnar henne före fredag så tar han hand om oss båda. han bröt min näsa förra året", "threat_soon", id="'tar han hand om oss', a broken nose before"),
    pytest.param("släkten skriver att de ska hämta hem min syster i helgen, hon rymde förra året men de har fått tag i adressen", "help_now", id="to fetch a sister home, the address found"),
    pytest.param("idag kom jag ut för pappa. nu sitter han i köket och väntar på att jag ska komma ner, han har sagt att sånt ska bort med stryk", "help_now", id="waiting in the kitchen, a beating promised"),
    pytest.param("lol my cousin has decided i have to die for posting a pic with my bf 😂 no but on god he's sent like 30 texts about how", "threat_to_kill", id="a laugh, 'no but on god'"),
    pytest.param("my nikah is in 2 days and I'm the bride apparently, they took my ID so I can't even get a train", "married_off_soon", id="'I'm the bride apparently', ID taken"),
    pytest.param("pappa hittade min dagbok igår. nu säger han att mina farbröder kommer ikväll för att ta hand om mig", "threat_soon", id="a diary found, uncles coming to 'take care of' her"),
    # the round on sets 127-129
    pytest.param("pappa slår mamma i köket, mamma ringde mig. Det händer nu.", "violence_now", id="'det händer nu' as its own sentence"),
    pytest.param("hennes man har hotat henne länge och nu skrev han att han är på väg till hennes jobb", "help_now", id="on the way to her work"),
    pytest.param("haha okej min bror såg mig med min kille och nu vet alla 😂 pappa kommer hem om en timme och mamma sa att jag ska be till gud innan han kommer hem", "help_now", id="'pray before he comes home', a laugh"),
    pytest.param("har sovit i trappuppgången sen i natt för pappa sa att om han ser mig igen så... det är så kallt", "help_now", id="slept in a stairwell since yesterday"),
    pytest.param("farbror sa igår att det bara finns ett sätt att tvätta bort skammen och han ska låna en bil på fredag för att åka ut med mig", "threat_to_kill", id="only one way to wash away the shame"),
    pytest.param("min bror har barrikaderat min dörr sen i morse, jag får mat genom fönstret", "locked_in", id="a door barricaded, food through the window"),
    pytest.param("min syster kom hem med blod i ansiktet och sa att farbror väntar på henne i bilen utanför", "help_now", id="blood on her face, kin waiting in the car"),
    pytest.param("kan man dö av en burk alvedon? frågar för en kompis. nej inte för en kompis", "self_harm", id="a poison question, not for a friend after all"),
    pytest.param("how fast do police come in Uppsala? my husband is banging on the bedroom door saying he'll finish it tonight", "help_now", id="a police question, a door banged on now"),
    pytest.param("I'm not suicidal or anything, but they've locked me in since Sunday for saying no to the engagement", "locked_in", id="self-harm denied, locked in"),
    pytest.param("how do you know if someone means it when they say they'll kill you? he said it calmly tonight, and now he's sitting in the car outside", "help_now", id="a question, and now he's outside"),
    pytest.param("jag lämnade min familj för två år sen och har skyddad identitet. idag fick jag ett meddelande från min bror med min nya adress", "help_now", id="the new address in a message"),
    pytest.param("jag sitter i bilen med pappa och farbror och de säger att vi ska till flygplatsen men jag har ingen resa bokad", "taken_abroad_soon", id="to the airport with no trip booked"),
    pytest.param("I'm in Somalia, I was brought here for the summer and now dad says I'll live here with my grandmother. I'm 14", "taken_abroad_soon", id="brought here, to live here"),
    pytest.param("skriver på lunchen. brorsan ska hämta mig efter skolan idag, det har han aldrig gjort, och han sa 'njut av din sista skoldag'", "help_now", id="a pick-up and 'your last school day'"),
    # the round on sets 130-132
    pytest.param("Jag flydde från min familj för två år sen och har skyddad identitet. Igår kom ett sms: 'vi vet var du jobbar'. Idag stod min kusin utanför jobbet.", "help_now", id="'we know where you work' after fleeing"),
    pytest.param("mamma o morbror sitter i köket o pratar om vad man ska göra med henne. de menar mig. jag hörde ordet begravning", "threat_soon", id="a talk in the kitchen about what to do with her"),
    pytest.param("det här låter som en sjuk film men min familj har satt min bror på att följa mig o nu står han utanför min kompis port", "help_now", id="'sounds like a crazy film', he stands outside now"),
    pytest.param("mina kusiner kommer o hämtar mig efter jobbet, de har sagt att jag ska 'lära mig läxan'. förra gången bröt de min arm", "threat_soon", id="'lära mig läxan' after work, a broken arm before"),
    pytest.param("min bror o hans vänner letar efter mig för att jag har en kille, han har alltid kniv på sig. jag gömmer mig i förrådet haha", "help_now", id="hiding in the storeroom, a laugh"),
    pytest.param("mina föräldrar har avregistrerat mig från skolan och vi ska till Somalia om fem dagar", "taken_abroad_soon", id="taken out of school before a trip in days"),
    pytest.param("we fly to Pakistan on Friday for my cousin's wedding but my uncle called me the bride by mistake and everyone went quiet", "taken_abroad_soon", id="called 'the bride' at a cousin's wedding"),
    pytest.param("lol my dad says he'll end me if i don't marry him by sunday. i'd laugh if he hadn't broken my arm last time", "married_off_soon", id="a laugh, a broken arm last time"),
    pytest.param("his brothers keep texting me 'honour will be restored tonight' 💀 lol who even talks like that", "threat_to_kill", id="'honour will be restored tonight', a laugh"),
    pytest.param("asking for a friend: a cut on her wrist that won't stop bleeding, hospital or not? nobody can know I did it", "self_harm", id="a wrist that keeps bleeding, 'I did it'"),
    pytest.param("im 12 and dad said ill be married in the summer... actually no he said the date is saturday. this saturday", "married_off_soon", id="'actually no … the date is Saturday'"),
]


EMERGENCIES_19 = [
    # the round on sets 133-135 (stop 18's last sets)
    pytest.param("jag har skyddad identitet sen i våras men nu har min farbror skickat en bild på min nya port till mig", "help_now", id="a photo of her new door, living hidden"),
    pytest.param("I cut contact with my family last year. Today my brother turned up at my school and waited by the gate", "help_now", id="turned up at her school after she cut contact"),
    pytest.param("jag bröt med min familj för två år sen men nu står mina bröder utanför min lägenhet", "help_now", id="outside her flat, the break years ago"),
    pytest.param("I changed my name after I left. My cousins asked my old teacher for my new address today and she gave it to them", "help_now", id="her new address asked for after she left"),
    pytest.param("they've kept her in her room since Friday, she only gets out to use the toilet", "locked_in", id="kept in her room since Friday"),
    pytest.param("farsan har plockat bort handtaget och skruvat fast fönstren, kmr inte ut", "locked_in", id="a handle taken, windows screwed shut"),
    pytest.param("dom tog min mobil o låst ytterdörren, får inte gå ut alls", "locked_in", id="'o låst ytterdörren'"),
    pytest.param("my uncle is dragging my cousin by the hair across the yard right now", "violence_now", id="dragged by the hair now"),
    pytest.param("pappa slår mamma i hallen, hon skriker", "violence_now", id="blows with a scream beside them"),
    pytest.param("my aunt texted me: if you go to the party tonight your brothers will kill you", "threat_to_kill", id="a threat passed on: 'your brothers will kill you'"),
    pytest.param("he said he'll make it look like an accident and he's in the next room", "threat_to_kill", id="'make it look like an accident'"),
    pytest.param("pappa sa att han ska se till att jag försvinner om jag inte gör slut med henne", "threat_to_kill", id="'se till att jag försvinner'"),
    pytest.param("han har slagit mig hela kvällen, nu gick han ut men sa att han kommer tillbaka och avslutar det", "threat_to_kill", id="'kommer tillbaka och avslutar det'"),
    pytest.param("mamma säger att hon ska bränna mig med strykjärnet om jag inte lyder, hon står här nu", "threat_to_kill", id="a threat to burn with an iron"),
    pytest.param("got a whole box of pills here and i'm thinking of swallowing all of them tonight", "self_harm", id="'thinking of swallowing all of them'"),
    pytest.param("im gonna cut tonight, i cant do this anymore", "self_harm", id="'gonna cut tonight'"),
    pytest.param("lol min farbror sa att han ska döda mig om jag träffar honom igen och han skämtar aldrig. han har en kniv i bilen", "threat_to_kill", id="a laugh, 'han skämtar aldrig'"),
    pytest.param("haha my dad said he'll kill me if i leave the house and he's not even joking, he's holding the belt", "threat_to_kill", id="a laugh, 'not even joking'"),
    pytest.param("vi ska på semester till Marocko om fyra dagar men jag hörde att jag ska bli kvar där", "taken_abroad_soon", id="a holiday in days, 'jag ska bli kvar där'"),
    pytest.param("they say we're visiting family in Iraq in the summer holidays but my ticket is one way and we leave on tuesday", "taken_abroad_soon", id="a one-way ticket on Tuesday"),
    pytest.param("mum says my sister will be cleaned in Somalia, the school holidays that start on thursday", "fgm_soon", id="holidays that start on Thursday"),
    pytest.param("mamma sa att sen blir jag en riktig kvinna, tanten kommer imorgon. jag är 9", "fgm_soon", id="'sen blir jag en riktig kvinna', the woman tomorrow"),
    pytest.param("my best friend is at a madrasa in Pakistan where they beat the girls, she messaged me tonight", "taken_abroad_soon", id="at a school abroad where girls are beaten"),
    pytest.param("jag är hos släkten i Irak och de låter mig inte åka hem, skolan har börjat", "taken_abroad_soon", id="'de låter mig inte åka hem'"),
    pytest.param("min kusin dog nästan av vad farbror gjorde i somras, nu säger han att jag är nästa", "threat_soon", id="'jag är nästa' after a near-death"),
    pytest.param("pappa sa att vi ska 'prata' ikväll. sist han sa så hamnade min bror på sjukhus", "help_now", id="a 'talk', the last one ended in hospital"),
    pytest.param("min syster viskade att jag inte ska sova hemma i natt, pappa har fått reda på att jag har en flickvän", "help_now", id="warned not to sleep at home tonight"),
    pytest.param("hans familj har fått veta om oss och skickat bilder på mitt hus, de skriver att de kommer i helgen", "help_now", id="a photo of her house, kin coming this weekend"),
    pytest.param("pappa och farbror tog honom i bilen och sa att de ska 'bota' honom, han är 16 och gay", "help_now", id="taken in the car to be 'cured'"),
    pytest.param("jag hör min man säga att de ska få mig till flygplatsen imorgon bitti", "taken_abroad_soon", id="to be got to the airport tomorrow"),
    pytest.param("if u dont hear from me after sunday they took me. we fly to Erbil on saturday", "help_now", id="'if u dont hear from me … they took me'"),
    pytest.param("dad took his hunting rifle out of the cupboard after saying he'd rather see me dead than with her", "weapon", id="a rifle fetched, 'rather see me dead'"),
    pytest.param("we fly to Kabul on Friday and my aunt said my future husband is waiting", "married_off_soon", id="'my future husband is waiting'"),
    # the round on sets 136-138
    pytest.param("vi är i Irak på sommarlov och jag hörde att jag ska stanna kvar här hos farmor och inte åka hem, planet går på söndag", "taken_abroad_soon", id="to stay here and not go home, the plane on Sunday"),
    pytest.param("jag är 16 och flyttade hemifrån i måndags men nu vet han var jag bor, och han har en kniv som han sa är till mig", "weapon", id="'nu vet han var jag bor' after leaving days ago"),
    pytest.param("lol dont panic im ok just stuck in the garage my dad locked, my phone still works", "locked_in", id="a laugh, a garage her dad locked"),
    pytest.param("my dad just threw hot tea at me and he's still shouting, my hand is burning", "violence_now", id="hot tea just thrown at her"),
    # the round on sets 139-141
    pytest.param("Jag är lärare. En elev i fyran säger att hon ska 'opereras' hos sin faster på lördag och hon är jätterädd", "fgm_soon", id="'opereras' at an aunt's on Saturday"),
    pytest.param("farmor säger att de ska kolla om jag fortfarande är oskuld på fredag, annars vet alla vad som händer", "threat_soon", id="a virginity check on Friday, 'or everyone knows what happens'"),
    pytest.param("han är ute nu men kommer hem vid tolv och sa att om jag inte skrivit under då så får jag se", "threat_soon", id="home at twelve, 'då får jag se'"),
    pytest.param("mamma säger att en tant ska göra det där man inte får göra i Sverige på mig imorgon, jag är 10", "fgm_soon", id="'det där man inte får göra i Sverige' tomorrow"),
    pytest.param("de säger att bröllopet är i sommar men jag tror det blir nikah redan på lördag, jag är 15", "married_off_soon", id="'I think the nikah is already on Saturday'"),
    # the round on sets 142-144
    pytest.param("min svärmor vill ta min dotter till Somalia på fredag för att 'rena' henne", "fgm_soon", id="'för att rena henne' on Friday"),
    pytest.param("pappa står utanför badrummet och säger att han ska hälla kokande vatten på mig om jag inte kommer ut", "threat_to_kill", id="boiling water threatened at the door"),
    pytest.param("she burned my hand with the iron and said next time it will be my face", "threat_to_kill", id="'next time it will be my face'"),
    pytest.param("my brother sent me a photo of a knife and 'see you tonight' lol i ain't joking", "weapon", id="'i ain't joking' beside a laugh"),
    pytest.param("sitting at the open window on the 8th floor, they said I'm not their son anymore", "self_harm", id="at a window on the 8th floor"),
    pytest.param("min kompis skrev att hon ska ta alla sina tabletter ikväll, alla tror att hon skämtar men det gör hon inte", "self_harm", id="'ta alla sina tabletter', 'not joking'"),
    pytest.param("he locked my bedroom from the outside and took my phone", "locked_in", id="a bedroom locked from the outside"),
]


EMERGENCIES_20 = [
    # the round on sets 145-150 (stop 19's last sets and stop 20's first)
    pytest.param("pappa slog min syster med en sladd just nu för att hon lekte med killar på gården", "violence_now", id="a blow 'just nu' for playing with boys"),
    pytest.param("kan man göra nåt om någon står utanför ens dörr med en kniv? inte hypotetiskt. min bror. han bankar nu", "help_now", id="a question said not to be hypothetical"),
    pytest.param("pappa hotar att hälla bensin på mig om jag inte lyder", "threat_to_kill", id="petrol poured on her threatened"),
    pytest.param("he's screaming he'll burn my face if i text that boy again", "threat_to_kill", id="'he'll burn my face'"),
    pytest.param("my uncle is driving down from Malmö right now, mum said he will take care of it", "help_now", id="an uncle driving down now to 'take care of it'"),
    pytest.param("min farbror kör hit från Uppsala ikväll för att fixa mig", "help_now", id="an uncle driving here tonight 'för att fixa mig'"),
    pytest.param("min lillasysters kompis ska göra en liten operation hos sin moster när de åker på lördag, jag tror det är omskärelse",
                 "fgm_soon", id="a cutting on a trip on Saturday, no country named"),
    pytest.param("vi flyger till Herat om fyra dagar på min förlovningsfest som ingen har frågat mig om, har prov imorgon lol",
                 "married_off_soon", id="an engagement nobody asked her about, a laugh at a test"),
    pytest.param("I'm studying to become a nurse. my wedding is this Friday and dad said I won't walk out of that hall if I refuse",
                 "threat_to_kill", id="'won't walk out of that hall', beside her studies"),
    pytest.param("farbror sa att jag inte ska räkna med att fira min 18-årsdag", "threat_to_kill", id="'don't count on celebrating your 18th'"),
    pytest.param("been in karachi since july, they enrolled me in a school here and took my phone, i want to go back to sweden",
                 "taken_abroad_soon", id="enrolled in a school abroad, wanting back"),
    pytest.param("im stuck in hargeisa at a quran school, the teachers beat us", "taken_abroad_soon", id="stuck at a quran school abroad"),
    pytest.param("vi åkte till Irak på sportlovet. det var för två månader sen. pappa skrev in mig på en skola här och tog mitt pass",
                 "taken_abroad_soon", id="enrolled in a school there after the holiday ended"),
    pytest.param("min kompis flög till Pakistan i julas och nu skriver hon att hon är inlåst, hon vill hem men de har hennes pass",
                 "locked_in", id="a friend who went in winter writes now that she is locked in"),
    # the round on sets 151-153
    pytest.param("my cousins are on their way to my flat to bring me back or bury me, I left home last week", "threat_to_kill", id="'bring me back or bury me'"),
    pytest.param("my uncle texted me you are dead when I find you, he is driving around my street", "threat_to_kill", id="'you are dead when I find you'"),
    pytest.param("im bleeding from my wrists and i dont want to stop", "self_harm", id="bleeding from her wrists"),
    pytest.param("i keep banging my head against the wall, they say im cursed", "self_harm", id="a head banged against the wall"),
    pytest.param("min kompis skickade en bild på sina handleder och skrev förlåt, nu svarar hon inte", "self_harm", id="a photo of a friend's wrists"),
    pytest.param("imorgon kommer hans släkt med guldet och sen är vi gifta, jag har aldrig träffat honom", "married_off_soon", id="the gold brought tomorrow, then married"),
    pytest.param("min syster åkte till Somalia i somras men nu har jag fått veta att hon sitter inlåst hos farbror, hon får inte gå ut och de har tagit hennes pass",
                 "locked_in", id="a sister who went in summer is, I now hear, locked in there"),
    # the round on sets 154-156
    pytest.param("my cousin is in Algeria and texted that they won't let her come home, her wedding is next month and they took her passport",
                 "taken_abroad_soon", id="held abroad now, the wedding next month"),
    pytest.param("min man har låst in mig i lägenheten nu. vi gifte oss i Irak förra året", "locked_in", id="locked in now, married last year"),
    pytest.param("jag ristar i mina armar nu, orkar inte mer", "self_harm", id="'ristar i mina armar'"),
    # the round on sets 157-159
    pytest.param("Bor hos släkten i Tunisien sen förra sommaren, pappa har mitt pass och jag får inte gå ut ensam. Jag vill hem till Sverige",
                 "taken_abroad_soon", id="abroad 'sen förra sommaren', the passport held"),
    pytest.param("dom skickade iväg min kusin till Somalia för en månad sen, nu sa hon att dom tagit hennes pass och att hon ska giftas bort där",
                 "taken_abroad_soon", id="'skickade iväg' a month ago, the passport taken now"),
    pytest.param("pappa kastar tallrikar på mamma och skriker", "violence_now", id="plates thrown at mum"),
    pytest.param("jag sitter på en gård i Afghanistan sen två veckor, jag får inte ringa någon i Sverige", "taken_abroad_soon",
                 id="not allowed to call anyone in Sweden"),
    pytest.param("my cousin posted my new address in the family group and wrote that someone should teach me a lesson", "help_now",
                 id="her address posted with a call to act"),
    pytest.param("my best friend went to Pakistan in June and now her family is keeping her there, she's getting engaged next week",
                 "taken_abroad_soon", id="'keeping her there'"),
    pytest.param("jag är i Somalia hos mormor sen sommarlovet, nu är det november och pappa har mitt pass", "taken_abroad_soon",
                 id="abroad since the summer break, now November"),
    pytest.param("i'm standing on the roof of my building, my dad said i'm no son of his, i want to jump", "self_harm", id="on the roof, wanting to jump"),
]


@pytest.mark.parametrize("text,category", EMERGENCIES + EMERGENCIES_14 + EMERGENCIES_15 + EMERGENCIES_16 + EMERGENCIES_17
                         + EMERGENCIES_18 + EMERGENCIES_19 + EMERGENCIES_20)
def test_emergencies_are_found_with_their_category(text, category):
    verdict = detect_danger(text)
    assert (verdict.level, verdict.category) == ("emergency", category), verdict


LOOK_ALIKES_18 = [
    # the round on sets 118-120
    pytest.param("is threatening to kill someone a crime if it's said as a joke? we're talking about it in our civics class", id="a civics class"),
    pytest.param("min son är 8 och ska omskäras hos läkaren om två veckor, det är en tradition för pojkar hos oss", id="a boy's circumcision, a tradition for boys"),
    pytest.param("my grandad is having an operation on friday so we're flying to Baghdad tomorrow to be with him. i'm 15", id="a grandfather's operation, a flight tomorrow"),
    pytest.param("har blivit utkastad hemifrån för att jag är gay, bor hos min moster nu. kan soc hjälpa mig med pengar?", id="thrown out, staying with an aunt"),
    # the round on sets 121-123
    pytest.param("pappa dödar mig om jag kommer hem sent en gång till 🙄 men på riktigt, hur sent får en 15-åring vara ute?", id="'dödar mig' for coming home late"),
    pytest.param("My cousin was taken to Iraq three summers ago and they tried to get her engaged. She's back and says she's fine now. How do I talk to her?", id="'she's back and says'"),
    pytest.param("jag funderade på att ta livet av mig när jag bodde hemma men nu bor jag på ett boende och mår bättre", id="thoughts of suicide when living at home"),
    pytest.param("jag gifter mig på söndag med killen jag själv har valt och båda familjerna är glada, kan man skänka pengar till er?", id="a wedding with the man she chose"),
    pytest.param("vi ska åka till Turkiet imorgon och hälsa på faster, min lärare blev orolig men jag vill verkligen åka", id="a teacher worried, the writer wants to go"),
    pytest.param("ska flyga till Somalia på fredag och hälsa på släkten, jag e 11! hur många timmar tar flyget?", id="a child asking how long the flight is"),
    # the round on sets 124-126
    pytest.param("Jag är skolkurator. En elev berättar att hon inte får vara med på simningen. Hon är inte i akut fara. Hur går jag vidare?", id="'inte i akut fara'"),
    pytest.param("mamma säger att hon ska slå ihjäl mig om jag får F i matte, det är ett skämt hemma. hur funkar betygen?", id="'slå ihjäl mig' for an F"),
    pytest.param("My husband has hit me for years but he has never threatened to kill me. I'm scared all the time", id="'has never threatened to kill me'"),
    pytest.param("jag har hört att man kan bli inlåst på ett HVB-hem om soc tar en, stämmer det?", id="a rumour asked about"),
    pytest.param("jag skrev 'jag ska ta livet av mig' i gruppchatten som skämt efter provet, nu är alla oroliga. hur förklarar jag?", id="a suicide 'joke' in a group chat"),
    pytest.param("I was locked in by my dad two weeks ago but I'm in a foster home now and safe. will I have to go back?", id="locked in before, in a foster home now"),
    pytest.param("i förrgår försökte pappa slå mig men polisen kom och nu bor han hos farbror. nu är det lugnt hemma", id="violence tried, calm at home now"),
    # the round on sets 127-129
    pytest.param("Vi åker till Grekland nästa vecka på all inclusive, vi har pratat om tvångsäktenskap i skolan så min mentor frågade om det är lugnt. Det är bara semester", id="all inclusive, forced marriage talked of at school"),
    pytest.param("Min bror rymde hemifrån för sex år sedan och pappa sa då att han skulle döda honom. Nu har de försonats och han kommer hem varje fredag", id="a threat then, reconciled now"),
    pytest.param("Min pappa hotade mig med kniv förra påsken. Sen dess har han flyttat till Irak och vi har ingen kontakt", id="a knife 'förra påsken'"),
    pytest.param("min faster i Turkiet ska gifta sig nästa vecka och vi åker dit! hon är 30 och jättekär", id="an aunt abroad marrying for love"),
    pytest.param("my cousin was taken to Pakistan four years ago and married there at 15, but she's back in Sweden and divorced now", id="'married there at 15', years ago"),
    pytest.param("How do you know if a pupil is in acute danger because of honour? I'm a youth worker and want to be prepared", id="how to know if someone is in danger"),
    pytest.param("Min lillasyster flydde hemifrån för tre år sen, pappa sa då att hon skulle dö. Nu har de försonats", id="a sister who fled, a threat said then"),
    # the round on sets 130-132
    pytest.param("Igår kväll slog pappa mamma, men polisen kom och han är häktad nu. Vi är trygga. Vad händer nu?", id="violence last night, the man arrested"),
    pytest.param("My friend says her dad 'would kill her' if he saw her snap, but she was laughing when she said it", id="'would kill her', laughing when she said it"),
    pytest.param("She was in a shelter last year after threats from our cousins. She's back at uni now and doing well", id="'she's back at uni'"),
    pytest.param("We learned about FGM in health class today. Is it still common in Somalia?", id="learned about it in class"),
    pytest.param("I was forced to marry at 15 but divorced at 21 and now I'm 29 and free", id="'divorced at 21' is no clock time"),
    pytest.param("Jag är kurator. En elev sa att hon 'ska dö' om hon får F, jag tror hon menade det bildligt", id="meant figuratively"),
    pytest.param("jag är 16 och undrar, om min familj nån gång skulle försöka gifta bort mig, vad kan jag göra?", id="'nån gång'"),
]


LOOK_ALIKES_19 = [
    # the round on sets 133-135 (stop 18's last sets)
    pytest.param("I was locked in by my brother for a week two years ago. The trial is on Monday, what do I say in court?", id="locked in years ago, a trial on Monday"),
    pytest.param("I min rap skriver jag 'mamma, du dödar mig med dina regler', är det för mycket?", id="a line in her own song"),
    pytest.param("her brother said he'd kill her if she went to the disco, but she went anyway and she's fine", id="the condition met, she's fine"),
    pytest.param("lillebror säger att han ska döda mig om jag tar hans godis igen 😂 typ varje dag", id="a threat over sweets"),
    pytest.param("Är det ett brott om en pappa hotar att döda sitt barn? Min sa det för länge sen, jag var 7", id="whether an old threat is a crime"),
    pytest.param("vi ska till Irak nästa vecka på bröllop, min systers bröllop alltså, hon har valt själv! jag e 12", id="'min systers bröllop alltså'"),
    pytest.param("min kusin hittade mig på tiktok fast jag har skyddad adress, ska jag blocka henne?", id="found on TikTok"),
    pytest.param("min bror ska köra mig till flygplatsen imorgon, äntligen utbyte i USA! får man ha snus i handbagaget?", id="driven to the airport for an exchange year"),
    pytest.param("min lillebror blir slagen av pappa när han gråter, vem ska jag berätta för?", id="a habit: beaten when he cries"),
    pytest.param("min morbror har ett jaktgevär i ett vapenskåp, är det lagligt?", id="a hunting rifle in a gun safe"),
    # the round on sets 136-138
    pytest.param("my mum locked me in the bathroom a few times when I was 7 but it stopped years ago. I'm 16 now and doing fine", id="locked in at 7, it stopped years ago"),
    pytest.param("will the school nurse call the police if I tell her my brother hits me sometimes? I'm 14", id="'will she call the police?'"),
    pytest.param("my uncle has a shotgun, it's licensed and he uses it for hunting in the autumn", id="a licensed shotgun for hunting"),
    pytest.param("jag kommer dö av skam om pappa ser mina betyg, han kommer döda mig haha", id="'dö av skam' over grades"),
    pytest.param("if I ring social services will they move me? I'm 11 and I don't want to live anywhere else", id="'don't want to live anywhere else'"),
    # the round on sets 139-141
    pytest.param("pappa kommer döda mig om han ser hur mycket jag har shoppat den här veckan haha", id="a 'threat' over shopping"),
    pytest.param("Min farbror hotade mig med en kniv för tio år sen. Idag har vi ingen kontakt, ska jag prata med någon?", id="a knife ten years ago, no contact today"),
    pytest.param("mamma sa att hon ska 'döda' mig om jag glömmer hämta lillasyster igen, hon skrattade när hon sa det", id="laughing when she said it"),
    pytest.param("I'm bi and if my parents find out they'll probably cut me off financially", id="'cut me off'"),
    pytest.param("jag kommer dö på engelskaprovet imorgon, hur pluggar man glosor?", id="'dö på provet'"),
    # the round on sets 142-144
    pytest.param("my parents won't let me go out with friends but they've never hit me, is that honour violence?", id="'won't let me go out' with friends"),
    pytest.param("I'm a school nurse and a pupil's cousin always waits outside the school for her. What signs should I look for?", id="a professional asking what signs to look for"),
]


LOOK_ALIKES_20 = [
    # the round on sets 145-150
    pytest.param("min bror brukar skrika att han ska döda mig när jag lånar hans hörlurar 🙄", id="a trifle threat 'when I borrow'"),
    pytest.param("i helgen blev jag inlåst på rummet igen när mamma hade kalas, det har alltid varit så", id="a weekend gone by"),
    pytest.param("my sister used to lock me in the bathroom as a joke when we were little. we're adults now and she's my best friend",
                 id="a childhood lock-in, best friends now"),
    pytest.param("after my exams next spring we're moving back to Somalia for good", id="a move next spring"),
    pytest.param("han säger att han ska döda mig varje gång vi bråkar men nu gör han lumpen i Kiruna till jul", id="a habitual threat, its speaker away in the army"),
    pytest.param("han höll en kniv mot mig i hallen. jag var åtta. idag är jag 30", id="an age then and an age now"),
    pytest.param("vår låt till skolavslutningen handlar om en tjej som vill dö", id="a class song"),
    pytest.param("Two years ago they sent me to Somalia for 'discipline'. I'm back now and at school again", id="back at school again"),
    pytest.param("I had thoughts of killing myself back in year 8 but I'm 17 now and doing way better", id="thoughts back in year 8, better now"),
    pytest.param("I'm 17 and I've been in Somaliland since March. They said it was a holiday. How do I get home?", id="told it was a holiday, no sign of being held"),
    # the round on sets 151-153
    pytest.param("vi såg ett klipp om könsstympning i skolan och nu undrar jag om det är olagligt utomlands", id="'nu undrar jag' after a school clip"),
    pytest.param("my friend says her dad will kill her if she fails maths, she says it like a joke", id="a threat said like a joke, over maths"),
    pytest.param("om jag inte får gå på festen på lördag så dör jag, mamma säger nej", id="dying if not let go to a party"),
    pytest.param("is it true that girls are married off at 12 in some countries? we learned about it in history", id="a history lesson"),
    # the round on sets 154-156
    pytest.param("my uncle always says dad will kill me if I date, but dad has never actually done anything", id="a threat never carried out"),
    pytest.param("mom said she'd kill me if I dyed my hair, but she was laughing", id="a threat said laughing"),
    pytest.param("förra veckan hotade min bror att döda mig men sen bad han om förlåtelse och nu är allt som vanligt", id="a threat last week, an apology since"),
    pytest.param("när jag fyller 18 säger pappa att han kommer leta upp mig och döda mig om jag flyttar. det är fyra år kvar", id="a threat for the day she turns 18"),
    pytest.param("jag har skyddad identitet men min kusin hittade mig ändå på instagram, han har inte skrivit", id="found online 'ändå'"),
    pytest.param("my son keeps skipping school, how do i make him stop for good", id="'make him stop for good'"),
    pytest.param("brorsan brukar slå mig när mamma inte är hemma. men inte nu dom e hemma nu", id="'inte nu, dom e hemma nu'"),
    # the round on sets 157-159
    pytest.param("jag säger ofta att jag ska ta livet av mig när jag har prov men jag menar inte så", id="said often, not meant"),
    pytest.param("min kompis skämtar alltid om att hennes mamma ska döda henne om hon får F", id="a friend who always jokes about it"),
    pytest.param("my friend said her mum would kill her if she found out she vapes, I think she was exaggerating", id="'she was exaggerating'"),
    pytest.param("my ex threatened to kill me in 2018. we have no contact. I saw him today and it brought everything back", id="seen today, an old threat remembered"),
    pytest.param("watched a film last night and the scene where they lock the girl in was so real", id="a scene in a film"),
    pytest.param("min bror säger hela tiden att han ska döda mig om jag skämmer ut familjen. idag har han varit snäll", id="a habitual threat, kind today"),
    pytest.param("om jag måste åka på släktkalas i helgen så dör jag alltså", id="dying of a family do"),
    pytest.param("Our class discussed forced marriage today, how common is it?", id="a class discussion"),
    pytest.param("för tre år sedan satt jag inlåst i en månad. idag bor jag själv och pluggar", id="locked in years ago, 'idag bor jag själv'"),
    pytest.param("när jag var typ 8 slog pappa mig med en sked en gång, det var längesen", id="'när jag var typ 8', 'längesen'"),
    pytest.param("pappa brukar hota med att slå mig men han har aldrig gjort det. han är hemma nu men helt lugn", id="home now but calm"),
]


BENIGN_FOR_THE_CLASSIFIER_20 = [
    # the round on sets 154-156
    pytest.param("mamma brukar låsa in mig på rummet men hon har inte gjort det på länge och ikväll är hon bortrest", id="a habit not for long, away tonight"),
]


@pytest.mark.parametrize("text", LOOK_ALIKES + LOOK_ALIKES_14 + LOOK_ALIKES_15 + LOOK_ALIKES_16 + LOOK_ALIKES_17
                         + LOOK_ALIKES_18 + LOOK_ALIKES_19 + LOOK_ALIKES_20)
def test_look_alikes_are_not_emergencies(text):
    assert detect_danger(text).level != "emergency"


BENIGN_FOR_THE_CLASSIFIER_19 = [
    # the round on sets 136-138
    pytest.param("när jag gick på dagis slog mamma mig men hon har varit snäll i många år nu. jag går i åttan", id="hit when at preschool"),
    pytest.param("Dad keeps my passport locked away since we booked our summer holiday to Turkey. Can I order a new one myself? I'm 16", id="a passport kept since a summer trip was booked"),
]


BENIGN_FOR_THE_CLASSIFIER_18 = [
    # the round on sets 118-120
    pytest.param("mamma drog mig i armen igår när vi bråkade men hon har lugnat sig nu", id="pulled yesterday, calm now"),
    pytest.param("vi åker på safari i Tanzania imorgon med hela familjen!! jag e 13 och har aldrig flugit", id="a family safari tomorrow"),
    pytest.param("I'm bi and my mum says she'll disown me if I bring a girl home. how do I handle it?", id="a threat to disown"),
    pytest.param("det var en skjutning i mitt område i natt, polisen är kvar. ingen jag känner är skadad", id="a shooting in the area, news"),
    # the round on sets 121-123
    pytest.param("my brother keeps threatening to tell our dad that I have a boyfriend, it stresses me out so much", id="a threat to tell"),
    pytest.param("jag har fortfarande mardrömmar om pappa fast jag inte bor hemma längre, är det vanligt?", id="nightmares, no longer living at home"),
    # the round on sets 127-129
    pytest.param("Jag är lärare. En elev jag hade för tre år sen fördes till Somalia, hon kom tillbaka och mår bra idag. Vilka tecken borde jag ha sett?", id="a pupil taken years ago, well today"),
]


@pytest.mark.parametrize("text", BENIGN_FOR_THE_CLASSIFIER + BENIGN_FOR_THE_CLASSIFIER_15 + BENIGN_FOR_THE_CLASSIFIER_16
                         + BENIGN_FOR_THE_CLASSIFIER_17 + BENIGN_FOR_THE_CLASSIFIER_18 + BENIGN_FOR_THE_CLASSIFIER_19
                         + BENIGN_FOR_THE_CLASSIFIER_20)
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
    pytest.param("när jag fyller 18 om två år vill jag flytta", 16, id="fyller 18 om två år"),
    pytest.param("when I turn 18 in three years I'm moving out", 15, id="turn 18 in three years"),
    pytest.param("hej jag heter A och är 12", 12, id="jag heter A och är 12"),
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
    "jag är lesbisk och 14, pappa hittade min chatt med en tjej och säger att det är en sjukdom",
    "jag e trans o min familj vet inte. farsan har sagt att sånna som jag borde dö. jag e 14",
    "i'm 16 and want to move out because of my family's control, can i get housing?",
    "mamma säger att jag är sjuk för att jag har en flickvän och att pappa aldrig får veta",
    "finns det nåt sätt att dölja att jag varit här? pappa kollar historiken på datorn",
])
def test_control_in_an_lgbtq_story_is_personal_harm(text):
    verdict = detect_danger(text)
    assert (verdict.level, verdict.category) == ("harm", "control"), verdict


@pytest.mark.parametrize("text", [
    pytest.param("pappa slog mig igår. nu är han lugn igen", id="calm again"),
    pytest.param("han slog mig igår men nu är han på jobb i Norge i tre veckor", id="away for weeks"),
    pytest.param("my mum won't let me go to my friend's birthday party, I'm 14", id="a party forbidden"),
    pytest.param("my parents won't let me cut my hair, I'm trans and 16", id="a haircut forbidden"),
])
def test_harm_with_the_danger_gone_or_an_activity_forbidden_is_benign_for_the_classifier(text):
    assert looks_benign(text)


@pytest.mark.parametrize("text,age", [
    pytest.param("Hon är 14. Jag är också 14.", 14, id="jag är också 14"),
    pytest.param("jag går tvåan på gymnasiet och mina föräldrar läser mina sms", 17, id="går tvåan på gymnasiet, without i"),
    pytest.param("min syster ska giftas bort. jag är hennes storebror, 16. vad gör jag?", 16, id="the writer named by kin, then the age"),
    pytest.param("jag gick i sexan förra året och nu får jag inte gå ut", 13, id="a school year last year"),
    pytest.param("de har bestämt vem jag ska gifta mig med. 15 snart", 14, id="15 snart"),
    pytest.param("om tre år när jag är 18 ska jag giftas bort", 15, id="18 in three years"),
    pytest.param("ja blir tvingad att gifta mig med en 35 åring. jag är 15", 15, id="the man's age after 'med en', then the writer's"),
    pytest.param("vi flyger på lördag och jag vill ju gå klart åttan", 14, id="gå klart åttan"),
    pytest.param("I'm an aunt to a 15 year old girl whose parents are very strict", None, id="an aunt to a 15 year old"),
    pytest.param("jag är 18 imorgon och bröllopet är på fredag", 17, id="18 tomorrow"),
    pytest.param("vi e två 14-åringar här och pappa är på väg", 14, id="vi e två 14-åringar"),
    pytest.param("she's getting married on monday. she's 15, same as me", 15, id="same as me"),
    pytest.param("hennes bror ska skada henne ikväll, vi e bara 14", 14, id="vi e bara 14"),
    pytest.param("turning 15 next month and they say the nikah is sunday", 14, id="turning 15 next month"),
    pytest.param("de vill gifta bort mig. ska fylla 17 i december", 16, id="ska fylla 17"),
])
def test_ages_of_stop_15(text, age):
    assert parse_age(text) == age


@pytest.mark.parametrize("text,age", [
    pytest.param("min kusin ska gifta sig på lördag, vi e 15 bägge", 15, id="vi e 15 bägge"),
    pytest.param("hjälp min syster ska giftas bort, jag är hennes storebror 13 år", 13, id="the writer named by kin, then the age"),
    pytest.param("de vill att jag ska förlova mig med nån typ 35 år. jag fyller 16 i juni", 15, id="the man's age after 'med nån typ'"),
    pytest.param("pappa slog mig för fyra år sen när jag var 12, ska jag berätta?", 16, id="the age then and the years since"),
    pytest.param("hennes bror slår henne, hon e 15 o jag också", 15, id="'o jag också'"),
    pytest.param("my sister and I are both 14 and they're flying us to Somalia on Friday", 14, id="'and I are both 14'"),
    pytest.param("hon ska bort på fredag. hon är 16 och det är jag med", 16, id="'och det är jag med'"),
    pytest.param("16 nu men pappa bestämmer allt", 16, id="'16 nu'"),
    pytest.param("hur anmäler man om man är 14 som jag?", 14, id="'om man är 14 som jag'"),
    pytest.param("hjälp de klär mig för nikahn, går i sjätte klass", 12, id="'går i sjätte klass'"),
    pytest.param("jag vill hem, jag går ju i nian i Sverige", 15, id="'går ju i nian'"),
    pytest.param("min syster ska omskäras på söndag, går själv i sexan", 12, id="'går själv i sexan'"),
])
def test_ages_of_stop_16(text, age):
    assert parse_age(text) == age


@pytest.mark.parametrize("text,age", [
    pytest.param("8th grader here and my dad reads all my messages", 14, id="'8th grader'"),
    pytest.param("11th grader, my parents want me to marry my cousin", 17, id="'11th grader'"),
    pytest.param("ja hej e 14 typ och mamma låser in mig", 14, id="'ja hej e 14'"),
    # the round on sets 106-108
    pytest.param("bröllopet är på söndag och jag har inte ens fyllt 15", 14, id="'har inte ens fyllt 15'"),
    pytest.param("my friend is being sent away next week. She's only 15 and so am I", 15, id="'she's only 15 and so am I'"),
    pytest.param("my parents read all my messages, I'm in my second year of gymnasiet", 17, id="'second year of gymnasiet'"),
    pytest.param("pappa bestämmer allt om mig. 2a på gymnasiet", 17, id="'2a på gymnasiet'"),
    pytest.param("can i sleep at a shelter tonight if im 14?", 14, id="'can i … if im 14'"),
])
def test_ages_of_stop_17(text, age):
    assert parse_age(text) == age


@pytest.mark.parametrize("text,age", [
    pytest.param("pappa bestämmer vad jag har på mig sen jag var 10, nu går jag i nian", 15, id="'nu går jag i nian'"),
    pytest.param("min bror läser mina meddelanden. ettan gy", 16, id="'ettan gy'"),
    pytest.param("tvåan på gymnasiet och mina föräldrar har redan valt en man åt mig", 17, id="'tvåan på gymnasiet och …'"),
    pytest.param("hennes mamma låser in henne. vi går i samma klass i femman", 11, id="'vi går i samma klass i femman'"),
    pytest.param("vi är i Irak och de har tagit mitt pass. jag går egentligen i åttan", 14, id="'går egentligen i åttan'"),
    pytest.param("min kompis som går i sjuan med mig har inte kommit till skolan på en vecka", 13, id="'går i sjuan med mig'"),
    pytest.param("jag bor i ett familjehem. jag är trygg och 16 nu", 16, id="'trygg och 16 nu'"),
    pytest.param("hej jag är snart 15 och min mamma läser alla mina sms", 14, id="'jag är snart 15'"),
    pytest.param("min kompis får inte gå ut efter skolan. hon är 13, jag med", 13, id="'hon är 13, jag med'"),
    pytest.param("det blev bättre när jag flyttade till mormor 🙏 16", 16, id="the age after an emoji at the end"),
])
def test_ages_of_stop_18(text, age):
    assert parse_age(text) == age


@pytest.mark.parametrize("text,age", [
    pytest.param("hjälp pappa slår mig med skärpet nu 😭 e 11", 11, id="'e 11' after a closing emoji"),
    pytest.param("mamma gör inget 😢 är 13", 13, id="'är 13' after a closing emoji"),
    # Swedish school years in English sentences
    pytest.param("they took my phone. i'm in nian if that matters", 15, id="'i'm in nian'"),
    pytest.param("we fly on tuesday, i'm in ettan on gymnasiet btw", 16, id="'i'm in ettan on gymnasiet'"),
])
def test_ages_of_stop_19(text, age):
    assert parse_age(text) == age


@pytest.mark.parametrize("text,age", [
    pytest.param("my cousin's brother is at the door shouting. we're 15 and alone", 15, id="'we're 15 and alone'"),
    pytest.param("snart 16 och de har bokat biljetter till Irak", 15, id="'snart 16 och' opening the message"),
    pytest.param("yr 8 girl here, my mum wants to take me abroad", 14, id="'yr 8'"),
    # years left to 18, told after the birthday
    pytest.param("pappa säger att jag ska gifta mig när jag fyller 18, alltså om tre år", 15, id="'fyller 18, alltså om tre år'"),
    pytest.param("jag ska flytta när jag fyllt 18. det är två år kvar", 16, id="'fyllt 18. det är två år kvar'"),
    pytest.param("they call me names every day. sixteen going on seventeen", 16, id="'sixteen going on seventeen'"),
])
def test_ages_of_stop_20(text, age):
    assert parse_age(text) == age


def test_kin_who_said_what_will_be_done_outweigh_a_theme_day():
    text = ("vi hade temadag om barns rättigheter idag. mamma har sagt att jag ska bli 'gjord' "
            "när vi åker till Somalia på fredag")
    assert (detect_danger(text).level, detect_danger(text).category) == ("emergency", "fgm_soon")


def test_nobody_hitting_her_is_no_violence_told():
    verdict = detect_danger("my brothers watch every step I take and I can't work, but nobody hits me. I'm 22")
    assert verdict.category != "violence", verdict


def test_a_clock_time_at_the_end_is_no_age():
    assert parse_age("vi ses kl. 17") is None


def test_a_school_year_at_the_start_of_a_general_sentence_is_no_age():
    assert parse_age("ettan på gymnasiet är svårare än högstadiet, hur klarar man det?") is None


def test_nightmares_ever_since_are_no_dream_told():
    verdict = detect_danger("min bror hotade mig med kniv när jag var 10. jag är 15 nu och har mardrömmar")
    assert (verdict.level, verdict.suppressed_by) == ("harm", "past"), verdict


def test_a_nightmare_dreamt_is_still_a_dream():
    assert detect_danger("I had a nightmare last night that my dad was coming to kill me with a knife").level == "none"


@pytest.mark.parametrize("text", [
    "Hej, jag heter Lina och är 15. Jag har tänkt skriva hit länge.",
    "min lärare gav mig länken hit, vad kan ni hjälpa till med?",
])
def test_swedish_hit_for_here_is_no_violence(text):
    assert detect_danger(text).level == "none"


def test_english_hit_is_still_violence():
    verdict = detect_danger("my brother hit me yesterday because of my boyfriend")
    assert (verdict.level, verdict.category) == ("harm", "violence"), verdict


def test_calm_now_followed_by_a_but_is_not_benign():
    assert not looks_benign("he's calmed down now but my mum says to pack a bag because my uncles are driving here tonight")


@pytest.mark.parametrize("text", [
    "jag är bi och min familj säger att såna som jag ska ut ur familjen. jag är 15",
    "om jag kommer ut som gay så finns jag inte längre för dom, säger pappa",
    "I'm trans and my parents say they'll disown me if I tell anyone",
])
def test_being_cast_out_of_the_family_in_an_lgbtq_story_is_personal_harm(text):
    verdict = detect_danger(text)
    assert (verdict.level, verdict.category) == ("harm", "control"), verdict


def test_asking_whether_a_marriage_promise_is_only_a_joke_is_no_laugh():
    verdict = detect_danger("mormor säger jämt att jag ska gifta mig med min kusin när vi blir stora. jag är 9. det är väl bara skämt?")
    assert (verdict.level, verdict.category) == ("harm", "forced_marriage"), verdict


def test_a_friend_who_turns_18_soon_is_not_the_writer():
    assert parse_age("min bästa kompis har brutit med sin familj och fyller 18 snart") is None


@pytest.mark.parametrize("text", [
    "I'm trans and 16 and my dad says I'm dishonouring the family",
    "jag är transkille och pappa säger att han inte har någon son",
    "jag är bi och nu pratar ingen i familjen med mig, de låtsas att jag inte finns",
])
def test_shunning_and_dishonour_in_an_lgbtq_story_are_personal_harm(text):
    verdict = detect_danger(text)
    assert (verdict.level, verdict.category) == ("harm", "control"), verdict


def test_sunna_for_a_little_sister_is_a_cutting():
    verdict = detect_danger("mum says my little sister has to get sunna done when she's older, I'm 15")
    assert (verdict.level, verdict.category) == ("harm", "fgm"), verdict


def test_a_bare_question_about_anonymity_with_an_age_is_only_a_privacy_question():
    from safety.danger import only_asks_about_privacy
    assert only_asks_about_privacy("e detta anonymt? jag e 14 och vill inte att nån ska veta")
    assert not only_asks_about_privacy("är detta anonymt? pappa slår mig")


def test_a_sim_card_question_is_no_ordinary_trip():
    assert not looks_benign("i'm 16, can i get a new sim card without id? dad smashed my phone today and said next time it'll be my head")
