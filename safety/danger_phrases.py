"""The phrase tables of the danger detector (safety/danger.py), as regular expressions.

Every table reads folded text (see safety.normalise.fold: lower case, å/ä as a, ö
as o, symbols as spaces), so a table lists each phrase once without diacritics
and matches "Hjälp!", "hjalp" and "HJÄÄÄLP" alike. Swedish and English sit side
by side. The logic that combines the tables (which time word turns which harm
into an emergency, which context suppresses it) is in safety/danger.py.
"""
from __future__ import annotations

import re
from typing import Pattern, Tuple

F = r"(?:\w+ ){0,4}"  # up to four filler words


def _rx(*alternatives: str) -> Pattern[str]:
    """One word-bounded regular expression of the alternatives."""
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


# --- who and whether: guards put before or after a phrase ----------------------
# a job, school, homework or a headache that "kills" the writer ("jobbet dödar mig", "läxan tar livet av mig"):
# put before a killing verb, it keeps the verb from being read as violence or self-harm
CHORES = ("jobbet", "skolan", "plugget", "matten", "traningen", "stressen", "laxan", "laxa", "laxorna", "provet",
          "kursen", "uppsatsen", "huvudvarken", "varmen")
NOT_A_CHORE = "".join(rf"(?<!{chore} )" for chore in CHORES)
# a violent verb said of nobody or negated: "ingen slår mig", "nobody is hitting me", "han slår inte längre"
NOBODY = r"(?<!ingen )(?<!inte )(?<!nobody )(?<!no one )(?<!nobody s )(?<!nobody is )(?<!no one is )(?<!nobody was )"
NOT_AFTER = r"(?! (?:inte|aldrig|not|never|no longer)\b)"
# "nån blir slagen", "if someone gets hit": somebody in general, not a person in the chat
SOMEBODY = r"(?<!nan )(?<!nagon )(?<!man )(?<!folk )(?<!someone )(?<!somebody )(?<!people )(?<!anyone )"

WEEKDAYS_SV = "mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag"
WEEKDAYS_EN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
NUMBER = (r"(?:a few|a couple of|a couple|ett par|en|ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv|femton|tjugo|flera|manga|nagra|a|one|two|"
          r"three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|few|couple of|several|many|\d+)")

# --- time -----------------------------------------------------------------
SOON = _rx(
    r"nu", r"idag", r"i dag", r"ikvall", r"i kvall", r"inatt", r"i natt", r"imorgon",
    r"om (?:tva|tre|2|3) (?:sovningar|natter)", r"in (?:two|three|2|3) sleeps",
    r"ikv", r"inom (?:en|1|ett par|tva|tre|\d+) (?:timme|timmar|minuter|min)\b",  # stop 18: "ikv ska dom …", "inom en timme"
    r"i morgon", r"imorn", r"i morn", r"imorron", r"imorrn", r"imorrgon", r"imorgn", r"i overmorgon", r"i helgen",
    rf"(?:pa )?(?:{WEEKDAYS_SV})", r"nasta vecka", r"den har veckan", r"denna vecka",
    rf"om (?:typ |ca |ungefar |bara |knappt )?{NUMBER} (?:dag|dagar|dar|dgr|veckor|vecka|timme|timmar|h)", r"om en stund", r"snart",
    # chat spellings: "tmrw", "2nite", "imon"
    r"tmrw", r"tmr", r"tmrrw", r"2morrow", r"2moro", r"tomoz", r"tonite", r"2nite", r"2day", r"imon", r"ikvell",
    r"(?:en|ett par) (?:vecka|dagar) pa (?:mig|dig|henne)",
    r"imorse", r"i morse", r"this morning", r"flygplats\w*", r"arlanda", r"kastrup", r"landvetter",
    r"airport", r"now", r"today", r"tonight", r"tomorrow", r"this weekend", r"next week", r"this week",
    r"(?:next|this coming|the coming|coming) weekend", r"within (?:the|a|this|one) week", r"in (?:a|one) week",
    # "the wedding is in two weeks" (not "haven't been out in 3 weeks", a duration)
    rf"(?:is|s|are|re|will be|ll be|happens?|leave|leaving|fly|flying|go|going) in (?:like |about |just |only )?{NUMBER} weeks?",
    r"(?:om|inom) en vecka", r"before the weekend", r"innan helgen", r"(?:at )?the end of (?:the|this) week",
    r"i slutet av (?:den har )?veckan", r"senare i veckan", r"later this week", r"any day now", r"vilken dag som helst", r"inom (?:nagra|ett par|tva|tre) dagar",
    r"den (?:[1-9]|[12]\d|3[01]) ?(?:e|a)", r"on the (?:[1-9]|[12]\d|3[01]) ?(?:st|nd|rd|th)",
    rf"(?:on )?(?:{WEEKDAYS_EN})", rf"in (?:like |about |just |only )?{NUMBER} (?:days?|hours?)", r"in an hour", r"soon", r"asap",
    # a journey already under way, or right after school
    r"kor (?:\w+ )?(?:mot|till)", r"driving (?:\w+ )?(?:to|towards)", r"back seat", r"baksatet",
    r"efter (?:skolan|lektionen|middagen|maten|lunchen|kvallsmaten|bonen|maghrib|isha|asr|kvallsbonen|jobbet|passet)",
    r"after (?:maghrib|isha|asr|(?:the )?evening prayer)", r"after (?:school|dinner|lunch|prayers?)", r"pa planet", r"on the plane", r"gaten", r"at the gate",
    r"(?:nasta|till|fore|innan|den har) helg(?:en)?", r"innan (?:ikvall|imorgon|i morgon|inatt)", r"efter helgen", r"after (?:the|this) weekend",
    # when someone comes home today: "när pappa kommer hem", "wen dad comes hom"
    r"(?:nar|when|wen|once|as soon as) (?:\w+ ){0,2}(?:kommer hem|comes? home|gets? home|com(?:es)? hom|gets back)",
    # (an age is no clock time: "married at 13", "engaged at 12", "moved out at 19")
    r"(?:kl|klockan|(?<!married )(?<!there )(?<!divorced )(?<!marry )(?<!engaged )(?<!off )(?<!wed )(?<!bride )(?<!cut )(?<!sent )(?<!out )(?<!home )(?<!pregnant )(?<!one )(?<!me )(?<!her )(?<!\d\d\d\d )at) \d{1,2}(?:[.:]\d\d)?(?: ?(?:am|pm|imorgon|ikvall|tomorrow|tonight))?",
)
LATER = _rx(r"before (?:our|my|the) (?:summer|christmas|easter) (?:trip|holiday|holidays|vacation)",
            # stop 19: "has kept my passport in his safe since we booked our summer trip"
            r"booked (?:our|my|the) (?:summer|christmas|easter) (?:trip|holiday|holidays|vacation)",
            # stop 17: "ska gå i skola i Eritrea efter nian"
            r"efter (?:nian|niorna|gymnasiet|gympa|studenten)", r"after (?:year 9|year nine|ninth grade|9th grade|upper secondary|high school)", r"some (?:summer|day|year)\b", r"nagon (?:sommar|gang i framtiden|dag)\b", r"infor (?:var |min )?(?:sommarresa\w*|resan i sommar)",
            r"det (?:e|ar) (?:typ |bara |ca )?(?:\d|tva|tre|fyra|fem|sex) ar kvar", r"(?:it s|its|that s|thats) (?:still )?(?:\d|two|three|four|five|six) years (?:away|off)",  # stop 20
            r"next (?:spring|autumn|fall|winter)\b", r"nasta (?:var|host|vinter)\b",  # stop 20: "after my exams next spring"
            r"no date (?:is |has been )?(?:set|decided)", r"(?:there s|theres|there is) no date",
            # stop 17: "in august, months from now"
            r"months (?:from now|away)", r"(?:manader|manad) (?:bort|dit)",
            r"(?:for|infor|about|over) (?:the )?(?:sommarlovet|summer holidays?)", r"nar (?:jag|hon) (?:ar|e) redo", r"when (?:i m|im|i am|she s|she is) ready", r"inget datum(?: (?:ar )?(?:bestamt|satt|spikat)| an| annu)?",
            
    # a worry about the summer told in November: "worried about the summer", "orolig inför sommaren"
    r"(?:about|before) the summer(?! (?:holidays? )?(?:is|has|started|begun|began))", r"infor sommaren",
    r"i sommar", r"till sommaren", r"nasta sommar", r"om ett ar", r"nasta ar", r"nar (?:jag|hon|han|du) fyller",
    r"(?:innan|fore) (?:jag|hon|han) fyller", r"(?:before|when) (?:i|she|he) (?:turn|turns) \d+",
    r"(?:before|when) (?:my|her|our) (?:\w+ ){0,2}(?:sister|daughter|cousin|brother|sis|niece) turns \d+",
    r"(?:innan|fore|nar) (?:min|mina|hennes|var) (?:\w+ )?(?:syster|dotter|kusin|lillasyster|systerdotter|brorsdotter) fyller", r"when (?:im|she s|shes|he s|hes) \d+",
    r"efter studenten", r"i framtiden",
    # stop 16: "när min dotter blir större", "when she's older"
    r"nar (?:min dotter|min son|dottern|sonen|hon|han|min lillasyster) (?:blir|ar) (?:storre|aldre|stor)", r"when (?:she|he|my daughter|my son) (?:is|gets|s) (?:older|bigger)",
    # stop 16: "när jag e klar med gymnasiet"
    r"nar (?:jag|hon|han) (?:ar|e|blir) klar med (?:gymnasiet|skolan|plugget|utbildningen|studierna)",
    r"nar (?:jag|hon) blir (?:1[6-9]|2\d)\b", r"(?:det e|det ar|it s|its) (?:typ |sa )?(?:langt bort|far away|years away)",
    # a year to come: "the wedding is in 2027"
    r"(?:is|ar|blir|e|will be) (?:in|i) 20(?:2[7-9]|3\d)\b", r"(?:in|i) (?:ar|year) 20(?:2[7-9]|3\d)\b",
    # a wedding after school is over: "the wedding will be after i finish school", "när jag har gått ut gymnasiet"
    r"(?:after|when|once) (?:i|she) (?:finish|finishes|graduate|graduates|m done with|am done with|leave|leaves) (?:high )?(?:school|uni|university|college|gymnasiet|my studies|her studies)",
    r"(?:efter|nar) (?:att )?(?:jag|hon) (?:har )?(?:gatt ut|gar ut|tagit studenten|tar studenten|slutat|slutar|pluggat klart) (?:skolan|gymnasiet|nian|plugget|universitetet)?", r"nagon gang", r"nan gang", r"om nagra ar", r"till jul", r"pa sommarlovet",
    r"nar jag (?:fyllt|ar) \d+", r"efter (?:att )?jag fyll\w*",
    r"next summer", r"this summer", r"next year", r"when i turn", r"in the future", r"someday",
    r"one day(?! ?s? notice)", r"after graduation", r"in a few years", r"summer holidays?", r"after i turn",
    r"when i m \d+", r"at some point",
    r"nar (?:jag|hon|du|de|dom|ni) (?:blir|ar) (?:storre|aldre|stor|stora|vuxen|vuxna)",
    r"(?:married|engaged|gift|forlovad) (?:by|before|innan|fore|at|vid) (?:the age of |age |i m |i am |jag ar |jag fyller |i turn )?(?:19|2\d|3\d)\b(?! (?:min|minutes|minuter|\w+day|\w+dag))", r"when (?:i|she|you|they) (?:m|am|is|s|are|re|get|grow) (?:older|bigger|grown)",
    r"om (?:ett par|nagra|tva|tre) ar", r"in (?:a couple of|two|three|some) years",
    r"(?:by|before) the end of the year", r"i slutet av (?:aret|terminen)", r"innan aret ar slut",
    # a year or months away: "a year and a half from now", "om ett och ett halvt år", "in six months"
    r"(?:a|one|two|three|\d+|a couple of|a few|several) (?:and a half )?(?:years?|months) from now",
    r"(?:about|around|roughly|nearly|almost) (?:a|one|two|\d+) (?:and a half )?years?",
    r"in (?:about |around |roughly )?(?:a|one|two|three|\d+|a few|several|six|five|four) (?:and a half )?(?:years?|months)",
    r"om (?:ungefar |typ |ca |cirka |nastan )?(?:ett|ett och ett halvt|tva|tre|\d+|nagra|ett par|sex|fem|fyra) (?:och ett halvt )?(?:ar|manader)",
    r"om ett halvar", r"in half a year", r"om ett och ett halvt ar",
    # after a long education: "när jag är klar med universitetet", "when im done with uni in like 5 years"
    r"(?:ar|blivit|ar fardig|blir) klar med (?:skolan|gymnasiet|universitetet|uni|plugget|utbildningen|studierna)",
    r"(?:done|finished) with (?:uni|university|college|school|my studies|my degree)", r"in like (?:\d+|a few|two|three|four|five) years",
    # a trip or a wedding dated by a month: "until our trip in october", "bröllopet är i augusti"
    r"(?:trip|resa|resan|flight|flyget|wedding|brollop\w*|nikah) (?:\w+ ){0,2}(?:in|i) (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october)\b",
    # a month away is not within days: "a one way ticket to london, i start uni there next month"
    r"next month", r"nasta manad", r"in a month(?:s time)?", r"om en manad",
)
# "now" that turns the story rather than tells the time: "now she's 18", "now i've moved out",
# "nu säger mormor att …", "not now but before"
DISCOURSE_NOW = _rx(r"(?:now|nu) (?:i m|im|i am|ar jag|e jag) \d{1,2}\b",
    r"(?:idag|today|nu|now) har vi (?:bra|god|fin) kontakt", r"we (?:have|ve got) a good relationship (?:now|today)",
    # stop 19: "… för sju år sen. Idag har vi ingen kontakt"
    r"(?:idag|today|nu|now) har (?:vi|jag) ingen kontakt", r"(?:today|now) (?:we|i) (?:have|ve got) no contact",
    # stop 17: "jag är 47 nu", "hur vanligt är tvångsäktenskap idag?", "nu har jag blåmärken"
    r"nu har jag (?:blamarken|blamarke|ont|sar|en bula|marken)",
    # stop 20: "… ett klipp om könsstympning på biologin och nu undrar jag"
    r"(?:och )?nu undrar jag", r"(?:and )?now i (?:wonder|m wondering|am wondering)",
    r"(?:saw|sag|met|traffade) (?:him|her|honom|henne) (?:\w+ ){0,3}(?:today|idag) (?:and|och) (?:it|det) (?:brought|brings|vackte) (?:everything|it all|allt)(?: back| till liv)?",
    r"(?:idag|i dag|today) (?:bor jag|pluggar jag|jobbar jag|i live|i study|i work)\b",
    # stop 20: a day of remembering: "I was thinking about it today", "jag tänkte på det idag"
    r"(?:thinking|thought) about (?:it|that|this|him|her) today", r"(?:tankte|tanker|tankt) pa (?:det|det dar|honom|henne) idag",
    r"(?:jag (?:ar|e)) \d{1,2} nu\b", r"(?:hur vanligt|how common|how usual) (?:\w+ ){0,4}(?:idag|today|nowadays|nu for tiden)",
    r"(?:idag|today) (?:ar jag|e jag|i m|im|i am) \d{1,2}\b", r"\b(?:legal|lagligt|allowed|tillatet) (?:\w+ ){0,2}(?:today|idag)\b",
    
    r"(?:inte|not) (?:just )?(?:nu|now)",
    # a duration up to now: "he says it for like a year now", "i ett år nu"
    r"(?:for|i) (?:like |about |almost |over |typ |ungefar |nastan |over )?(?:a|an|one|two|three|several|\d+|ett|en|tva|tre|flera) (?:\w+ )?(?:years?|months?|weeks?|ar|manader|veckor) (?:nu|now)",
    r"(?:nu|now) (?=(?:i m|im|i am|i ve|ive|i live|i have|i feel|i just want|she s|shes|she is|she seems|she lives|"
    r"he s|hes|he is|everyone|everybody|we re|we live|they talk|they re talking|theyre talking|they want|"
    r"when|that|ar jag|ar hon|ar han|bor|lever|pratar|tjatar|vill|nar|har (?:jag|hon|han) (?:flyttat|fyllt|borjat))\b)",
)
NOW = _rx(r"nu", r"just nu", r"nu just", r"nyss", r"right now", r"now", r"atm", r"pa en gang",
          r"just now", r"rn")
# violence that has just happened: "slog mig nyss", "för en stund sen", "a minute ago"
RECENT = _rx(r"nyss", r"(?:it|det) (?:happened|hande) (?:just now|nyss|right now)", r"it just happened", r"for en stund (?:sedan|sen)",
             r"for (?:typ |ca |ungefar )?(?:en|ett par|fem|tio|tjugo|nagra|\d+) (?:minuter|minut|min|timme|timmar) (?:sedan|sen)",
             r"just now", r"rn", r"a (?:minute|moment|few minutes) ago", r"minutes ago", r"(?:an|one|1) hours? ago",
             r"\d+ ?mins? ago", r"for en (?:kvart|halvtimme) (?:sedan|sen)", r"half an hour ago",
             # violence that has not stopped for an hour: "han har inte slutat på typ en timme", "he hasn't stopped for an hour"
             r"(?:har inte|hasn ?t|haven ?t|has not|have not) (?:slutat|stopped)(?: \w+){0,2} (?:pa|pa typ|for|in|i) (?:typ |like |about |almost |nastan |ungefar )?"
             r"(?:en|ett|an?|one|two|tva|tre|three|\d+|over an?) (?:\w+ )?(?:timme|timmar|halvtimme|kvart|minuter|hour|hours|minutes)",
             # an injury is happening now
             r"bloder", r"bleeding", r"blodig\w*", r"svimma\w*", r"passed out", r"dizzy", r"ar yr",
             r"(?:broken|bruten|brutit) (?:\w+ )?(?:arm|nose|nasa|rib|revben|finger|fingret)",
             r"kraks", r"kraktes", r"svartnade", r"blacked out", r"throwing up", r"vomiting")
STRONG_PRESENT = _rx(
                     # stop 15: "this saturday", somebody on the way now (not "were on their way")
                     r"this (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
                     r"(?<!were )(?<!was )on (?:their|his|her) way (?:to|here|over)", r"(?<!var )(?<!voro )(?<!ingen e )(?<!ingen ar )(?<!inte )pa vag hit",
                     # a near date that outweighs somebody else's past: "this weekend … my brother got sent last year"
                     r"this weekend", r"i helgen(?! (?:blev|var|hade|fick|lasade|laste|slog|tog)\b)", r"utanfor (?:\w+ ){0,2}nu\b", r"outside (?:\w+ ){0,3}(?:right )?now\b", r"(?:for|i) (?:like |about |over |typ )?(?:\d+|two|three|tva|tre) (?:hours|timmar)", r"(?:for|i) (?:an|en|over an|over en) (?:hour|timme)", r"(?:all evening|hela kvallen|since this (?:morning|afternoon)|sen i (?:morse|eftermiddags))", r"(?:den har|denna) helg(?:en)?", r"inom (?:ett par|nagra) dagar",
                     r"nasta vecka", r"next week", r"om (?:ett par|nagra|tva|tre|fyra|\d) (?:dagar|dar)", r"in (?:a few|two|three|four|\d) days",
                     r"tmrw", r"tonite", r"2nite",
                     r"just nu", r"nyss", r"for en stund sen", r"rn", r"idag", r"i dag", r"ikvall", r"inatt", r"imorgon",
                     r"i morgon", r"right now", r"today", r"tonight", r"tomorrow",
                     # again, unless it has not happened again
                     r"(?<!inte hant )(?<!aldrig hant )(?<!inte hant nat )(?<!sams )(?<!vanner )(?<!kompisar )(?<!trygg )(?<!hander )(?<!handa )"
                     # (not a mother seen again: "kontakt med min mamma igen")
                     r"(?<!mamma )(?<!pappa )(?<!familjen )(?<!syster )(?<!bror )(?<!bra )(?<!battre )igen",
                     r"(?<!hasn t happened )(?<!hasnt happened )(?<!never happened )(?<!not happened )(?<!happen )(?<!happens )(?<!friends )(?<!safe )(?<!okay )(?<!fine )"
                     r"(?<!mum )(?<!mom )(?<!dad )(?<!family )(?<!sister )(?<!brother )(?<!school )again")  # (stop 20: "i'm back now and at school again")
HELP_CALL = _rx(r"hjalp", r"help", r"sos", r"snalla", r"please", r"plz", r"pls", r"hlep", r"halp", r"hjlp",
                r"ring\w* (?:polisen|112|snuten|aina)", r"call (?:the )?(?:police|cops|112|911|999)")
# where violence in the present tense is going on: "dom slår min syster i rummet bredvid"
HERE_NOW = _rx(r"i (?:rummet )?bredvid", r"i (?:koket|hallen|vardagsrummet|sovrummet|badrummet|trapphuset|trappan)",
               r"in the (?:next|other) room", r"next door", r"in the (?:kitchen|hallway|hall|living room|bedroom|stairwell)",
               r"downstairs", r"pa nedervaningen", r"pa overvaningen", r"upstairs", r"utanfor mitt rum", r"outside my room")

# --- emergencies ------------------------------------------------------------
SELF_HARM = _rx(
    r"(?:on|at|pa) (?:a |the )?(?:rooftop|roof|taket|bridge|bron|balcony|balkongen)\b(?: \w+){0,30} (?:want to|wanna|gonna|going to|vill|ska) (?:jump|hoppa)\b",
    # stop 20: "im bleeding from my arms and i dont want to stop", "i keep hitting my head on the wall", "skickade en bild på sina handleder nyss"
    r"(?:i m|im|i am) bleeding from my (?:arms|wrists|thighs|legs)", r"(?:jag )?bloder (?:fran|ur) (?:mina )?(?:armar|handleder|lar)",
    r"(?:keep|keeps|kept|can ?t stop) (?:hitting|banging|slamming) my head (?:on|against|into) (?:the )?wall", r"(?:slar|dunkar) (?:mitt )?huvud(?:et)? (?:i|mot) vaggen (?:hela tiden|och kan inte sluta)",
    r"(?:bild|foto|pic|picture|photo) (?:pa|of) (?:sina|hennes|her|his|hans) (?:handleder|wrists)",
    # "jag har tänkt på att dö hela dagen"
    r"(?:tankt|tanker|tanka|tankte) (?:\w+ )?pa att (?:do|ta livet av mig|inte finnas|inte leva)\b",
    r"vill (?:bara )?do(?! av skratt)",
    r"dead to (?:them|us|my family|him|her)(?: \w+){0,12} (?:making|make) it (?:true|real|come true)", r"dod for (?:dem|dom|familjen|honom|henne)(?: \w+){0,8} (?:gora|gor) det (?:sant|pa riktigt)", r"(?:feel like|want to|wanna) (?:just )?not (?:wake|waking) up\b(?! (?:for|early|in time|at))",
    r"(?:vill|kanns som att) (?:bara )?inte vakna\b(?! (?:i tid|tidigt|till))", r"vill inte leva(?! (?:med|ihop|tillsammans|hos|nara|pa|i (?:en|ett|sverige|\w+land)|som (?:dom|de|han|hon)))", r"orkar inte leva(?! (?:ett )?dubbelliv)", r"vill inte finnas",
    r"orkar inte (?:mer|langre) med (?:livet|allt)",
    # "tar livet av mig", inverted "så tar jag livet av mig", "ta mitt/sitt liv"
    # (not homework that "kills" the writer: "den här matteläxan tar livet av mig")
    NOT_A_CHORE + r"tar? (?:jag |hon |han |du |hen )?livet av (?:mig|mej|sig)", r"ta (?:mitt|sitt) liv", r"sjalvmord\w*", r"skada (?:mig|sig) sjalv",
    r"skadar (?:mig|sig) sjalv",
    # cutting oneself, not a kitchen or shaving accident: "skar mig på en kniv när jag lagade mat"
    r"skar mig(?! (?:pa (?:en|ett|kniven|glas\w*|papper\w*|burken|rakhyveln)|i (?:fingret|tummen)|av misstag|nar jag (?:lagade|skar|hackade|rakade)))",
    r"skara mig", r"skar (?:mig|sig) i armarna",
    r"kill (?:my ?self|herself|himself|themselves)", r"killing myself", r"suicid\w*",
    r"end (?:my|her|his) life", r"end it all", r"(?:want|wants|wanna) to die", r"wanna die",
    r"hurt (?:my ?self|herself|himself)", r"hurting myself", r"(?<!i m )(?<!im )(?<!am )(?<!was )(?<!been )(?<!is )cut(?:ting)? (?:my ?self|herself)",
    r"self harm\w*", r"don ?t want to live(?! (?:with|together|near|in (?:a|an|the|this|that|sweden)|at|there|abroad|like them|on my own|somewhere|anywhere|elsewhere|away|apart))", r"no reason to live",
    r"better off dead", r"battre om jag var dod", r"skadat (?:mig|sig) sjalv",
    r"(?:tagit|tog|svalt|svalde) (?:\w+ ){0,4}\w*(?:tablett\w*|piller|pillren)", r"overdos\w*",
    r"(?:took|taken|swallowed) (?:\w+ ){0,4}\w*(?:pills|tablets)",
    # (not "pappa tar alla pengar hon tjänar")
    r"(?:ta|tar|svalja|svaljer|take|swallow|taking|swallowing) (?:alla|allihop|all of them|them all)(?! (?:pengar\w*|lon\w*|money|wages|salary|hennes|hans|mina|sina|dina|beslut|samtal|chanser|hennes|the money|my money|her money)\b)", r"skurit (?:mig|sig)",
    r"bloder mycket", r"bleeding a lot", r"(?:tanker|ska|vill) hoppa", r"hoppa (?:fran|framfor|ut)",
    r"(?:star|statt|sitter|suttit) (?:\w+ )?pa (?:en bro|bron|taket|kanten)",
    r"ending things", r"end things", r"avsluta (?:allt|livet)", r"gora slut pa (?:allt|livet)",
    r"(?:standing|sitting) on (?:a|the) (?:bridge|roof|ledge)",
    r"don ?t want to be alive", r"(?:inte|aldrig) vill (?:leva|vara vid liv)", r"om jag (?:bara )?inte (?:fanns|finns)", r"if i (?:just )?(?:wasn ?t|weren ?t) (?:here|around|alive)",
    r"better off without me", r"battre utan mig", r"(?:pills|tablets) in my hand",
    # the means laid out: "i've got the pills in front of me", "rakbladet ligger bredvid mig"
    r"(?:the |my |all the )?(?:pills|tablets|razor|razor blade|blade|rope) (?:are |is )?(?:in front of me|next to me|on my bed|ready|lined up)",
    r"(?:tabletterna|pillren|rakbladet|rakbladen|repet) (?:\w+ )?(?:framfor mig|bredvid mig|pa sangen|redo|i handen)",
    r"(?:piller|tabletter) i handen", r"tonight is the night(?! (?:we|of|for|that we)\b)",
    r"somna och (?:aldrig |inte )vakna", r"fall asleep and (?:not|never) wake up", r"ingen utvag",
    r"(?:no|can ?t see a) way out", r"skrivit (?:ett |ett sista )?(?:brev|avskedsbrev) till (?:\w+ ){0,3}(?:och lagt|for nar|ifall)", r"written (?:letters|a letter) to",
    r"gett bort mina (?:grejer|saker)", r"giving (?:my|all my) (?:stuff|things) away", r"ready to end it", r"jump(?:ing)? (?:off|in front)",
    r"(?:thinking about|going to) jump(?:ing)?", r"avskedsbrev\w*", r"goodbye (?:letter|note)",
    r"suicide note", r"(?:want|going) to end it(?! with)", r"pa mig sjalv", r"on myself",
    # an overdose: a quantity of medicine swallowed
    r"(?:tagit|tog|svalt|svalde|atit|at|knaprat) (?:\w+ ){0,2}(?:alla|hela|massa|manga|for manga|en hel \w+|en burk|"
    r"en karta|en kartong|en flaska|typ \d+|\d+) (?:\w+ ){0,2}(?:tabletter|piller|mediciner|medicin|somn\w*|alvedon|"
    r"ipren|panodil|tabl\w*)",
    r"(?:took|taken|swallowed|ate|had) (?:\w+ ){0,2}(?:all (?:my|the|of)|a (?:whole )?bottle of|a handful of|"
    r"too many|a lot of|loads of|\d+) (?:\w+ ){0,2}(?:pills|tablets|painkillers|meds|medicine|medication|"
    r"paracetamol|sleeping pills)",
    # plans and means: collected pills, a razor, a rope; ways of dying named
    r"(?:samlat|samlar|sparat|sparar|gomt|har) (?:pa mig )?(?:\w+ ){0,2}\w*(?:tabletter|piller|tabletterna|pillren)",
    r"(?:saving|saved|collect\w*|stockpil\w*|hoard\w*|hiding|hidden|have) (?:up )?(?:\w+ ){0,3}(?:pills|tablets)",
    # goodbye letters and texts written or scheduled, a last evening, "what's the point"
    r"(?:wrote|written|writing|write|skrev|skrivit|skriver|scheduled|schemalagt|schemalagda) (?:\w+ ){0,2}(?:goodbye|farewell|avskeds|hejda) ?(?:letters?|notes?|brev|meddelanden|sms|texts?|messages?)",
    r"(?:har )?skrivit (?:ett )?brev till alla(?: (?:som|jag))?$", r"written (?:letters?|a letter) to (?:everyone|everybody)$",
    r"(?:what s|whats|what is) the point(?:$| (?:anymore|any more|of (?:anything|it all|going on|trying|living)))",
    r"(?:vad ar|vad e) (?:ens )?(?:poangen|meningen)(?:$| med (?:allt|nagot|att leva|livet))",
    r"(?:min|my) sista (?:kvall|natt)(?! (?:pa|i|hos|med|innan|har)\b)", r"(?:is|this is|it s|its|will be) my last (?:evening|night)(?! (?:at|of|in|on|with|before|here)\b)",
    r"(?:sista gangen|the last time) (?:nan|nagon|anyone|anybody|someone) (?:\w+ ){0,2}(?:behover|maste|has to|needs to|will have to) (?:\w+ ){0,2}(?:bry sig|oroa sig|worry|care)",
    r"sluta finnas", r"stop existing(?! (?:to|for) (?:him|her|them|my \w+))", r"(?:jag |i ve been |i m |im |i am )?(?:planerar|planning) how$",
    r"(?:slipper|won ?t have to) (?:\w+ ){0,2}(?:skammas|be ashamed)(?: \w+){0,3} (?:efter|after) (?:ikvall|inatt|idag|tonight|today)",
    r"(?:sa att|so that) (?:nan|nagon|someone|somebody) vet varfor",
    r"(?:every|all the|all of the) (?:pills?|tablets?|meds)", r"alla (?:tabletter|piller|mediciner)(?:na)? (?:som|i|jag)",
    r"(?:har|skaffat|kopt|hittat) (?:ett )?rep\b", r"(?:have|got|bought|found) a rope",
    r"(?:och )?aldrig vakna(?: upp)?(?: igen)?", r"(?:sleep|asleep) and never wake",
    r"forsvinn\w* (?:\w+ ){0,2}(?:for gott|for alltid)", r"disappear (?:\w+ ){0,2}(?:for good|forever)",
    r"(?:inte|aldrig) (?:kommer|ska) (?:att )?(?:vara|finnas) (?:har|kvar) (?:imorgon|i morgon|langre|mer)",
    r"won ?t be (?:here|around|alive) (?:tomorrow|anymore|much longer|for long)", r"(?:don ?t|dont) think i ll be (?:here|around|alive)",
    r"(?:lagt|lamnat|left) (?:det|brevet|it|the letter|a letter) (?:pa|on) (?:sangen|kudden|my bed|my pillow|the bed)",
    r"rakblad\w*", r"razor ?blades?", r"hanga mig", r"hang (?:my ?self|herself)", r"dranka mig",
    r"drown (?:my ?self|herself)", r"forgifta mig", r"poison (?:my ?self|herself)",
    # ideation said indirectly
    r"(?:how to|thinking (?:about|of)|plan\w* (?:to|on)|wants? to|wanna|going to|gonna|ready to|about to) end it(?! with)",
    r"(?:everyone|everybody|they|my family|the family|all of them) (?:would|will|d|ll) be (?:better off|happier)",
    r"(?:alla|familjen|dom|de) (?:skulle|hade|kommer) (?:ha det |ma |vara |bli )?(?:battre|lyckligare)(?: om jag| utan mig)",
    r"(?:can ?t|cannot|couldn ?t) stop cutting", r"(?:started|start|been|keep|kept) cutting",
    r"cutting (?:again|tonight|myself|my (?:arms?|wrists?|legs?))",
    # stop 19: "ska ta alla sina sömntabletter ikväll", "standing by the window of our 9th floor flat … not being anything at all would be easier"
    r"(?:ta|tar|svalja) alla (?:sina|mina|hennes) (?:\w+)?(?:tabletter|piller|mediciner)", r"not (?:being|existing)(?: \w+){0,3} would be easier",
    r"(?:standing|sitting|star|sitter) (?:by|at|vid) (?:the |our |my )?(?:open )?(?:window|fonstret|balcony|balkongen)(?: \w+){0,4} (?:\d+(?:st|nd|rd|th)?|\w+) (?:floor|vaningen)", r"(?:going to|gonna|will|want to|wanna) cut (?:again|tonight|today|now)\b", r"(?:skar|skurit|skara) mig (?:igen|ikvall|inatt)",
    r"(?:wish|want) (?:i was|i were|to be) dead", r"onskar (?:att )?jag var dod", r"vill (?:vara|va) dod",
    r"(?:don ?t|dont|do not) want to wake up", r"vill (?:aldrig|inte) vakna(?: upp)?(?: igen| imorgon)?",
    r"ingen mening (?:med att leva|med livet|att leva)", r"(?:no|what s the) point (?:in|of) (?:living|being alive|life)",
    r"tired of (?:living|being alive|life)", r"trott pa (?:att leva|livet)", r"livstrott",
    r"vill (?:bara )?forsvinna(?! (?:fran|harifran|hemifran|till))(?: for alltid)?",
    r"want to disappear(?! (?:from|to))(?: forever)?",
    # not wanting to be here any more (not "here at this school")
    r"(?:don ?t|dont|do not) (?:want|wanna) (?:to )?be (?:here|around|alive) (?:anymore|any more|no more|any longer)(?! (?:in|at|with|on)\b)",
    r"vill inte (?:vara|va|finnas) (?:har|kvar|till) (?:langre|mer)(?! (?:i|pa|med|hos)\b)", r"vill inte finnas till",
    r"(?:vill|want to|wanna) (?:bara |just )?(?:sova|sleep) (?:for alltid|forever)(?! (?:idag|today|i helgen|this weekend|lol|haha)\b)",
    r"orkar inte (?:vara|va|finnas) (?:kvar|har)(?: langre| mer)?",
    # ending it now, and being done with life: "tonight i'm ending it", "ikväll avslutar jag allt"
    r"(?:i m|im|i am) ending (?:it|everything|my life)(?! with)", r"ending (?:it|everything) (?:tonight|today|now|all)",
    r"(?:ikvall|inatt|idag|nu) (?:avslutar|gor) jag (?:slut pa )?(?:allt|livet|mitt liv)", r"avslutar (?:allt|livet|mitt liv)(?! med)",
    r"(?:so |totally )?done with (?:life|living|being alive|it all)", r"(?:klar|fardig) med (?:livet|att leva)",
    r"pallar inte (?:leva|livet|att leva)",
    # slang
    r"kms", r"unalive (?:my ?self|me)", r"(?:want|wanna|going) (?:to )?unalive",
)
KILL_SV = r"(?:doda|dodar|dodat|morda|mordar|ha ihjal|slar ihjal|sla ihjal|skjuta)"
THREAT_TO_KILL = _rx(
    # "sa att jag inte lämnar huset levande", "make sure nobody ever finds me"
    r"(?:inte|aldrig) (?:lamnar|kommer (?:att )?lamna|ska lamna|gar ut ur) (?:\w+ ){0,2}(?:levande|vid liv)", r"(?:won ?t|will not|not going to|never) (?:leave|get out of) (?:\w+ ){0,3}alive",
    r"(?:make sure|se till att) (?:nobody|no one|ingen) (?:ever |nagonsin )?(?:finds|hittar) (?:me|her|mig|henne)",
    # stop 17: "han ska se till att jag dör på riktigt"
    r"(?:ska|kommer att|kommer) se till att (?:jag|hon|du) dor", r"(?:will|ll|gonna|going to) make sure (?:i|she|you) (?:die|dies|end up dead)",
    # an ultimatum with death: "du har tre dagar på dig att komma hem annars dör du", "dead to us, and I mean dead"
    r"annars (?:dor du|ar du dod|kommer du (?:att )?do|do(?:r)? hon|ar hon dod)", r"or (?:else )?(?:you (?:re|are|ll be|will be)|youre|she s|she is) dead\b(?! to (?:us|me|the family|them)\b)",
    r"dead to (?:us|me|them)(?: \w+){0,3} i mean dead", r"or (?:we|i) (?:will|ll) kill (?:you|her)",
    # a life given an end date: "du kommer inte leva till eid", "you won't see the summer"
    r"(?:inte|aldrig) kommer (?:att )?(?:leva|overleva|fa leva|se|fa se) (?:till |tills )?(?:eid|jul|julen|sommaren|nyar\w*|nasta \w+|min (?:\w+ )?fodelsedag|imorgon|morgondagen|helgen)",
    r"(?:won ?t|will not|will never|aren ?t going to|isn ?t going to|not going to) (?:live to see|live (?:until|till|to)|see|make it to|survive) (?:the )?(?:eid|christmas|summer|new year|next \w+|(?:my|her) (?:\w+ )?birthday|tomorrow|weekend|morning|night)",
    # the same with the subject: "he said we will not see the morning", "vi kommer inte se morgonen"
    r"(?:vi|jag|du|hon) (?:kommer inte|ska inte) (?:att )?(?:se|overleva|klara) (?:morgonen|morgondagen|natten)",
    # the same with the verb first (stop 16): "om jag inte kommer hem innan 9 så kommer jag inte se morgondagen"
    r"(?:kommer|ska) (?:vi|jag|du|hon) (?:inte|aldrig) (?:att )?(?:se|overleva|klara) (?:morgonen|morgondagen|natten)",
    r"ses (?:vi )?pa (?:din|hennes|er) begravning", r"see you at your funeral",
    # "om jag kommer hem igen så blir det sista gången nån ser mig", "the last time anyone sees me"
    r"sista gangen (?:nan|nagon|ngn|ni|du|folk) ser (?:mig|henne|dig)",
    # "han sa i morse att det här är min sista dag"
    r"(?:det har|detta|today|this) (?:ar|e|is) (?:min|hennes|your|my|her|din) sista dag\b", r"(?:det ar|det e|it s|its|it is) (?:your|din) sista dag\b", r"last time (?:anyone|anybody|you|people) (?:sees|see|will see) (?:me|her|you)",
    # "vi kommer o hämtar dig sen blir det begravning"
    r"(?:sen|then|and then) (?:blir det|there ll be|it ll be|there will be) (?:en )?(?:begravning|funeral)",
    # "my blood is halal", "ditt blod är halal"
    r"(?:my|her|your|mitt|hennes|ditt) (?:blood|blod) (?:is|ar|e) (?:now )?halal",
    # the fate of a relative who died: "annars får jag samma öde som min moster" (who died)
    r"(?:samma ode som|same fate as) (?:min|mitt|my|her|hennes) (?:\w+ )?(?:moster|faster|syster|kusin|aunt|sister|cousin|mamma|mother)\w*(?= .*\b(?:dog|dott|dod|mordad\w*|died|dead|killed|murdered)\b)",
    r"(?:pratat|pratar|snackat|snackar|talked|talking|talk) (?:\w+ )?(?:om att|about) (?:gora sig av med|getting rid of) (?:mig|henne|me|her)",
    # "då begraver jag dig", "I'll bury you"
    r"(?:begraver|ska begrava|kommer (?:att )?begrava) (?:jag |vi |han |de |dom )?(?:dig|henne|mig)\b", r"(?:i ll|i will|gonna|going to|he ll|he will) bury (?:you|her|me)\b(?! in (?:homework|work|papers|paperwork|snow|sand|blankets|leaves|hugs|kisses))",
    # death made conditional or deserved: "if i talk to the counsellor i'm dead", "deserves to be buried"
    r"(?:said|say|says|told me|sa|sager|sagt) (?:that |att )?(?:if|om) (?:\w+ ){1,10}(?:i m|im|i am|i ll be|you re|youre|you ll be|ar jag|jag ar|du ar|ar du) (?:\w+ )?(?:dead|dod)\b(?! (?:to|for|in the eyes))",
    r"deserves? to be (?:buried|killed|dead)", r"fortjanar att (?:do|begravas|dodas)",
    # "de ska göra sig av med mig", "they'll get rid of me"
    r"(?:ska|kommer att|kommer|tanker|vill) (?:\w+ )?gora sig av med (?:mig|henne|dig)", r"(?:will|gonna|going to|ll|wants? to) (?:\w+ )?get rid of (?:me|her|you)\b",
    # a grave made ready: "det finns en plats åt mig på kyrkogården", "a grave is waiting for you"
    r"(?:en )?plats (?:at|for|till) (?:mig|henne|dig) (?:pa|i) (?:\w+ )?(?:kyrkogard\w*|graven|grav)",
    r"(?:a )?(?:place|spot|plot|grave) (?:for|waiting for) (?:me|her|you) (?:in|at) (?:the )?(?:\w+ )?(?:cemetery|graveyard)",
    r"(?:grava|grav\w*|dig\w*) (?:\w+ )?(?:min|hennes|din|my|her|your) grav\b",
    rf"hot(?:ar|ade|at|ad|as|ats)? {F}(?:att |med att )?{KILL_SV}",
    r"dodshot\w*", r"mordhot\w*",
    # a relative's sentence of death on a sister: "mamma säger att hon måste dö för att hon har dragit skam över oss"
    r"(?:sager|sa|sade|skrev|says|said|told me) (?:\w+ )?(?:att |that )?(?:hon|du|han|she|you|he) (?:maste|ska|has to|must|needs to|deserves to) (?:do|die)\b(?! (?:av skratt|of laugh\w*))",
    # "you are dead to me" made literal: "han sa att jag är död för honom och att han ska se till att det blir sant"
    r"(?:dod|dead) (?:for|to) (?:\w+ ){0,8}(?:se till att|make sure|make) (?:det|it|that) (?:blir |becomes |comes |is )?(?:sant|verklighet|true|real)",
    rf"(?:ska|kommer|tanker|vill|skulle|tanka|ger sig pa att) {F}{KILL_SV} (?:mig|mej|oss|henne|honom|dig|dem|mamma|pappa|min|mitt|mina|syrran|brorsan)",
    rf"(?:ska|kommer att|kommer|skulle|maste) (?:\w+ ){{0,2}}(?:dodas|mordas|hedersmordas|avrattas)",
    r"hedersmord\w* (?:pa )?(?:mig|henne)", r"honou?r killing of (?:me|her)",
    # learner's Swedish without the modal verb: "idag han säger han döda mig"
    r"(?:han|hon|de|dom) (?:sager|sa) (?:att )?(?:han|hon|de|dom) (?:doda|dodar) (?:mig|oss|henne|barnen)",
    r"nasta gang (?:\w+ ){0,4}(?:dodar|doda|dor|skjuter|sticker|pa riktigt)",
    r"next time (?:\w+ ){0,4}(?:kill|dead|shoot|stab|for real)",
    r"(?:will|gonna|going to|is going to|are going to) (?:get )?(?:me|her) killed", r"(?:i ll|i will|i m going to|im going to|i m gonna|im gonna) be killed",
    rf"threat\w* to kill", r"death threats?", r"threaten\w* (?:my|her|his) life",
    r"(?:ar|e) dod (?:nar|om|sen)", r"gora slut pa (?:mig|henne|honom)",
    # the last time, said by the one who hurts: "tonight will be the last time he has to"
    r"(?:the )?last time (?:he|she|they) (?:has|have|needs?|will (?:have|need)|ll (?:have|need)|is going to have) to"
    r"(?=$| (?:deal|put up|see (?:me|her)|look at|hear|tell|warn|do (?:this|it|that)|beat|hit|punish|teach|choke|touch|talk to|bother)\b)",
    r"sista gangen (?:han|hon|de|dom) (?:behover|maste|ska behova|kommer (?:att )?behova)"
    r"(?=$| (?:gora (?:det|detta)|sla|varna|se (?:mig|henne)|hora|sta ut|saga|ta i|stryp\w*|straffa|bry sig)\b)",
    r"(?:won ?t|will not|never) (?:wake up|see (?:the )?(?:morning|tomorrow))(?: again)?(?= (?:he|she|they) (?:said|says|told))",
    r"(?:kommer|ska) (?:aldrig|inte) (?:vakna|se morgondagen)(?: igen)? (?:sa|sade|sager) (?:han|hon|de|dom)",
    # the same told in reported speech: "han sa att jag inte kommer vakna imorgon", "he said i won't wake up"
    r"(?:sa|sade|sager|skrev|skriver) (?:att )?(?:jag|hon|du) (?:inte|aldrig) (?:kommer (?:att )?|ska )?(?:vakna|se morgondagen)(?! i tid| till| av )",
    r"(?:said|says|told me|texted) (?:that )?(?:i|she|you) (?:won ?t|will not|wouldn ?t|would not|will never|ll never) "
    r"(?:wake up|see (?:the )?(?:morning|tomorrow))(?! (?:in|on) time| early| for)",
    r"(?:finish|end) (?:me|her|him) off", r"(?:will|gonna|going to) finish (?:me|her|him)",
    # (not the disowning "you're dead to us" unless made literal: "dead to us, and I mean dead")
    r"you re dead(?! to (?:us|me|them|the family|this family)\b)", r"i m dead when", r"im dead when",
    rf"{KILL_SV} (?:han|hon|de|dom|dem|pappa|brorsan) (?:mig|oss|henne|honom)",
    # stop 19: "hon ska bränna en med strykjärnet", a threat to burn
    r"(?:ska|kommer att|kommer|hotar att|hotade att|tanker) branna (?:mig|henne|dig|en)\b(?! (?:en|ett|cd|skiva|skivor)\b)",
    # stop 19: a threat passed on to the writer, "om du inte kommer hem ikväll dödar din bror dig"; "he'll make it look like an accident"
    rf"{KILL_SV} (?:din|er) (?:\w+ )?(?:bror|brorsa|brorsan|broder|pappa|far|farsan|farbror|morbror|kusin|man|familj)\w* (?:dig|er)\b",
    r"(?:your|ur) (?:dad|father|brother|brothers|uncle|cousin|cousins|family|husband) (?:will|ll|is gonna|is going to|are going to|are gonna) kill (?:you|u)\b",
    r"(?:make|makes|making) it look like an accident", r"(?:fa|far|ska fa) det att se ut som en olycka",
    r"se till att (?:jag|hon|du) forsvinner", r"make sure (?:i|she|you) (?:disappear|disappears|vanish|vanishes)\b",
    r"(?:kommer|ska komma) tillbaka (?:\w+ ){0,2}(?:och|o) (?:avslutar|avsluta) (?:det|jobbet)", r"(?:come|coming) back (?:and|to) finish (?:it|the job|me|her)\b",
    # (not a job, school or a headache that "kills" the writer)
    NOT_A_CHORE + r"(?<!det har )(?<!det )(?<!den har )(?:dodar|mordar|skjuter) (?:\w+ ){0,2}(?:mig|oss|henne)", r"planerar att (?:doda|morda)",
    r"(?:ska|kommer att|kommer) do\b(?! av (?:skam|skratt|pinsamhet|tristess|uttrakning|hunger|tristessen)\b| pa (?:\w+)?prov\w*| pa (?:lektionen|traningen|jobbet)\b)", r"sa dor (?:jag|du|hon)",
    # (not where or with whom: "he won't live with us anymore", "he won't live with the shame")
    r"(?:won ?t|will not) live(?! (?:with|in|there|here|at|together|near|under|like|on|alone|abroad|without|anymore|any more)\b)",
    r"(?:att|that) (?:jag|i) (?:ska|will) (?:forsvinna|disappear)", r"(?:kill|kills) (?:me|her|us)",
    r"(?:inte )?(?:kommer|ska) (?:inte )?overleva", r"won ?t survive", r"not (?:going to )?survive",
    r"(?:slar|sla|skjuter|skjuta|sticker) (?:han|hon|de|dom|pappa|farsan|brorsan) ihjal (?:mig|oss|henne|honom|dig)",
    r"(?:sa|da) (?:ar|e) (?:jag|du|hon) dod", r"(?:if|unless) (?:\w+ ){1,8}(?:i m|im|you re|she s) dead\b(?! tired| to)",
    r"planera\w* (?:\w+ )?(?:nagot|nat|nanting|nagonting) mot (?:mig|henne|oss)", r"planning something (?:against|for) (?:me|her)",
    # not coming home alive: "så kommer jag inte hem levande", "you won't make it home alive"
    r"(?:kommer|ska) (?:jag|du|hon|han) (?:inte|aldrig) (?:\w+ )?(?:hem |tillbaka |harifran )?levande", r"(?:inte|aldrig) (?:kommer|ska) (?:\w+ )?(?:hem |tillbaka )?levande",
    r"(?:won ?t|will not|wont|never|not going to|not gonna) (?:\w+ )?(?:come|make it|get|be coming|go) (?:back |home |out )?alive",
    r"(?:overlever|klarar) (?:jag|du|hon) inte (?:natten|helgen|kvallen)", r"(?:inte|aldrig) (?:kommer (?:att )?)?(?:leva|overleva) (?:till|tills|over) (?:imorgon|i morgon|natten|helgen)",
    r"(?:won ?t|will not|not) (?:live|survive|make it) (?:to see |until |till |through )?(?:tomorrow|the night|the weekend)", r"(?<!om )(?<!nar )(?<!innan )\bar jag dod\b",
    r"(?:kasta|kastar|slanga|slanger|knuffa|knuffar|putta|puttar) (?:ut )?(?:mig|henne|dig) (?:ut )?(?:fran|genom|over|ut genom|nerfor) (?:\w+ )?(?:balkong\w*|fonstr\w*|fonster|racket|taket)",
    r"(?:throw|throws|throwing|push|pushes|pushing|toss|chuck) (?:me|her|you) (?:off|from|out of|out|over) (?:the |my |our )?(?:balcony|window|roof|railing)",
    r"(?:slit|cut) (?:my|her|your) throat", r"stab (?:me|her|you)\b", r"skara halsen av", r"sticka ner (?:mig|henne|dig)",
    # stabbing in slang ("han ska sticka mig"), death said inverted, a family's verdict, "he'd finish me"
    r"(?:ska|kommer att|kommer|tanker|hotar att|hotade att|sa (?:att )?(?:han|hon|dom|de) ska) (?:\w+ ){0,2}(?:sticka|stabba|knivhugga|hugga) (?:mig|henne|dig|honom)\b(?! (?:en|ett|lite|nagra|pengar|nan|nagon)\b)",
    r"\bknivhugga (?:mig|henne|dig)", r"(?:gonna|going to|will|ll|d|would) (?:\w+ )?(?:stab|shank|knife) (?:me|her|you)\b",
    r"om (?:jag|du|hon) (?:\w+ ){1,4}(?:ar|e|sa ar|da ar) (?:jag|du|hon) dod\b",
    r"(?:decided|bestamt|beslutat|beslutit) (?:att |that )?(?:i|jag|she|hon) (?:have to|has to|must|maste|ska) (?:die|do)\b",
    r"(?:he|she|they|brother|dad|father|uncle) (?:d|would|ll|will|is gonna|is going to) finish (?:me|her)(?=$| (?:if|when|unless|tonight|for good|off|and|but|too)\b)",
    r"hugga (?:mig|henne|dig)",
    r"vet var du bor", r"hittar (?:vi|de|dom|han) dig", r"we know where you (?:live|are)",
    r"(?:we|they) (?:will|ll) find you",
    r"(?:will|gonna|going to|wants? to|would|is going to|are going to|said (?:he|she|they) d) (?:\w+ ){0,2}kill (?:me|her|him|us|them|my)",
    # a plan to kill, overheard or guessed: "jag tror dom menar att döda mig", "talking about killing her"
    rf"(?:menar|pratar om|pratade om|planera\w*|diskutera\w*|snackar om|snackade om) (?:att )?{KILL_SV} (?:mig|henne|oss|min \w+)",
    r"(?:talk\w*|plann\w*|plans?|discuss\w*|mean\w*|meant) (?:about |on |to )?(?:kill\w*|murder\w*) (?:me|her|us|my \w+)",
    # going home means death: "om jag går hem dör jag", "if i go back home they'll kill me"
    r"om (?:jag (?:gar|kommer|aker|atervander|aterkommer|flyttar) (?:tillbaka )?hem|(?:dom|de|han|hon|pappa|farsan|familjen|slakten) "
    r"(?:hittar mig|hittar hit|far veta|ser mig))(?: \w+){0,3} (?:sa |da )?dor jag",
    r"if (?:i (?:go|come|get|went|move) (?:back )?home|(?:they|he|she|my family|dad) (?:find me|find out|see me))"
    r"(?: \w+){0,3} (?:i ll|i will|i m gonna|im gonna|i m going to|i d) (?:die|be killed|be dead)",
    # maiming: acid, fire, a face cut
    r"(?:kasta|kastar|slanga|halla|hall) (?:\w+ ){0,2}syra",
    # stop 19: "hon ska hälla kokande vatten på mig", "tomorrow it will be my face"
    r"(?:kasta|kastar|halla|haller|hall) (?:\w+ ){0,2}(?:kokande|kokhett|hett|het) (?:vatten|olja)", r"(?:throw|throws|pour|pours) (?:\w+ ){0,2}(?:boiling|hot) (?:water|oil)",
    r"(?:tomorrow|next time|imorgon|nasta gang) (?:it ll|it will|blir det|ar det|det blir) (?:be )?(?:my|her|mitt|hennes) (?:face|ansikte)", r"syra i (?:ansiktet|mitt ansikte|hennes ansikte)",
    r"(?:throw|throws|throwing|pour|splash) (?:\w+ ){0,2}acid", r"acid (?:in|on|at) (?:my|her|your) face",
    # stop 20: "hotar att hälla bensin på mig", "he'll burn my face", "inte räkna med att fira min 17-årsdag", "won't walk out of that hall"
    r"(?:halla|haller|hall|kasta|kastar) (?:\w+ ){0,2}bensin (?:pa|over) (?:mig|henne|dig)", r"(?:pour|pours|throw|throws|douse|douses) (?:\w+ ){0,2}(?:petrol|gasoline|gas) (?:on|over) (?:me|her|you)",
    r"(?:burn|burns|branna|branner) (?:my|her|your|mitt|hennes|ditt) (?:face|ansikte)",
    r"(?:inte|aldrig) (?:ska |kommer att |kan )?rakna med att (?:fira|fylla|fa fira|se) (?:min|mitt|hennes|ditt|din|nasta) \w+", r"(?:shouldn ?t|should not|not to|can ?t|won ?t) count on (?:celebrating|seeing|having) (?:my|her|your|another|next) \w+",
    r"(?:won ?t|will not|wont|not going to) (?:walk|come|get) out of (?:that|the) (?:hall|wedding|venue)", r"(?:inte|aldrig) (?:gar|kommer att ga|kommer ga|ska ga) ut (?:fran|ur) (?:den dar |den )?(?:salen|lokalen|festen)",
    r"(?:or|eller) (?:bury|begrava) (?:me|her|mig|henne)\b", r"(?:you re|you are|youre|ur|du ar|du e) (?:\w+ )?(?:dead|dod) (?:when|nar) (?:i|we|jag|vi) (?:find|hittar) (?:you|dig)",
    r"(?:set|sets|setting) (?:me|her|you) on fire", r"(?:burn|burns|burning) (?:me|her|you)\b(?! (?:a|some|the|cd|dvd|toast))",
    r"(?:tanda eld pa|branna upp|branna) (?:mig|henne|dig)\b", r"(?:disfigure|vanstalla) (?:me|her|you|mig|henne|dig|mitt|hennes)",
    r"(?:skara|skar) upp (?:mitt|hennes|ditt) ansikte", r"(?:cut|slash) (?:up )?(?:my|her|your) face",
)
LOCKED_IN = _rx(
    r"(?:last|laser|laste|stangt|stanger|stangde) in (?:mig|mej|oss|henne|honom|dem)",
    r"(?:last|laser|laste|stangt|stanger|stangde) in (?:min|mitt|mina|var|vart|vara|hennes|hans) (?:\w+ )?(?:syster|bror|mamma|dotter|son|barn|lillasyster|lillebror|systrar|dottrar|kusin)",
    r"(?:laser|laste|stanger|stangde) (?:de|dom|han|hon|pappa|mamma|farsan|brorsan) in (?:mig|mej|oss|henne|honom)",
    r"(?:de|dom|han|hon) har last\b", r"inlast\w*", r"instangd\w*", r"stangd inne", r"(?<!ingen )(?:last|laser|laste) dorren(?! (?:nar|efter sig|bakom sig|innan|for att (?!jag|vi|hon|ingen av oss)|mot tjuv))", r"(?:kommer|kmr) inte ut",
    r"(?:tagit|tog) (?:mina |alla )?nycklar\w*", r"took (?:my|the) keys",
    # learner's English: "now he is gone and I am locked"
    r"(?:i am|i m|im) locked(?! out)(?= (?:now|here|inside|what|and|help|please)|$)",
    r"kept in (?:her|his|my|their) room", r"won t let (?:her|him|me|us) out",
    r"keep(?:s|ing)? (?:me|her|him) (?:locked|inside)", r"stuck in (?:the|my|a) \w+",
    r"fast (?:i|pa) (?:kallaren|rummet|forradet|vinden)", r"won ?t open (?:up|the door)",
    r"oppnar inte dorren", r"locked myself in",
    r"(?:he s|she s|they ve|he has|she has|they have|dad has|dad s|has) (?:also |now |just )?locked my (?:bedroom |room )?door",
    # the handle taken off by somebody else: "dom har skruvat bort handtaget på dörren" (not "vi tog bort dörrhandtaget för att laga det")
    r"(?:dom|de|han|hon|pappa|mamma|farsan|brorsan|they|he|she|my (?:dad|mum|mom|brother|parents)) (?:har |have |has |ve |s )?"
    r"(?:skruvat|skruvade|tagit|tog|monterat|monterade|removed|took|taken|unscrewed) (?:bort |av |off )?(?:\w+ )?(?:handtaget|dorrhandtaget|handtagen|the (?:door )?handles?|my (?:door )?handles?)"
    r"(?! (?:for att|to) (?:laga|fixa|byta|mala|repair|fix|replace|paint))",
    r"(?:took|taken|removed|tagit|tog|skruvat|skruvade) (?:\w+ ){0,4}(?:the |my |her )?handle (?:off|from) (?:my|her|the) (?:bedroom |room )?door", r"handtaget (?:pa|av|fran) (?:min|hennes) (?:rums)?dorr", r"locked from (?:the )?outside", r"last utifran",
    r"spikat igen", r"nailed (?:\w+ ){0,3}shut", r"locked (?:my|her|the) (?:room|door|bedroom|bedroom door) from (?:the )?outside",
    # stop 19: "pappa har … skruvat fast fönstret", "the door's deadlocked and u dont have the key"
    r"(?:skruvat|skruvade) fast (?:fonstret|fonstren|dorren)", r"screwed (?:\w+ ){0,2}(?:windows?|door) shut",
    r"deadlocked (?:\w+ ){0,4}(?:don ?t|dont|do not|doesn ?t) have (?:the|a) key",
    r"locked (?:me|us|her|him|them)(?: (?:and|n)(?: \w+){1,3})? (?:in|up)", r"locked (?:my|our) \w+ (?:in|up)\b", r"lock(?:s|ing)? (?:me|us|her|him) (?:in|up)",
    r"locked in", r"can t get out", r"cant get out", r"won t let me (?:leave|out)(?! (?:the house |home )?(?:alone|by myself|on my own|without))",
    r"far inte (?:ga|komma) ut ur (?:rummet|huset|lagenheten)",
    r"(?:held|kept|keeping|holding) (?:me|her|us) (?:captive|prisoner|hostage|against (?:my|her) will)",
    r"(?:held|kept|keeping|holding|keep|keeps|hold|holds) (?:me|her|us) (?:\w+ ){0,2}in (?:their|the|his|a|this|that) (?:house|flat|apartment|home|place)(?= (?:and|so|,) ?(?:she|i) (?:can ?t|cannot|isn ?t allowed to|am not allowed to) (?:leave|get out|go))",
    r"(?:haller|hallit|hall) (?:mig|henne|oss) (?:kvar )?(?:i|inne i|pa) (?:huset|lagenheten|hemmet|deras \w+)(?= (?:och|sa) (?:hon|jag) (?:kan|far) inte)",
    r"(?:so|so that) (?:i|she) (?:can ?t|cannot|won ?t be able to) (?:leave|get out|go out|run|escape)",
    r"(?:sa|sa att) (?:jag|hon) inte (?:ska|kan) (?:kunna )?(?:sticka|rymma|ga ut|ta mig ut|ta sig ut|fly|lamna)",
    r"(?:jag )?kan inte ta mig (?:ut|harifran)\b", r"(?:shuts?|shut) (?:me|her) in\b", r"(?:stanger|stangde) in mig",
    r"(?:hanglas|padlock|lock|bolt|regel)\w* (?:pa|on) (?:the )?(?:utsidan|outside)", r"skruvat bort (?:\w+ )?(?:handtag\w*|fonsterhandtag\w*)",
    r"(?:haller|hallit|hall|haller) (?:mig|henne|oss) (?:fangen|fangna|instangd|inlast|kvar mot)",
    r"fange (?:hemma|i (?:mitt|vart|huset|rummet))", r"prisoner in (?:my|our|the|this) (?:own )?(?:home|house|room)",
    r"slapper inte ut (?:mig|henne|oss)", r"bomm\w* igen", r"boarded up", r"barricad\w* (?:me|us|her|the door)",
    r"(?:last|laste|stangt|stangde) (?:mig|henne|honom|oss) i (?:kallaren|rummet|garderoben|badrummet|forradet|\w+rummet|bilen)",
    r"(?:doors?|dorrarna?) (?:are|is|ar|e) (?:double |dubbel ?)?(?:locked|lasta?|last)", r"(?:har )?last dorrarna",
    r"double locked", r"dubbellast\w*",
    r"far inte (?:lamna|ga ut ur|ga ifran) (?:huset|lagenheten|rummet|hemmet|mitt rum)(?! utan| ensam| sjalv)",
    r"(?:not|never) allowed to leave (?:the house|the flat|the apartment|my room|home)(?! without| alone| on my own| by my)", r"(?:won ?t|will not|don ?t) let (?:me|her) (?:leave|out of)(?!(?: \w+){0,3} (?:except|without|alone|unless|apart from))",
    # (not "they won't let me go out", a restriction, stop 19: "They don't hit me but they won't let me go out")
    r"(?:won ?t|will not|don ?t) let (?:me|her) go out(?= (?:of (?:the|my|her) (?:house|room|flat)|at all|for days|since)\b)",
)
# kept in behind a locked door: the key taken, nobody out until a yes. Danger only with a door or a lock in
# the message ("min man låser dörren och tar med sig nyckeln"; not "pappa tog med sig bilnyckeln")
KEPT_BEHIND_DOOR = _rx(
    r"(?:tar|tog|tagit) med sig (?:alla )?(?:nyckeln|nycklarna|nyckel)",
    r"(?:has|have|keeps?|took|takes|hides?|hid) (?:all )?the keys? (?:on|with) (?:him|her|them)",
    r"(?:har|gomt|gommer) (?:alla )?(?:nyckeln|nycklarna) (?:pa sig|hos sig)", r"(?:gomt|gommer|gomde) (?:alla )?(?:nyckeln|nycklarna)",
    r"ingen far (?:lamna|ga ut ur|ga fran) (?:huset|lagenheten|rummet|hemmet)", r"(?:forran|tills) jag (?:sagt|sager|gatt|gar) (?:ja|med pa)",
    r"(?:nobody|no one) (?:is )?(?:leaving|leaves|goes out|gets out)", r"ingen (?:far )?(?:gar|lamnar|kommer) (?:harifran|ut|hemifran)",
    r"(?:won ?t|will not|can ?t|don ?t) (?:get |come |go )?out (?:until|till|before)",
)
DOOR_OR_LOCK = _rx(r"\w*dorr\w*", r"\w*doors?", r"lock\w*", r"inlast\w*")
# guarded in turns or around the clock: control on its own, danger with a threat, fear or a need to flee
GUARDED = _rx(r"vakta\w* (?:mig|henne|oss)", r"turas om att (?:vakta|bevaka|halla koll pa|passa)",
              r"(?:lamnar|later) (?:mig|henne) (?:aldrig|inte) (?:vara )?ensam",
              r"(?:guard|guards|guarding|guarded) (?:me|her|us)", r"take turns (?:watch\w*|guard\w*|sitting (?:outside|by|at) (?:my|her) door)",
              r"(?:guard|guards|guarding|watch|watches|watching) (?:my|her) (?:bedroom |room )?door (?:in turns|day and night|all (?:day|night))",
              r"watch(?:ing|es)? (?:me|her) (?:day and night|24|all day|around the clock|every minute|every second)", r"vaktar (?:mig|henne) varje (?:sekund|minut)",
              r"never (?:leave|leaves|let) (?:me|her) (?:alone|out of (?:their|his|her) sight)",
              r"(?:inte|aldrig) (?:varit ute|fatt (?:ga|komma|vara) ut\w*) (?:pa|pa over|sedan|sen) (?:\w+ )?(?:dagar|veckor|vecka|manad\w*|\w+dags|\w+dagen)",
              r"(?:haven ?t|hasn ?t|not) been (?:out|outside|out of the house) (?:in|for) (?:\w+ )?(?:days|weeks|a week|a month|months)")
# tracked: an app or a phone that tells them where the writer is
TRACKED = _rx(r"spar(?:ar|ade|at) (?:(?:min|hennes) (?:telefon|mobil|position|plats)|mig\b|henne\b|var (?:jag|hon))", r"(?:app|gps|life ?360|find my) (?:\w+ ){0,4}(?:telefon|mobil|phone)",
              r"vet (?:exakt |precis )?var (?:jag|hon) ar (?:hela tiden|jamt|alltid|hela dagarna)",
              r"knows? (?:exactly )?where (?:i|she) (?:am|is) (?:all the time|always|24)",
              r"track\w* (?:me|my|her)", r"(?:foljer|folja) (?:efter )?(?:mig|henne) overallt", r"follows? (?:me|her) everywhere")
# the writer must get out before they notice: "jag måste härifrån innan dom märker"
ESCAPE_URGENT = _rx(r"maste (?:harifran|bort harifran|ut harifran|fly|ta mig harifran|sticka)",
                    r"(?:need|have|got) to (?:get out of here|get away|escape|run)\b",
                    r"innan (?:dom|de|han|hon) (?:marker|markt|marka|ser|kommer hem|vaknar)",
                    r"before (?:they|he|she) (?:notice|notices|find out|finds out|see|sees|wake up|wakes up|get home|gets home)")
# a threat against fleeing: "tro inte att du kan fly", "om jag försöker springa så vet jag vad som händer"
ESCAPE_THREAT = _rx(r"tro (?:inte )?att (?:jag|du|hon) kan (?:fly|rymma|sticka|komma undan|gomma)",
                    r"(?:don ?t|dont|never) think (?:you|i|she) can (?:run|escape|get away|hide|leave)",
                    r"(?:you|she) can ?t (?:run|hide|escape)", r"du kan inte (?:fly|gomma dig|springa|komma undan)",
                    # (running or fleeing; leaving or going only when it is tried: "om du försöker dra")
                    r"om (?:jag|du|hon) (?:(?:forsoker|forsokte) (?:att )?(?:springa|fly|rymma|sticka|smita|dra|ga harifran)|"
                    r"(?:springer|flyr|rymmer|sticker|smiter))\b(?: \w+){0,3} (?:sa |da )?(?:vet|far|ska|kommer|dor)",
                    r"if (?:i|you|she) (?:(?:try to|tries to|ever) (?:run|escape|leave|run away|go)|run|runs|escape|escapes|run away|runs away)\b"
                    r"(?: \w+){0,3} (?:you ll|i ll|you know|they ll|he ll|she ll|you re|i m|im)")
WEAPON = _rx(r"\w*kniv\w*", r"pistol\w*", r"vapen", r"vapnet", r"gevar\w*", r"yxa\w*",
             r"baseb[ao]ll ?tra\w*", r"\w*hammare\w*",
             r"hammare\w*", r"basebolltra\w*", r"tillhygge\w*",
             r"knife", r"knives", r"gun", r"guns", r"weapon\w*", r"pistol", r"rifle", r"hammer",
             r"baseball bat", r"axe",
             r"machet\w*", r"svard\w*", r"swords?", r"dolk\w*", r"daggers?", r"kofot\w*", r"crowbar", r"knogjarn", r"brass knuckles", r"revolver",
             r"(?:nat|nagot|nanting|nagonting|something|sumthing|smth|somethin) (?:vasst|sharp)",
             r"(?:star|sitter|kommer) (?:\w+ ){0,4}med (?:nat|nagot|nanting) i (?:handen|handerna)", r"(?:standing|sitting|coming) (?:\w+ ){0,4}holding something",
             r"(?:tagit|tog) fram (?:nat|nagot|nanting) ur (?:\w+ ){0,2}\w*ladan", r"(?:took|got|pulled) something (?:out )?(?:of|from) (?:the )?(?:\w+ )?drawer")
PERSON = _rx(r"han", r"hon", r"de", r"dom", r"pappa", r"farsan", r"mamma", r"morsan", r"bror",
             r"brorsan", r"broder", r"farbror", r"morbror", r"kusin\w*", r"styvpappa", r"min man",
             r"exman\w*",
             r"he", r"she", r"they", r"dad", r"father", r"mum", r"mom", r"brother", r"uncle",
             r"cousin", r"husband", r"someone", r"nagon")
HUNTED = _rx(r"(?:star|sitter) (?:\w+ ){0,2}(?:nere )?vid (?:porten|grinden|entren|uppgangen) (?:\w+ )?(?:och )?vantar", r"vantar (?:\w+ ){0,3}(?:nere )?vid (?:porten|grinden|entren|uppgangen)", r"(?:waiting|standing) (?:\w+ )?(?:by|at) the (?:front )?(?:gate|entrance)",
    
    r"star utanfor (?:dorren|huset|min dorr|skolan|porten|fonstret)", r"utanfor min dorr",
    r"letar efter (?:mig|oss|henne)", r"vet var (?:jag|vi) (?:bor|ar)", r"har hittat (?:mig|oss)",
    # the threat quoted: "vi vet var du bor nu", "familjen har hittat dig", "we know where you live"
    r"vi vet var du bor", r"(?:har|have) hittat dig", r"we know where you (?:live|are|work)", r"we (?:have )?found you",
    r"jagar (?:(?:han|hon|de|dom|pappa|farsan|brorsan|min \w+) )?(?:mig|oss|henne)(?! (?:runt|for skojs|med (?:vatten\w*|sno\w*|en vatten\w*)))", SOMEBODY + r"(?<!inte )(?<!ingen )ar i fara(?! (?:att|an|annu))", r"radd for mitt liv",
    r"hittat var (?:jag|vi) (?:bor|ar|jobbar)", r"vet var (?:jag|vi) (?:jobbar|pluggar)",
    r"(?:vantar|star) (?:pa|vid|utanfor) (?:\w+ ){0,2}(?:parkering\w*|dorr\w*|huset|skolan|butiken|jobbet|porten|trappan|bussen)",
    r"(?<!ingen e )(?<!ingen ar )(?<!inte )pa vag hit", r"kommer in i (?:rummet|mitt rum)", r"kommer upp (?:for|i) trappan",
    # (not a habit: "min kusin står alltid utanför skolan" is being watched, not hunted now)
    r"(?:star|sitter|vantar) (?!(?:\w+ )?(?:alltid|ofta|ibland|jamt|varje|brukar)\b)(?:\w+ ){1,3}utanfor (?:huset|dorren|porten|skolan|lagenheten|jobbet)", r"kommer efter (?:mig|oss)",
    r"bankar pa (?:min |var )?dorr\w*", r"(?:star|vantar|sitter) (?:nere )?(?:pa gatan|utanfor \w+|vid dorren)",
    r"letar (?:\w+ ){0,3}efter (?:mig|oss|henne)", r"hittat (?:min|var) (?:nya )?(?:adress|lagenhet)",
    r"ar (?:forsvunnen|borta sen)", r"kor mig (?:\w+ ){0,2}(?:nanstans|nagonstans)",
    r"ligger pa golv(?:et)?", r"brattom", r"(?<!inte )(?<!inte ar )(?<!inte e )(?<!icke )(?<!inget )(?<!ingen )(?<!ingenting )(?<!inte i )(?<!ar inte i )akut", r"(?:star|vantar) (?:han|hon|de|dom) (?:vid|utanfor) \w+",
    r"(?<!turning up )(?<!turns up )(?<!turn up )(?<!showing up )(?<!shows up )(?<!marry )(?<!married )(?<!marrying )(?<!work )(?<!works )(?<!working )(?<!a job )(?<!jobs )outside (?:the|my|our) (?!cinema|movies|shop|store|mall|restaurant|cafe|gym|club|stadium|arena|clan|family|faith|religion|culture|community|country|caste|tribe|comfort)\w+", r"banging on (?:my|the) door", r"(?<!keeps )(?<!keep )coming (?:upstairs|for me|after me|in)",
    r"search\w* (?:\w+ ){0,3}for me", r"found my (?:new )?address", r"(?:is|has gone|went) missing",
    r"don ?t know where (?:they|he|she) (?:are|is) taking", r"(?<!sleep )(?<!sleeps )(?<!slept )(?<!sleeping )on the floor",
    r"(?<!not )(?<!non )(?<!not an )(?<!not that )(?<!nothing )(?<!nothing too )(?<!isn t )(?<!isnt )(?<!wasn t )urgent", r"(?<!not an )(?<!non )(?<!not a )(?<!no )emergency(?! contracepti| pill| contact)", r"(?:he|she|they) (?:is|are|s|re) coming(?! to (?:our|my|the|his|her) (?:school|class|party|wedding|birthday|graduation|game|match|concert)| to (?:talk|speak|visit|celebrate|give a talk))",
    r"gommer mig", r"gomt mig", r"sitter gomd", r"(?:i m|im|i am) hiding", r"hiding in the \w+ and",
    r"(?:han|hon|de|dom|pappa|farsan|brorsan) (?:ar|e) (?:har|hemma) nu", r"(?:han|hon|de|dom) (?:ar|e) har",
    r"(?<!when )(?<!whenever )(?<!if )(?<!while )(?:they|he|she) (?:re|s|are|is) (?:here|at the door)", r"(?<!when )(?<!whenever )(?<!if )(?<!while )(?:they|he) (?:re|s|are|is) back(?! (?:in|home|from|at (?:school|work)|to (?:school|work|normal)|now (?:and|at|in|with))\b)",
    # (not "she's back now": the one taken abroad came home, stop 16)
    r"(?<!when )(?<!whenever )(?<!if )(?<!while )she (?:s|is) back(?! (?:in|home|from|at (?:school|work|uni)|to (?:school|work|normal)|now|and (?:says|said|seems|is doing|s doing|doing|fine|ok|okay|safe|well))\b)", r"there here", r"snalla kom",
    r"kan (?:nan|nagon) komma", r"come (?:quick|now|fast)", r"(?<!don t )(?<!dont )hurry(?! home| up and)", r"skynda",
    r"ropa\w* pa hjalp", r"skrik(?:er)? pa hjalp", r"screaming for help", r"hor skrik",
    r"(?:dom|de) tar mig(?! (?:ifran|fran) (?:henne|honom|mamma|pappa|familjen|er|dem|dom|mina))", r"they ?re taking me", r"(?<!skjutsa mig och )(?<!skjutsar mig och )(?<!maste )hamta (?:hem )?mig", r"(?<!wants )(?<!want )(?<!wanna )(?<!planning )(?<!plans )to take me (?:back|home)", r"forsoker ta sig in",
    r"(?:bryta|bryter) sig in", r"trying to (?:get|break) in", r"breaking in", r"tvingar in (?:mig|henne|honom) i", r"drar in (?:mig|henne) i bilen",
    r"(?:waiting|standing) outside(?! (?:the )?(?:cinema|school gym|shop|restaurant|cafe|club) for)", r"coming up the stairs", r"on (?:their|his|her) way (?:here|over)",
    r"they r coming", r"they re coming", r"forc\w* (?:me|her) into", r"drag\w* (?:me|her) into",
    r"ring polisen", r"hjalp mig nu",
    # "kom hit!" as a plea, not "innan man kom hit" (came here)
    r"(?<!man )(?<!jag )(?<!vi )(?<!hon )(?<!han )(?<!de )(?<!dom )(?<!som )kom (?:hit|fort)(?! for )",
    r"outside (?:my|the) (?:door|house|school|window)", r"looking for me", r"found me",
    r"(?:looking|searching|hunting) (?:everywhere )?for (?:me|us|her)(?:$| (?:everywhere|now|right now|again|and|but|so|through|via|at|in|they|he|she|can|i)\b)",
    # forced or carried off in a car
    r"(?:re|s|are|is|ar|e|star|star nu) (?:at|vid|utanfor) (?:the |var |min |our |my )?(?:front |ytter)?(?:door|dorren)",
    r"came (?:here )?(?:for me|to (?:get|take) me)", r"(?:kommit|kom) (?:hit )?for att (?:hamta|ta) mig",
    r"(?:ska|kommer att|kommer) (?:\w+ )?hitta (?:mig|oss|henne|honom)(?! (?:om|ifall|nar|nan gang|nagon gang)\b)",
    r"kommer (?:han|hon|de|dom) efter (?:mig|oss)",
    r"(?:have|has|got) (?:my \w+|her|him|me) in (?:the|their|a|his) (?:car|van)", r"har (?:min \w+|henne|mig) i bilen",
    r"medvetslos", r"unconscious", r"andas inte", r"not breathing", r"ror sig inte", r"(?:isn ?t|not) moving",
    r"bankar pa (?:\w+ )?(?:dorr\w*|fonst\w*)", r"bang\w* on (?:my|the|our) (?:door|window)",
    r"skriker (?:efter mig|mitt namn)", r"screaming my name",
    r"(?:vantar|star|sitter) (?:dar|har|nere) (?:nu|pa garden|pa gatan|pa parkeringen)", r"nere pa (?:garden|gatan|parkeringen)",
    r"(?<!kompis )(?<!kompisar )(?<!van )(?<!vanner )(?<!vaninna )(?:vet|hittat|fatt) (?:min|var) (?:nya )?adress", r"ring(?:er|t|de) pa (?:dorren )?hela (?:kvallen|natten|dagen)",
    r"(?:found|know) (?:the|my|our) (?:shelter|new address|new flat)", r"(?:keep|kept|keeps) ringing the (?:bell|doorbell)",
    r"(?:parked|parkerad|star parkerad) (?:\w+ )?(?:outside|utanfor)",
    r"(?:followed|foljde|har foljt|foljt) (?:efter )?(?:mig|me) (?:\w+ ){0,4}(?:och|and) (?:nu|now)", r"(?:will|gonna|going to|ll) (?:\w+ )?find (?:me|us|her|him)(?! (?:if|when|once|one day|someday|eventually|a husband|a wife|a man|a match|a job|a school|a place|a flat|a doctor)\b)",
    r"(?:tvingade|tvingat|tvingar|knuffade|slangde|slanger|drog|drar|dragit|satte|tryckte|slapade|slapar) "
    r"in (?:mig|henne|honom|oss|min \w+|mina \w+) i (?:en |deras |hans |sin |var )?(?:bil\w*|skap\w*)",
    r"(?:satte|satt|slangde|tryckte|knuffade) (?:in )?(?:mig|henne|min \w+) i (?:bilen|en bil|baksatet)",
    r"(?:put|forced|pushed|shoved|dragged|threw|bundled|grabbed) (?:me|her|him|us) in(?:to)? (?:the|a|their|his|a white|a black) (?:\w+ )?(?:car|van)",
    r"(?:are|is|re|s) (?:following|chasing|tracking|stalking) (?:me|us|her)", r"(?<!keeps )(?<!always )(?<!game of )chasing (?:me|us|her)(?! (?:around|for fun|with (?:a |the )?(?:water|snow)))",
    # the door broken in, a frame giving way: "försöker slå in dörren", "ramming the door"
    r"(?:forsoker|forsokte|haller pa att|tanker) (?:att )?(?:sla|sparka|bryta|banda|tvinga|slita) (?:upp|in|sonder|ner) (?:\w+ )?\w*dorr\w*",
    r"(?:bander|banda|bande) upp \w*dorr\w*", r"karmen (?:haller pa att|kommer) ga sonder", r"sparkar pa (?:min |var )?\w*dorr\w*",
    r"ramm\w* (?:\w+ )?(?:door|dorr\w*)", r"(?:force|forcing|pry|prying|jimmy\w*) (?:\w+ )?(?:\w+ )?door (?:open|in)",
    r"(?:trying|tries|try) to (?:break|kick|force|smash|bash) (?:\w+ ){0,2}(?:door|into (?:my|the|our) (?:room|flat|house|bedroom))",
    r"(?:chain|lock|door) (?:won ?t|will not|isn ?t going to) hold",
    # carried or taken off in a car: "de bär ut mig till bilen", "in a car and doesn't know where it's going"
    r"(?:bar|drar|slapar|tvingar) (?:ut )?(?:mig|henne) (?:ut )?(?:till|in i|mot) (?:bilen|en bil)", r"(?:carry\w*|dragg\w*|forc\w*) (?:me|her) (?:out )?(?:to|into|towards) (?:the|a) car",
    r"(?:sitter|ar) i en bil och (?:vet inte|inte vet) vart", r"in a car and (?:doesn ?t|don ?t|does not|do not) know where",
    r"(?:taken|took|driven|drove) (?:her|me|him|my \w+) (?:somewhere|away) (?:\w+ ){0,3}(?:in the car|in a car|by car)", r"(?:tagit|tog|kort|korde) (?:ivag )?(?:henne|mig|honom) (?:nanstans|nagonstans|ivag) (?:i|med) bilen",
    # searched for tonight: "de kommer leta efter mig ikväll"
    r"(?:kommer|ska) (?:att )?(?:leta|soka) efter (?:mig|oss|henne)(?= (?:\w+ ){0,2}(?:ikvall|inatt|idag|nu|snart))",
    r"(?:will|gonna|going to|ll) (?:come )?(?:look|search|hunt)(?:ing)? for (?:me|us|her)(?= (?:\w+ ){0,2}(?:tonight|today|now|soon))",
    r"(?:hiding|hide) (?:in|under|at|behind) (?:my|the|a|our|her)",
    r"(?:gommer|gomde|gomt) (?:mig|oss) (?:i|pa|under|hos|bakom|inne)",
    r"(?:i can|can|i could) hear (?:her|him|them|mum|mom|my \w+) (?:crying|screaming|scream|cry)",
    r"hor (?:hur )?(?:hon|han|henne|honom|mamma|dem|dom|min \w+) (?:grater|skriker|grata|skrika)",
    r"lat (?:livradd|panikslagen)", r"sounded (?:terrified|scared to death)",
    r"(?:samtalet|linjen) (?:brots|dog)", r"(?:the )?call (?:was )?(?:cut|dropped|ended) (?:off|suddenly)",
    r"(?<!are you )(?<!you are )(?<!you re )(?<!someone is )(?<!someone s )(?<!people are )(?<!anyone is )(?<!somebody is )(?<!is someone )(?<!is somebody )(?<!is anyone )(?<!are people )(?<!not )(?<!m not )(?<!never )(?<!putting myself )(?<!put myself )(?<!putting yourself )(?<!putting ourselves )(?<!putting herself )(?<!putting themselves )(?<!putting me )(?<!putting us )(?<!think she s )(?<!think he s )(?<!think she is )(?<!think he is )(?<!think they re )(?<!putting her )(?<!putting him )(?<!putting them )(?<!put her )(?<!put him )(?<!put them )in danger(?! of| yet)",
    r"fear for my life",
    # the door broken down: "he's breaking down my door", "farsan sparkar in dörren"
    r"(?:breaking|kicking|smashing|bashing|busting) (?:down |in )?(?:my|the|our) (?:bedroom |front |bathroom )?door",
    r"(?:break|kick|smash|bust)\w* (?:down|in) (?:my|the|our) (?:bedroom |front |bathroom )?door",
    r"(?:broke|broken|kicked|smashed|busted|knocked) (?:down |in |open )?(?:my|the|our) (?:bedroom |front |bathroom )?door",
    r"(?:my|the|our) (?:bedroom |front |bathroom )?door (?:is |was )?(?:broken|kicked) (?:down|in|open)",
    r"(?:bryter|sparkar|slar|forsoker bryta|brot|brutit|sparkade|sparkat|slog|slagit) (?:upp|in|sonder|ner) (?:min |var |den |badrums|sovrums)?dorr\w*",
    r"(?:brot|brutit|sparkade|sparkat|slog|slagit) (?:\w+ )?(?:upp|in|sonder|ner) (?:\w+ )?dorr\w*",
    # someone hired to find the writer, the secret address sent to her
    r"(?:hired|paid|sent) (?:someone|somebody|a guy|a man|people|men|guys) to (?:find|look for|track|get|bring)",
    r"(?:anlitat|anlitade|betalat|betalade|skickat|skickade) (?:nagon|nan|en kille|folk|en man|killar) (?:for )?att (?:hitta|leta|hamta|spara)",
    r"(?:sent|messaged|texted|dm ?d|dmed) (?:me )?my (?:new |secret |protected )?address",
    r"(?:knows?|found out|has|have|got) my (?:new|secret|protected) address",
    r"(?:skickade|skrev|smsade) (?:mig )?min (?:nya |hemliga |skyddade )?adress", r"afraid for my life",
    r"scared for my life", r"(?<!to )(?<!you )(?<!i )(?<!we )(?<!they )(?<!should )(?<!would )(?<!will )(?<!she )(?<!he )(?<!her )(?<!him )call the police", r"help me now", r"(?<!doesnt )(?<!doesn t )(?<!dont )(?<!don t )(?<!not )(?<!never )(?<!didn t )(?<!didnt )know where i (?:live|am)",
)
VIOLENCE_PRESENT = _rx(
    NOBODY + r"(?:slar|misshandlar|sparkar|stryper|kvaver|knuffar|bankar|piskar|attackerar)" + NOT_AFTER,
    r"drar i haret", r"gar pa (?:mig|henne|honom|mamma)",
    # learner's Swedish, the verb unconjugated: "min man slå mig nu"
    r"(?:man|make|pappa|bror|brorsan|farsan|han|hon|de|dom) sla (?:mig|oss|henne|honom|mamma|barnen|barn)(?! ner)",
    NOBODY + r"(?:hitting|beating|kicking|choking|strangling|attacking|punching|hits|beats|hurting)" + NOT_AFTER,
    r"slutar inte", r"won ?t stop",
    SOMEBODY + r"blir (?:slagen|misshandlad|sparkad)",
)
# violence in progress whatever the time words: strangling, "blir slagen", "is being beaten"
VIOLENCE_ONGOING = _rx(
    # stop 20: "pappa kastar saker på mamma"
    r"kastar (?:saker|grejer|stolar|tallrikar|\w+) (?:pa|mot) (?:mamma|mig|oss|min \w+)",
    # stop 20: a blow told with "just nu" after it: "min pappa slog min lillebror med en pinne just nu"
    r"(?:slog|slar|sparkade|sparkar|misshandlade|misshandlar) (?:mig|henne|honom|oss|mamma|min \w+|mitt \w+)(?: (?!men\b|och\b|forra\b|for\b)\w+){0,4} just nu\b",
    # something thrown at the writer just now: "dad just threw a chair at me", "kastade nyss en stol på mig"
    r"(?:just|nyss) (?:threw|kastade|slangde) (?:a |an |the |his |her |en |ett |sin |sitt )?(?:\w+ )?\w+ (?:at|pa|mot|over) (?:me|mig|mej|her|henne|us|oss)",
    r"(?:threw|kastade|slangde) (?:a |an |the |his |her |en |ett |sin |sitt )?\w+ (?:at|pa|mot) (?:me|mig|mej|her|henne|us|oss) (?:just now|nyss|nu)",
    r"(?:kastade|slangde) nyss (?:en |ett |sin |sitt )?\w+ (?:pa|mot) (?:mig|mej|henne|oss)",
    r"stryper (?:mig|henne|honom)", r"(?:forsokte|forsoker) stryp\w*",
    r"(?:is|are|being) (?:choking|strangling) (?:me|her|him)", r"tried to (?:choke|strangle)",
    r"(?:is|am|are) (?:being|getting) (?:beaten|hit|attacked|hurt|kicked)",
    r"just (?:hit|slapped|beat|kicked|punched|choked) (?:me|her|him)", r"strypgrepp",
    r"haller pa att (?:sla|doda|strypa|misshandla)", r"is about to (?:hit|kill|beat)",
    r"(?:tog|tar|hade) (?:tag|strypgrepp) (?:om|runt|i) (?:min|hennes|mammas) hals",
    r"grabbed (?:me by )?(?:my|her) (?:throat|neck)", r"(?:hands|hand) (?:around|round) (?:my|her) (?:throat|neck)",
    r"(?:squeez|grabb|held|hold|press)\w* (?:\w+ ){0,2}(?:my|her) (?:throat|neck)",
    r"(?:holl|haller) (?:\w+ )?for (?:min |hennes )?mun\w*(?: och nasa)?", r"covered my (?:mouth|nose)",
    r"(?:holl|haller|hallit|tryckte|trycker) (?:\w+ ){0,2}(?:om|runt|kring|mot|over) (?:min |hennes |mammas )?hals\w*",
    # stop 19: "my brother is holding my mum by the hair in the hallway right now"
    r"(?:is|s|are|re) (?:holding|dragging|pulling) (?:me|her|him|my \w+) by (?:the|my|her|his) hair", r"(?:haller|drar) (?:mig|henne|mamma|min \w+) i haret (?:nu|just nu)",
)
# a concrete act of violence against a person, for "… today / tonight / this morning"
VIOLENCE_ACT = _rx(
    r"(?:slog|slagit|sparkade|sparkat|knuffade|misshandlade|strypte|drog|kastade|orfilade|attackerade|slapade) "
    r"(?:till |sonder )?(?:mig|mej|henne|honom|mamma|oss)",
    r"(?:hit|beat|kicked|slapped|punched|choked|strangled|grabbed|pushed|attacked|hurt) "
    r"(?:up )?(?:me|her|him|us|mum|mom|my)",
)
TODAY = _rx(r"tonite", r"2nite", r"2day", r"ikvall", r"ikv", r"i kvall", r"inatt", r"i natt", r"idag", r"i dag", r"imorse", r"i morse",
            r"tonight", r"today", r"this morning", r"last night", r"this evening",
            r"hela (?:kvallen|dagen|natten)", r"all (?:night|evening|day)")
# a stay since a season long gone: what made it happened before ("bor hos moster sen i våras eftersom pappa slog mig")
SINCE_LONG = _rx(r"(?:sen|sedan) (?:i )?(?:varas|somras|vintras|hostas|host|jul|nyar|forra \w+|flera (?:veckor|manader))",
                 r"since (?:last \w+|the (?:spring|summer|autumn|winter)|christmas|months)",
                 # since a month by name: "bott här sen i mars", "since february"
                 r"(?:sen|sedan) (?:i |borjan av |slutet av )?(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)",
                 r"since (?:early |late )?(?:january|february|march|april|may|june|july|august|september|october|november|december)")
# violence in the progressive: "he's hitting mom", "they are beating her"
VIOLENCE_PROGRESSIVE = _rx(
    NOBODY + r"(?:is|s|are|re|am|m) (?:\w+ )?(?:hitting|beating|kicking|choking|strangling|attacking|punching|"
    r"slapping|hurting|dragging|threatening) (?:me|her|him|us|mum|mom|my|mamma)",
)
# violence done to a person (not "violence" as a topic, not "slog mitt rekord")
VIOLENCE_ON_PERSON = _rx(
    r"(?:slar|slog|slagit|sparkar|sparkade|misshandlar|misshandlade|misshandlat|knuffar|knuffade|stryper|strypte|"
    r"drar|drog) (?:\w+ )?(?:mig|mej|henne|honom|oss|mamma|min \w+)",
    SOMEBODY + r"(?:blir|blev|blivit|har blivit) (?:\w+ )?(?:slagen|misshandlad|sparkad|strypt)",
    r"(?:hits?|hitting|beats?|beating|beat|kicks?|kicked|slaps?|slapped|punch\w*|chok\w*|strangl\w*|hurts?|hurting) "
    r"(?:\w+ )?(?:me|her|him|us|mum|mom|my \w+)",
    r"(?:get|got|getting|gets|been|being) (?:\w+ )?(?:hit|beaten|kicked|slapped|punched|hurt)",
)
# a wedding that is somebody else's, and joy about a wedding or a trip
OTHERS_WEDDING = _rx(r"(?:min|mitt|my|var|our) (?:\w+ )?\w*(?:kusin|syster|bror|kompis|van|vaninna|moster|faster|larare|cousin|sister|brother|friend|aunt|uncle|teacher)\w* (?:(?:i|in) \w+ )?"
                     r"(?:ska |is |s |will )?(?:gifta sig|gifter sig|getting married|gets married|get married)",
                     r"(?:lararen|laran|larare|teacher)\w* (?:ska |is |s )?(?:gifta sig|gifter sig|getting married)",
                     r"(?:kusins|kusinens|systers|brors|kompis|vans|cousin s|sister s|brother s|friend s) nikah\w*",
                     r"(?:kusins|kusinens|systers|systerns|brors|broderns|storebrors|lillebrors|storasysters|lillasysters|kompis|kompisens|vans|mosters|fasters|"
                     r"morbrors|farbrors|tjejens|killens) (?:\w+ )?(?:brollop|forlovning|brudfest)\w*",
                     r"(?:cousin|sister|brother|friend|aunt|uncle)s? (?:\w+ )?(?:wedding|engagement)\w*",
                     # in-laws: "my brother-in-law's wedding", "svågerns bröllop"
                     r"(?:brother|sister|mother|father) in law s (?:\w+ )?(?:wedding|engagement|nikah)\w*",
                     r"(?:svagerns|svagers|svagerskans|svarmors|svarfars) (?:\w+ )?(?:brollop|forlovning|nikah)\w*",
                     # a guest: "going to a wedding this saturday and my dress doesn't fit"
                     r"(?:going|invited|bjuden|bjudna|ska) (?:to |pa |till )(?:a|ett) (?:wedding|brollop)(?! (?:where|dar) (?:i|jag))")
HAPPY = _rx(r"det ska bli (?:sa )?(?:kul|roligt)", r"(?:it ll|it will|its going to|it s going to) be (?:so )?fun",  # stop 18
            r"lycklig", r"sa glad", r"jatteglad", r"asglad", r"supertaggad", r"sa kul", r"taggad", r"langtar", r"(?:har )?langtat", r"excited", r"so happy",
            r"can ?t wait", r"looking forward", r"ser fram emot",
            # stop 17: "äntligen utbytesår i USA", "first time I meet her!!"
            r"first time (?:i|we) (?:meet|see|visit) (?:her|him|them|my)", r"forsta gangen (?:jag|vi) (?:traffar|ser|halsar pa)",
            r"antligen (?:\w+ )?(?:utbytesar|utbyte|sprakresa|semester)\w*", r"finally (?:\w+ )?(?:exchange year|exchange|holiday|vacation)")
# medicine taken as medicine
MEDICAL = _rx(r"(?:mot|for|against) (?:\w+ )?(?:huvudvark\w*|vark|feber|mensvark|forkylning\w*|huvudet|headache|"
              r"pain|fever|cold|flu|period|cramps|migraine|migran)", r"as prescribed", r"enligt recept",
              # daily medicine taken as usual: "tog alla mina mediciner idag som vanligt"
              r"(?:har |have |ve )?(?:tagit|tog|tar|took|taken|take) (?:mina|min|my) (?:tabletter|medicin|mediciner|piller|meds|pills|medicine|medication)\b",
              r"som vanligt", r"som jag ska", r"enligt ordination", r"som lakaren sa", r"as usual", r"like (?:every|i do every) (?:day|morning)",
              r"as (?:the doctor|my doctor) (?:said|told me)",
              # a birth or an operation booked: "vi har tid på BB imorgon", "mamma ska opereras på fredag"
              r"(?:tid|plats) pa (?:bb|forlossning\w*|mvc)", r"(?:ska|going to|gonna|about to) (?:foda|give birth)", r"(?:forlossning\w*|giving birth|due date|labou?r ward)",
              r"(?:ska|kommer att|is going to|is having|has) (?:\w+ )?(?:opereras|en operation|surgery|an operation)",
              # the writer's own surgery: "Going in for surgery on Friday", "my knee surgery is tomorrow"
              r"(?:^|i m |im |i am |i ll be |i will be )(?:going in for|having|in for) (?:\w+ )?(?:surgery|an operation)", r"my (?:\w+ )?surgery (?:is|on|tomorrow|friday|next)",
              r"(?:jag ska|ska jag) opereras", r"infor (?:min )?operation(?:en)?",
              # stop 17: "I have surgery on Friday", "surgery tomorrow and i'm terrified", tonsils out, put under
              r"(?:i have|i ve got|ive got|jag har) (?:\w+ )?(?:surgery|an operation|en operation)", r"^surgery (?:tomorrow|on \w+day|next week|today)",
              r"(?:getting|having|get|have|has|had) (?:his|her|my|their) (?:tonsils|appendix|wisdom teeth|adenoids?) (?:\w+ )?(?:out|removed)",
              r"(?:had|has had|have had) (?:\w+ )?(?:surgery|an operation)", r"(?:opererades|blev opererad)", r"(?:in|on) (?:the )?(?:icu|intensive care)", r"(?:pa|ligger pa) (?:iva|intensiven)", r"sedated", r"sedering", r"bedovning\w*",
              r"(?:being )?put under", r"(?:general )?ana?esthe\w*", r"narkos\w*", r"(?:ska )?sovas\b",
              # a doctor's appointment: "ska till gynekologen nästa vecka"
              r"(?:ska till|har tid (?:hos|pa)|going to (?:see )?(?:the|a|my)|appointment (?:with|at) (?:the|a|my)) (?:gynekolog\w*|lakare\w*|lakaren|"
              r"vardcentral\w*|doctor|gp|gyn\w*colog\w*|barnmorska\w*|tandlakare\w*|dentist)")
# sneaking out to see a boyfriend: a secret of the writer's own, not a danger
BENIGN_SECRET = _rx(r"(?<!tried to )(?<!forsokte )(?<!try to )(?:smyga|smyger|sneak|sneaking) (?:ut|out) (?:\w+ ){0,3}(?:traffa|see|meet|hang with) (?:min|my) (?:pojkvan|flickvan|kille|tjej|boyfriend|girlfriend|bf|gf)")
# it is over: "men nu är det lugnt", "it's fine now"
CALM = _rx(r"det har aldrig hant", r"it never happened",
           r"(?:nu|now) (?:ar|e|is) (?:allt|everything) (?:som vanligt|back to normal|normal)", r"(?:har|has) inte gjort det pa (?:lange|flera manader)", r"(?:hasn ?t|has not) done (?:it|that) (?:in|for) (?:a long time|ages|months)",
           r"(?:idag|ikvall|inatt|today|tonight) (?:e|ar|is|s) (?:han|hon|he|she|pappa|dad) (?:bortrest|away|pa jobbresa|pa resa|not home|inte hemma)", r"(?:men )?inte nu (?:dom|de|han|hon) (?:e|ar) hemma(?: nu)?",
           r"(?:och|o) allt (?:ar|e) lugnt", r"(?:idag|today|ikvall|tonight) har (?:han|hon|de|dom|pappa|mamma) varit (?:snall|snalla|lugn|lugna|okej|bra|nice|kind)", r"(?:hemma|home)(?: nu| now)? (?:men|but) (?:helt |totally |completely )?(?:lugn|calm|fine)\b",
           # stop 20: "nu gör han lumpen i Boden till jul"
           r"(?:gor|gjor) (?:han|hon) lumpen", r"(?:han|hon) (?:gor|ar i) lumpen", r"(?:he s|she s|he is|she is) (?:doing (?:his|her) )?(?:military service|in the army)",
           r"(?:nu|now) (?:ar|e|is|s) (?:han|hon|he|she|dom|de|they) (?:lugn|lugna|calm|fine|okej|ok)(?: igen| again)?\b",
           r"(?:idag|today|nu|now) har vi (?:bra|god|fin) kontakt",
           # stop 18: "pappa slog mig igår … han har lugnat sig nu"
           r"(?:hon|han|jag|och) (?:mar|mas) bra (?:idag|nu)(?! (?:men|but)\b)", r"(?:she|he) is (?:doing )?(?:well|fine|good) (?:today|now)(?! but\b)",  # stop 18
           r"(?:nu (?:ar|e) det lugnt(?: hemma)?|(?:it s|its) calm (?:at home )?now|(?:nu )?har det lugnat (?:ner )?sig)(?! (?:men|but)\b)",
           r"(?:han|hon|pappa|mamma|det|he|she|dad|mum|mom|things) (?:har|has|s|have) (?:lugnat ner sig|lugnat sig|calmed down)(?!(?: nu| now)?,? (?:but|men)\b)", r"we (?:have|ve got) a good relationship (?:now|today)",
           # stop 17: "vi har bra kontakt idag"
           r"vi har (?:en )?(?:bra|god|fin) (?:kontakt|relation) (?:idag|nu)",
           r"(?:ar|is|s|are|re) (?:han |hon |he |she )?(?:pa jobb|bortrest|away|pa resa|working) (?:i|in) \w+ (?:i|for) (?:\w+ )?(?:veckor|weeks|dagar|days|manader|months)",
           # stop 18: "jag har mardrömmar om farsan fast jag inte bor där längre", "even though i moved out ages ago"
           r"(?:fast|trots att) (?:jag|hon) inte (?:bor|bott) (?:dar|hemma|kvar|med (?:dem|dom|honom)) (?:langre|mer)",
           r"(?:even though|although) (?:i|she) (?:moved out|left home|don ?t live (?:there|at home|with (?:them|him)) (?:anymore|any more))",
           r"har brutit (?:med|kontakten med) (?:familjen|dem|dom)", r"(?:broke|broken) (?:away|contact) (?:from|with) (?:my )?family",
           # no contact any more, parted: "idag är de skilda och jag har ingen kontakt med honom", "no contact since 2019 … he didn't see me"
           r"(?:har|have|has|ve|we ve|we have) (?:ingen|no) (?:kontakt|contact)", r"no contact (?:since|for)", r"(?:ar|e|are|re) (?:skilda|separerade|divorced|separated)(?: nu| now)?\b",
           r"(?:he|she|they) (?:didn ?t|did not) see me", r"(?:han|hon|de|dom) har (?:andrats|forandrats|blivit en annan)", r"(?:he|she|they) (?:has|have) changed", r"(?:han|hon|de|dom) (?:sag|sag mig) inte",
           r"(?:idag|today|ikvall|tonight) (?:var|was|ar|is) (?:han|hon|he|she|dom|de|they|det|it) (?:snall|snalla|kind|nice|fine|okej|ok|lugn|lugnt|calm|bra)",
           r"(?:today|idag) (?:was|var) (?:fine|okay|ok|bra|lugnt|calm|quiet)", r"(?:today|idag) (?:he|she|they|han|hon|dom) (?:was|were|is|var|ar) (?:kind|nice|fine|calm|okay|ok|snall|lugn)", r"(?:idag|today) har (?:inget|ingenting) hant", r"nothing (?:has )?happened today",
           r"(?:nu|now|idag|today|ikvall|tonight) (?:ar|e|har|is|s|it s) (?:det |allt |vi |it |everything |things )?(?:bra|lugnt|okej|ok|fine|calm|"
           r"better|battre|over|vanner|friends)", r"(?:it s|its|det ar|allt ar) (?:over|lugnt|bra) (?:nu|now)",
           r"(?:calm|fine|okay|ok|lugnt|bra) now", r"har forsonats", r"reconciled",
           r"(?:det ar|det e|it s|its|it is) (?:lugnt|calm|fine|bra|quiet) (?:hemma|at home)", r"(?:sa|so) (?:det ar|det e|it s|its) (?:lugnt|calm|quiet)",
           # "idag är det tisdag och han är snäll": today he is kind
           r"(?:idag|today|nu|now) (?:\w+ ){0,4}(?:han|hon|he|she|dom|de|they|pappa|dad) (?:ar|e|is|s|are|re) (?:\w+ )?(?:snall|lugn|nice|calm|fine|kind|okay)",
           r"(?:han|hon|he|she|pappa|dad) (?:ar|e|is|s) (?:\w+ )?(?:snall|lugn|nice|calm|kind) (?:idag|today|nu|now)",
           # stop 16: "not today, he's away for work"
           r"idag har (?:han|hon|de|dom) inte gjort (?:nat|nagot|nanting)", r"nothing(?: s| is)? happening (?:right )?now", r"inget hander (?:just )?nu", r"nu (?:ar|e) det (?:lite )?lugnare", r"(?:han|hon) jobbar natt", r"(?:he|she) works nights",
           r"(?:not|inte) (?:today|idag|tonight|ikvall) (?:he s|hes|she s|shes|he is|she is|han ar|hon ar|han e|hon e) (?:away|bortrest|pa jobbresa|pa resa|not home|inte hemma)", r"(?:he s|she s|hes|shes|he is|she is|han ar|hon ar|han e|hon e) (?:away|bortrest|pa jobbresa|pa resa) (?:for|on|pa|i) (?:work|business|jobbet)")
HABITUAL = _rx(r"once a (?:week|month)",
               # a state that has lasted since a birthday: "I've had to wear the hijab since I turned 12"
               r"(?:had|have) to \w+ (?:\w+ ){0,3}(?:ever )?since i (?:turned|was) (?:1\d|[5-9])\b",
               r"(?:har (?:fatt|mast)|maste) \w+ (?:\w+ ){0,3}(?:anda )?sen(?:an)? jag (?:fyllde|var) (?:1\d|[5-9])\b", r"(?:en|ett par) gang(?:er)? (?:i|per|om) (?:veckan|manaden|aret)",
               # whenever she is late: "slår mig med tofflan när jag kommer hem sent"
               r"(?:nar|when|whenever) (?:jag|i) (?:kommer|come|comes|get|gets) (?:hem|home) (?:for )?(?:sent|late|too late)",
               r"ibland", r"ofta", r"brukar(?! (?:aldrig|inte|typ aldrig|nastan aldrig|sallan)\b)", r"varje (?:dag|vecka|gang)", r"hela tiden", r"alltid",
               r"sometimes", r"often", r"always", r"every (?:day|week|time)", r"all the time",
               # stop 16: "my dad usually hits me … it's been like this forever"
               r"usually", r"(?:it s|its|it has) (?:been|always been) like (?:this|that) (?:forever|for years|since i was \d+)",
               r"varje (?:kvall|natt|morgon|helg|sommar|mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag)", r"every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)", r"every (?:night|evening|morning|weekend|summer)",
               # violence on a condition is a habit, not an event: "he hits me if I talk back"
               # (but "slår mig om jag inte kommer hem ikväll" is a threat for tonight)
               r"(?:hits|beats|slaps|kicks|punches|hurts|slar|sparkar|orfilar|misshandlar|nyper) "
               r"(?:me|mig|her|henne|him|honom|us|oss|mamma|mum|mom) (?:if|when|whenever|om|nar|sa fort|varje gang) \w+"
               r"(?!(?: \w+){0,6} (?:ikvall|idag|inatt|imorgon|tonight|today|tomorrow|nu|now)\b)")
FOLLOWING = _rx(r"foljer efter (?:mig|oss|henne)", r"following (?:me|us|her)", r"follows (?:me|us|her)",
                # stop 16: "my cousins are literally following my bus"
                r"(?:following|follow|foljer efter|foljer) (?:my|the|min|bussen|bilen|taget) ?(?:bus|car|train|taxi|buss|bil|tag)?\b(?<!following the)")
CANNOT_BREATHE = _rx(r"kan inte andas", r"can ?t breathe")
HELD_AWAY = _rx(r"(?:kom|kommit|kommer) (?:aldrig|inte) (?:hem|tillbaka)(?! (?:i tid|forran|innan|till middagen))", r"never came (?:back|home)(?! to (?:school|class|college|work))",
                # "jag vet att jag inte kommer få komma tillbaka", "i won't be allowed back"
                r"(?:inte|aldrig) (?:kommer )?(?:att )?(?:fa|kunna) (?:komma|aka|aterva\w*) (?:tillbaka|hem)",
                r"(?:won ?t|will not|never) (?:be allowed|get) (?:to come |to go )?(?:back|home)",
                r"(?:didn ?t|did not) come (?:back|home)(?! (?:on time|until|before|for dinner))",
                r"(?:inte (?:fa|kunna) )?komma hem igen", r"far inte (?:aka|komma) hem",
                r"(?:inte|aldrig) (?:ska|far|kommer) (?:aka |komma )?tillbaka", r"gomt (?:mitt|hennes) pass",
                r"hidden (?:my|her) passport", r"not (?:going|coming) back", r"never coming back",
                r"don ?t think i ?m coming back", r"(?:ska|kommer) bli kvar", r"enkel ?resa",
                r"one ?way ticket", r"ska inte tillbaka", r"won ?t need (?:it|them) where",
                r"(?<!some )(?<!girls )(?<!people )(?<!others )(?<!kids )never come back", r"won ?t (?:ever )?come (?:back|home)(?! (?:until|till|before|on time|for))", r"won ?t let me (?:come|go) (?:back|home)", r"for good",
                r"never (?:going|coming|get to go|be going) back", r"(?:inte|aldrig) ska (?:hem|tillbaka)",
                r"never see (?:them|her|him|you|my kids|the kids) again", r"aldrig (?:mer )?(?:fa )?se (?:dem|henne|honom|barnen)",
                r"cant go home", r"can ?t go home",
                # word order of a subordinate clause: "att hon inte får åka hem"
                r"inte far (?:aka|komma|resa|flyga|ata) (?:hem|tillbaka)",
                r"(?:not|isn ?t|aren ?t|never) (?:be )?allowed to (?:come|go|fly|return|travel) (?:home|back)",
                r"wants? to come (?:home|back)", r"vill (?:komma|aka|flyga|resa) (?:hem|tillbaka)",
                r"ingen retur\w*", r"utan retur\w*", r"no return(?: ticket| flight)?", r"enkel biljett",
                r"one ?way (?:flight|ticket|trip)", r"(?:den|biljetten) ar (?:bara )?enkel", r"bara enkel\w*")
# held now (present tense), which a past start of the stay does not make past
HELD_NOW = _rx(r"(?:isn ?t|not|aren ?t) allowed to leave (?:her|my|the|their) (?:\w+ )?(?:house|home|flat)(?! (?:alone|on (?:her|my) own|by (?:herself|myself)))",
               r"far inte lamna (?:huset|hemmet|lagenheten)(?! (?:ensam|sjalv|pa egen hand))",
               r"(?:inte|won ?t|wont|doesn ?t|don ?t) (?:later|lat|let|lets) (?:en|mig|me|one|her|henne) (?:aka|resa|go|come|fly|flyga) (?:tillbaka|hem|back|home)",
               r"inte far (?:aka|komma|resa|flyga) (?:hem|tillbaka)", r"far inte (?:aka|komma) hem",
               r"far (?:jag|hon|vi) inte (?:aka|komma|resa|flyga) (?:hem|tillbaka)",
               # stop 19: "she's at a school where they beat the girls and she can't leave"; "de låter mig inte åka hem"
               r"(?:later|lat|slapper) (?:mig|henne|en) inte (?:aka|resa|flyga|komma) (?:hem|tillbaka)",
               # "de planerar att jag ska stanna här hos min mormor och inte åka hem med dem"
               r"(?:ska|kommer att|kommer) (?:stanna|bli) (?:kvar )?(?:har|dar)(?: \w+){0,3} (?:och|o) inte (?:aka|flyga|resa|komma) (?:hem|tillbaka)",
               r"(?:stay|be left) (?:behind )?here(?: \w+){0,3} and not (?:go|fly|come|travel) (?:home|back)",
               r"(?:school|skola|skolan|madrasa\w*|koranskola\w*)(?: \w+){0,2} (?:where|dar) (?:they|de|dom|man) (?:beat|hit|slar|misshandlar)",
               # left behind here: "mamma lämnade mig här för 2 månader sen", "they left me here"
               r"(?:lamnade|lamnat|left) (?:mig|me|oss|us|henne|her) (?:har|kvar|here|behind)",
               r"(?:inte|aldrig) ska (?:hem|tillbaka)", r"(?:they re|theyre|they are|he is|he s|she is|she s) keeping (?:me|her|my \w+) (?:at|in|here|there)\b", r"never (?:going|coming) back", r"hjalpa mig hem", r"help me (?:get )?home",
               r"(?:not|isn ?t|aren ?t) allowed to (?:come|go|fly|return) (?:home|back)",
               r"wants? to come (?:home|back)", r"vill (?:komma|aka|flyga|resa) (?:hem|tillbaka)",
               r"(?:kept|held|stuck|trapped|hallen|hallit|halls|kvar|fast) (?:\w+ ){0,3}(?:against|mot) (?:my|her|min|hennes) (?:will|vilja)",
               r"(?:being|been|am|is) (?:kept|held) (?:here|there|in)",
               r"can ?t go home", r"won ?t let (?:me|her) (?:come|go) (?:back|home)",
               r"(?:i m|im|i am|she s|she is) getting married (?:here|there)",
               r"(?:this is|det har ar|det ar) (?:my|your|her|ditt|mitt|hennes) (?:home|hem) (?:now|nu)", r"(?:ska|kommer att|maste) stanna (?:har|dar) for alltid",
               r"stay (?:here|there) (?:forever|for good)", r"(?:aldrig|inte) (?:ska |kommer att |kommer )?(?:fa )?se sverige igen", r"never see sweden again",
               r"(?:can ?t|cannot|not allowed to|won ?t be allowed to|won ?t let me) (?:go|come|return|fly) back to sweden",
               r"(?:far|kan) (?:jag |hon )?inte (?:aka|komma|flyga|resa|aterva\w*) tillbaka till sverige", r"skolan i sverige ar slut", r"school in sweden is over",
               r"(?:not allowed|isn ?t allowed|far inte) (?:to )?(?:call|ringa) (?:anyone|nagon|nan) (?:in sweden|i sverige)",
)
PASSPORT_TAKEN = _rx(
    # stop 18: "they've taken my ID"
    r"(?:taken|took|have|hid|hidden) my (?:id|id card|bank ?id)\b", r"(?:tagit|tog|gomt|gomde) mitt (?:id|id-kort|idkort|legitimation)\b",
    r"(?:tagit|tog|tar|gomt|gommer|stulit|snott|took|taken|take|takes|hid|hidden|hides|hiding|stole|keep|keeps|kept) "
    r"(?:\w+ ){0,3}(?:pass|passet|passen|passport|passports)\b",
    r"(?<!i )(?<!jag )(?<!we )(?<!vi )(?:haller|holding|holds?|has|have|har|keeping) (?:i )?(?:mitt|hennes|my|her|our|vara) (?:pass|passport|passports)\b",
    # the passport in someone's safe: "passet ligger i hans kassaskåp"
    r"(?:passet|mitt pass|passport|my passport) (?:\w+ ){0,2}(?:ligger|is|ar|sits|kept|locked) (?:\w+ )?(?:i|in) (?:hans|hennes|pappas|farbrors|morbrors|his|her|dad s|uncle s) (?:\w+ )?(?:kassaskap|safe|drawer|byra|lada|skap|vaska|bag)",
    # the papers held together: "dom har mitt svenska id och pass", "they have my id and passport"
    r"(?<!i )(?<!jag )(?<!we )(?<!vi )(?:har|has|have|keeps?|tog|took) (?:mitt|mina|hennes|my|her) (?:\w+ )?(?:id|id kort|papper|papers|documents) (?:och|and) (?:\w+ )?(?:pass|passport)\b",
    r"(?:tagit|tog|took|taken) (?:min|mitt|my) (?:telefon|mobil|phone)",
    # a passport not given back: "they won't give me my passport back", "dad got my passport"
    r"(?:won ?t|will not|wont|refuse\w* to|don ?t) give (?:me |her )?(?:back )?(?:my|her) passport",
    r"(?:ger|lamnar) (?:inte )?(?:mig |henne )?(?:inte )?tillbaka (?:mitt|hennes) pass\b", r"(?:vagrar|vill inte) ge (?:mig|henne) (?:mitt|hennes) pass\b",
    r"(?<!i )(?<!we )(?<!i ve )got (?:my|her) passport",
    # word order after a time word: "nu har farbror mitt pass"
    r"(?:har|haller) (?!jag |vi |du |ni )(?:\w+ ){1,2}(?:mitt|hennes) pass\b",
    r"(?:brant|brande|burned|burnt|destroyed|tore up|ripped up|rev sonder|rivit sonder|klippt sonder|forstort) (?:\w+ ){0,2}(?:mitt|hennes|my|her) pass(?:port)?\b")
# being abroad already: "jag är i Ankara", "I've been in Pakistan for 3 weeks"
# stop 20: enrolled in a school where the writer is: "skrev in mig på en skola här", "she's enrolled me in a school here"
# (ENROLLED_THERE, without "here", is one sign among others of a stay abroad)
ENROLLED_HERE = (r"(?:skrev|skrivit|har skrivit) in (?:mig|henne) (?:pa|i) (?:en )?(?:\w+ )?skola (?:har|dar)\b",
                 r"(?:enrolled|registered) (?:me|her) (?:in|at) (?:a )?(?:\w+ )?school (?:here|there)\b")
ABROAD_NOW = _rx(r"(?:jag|vi|hon|han) (?:ar|e|har varit|sitter|bor) (?:nu |fast |kvar |fortfarande |still )?(?:i|pa|hos)",
                 # stop 20: "min bror skrev in mig på en skola här", "och nu skriver hon i hemlighet att hon är inlåst"
                 *ENROLLED_HERE,
                 r"(?:och|men|but|and) nu (?:skriver|smsar|messages|writes|texts|texted|skrev|har jag fatt veta|fick jag veta|i found out) (?:hon|han|she|he)? ?(?:\w+ ){0,3}(?:att|that) (?:hon|han|she|he) (?:ar|e|is|s|sitter) (?:inlast|fast|instangd|locked in|stuck|trapped)",
                 # stop 17: "min syster är fast i Irak hos pappas släkt"
                 r"(?:syster|systern|syrra|bror|brodern|dotter|kusin|van|vaninna|kompis|sister|daughter|cousin|friend) (?:ar|e|is|s) (?:fast|kvar|stuck|still) (?:i|in)",
                 r"(?:i m|im|i am|we re|we are|she s|she is|i ve been|she s been|been) (?:now |stuck |still )?(?:in|at)",
                 r"sen i (?:somras|varas|vintras|host)",
                 # stop 16: "jag blev bortgift i irak förra sommaren och är kvar här"
                 r"(?:och )?(?:ar|e) kvar (?:har|dar)(?! i (?:skolan|sverige|stan))",
                 r"(?:says|said|sager|sa) (?:that )?(?:we|i|vi|jag) (?:are|am|re|m|ska) (?:living|staying|bo|stanna) (?:here|har)",
                 r"(?:i m|im|i am|we re|we are|she s|she is) being (?:kept|held) (?:at|in)", r"(?:jag|hon) halls kvar (?:hos|i|pa)",
                 # told it is home now, the return date passed: "my dad says this is home now", "my return ticket was for last friday"
                 r"(?:this|det har|har) (?:is|ar) (?:your |my |ditt |mitt )?(?:home|hem|hemma) (?:now|nu)",
                 r"(?:return|retur) ?(?:ticket|flight|biljett\w*|resa\w*) (?:was|var|gick) (?:for |till |pa )?(?:last|forra|i) \w+",
                 # a call from there, or left there: "phoned me from a farm in Turkey where they left her"
                 r"(?:called|phoned|rang|texted|ringde|skrev) (?:me |mig )?(?:from|fran)",
                 r"(?:where|dar) (?:they|dom|de) (?:left|have left|lamnade|har lamnat|lamnat) (?:her|me|henne|mig)",
                 r"(?:left|have left|has left|dumped|lamnade|har lamnat|lamnat) (?:me|her|mig|henne) (?:in|i|pa|at) (?:\w+ ){0,2}(?:at|pa|i|in) (?:a |en |ett )?(?:school|skola|madrasa|koranskola|internat\w*|boarding school|center|centre|camp)", r"(?:i m|im|i am|we re|we are|she s|she is) (?:currently|right now) (?:in|at)",
                 # the subject left out: "sitter i pakistan sen 3 veckor"
                 rf"^(?:sitter|ar|e|bor) (?:fast |kvar )?(?:i|pa) \w+ (?:sen|sedan|i) (?:typ |ca )?{NUMBER} (?:dagar|veckor|manader)", r"(?:here|har) (?:i|in)", r"(?:writing|skriver) (?:from|fran)",
                 r"(?:we re|we are|i m|im|i am) supposed to be (?:on (?:a )?holiday )?in", r"getting married here",
                 # there for a long while already: "har varit i Marocko i fyra månader"
                 r"(?:har|hade) varit (?:har |dar |nere )?(?:i|pa|hos) (?:\w+ ){1,2}(?:i|sedan|sen) (?:\w+ )?(?:dagar|veckor|manader|ar|\w+dag\w*|varas|somras|vintras)",
                 r"(?:have|has|ve|s) been (?:here |there |stuck |kept )?(?:in|at) (?:\w+ ){1,2}(?:for|since) (?:\w+ )?(?:days|weeks|months|a month|a year|\w+day|the summer|spring|june|july|august)")
# on arrival: "när vi landar", "when we arrive" — what waits there
ARRIVAL = _rx(r"nar vi (?:landar|ar framme|kommer fram|kommer ner|val ar framme|kommer dit)", r"framme hos",
              r"when we (?:land|arrive|get there)", r"as soon as we (?:land|arrive)")
FAREWELL = _rx(r"saga hejda till", r"fick inte (?:ens )?saga hejda", r"say goodbye to (?:my|everyone)",
               r"didn ?t (?:even )?get to say goodbye", r"packat (?:alla )?(?:mina|min) (?:saker|vaska)",
               r"packed (?:all )?my (?:things|stuff|bag)")
# a pupil or client whose trip a professional reports
PUPIL = _rx(r"(?:en|min|var|a|my|our) (?:\w+ )?(?:elev|klient|patient|student|pupil|client)")
# restoring the family's honour on somebody: the words of an honour killing
HONOUR_RESTORED = _rx(r"(?:rensa|tvatta|aterstalla|rentvatta) (?:\w+ )?heder\w*",
                     r"(?:bara finns ett satt|enda sattet) att (?:tvatta|rensa) bort skammen", r"only (?:one )?way to wash (?:away|off) the shame",  # stop 18
                     r"heder\w* (?:\w+ ){0,2}(?:aterstallas|tvattas|rentvattas|rensas)",
                      r"honou?r (?:will|shall|must|is going to|is to) be (?:restored|cleaned|washed|cleansed)", r"(?:restore|clean|wash) (?:\w+ ){0,2}honou?r")
# a parent taking the children
ABDUCT = _rx(r"(?:tagit|tog|tar|ta) (?:med (?:sig )?)?(?:barnen|ungarna|mina barn|vara barn)",
             r"(?:took|taken|has|have|take|takes|taking) (?:the|my|our) (?:kids|children)")
# sent away: "skickas iväg", "being sent away tonight"
SENT_AWAY = _rx(r"(?:jag|hon) ska (?:bort|ivag)\b(?! (?:pa|och|med|till en fest))",r"skicka\w* (?:\w+ )?(?:ivag|bort)", r"(?:be|being|get|getting|is|am|m) sent (?:away|off|back)",
                r"send(?:s|ing)? (?:me|her|him) (?:away|off|back)")
# veiled threats, dangerous with honour or anger behind them: "ta hand om mig", "dealt with"
VEILED_THREAT = _rx(r"losa (?:problemet|saken|det har) med (?:mig|henne|dig)",
                    # stop 19: "de har pratat om att 'lösa problemet' och … jag borde säga hejdå till mina vänner"
                    r"(?:pratat|pratar|pratade|snackat|snackar) om att losa problemet", r"(?:talked|talking|talk) about (?:solving|fixing) the problem",
                    # a lesson promised: "they will teach me", "you'll learn what happens to girls who …"
                    r"(?:ska|kommer att|kommer|tanker) (?:\w+ )?lara (?:mig|henne|dig)(?=$| (?:ikvall|inatt|idag|imorgon|efter|nar|sen|forra|nasta|en laxa|laxan|vad som)\b)",
                    r"(?:will|gonna|going to|ll|wants? to) (?:\w+ )?teach (?:me|her|you)(?=$| (?:tonight|today|tomorrow|after|when|later|last|a lesson|what)\b)",
                    r"learn (?:my|your|her) lesson", r"learn what happens to (?:girls|women|daughters|wives|people)", r"(?:fa|far) lara (?:mig|dig|sig) vad som hander",
                    r"lara (?:mig|dig|henne) vad som hander", r"sista varning\w*", r"(?:last|final) warning",
                    r"(?:gor|gora) (?:han|hon|de|dom) det pa sitt (?:eget )?satt", r"(?:do|does|doing) it (?:his|their|her) (?:own )?way",
                    r"(?:pratar|pratade|snackar|talking|talked) (?:om att |about )?(?:losa|sort\w* out|solv\w*|deal\w* with|fix\w*) (?:the |det |mitt |my )?(?:problem\w*|saken)",
                    r"losa (?:mitt|hennes|ditt) problem",
                    # stop 18: "ingen ska få veta vad de tänker göra med mig ikväll"
                    r"vad (?:de|dom|han|hon|dem|man) (?:tanker|ska|kommer att|planerar att) gora med (?:mig|henne)\b",
                    # stop 18: "… kommer han och hämtar mig och då får jag skylla mig själv"
                    r"(?:da )?far (?:jag|hon) skylla (?:mig|sig) sjalv",
                    r"(?:ska|borde|bor|maste) be (?:till gud|till allah|en bon) (?:innan|fore) (?:han|pappa|farsan|de|dom) kommer hem", r"(?:should|better) pray (?:before|till) (?:he|dad|they) (?:gets?|comes?) home",
                    # the lesson being taught: "hon 'lär sig sin läxa' nere i källaren"
                    r"(?:lar|lara|learning|learn) (?:sig|her|his) (?:sin |hennes )?(?:laxa|lesson)", r"tar (?:\w+ ){0,2}hand om (?:mig|henne|oss)\b",
                    r"what (?:they|he|she) (?:are|is|re|s) (?:going to|gonna|planning to) do (?:with|to) (?:me|her)\b",
                    # protection that ends tonight: "hon kan inte skydda mig efter ikväll", "after tonight it's out of her hands"
                    r"(?:kan|kommer) inte (?:kunna )?skydda (?:mig|dig|henne)", r"can ?t protect (?:me|you|her)", r"out of (?:her|his|my|our) hands",
                    # "han och farbror ska 'lösa det' ikväll"; a family council about her tonight
                    r"(?:han|hon|dom|de|pappa|farsan|farbror\w*|morbror\w*|brorsan|broderna|bröderna|slakten|familjen)(?: och \w+)? (?:ska|kommer att|kommer|tanker|vill) (?:\w+ ){0,2}losa det\b",
                    r"(?:mote|moten|familjemote|familjerad|jirga|majlis) (?:\w+ )?om (?:mig|henne)",
                    r"(?:meeting|council|jirga|majlis|family meeting) (?:\w+ )?about (?:me|her)", r"(?:solve|fix|sort out|take care of) the problem (?:with|of) (?:me|her|you)",
                    r"(?:vet|vet du|vet jag) vad som (?:hander|kommer (?:att )?handa)", r"you know what (?:will )?happens?",
                    r"(?:ta|tar) (?:\w+ )?saken i egna hander", r"take (?:matters|things) into (?:their|his|our) own hands",r"ta hand om (?:mig|henne|dig)", r"(?:gora sig av|bli av) med (?:mig|henne|dig)",
                    r"(?:straffa|straffas|lara mig en laxa|ge mig en laxa)", r"rensa (?:\w+ )?heder\w*",
                    r"(?:deal|dealt|deals|dealing) with (?:me|her|you)", r"(?:be|get|being) dealt with",
                    r"get rid of (?:me|her|you)", r"teach (?:me|her|you) (?:a )?lesson", r"punish\w* (?:me|her|you)", r"(?:be|get|being|getting) punished",
                    r"clean (?:the|our|their) (?:family s )?(?:name|honou?r)",
                    r"restore (?:the |our )?(?:family s )?honou?r", r"aterstalla (?:familjens |var )?heder")
STRONG_VEILED = _rx(
                    # stop 19: "min kusin sa att jag borde säga hejdå till mina vänner"
                    r"(?:borde|ska|bor|should|better) (?:saga|say) (?:hejda|adjo|goodbye|bye) (?:till|to) (?:mina|alla|my|all my) (?:vanner|kompisar|friends)",
                    # a plan or a warning behind it: "they plan to 'deal with' me", "faster varnade mig"
                    r"plan\w* to (?:\w+ )?(?:deal with|get rid of|take care of|sort (?:me|her) out)", r"warn\w* me",
                    r"planerar att (?:\w+ )?(?:losa|ta hand om|gora sig av med|straffa)", r"varnade mig", r"varnat mig",
                    r"losa (?:problemet|saken)", r"the problem (?:with|of) (?:me|her)", r"egna hander", r"own hands",r"straffa\w*", r"laxa", r"lesson", r"dealt with", r"get rid of", r"rensa", r"restore",
                    r"aterstalla", r"punish\w*",
                    r"teach", r"lara (?:mig|dig|henne)", r"learn", r"sista varning\w*", r"last warning", r"final warning", r"pa sitt (?:eget )?satt", r"(?:his|their) (?:own )?way",
                    r"(?:sort\w* out|solv\w*|deal\w* with|fix\w*) the problem", r"losa (?:mitt|hennes|ditt) problem",
                    r"(?:the family|familjen|slakten|the men|mannen) (?:will|ll|is going to|are going to|ska|kommer att|kommer) (?:\w+ )?(?:deal with|handle|sort out|losa|ta hand om|fixa)",
                    r"skydda", r"protect", r"out of (?:her|his|my|our) hands",
                    # stop 18: secrecy around it: "ingen ska få veta vad de tänker göra med mig"
                    r"ingen (?:ska|kommer att|kommer) (?:nagonsin )?fa veta", r"(?:horde|hor) ordet begravning", r"heard the word funeral", r"no ?one (?:will|is going to|s gonna) (?:ever )?(?:know|find out)")
HONOUR_ANGER = _rx(r"for svensk", r"too swedish", r"too western", r"for vasterlandsk", r"kille", r"killar", r"pojkvan", r"boy", r"boyfriend", r"flickvan", r"girlfriend", r"smink", r"makeup",r"heder\w*", r"skam(?!t)\w*", r"skamt ut", r"skammer", r"vanar\w*", r"hora", r"honou?r\w*",
                   r"shame\w*", r"disgrace\w*", r"whore", r"slut", r"(?:family|familjen|slakten) (?:has )?(?:decided|bestamt)",
                   r"fick veta", r"found out", r"arg", r"rasande", r"disobe\w*", r"olyd\w*", r"lyda", r"angry", r"furious",
                   # a marriage forced by a condition, and someone who vanished before
                   r"om (?:jag|du|hon) inte (?:gifter|gifta|gar med|sager ja)", r"if (?:i|you|she) (?:don ?t|do not|won ?t|doesn ?t) (?:marry|agree|say yes)",
                   r"forsvann (?:pa )?samma (?:satt|vis)", r"disappeared (?:the )?same way",
                   r"(?:syster|storasyster|kusin\w*|sister|cousin)\w* (?:\w+ ){0,2}(?:forsvann|disappeared|vanished)")
# ran away and being searched for
RAN_AWAY = _rx(r"rymt", r"rymde", r"rymmer", r"flydde", r"flytt", r"flyr", r"stuckit hemifran", r"stack hemifran", r"ran away", r"run away", r"runaway", r"flytt hemifran", r"fled",
               r"stuck hemifran", r"left home")
SEARCHED = _rx(r"spar(?:ar|ade|at) (?:min (?:telefon|mobil|position|plats)|mig\b|var jag)", r"track\w* (?:me|my)", r"vet var jag ar", r"knows? where i am", r"letar", r"hotar", r"threaten\w*", r"ringer (?:hela tiden|hela tiden och|och hotar)", r"hitta mig", r"looking for", r"searching",
               r"keep calling", r"calling (?:me )?(?:non ?stop|all the time)", r"find me(?! a (?:husband|wife|man|match|job|school|place|flat|doctor))")
# the means at hand and the daring: "ligger i badkaret med en kniv och vet inte om jag vågar"
SELF_MEANS = _rx(r"kniv\w*", r"rakblad\w*", r"tablett\w*", r"piller", r"rep", r"repet", r"snaran", r"noose", r"knife", r"razor\w*", r"pills",
                 r"rope", r"bron", r"bridge", r"taket", r"roof", r"spar\w*", r"tracks")
DARE = _rx(r"vet inte om jag (?:vagar|ska|orkar)", r"hur lange (?:till )?(?:jag|ja) orkar", r"how (?:much )?longer i can (?:take|do|hold)", r"(?:ifall|om) jag vagar", r"don ?t know if i (?:can|should|dare|will)",
           r"(?:trying|forsoker) to get the courage", r"samlar mod", r"working up the courage")
# afraid to go home
HOME_UNSAFE = _rx(r"vagar (?:jag |hon |han |vi )?inte (?:ga|aka|komma|cykla) (?:hem|ut|till (?:skolan|jobbet|plugget|\w+))",
                  r"(?:scared|afraid|terrified) to (?:go|leave|walk) (?:back )?(?:home|out|to (?:school|work|\w+)|the (?:house|flat|apartment))",
                  r"(?:don ?t|dont|do not) dare (?:to )?(?:go|leave) (?:home|out|to)", r"kan inte (?:ga|aka|komma) hem\b",
                  r"(?:can ?t|cannot) go (?:back )?home")
# someone outside or downstairs, said with fear: "jag e så rädd han e utanför"
OUTSIDE = _rx(r"(?:han|hon|de|dom|pappa|farsan|brorsan|\w+man) (?:ar|e|star) (?:utanfor|nere|i trapphuset)",
              r"(?:coming|come|kommer) (?:\w+ ){0,2}(?:to get|to take|to fetch|for att hamta|och hamtar|to pick up) (?:me|her|mig|henne)",
              r"(?:hes|shes|theyre|he s|she s|they re|he is|she is|they are) (?:outside|downstairs|at the door|here now)")
# a weapon at hand for hunting, fishing or cooking, not against a person
WEAPON_USE = _rx(r"(?:for att|for|to|when) (?:\w+ )?(?:jaga|jakt\w*|fiska|fiske|laga mat|skala|hunt\w*|fish\w*|cook\w*)",
                 # sharpening a knife, cooking with somebody: "hur vässar man en kniv? ska laga mat med farsan"
                 r"(?:vassa|vassar|vasser|vasste|slipa|slipar|slipade|sharpen\w*) (?:\w+ ){0,2}(?:kniv\w*|knife|knives|yxa\w*|axe)",
                 r"(?:ska|skall|tanker|will|gonna|going to|wanna|want to) (?:\w+ ){0,2}(?:laga mat|laga middag|baka|grilla|cook\w*|bake|bbq|barbecue)",
                 r"(?:for|to) (?:clearing|clear|rensa|hugga|kapa|chop(?:ping)? (?:wood|firewood)|cut(?:ting)? (?:wood|firewood|branches)) (?:\w+ ){0,2}(?:brush|sly|ved|wood|branches|grenar|tradgard\w*|garden)?",
                 r"(?:slakta|slaktar|slaughter\w*) (?:\w+ ){0,2}(?:lamm\w*|lamb|sheep|far|faret|fagel|hons|kyckling\w*|get\w*|goat)",
                 r"(?:for|to) (?:cutting|cut|carving|carve|skara|stycka|styckar) (?:up )?(?:\w+ ){0,2}(?:lamb|lamm\w*|meat|kott\w*|chicken|kyckling\w*|sheep)",
                 # a fishing trip and cleaning the catch: "tar med mig till Lofoten på fiske", "how do you gut a fish"
                 r"(?:pa|till) (?:\w+ )?(?:fiske|fisketur\w*|fiskeresa\w*|fiskehelg\w*)", r"fishing (?:trip|weekend|holiday)",
                 r"(?:gor|gora) (?:man )?rent (?:en |ett )?(?:torsk|fisk\w*|abborre|gadda|lax|makrill)",
                 r"(?:filea|rensa) (?:en |ett )?(?:torsk|fisk\w*|abborre|gadda|lax|makrill)", r"(?:clean|gut|fillet) (?:a |the )?(?:fish|cod|trout|salmon|pike|perch|mackerel)",
                 r"jagar (?:alg|radjur|hare|fagel|faglar|vildsvin)",
                 r"(?:pa|till|for|on|at|for the|to) (?:\w+ )?(?:scout\w*|lagret|camping\w*|friluftsdag\w*|hajk\w*|hike|hiking|vandring\w*|camp)\b", r"(?:goes|went) hunting", r"jaktlicens", r"hunting licen[cs]e",
                 # "en kniv som han har när han fiskar, får man ens ha det i bilen?"
                 r"(?:nar|when) (?:han|hon|vi|jag|he|she|we|i) (?:fiskar|jagar|fishes|hunts|goes fishing|go fishing|is fishing)",
                 r"(?:far man|kan man|is it legal to|can you|are you allowed to) (?:\w+ ){0,2}(?:ha|bara|carry|have|keep) (?:\w+ ){0,2}(?:den|det|kniv\w*|knife|knives|it)\b(?= (?:\w+ ){0,3}(?:i bilen|in the car|pa sig|on you|ute|outside|i skolan|at school))")
# somebody else hiding from violence: "hon gömmer sig i skogen" (with violence or threats in the message)
HIDING_OTHER = _rx(r"(?:hon|han|de|dom) (?:gommer|gomde|har gomt) sig", r"(?:she|he|they) (?:s|is|are|re) hiding",
                   r"(?:she|he|they) (?:hid|has hidden|have hidden)")
FEAR = _rx(r"vet inte (?:ens )?vart", r"(?:don ?t|dont) know where (?:they|we|he|she)", r"radd\w*", r"rad", r"livradd", r"panik\w*", r"skrack\w*", r"hjalp\w*", r"snalla", r"vagar inte",
           r"scared", r"afraid", r"terrified", r"panic\w*", r"help", r"please", r"don ?t dare", r"hide", r"hiding",
           r"gommer", r"kniv\w*", r"knife", r"hittat mig", r"found me", r"polis\w*", r"police")
# fear at its strongest, which makes being guarded or tracked an emergency
LIVRADD = _rx(r"livradd\w*", r"dodsradd\w*", r"skrackslagen", r"panik\w*", r"terrified", r"petrified",
              r"scared to death", r"scared for my life", r"panic\w*")
# someone coming, said with a call for help: "hjälp han kommer"
COMING = _rx(r"(?:theyre|there|hes|shes|they re|he s|she s|they r) coming(?! to (?:our|my|the|his|her) (?:school|class|party|wedding|birthday|graduation|game|match|concert)| to (?:talk|speak|visit|celebrate|give a talk))", r"(?:de|dom|han|hon) kommer$",
             r"(?:han|hon|de|dom|pappa|farsan|brorsan|bror\w*) (?:kommer|ar pa vag)(?: nu| hit| in| upp| efter mig)?$",
             r"(?:han|hon|de|dom) kommer (?:nu|hit|in|upp|efter)")
# nowhere safe to be tonight
NOWHERE = _rx(r"(?:ingenstans|ingen stans|inget stalle) att (?:sova|ta vagen|bo|ga|vara)",
              # thrown out and sleeping outside
              r"(?:blivit |blev |ar )?(?:utslangd|utkastad|slangd ut|kastad ut)", r"(?:sover|sovit|sov) (?:i trapphuset|i en trappuppgang|i trappuppgangen|pa gatan)",
              r"(?:sleeping|slept) (?:in the stairwell|on the street|rough)",
              r"nowhere (?:else )?to (?:go|sleep|stay)", r"(?:kastat|kastade|slangt|slangde|slanger) ut mig",
              r"(?:kicked|threw|thrown) me out", r"vet inte vart jag ska (?:ta vagen|ga|sova)")
ONLY_HELP = re.compile(r"^(?:snalla |please |pls )?(?:hjalp|help|sos)(?: mig| me)?(?: snalla| please| pls| nu| now)*$")
TRAVEL = _rx(r"(?:we|i|they|she) (?:always |usually |often )?go (?:to|back to)", r"aka|aker|akt|akte|ska resa|reser|resan|skicka\w*|flyg\w*|planet|biljett\w*|lamna (?:mig|henne)",
             r"stanna (?:dar|kvar)|stay there|plane|airport|flygplats\w*|kastrup|arlanda|landvetter",
             r"ta (?:med )?(?:mig|henne|honom)|tar (?:med )?(?:mig|henne|honom)|tvinga\w*",
             r"send\w*|sent|taking (?:me|her|him)|take (?:me|her|him)|taken|travel\w*|fly\w*|flown",
             r"(?:tagit|tog) (?:mitt|hennes) pass|took my passport|visit",
             r"flight|tickets?|leave (?:me|her)|trip|going|leav(?:e|ing) for",
             r"kor (?:mot|till)|driving (?:to|towards)",
             r"(?:ska|skulle|kommer) (?:\w+ ){0,2}till", r"(?:are|re|is|s) going to", r"(?:put|forced) (?:me|her) in",
             r"(?:fors|blir hamtad|hamtas) (?:\w+ ){0,3}till", r"picked up (?:\w+ ){0,4}(?:taken|driven) to")
# countries and cities that a trip against one's will often goes to (Swedish and English names)
COUNTRIES = (r"(?:irak|iraq|iran|syrien|syria|somalia|somaliland|afghanistan|pakistan|turkiet|turkey|libanon|lebanon|"
             r"kosovo|marocko|morocco|eritrea|etiopien|ethiopia|indien|india|bangladesh|egypten|egypt|jemen|yemen|"
             r"gambia|sudan|kurdistan|algeriet|algeria|tunisien|tunisia|libyen|libya|jordanien|jordan|palestina|"
             r"palestine|bosnien|bosnia|albanien|albania|tjetjenien|chechnya|kenya|nigeria|mali|sierra leone|"
             r"guinea|djibouti|senegal|saudiarabien|saudi arabia|nordmakedonien|north macedonia)")
CITIES = (r"(?:erbil|mosul|kirkuk|duhok|sulaymaniyah|bagdad|baghdad|basra|kabul|kandahar|herat|mazar|mogadishu|hargeisa|"
          r"lahore|karachi|islamabad|peshawar|rawalpindi|beirut|dhaka|sylhet|asmara|addis abeba|addis ababa|nairobi|"
          r"kairo|cairo|amman|damaskus|damascus|aleppo|ankara|istanbul|sanaa|khartoum|tirana|pristina|sarajevo)")
ABROAD = _rx(
    r"utomlands", r"hemlandet", r"hemland", r"utlandet", r"abroad", r"back home", r"home country",
    r"flygplats\w*", r"kastrup", r"arlanda", r"landvetter", r"airport", r"(?:hem)?byn", r"village",
    r"pa planet", r"on the plane", r"gaten", r"at the gate",
    r"(?:mitt|hennes|my|her) pass(?:port)?", r"till flyget", r"to the airport",
    r"farja\w*", r"ferry", r"trelleborg", r"nynashamn", r"over there", r"dar nere", r"down there",
    rf"(?:i|in|fran|from|till|to|for|utanfor|outside|nara|near|out of|ut ur|ut fran) (?:{COUNTRIES}|{CITIES})",
    r"(?:till|to) hembyn",
)
# being married off: imminent when a time word says so
MARRY = _rx(r"gifta bort",
            # stop 19: "I heard him tell my uncle that my husband is ready"
            r"(?:my|her) (?:future )?husband is (?:ready|waiting)", r"(?:min|hennes) (?:blivande )?(?:man|brudgum) (?:ar redo|vantar pa (?:mig|henne))", r"giftas", r"(?:blir|ska bli) (?:jag|hon) (?:fru|gift)\b", r"tvinga (?:en|mig|henne) att gifta sig", r"gifter bort (?:mig|henne|oss|min|sin|dem)", r"tvangsgift\w*", r"tvangsaktenskap\w*", r"forlovas",
            r"forlova (?:mig|henne)", r"forced to marry", r"marry (?:me|her) off", r"married off",
            r"make (?:me|her) marry", r"wants? (?:me|her) to marry", r"(?:me|her) to get married",
            r"forc\w* (?:me|her) to marry", r"marry(?:ing)? (?:me|her) off", r"married (?:me|her) off",
            r"(?:i m|im|i am|she s|she is) getting married (?:here|there|to)", r"gifts? bort")
STAY = _rx(r"lamna (?:mig|henne|honom|oss)", r"stay (?:longer|on|behind)", r"stanna (?:langre|ett tag)", r"stanna (?:dar|kvar|hos)", r"bo hos (?:slakt|farbror|farmor|mormor|morbror)\w*", r"komma tillbaka", r"pass\w*",
           r"skicka\w* (?:mig|henne|honom)", r"skickas", r"send\w* (?:me|her|him)", r"being sent", r"(?:ta|tar) (?:mig|henne)",
           r"tak\w* (?:me|her)", r"leave (?:me|her|him|us)", r"stay there", r"bli kvar", r"lamnas kvar",
           r"left (?:there|behind)", r"stay behind", r"come back", r"passport", r"kept there", r"be sent",
           r"(?:kommer|far|ska) (?:jag|hon) (?:aldrig|inte) (?:aka |komma )?tillbaka")
# someone missing after travel, or a cut-off phone
MISSING_ABROAD = _rx(r"har (?:hon |han )?inte svarat", r"svarar (?:hon |han |de |dom )?inte", r"inte (?:hort|horts) av sig",
                     r"inte hort (?:nagot |nat )?(?:fran|av) (?:henne|honom)", r"haven ?t heard from (?:her|him)", r"(?:telefon|mobil)\w* ar avstangd",
                     r"(?:phone|mobile) is (?:off|dead)", r"not answering", r"hasn ?t answered",
                     r"can ?t reach (?:her|him|them)")
# on the way, with anger behind it
ON_THE_WAY = _rx(r"pa ?vag hem", r"(?<!ingen e )(?<!ingen ar )(?<!inte )pa ?vag hit",
                 # stop 18: "han är på väg till hennes jobb med några kompisar"
                 r"(?:han|hon|de|dom) (?:ar|e) pa ?vag (?:till|mot) (?:hennes|mitt|min|hans|var) (?:jobb|skola|lagenhet|boende|hem)\b",
                 # "han är på väg." said alone, of a man coming
                 r"(?:han|dom|de|he|they) (?:ar|e|is|are|s|re) (?:pa ?vag|on (?:his|their) way)(?! (?:till|to|mot|towards|fran|from|hem fran|home from|back from|in)\b)", r"on (?:his|her|their) way (?:home|here|over|back)",
                 # stop 17: "my cousins are driving here right now"
                 r"(?:are|is|re|s) (?:driving|coming|heading) (?:over )?here (?:right now|now|rn)",
                 r"pa ?vag (?:till|mot) (?:mitt|min|mig|oss|skolan|jobbet|plugget|gymmet)",
                 r"on (?:his|her|their) way to (?:my|me|us|the school|school|work)",
                 r"kommer hem (?:om|snart|ikvall|inatt|kl|strax|nu)", r"(?:gets|coming|comes) home (?:soon|tonight|in|at)",
                 r"(?:are|r|re|is|s) coming to get (?:me|her|us) (?:tonight|now|today|soon|in)")
ANGER = _rx(r"(?:jatte|skit|super|sjukt |helt )arg", r"argare", r"galen", r"(?:ursinnig|vansinnig|rasande)\w*", r"pissed", r"mad at me",
            r"fick veta", r"fatt veta", r"found out", r"vet allt", r"vet om", r"knows (?:everything|about)",
            r"hittade", r"hittat", r"sag (?:mig|oss)", r"saw (?:me|us)", r"ska fa se", r"you ll see", r"arg", r"rasande", r"angry", r"furious",
            r"hot\w*", r"threat\w*", r"the boys", r"grabbarna", r"sa att", r"angra\w*", r"regret", r"passa dig")
# a wedding as such: only with unwillingness, or when the writer is a child
WEDDING = _rx(r"brollop\w*", r"(?:sen|da|och sen) (?:ar|blir) vi gifta", r"(?:kommer|kom) (?:\w+ ){0,3}med guldet",  # stop 20
              r"imam\w* (?:kommer|is coming|comes)", r"brudklanning\w*", r"the wedding dress", r"forlov\w*", r"wedding", r"engaged", r"engagement", r"as a wife",
              r"som fru", r"bli (?:hans )?fru", r"fest for mig", r"brud\w*", r"bride",
              r"gifta (?:mig|sig|henne)", r"gifter (?:mig|sig)", r"gift med", r"nikk?aa?h\w*", r"giftermal\w*", r"marry",
              r"married", r"marrying", r"get engaged to", r"ceremon\w*", r"vigsel\w*", r"mahr",
)
# somebody asked the father for her: with a trip abroad soon, a wedding there ("min kusin har frågat pappa om mig")
PROPOSAL = _rx(r"(?:fragat|fragade|fragar|bett|bad) (?:\w+ )?(?:pappa|mamma|farsan|morsan|foraldrar\w*|familjen|farfar|morfar) om (?:mig|min hand|henne|hennes hand)",
               r"(?:asked|asking|asks) (?:my |her )?(?:dad|father|parents|family|mum|mom|grandfather) for (?:me|my hand|her|her hand)",
               r"friat till (?:mig|henne)", r"proposed (?:to|for) (?:me|her)")
UNWILLING = _rx(r"om jag inte (?:gifter|gifta|gar med|sager ja)", r"if i (?:don ?t|do not|won ?t) (?:marry|agree|say yes)",
                r"vill inte", r"(?:jag|hon) inte vill", r"tvingas", r"tvingar", r"radd", r"hjalp", r"don t want", r"dont want",
                r"i (?:not|no) want", r"mot sin vilja",
                r"forced?", r"scared", r"afraid", r"help", r"against my will", r"mot min vilja",
                r"fick veta", r"horde att", r"found out", r"just heard", r"never agreed", r"inte gatt med pa",
                r"planned for me", r"without asking", r"planerat \w* ?for mig", r"utan att fraga",
                r"trodde (?:vi|jag) skulle", r"thought we were", r"lurad\w*", r"lurade", r"tricked",
                r"annars", r"or else", r"ingen (?:sager|berattar)", r"nobody (?:will )?tells?",
                r"never said yes", r"(?:har|hade) (?:aldrig|inte) sagt ja", r"sa aldrig ja", r"said no",
                r"sa nej", r"didn ?t (?:agree|say yes)",
                # refusal said again and again, nobody listening: "jag har sagt nej hundra gånger"
                r"(?:har |hade )?sagt nej", r"(?:vagrat|vagrar|vagrade)", r"ingen (?:lyssnar|bryr sig)",
                r"(?:refused|refuse|keep saying no|kept saying no|said no \w+ times)", r"(?:nobody|no one) (?:listens|cares)", r"(?:i|jag) (?:have|har) (?:bara )?\d+ (?:days|dagar)",
                r"vill inte (?:aka|resa|flyga|gifta)", r"don ?t want to (?:go|marry)",
                r"won ?t let me (?:talk|speak|see|call)", r"later mig inte (?:prata|traffa|ringa)",
                # "hur säger man nej till ett bröllop", "om jag måste gifta mig"
                r"(?:saga|sager|say|says) (?:man |jag |hon )?nej till (?:ett |mitt |brollopet|forlovningen)",
                r"(?:inte far|far inte|not allowed to|can ?t|cannot|kan inte) (?:saga|say) (?:nej|no)", r"(?:aldrig|never) (?:traffat|met) (?:honom|him)", r"say no to (?:a|the|my) (?:wedding|marriage|engagement)",
                r"(?:maste|ska tvingas|have to|has to|must) (?:gifta mig|marry)(?! (?:\w+ )?(?:again|igen|pa nytt|for it to count))")
# distress or deception around a trip: "snälla", "vad ska jag göra", "they said … but"
TRIP_DOUBT = _rx(r"(?:blir|bli) familj pa riktigt",

                 # stop 19: "hörde … att jag ska stanna kvar där och inte komma tillbaka", "jag tror inte jag kommer tillbaka";
                 # "mum packed all my winter clothes and my school certificates and the ticket is one-way"
                 r"one ?way (?:ticket|flight)", r"(?:ticket|tickets|flight) (?:is|are) one ?way", r"enkel ?biljett\w*", r"enkelresa", r"(?:school certificates|alla mina betyg|mina betyg)",
                 r"(?:jag|hon) ska (?:stanna|bo|bli) kvar dar", r"(?:i|she) (?:will|ll|am going to|is going to|m going to|s going to) (?:stay|be left|live) (?:there|behind)",
                 r"tror inte (?:att )?(?:jag|hon) kommer (?:att )?(?:komma )?tillbaka", r"(?:don ?t|dont|do not) think (?:i|she) (?:will|ll|am going to|m going to|m gonna) (?:come|be coming) back",
                 # stop 18: "hittade inbjudningskort till ett bröllop … med mitt namn på"
                 r"inbjudning\w* (?:\w+ ){0,8}(?:med )?mitt namn", r"invitations? (?:\w+ ){0,8}(?:with )?my name", r"become (?:real )?family for real",
                 r"(?:it s|its|it is|det ar|det e) (?:not|inte|ingen) (?:a |en )?(?:holiday|vacation|semester)", r"a school for (?:bad|'?bad'?) girls",
                 # "re-education" abroad: a Koran school, learning the culture, becoming a proper girl
                 r"koranskola\w*", r"koran ?school\w*", r"(?:religious|islamic) school\w*", r"religios skola",  # stop 20: "stuck in mogadishu at a religious school"
                 # left there until she is "proper": "lämna mig hos farmor tills jag blir en riktig tjej"
                 r"(?:tills|until|till) (?:jag|hon|i|she) (?:blir|ar|becomes?|is|am) (?:en |a )?(?:riktig|real|proper|good|bra|normal|ordentlig)",
                 r"(?:tills|until|till) (?:jag|hon|i|she) (?:learn|learns|lart|lar|lar mig|lar sig) (?:\w+ )?(?:to be|att bli|att vara|hur man ar) (?:en |a )?(?:riktig|real|proper|good|bra|normal|ordentlig)",
                 r"(?:lamna|lamnar|leave|leaving) (?:mig|henne|me|her) (?:kvar |there )?(?:hos|with|dar|there|behind)", r"(?:religious|boarding) school (?:in|there|abroad|back home)",
                 r"uppfostr\w*", r"re ?educat\w*", r"sa kallad",
                 # stop 15: no return ticket seen, a cousin who came back only married
                 r"(?:inte|aldrig) sett (?:nan|nagon|en) returbiljett", r"(?:ingen|no) return ?(?:ticket|biljett)", r"returbiljett saknas",
                 r"kom (?:hon|han) inte tillbaka (?:forran|forrn|innan|forst nar)", r"(?:she|he) (?:didn ?t|did not) come back (?:until|till|before)",
                 # the Somali words for a "back to the culture" trip
                 r"dhaqan (?:c|ce)e?lis\w*", r"dhaqan ?celis\w*", r"culture trip", r"kulturresa\w*", r"lara (?:mig|henne|sig) (?:kulturen|sin kultur|var kultur|religionen|att bli)",
                 r"learn (?:our|the|my|her) (?:culture|religion|ways)",
                 r"(?:for att|to) (?:bli|become) (?:en )?(?:riktig|real|proper|good) (?:tjej|flicka|muslim|girl|wife|daughter)",
                 r"snalla", r"please", r"vad (?:ska|gor) jag", r"what (?:do|should|can) i do",
                 r"horde (?:dom|de|pappa|mamma|honom|henne|farsan|morsan)", r"overheard",
                 r"heard (?:them|my|him|her)", r"jag vet vad som", r"i know what", r"vet vad som hander",
                 r"tror inte (?:vi|jag|att vi|att jag) ska", r"don ?t think (?:we|i) (?:are|re|m|will)",
                 r"(?:sa|sager|sagt|said|say|says|told me) (?:att |that )?(?:\w+ ){0,8}(?:men|but)",
                 r"ljuger", r"lying", r"lied", r"ljog", r"semester men", r"holiday but",
                 r"vet inte (?:ens )?vart", r"(?:don ?t|dont) know where (?:we|i|they)", r"making me pack",
                 r"tvingar mig (?:att )?packa",
                 r"radd\w*", r"rad", r"scared", r"afraid", r"terrified", r"panik",
                 # secrecy about the trip
                 r"(?:not to|inte|inget|ingenting) (?:tell|saga|beratta|sager) (?:\w+ ){0,3}(?:anyone|anybody|nagon|nan|till nagon|skolan|school)",
                 r"(?:sag|saga) (?:inget|ingenting|inte)", r"(?:behover|ska|far) inte ta med (?:\w+ )?skol\w*", r"inte (?:behover|ska|far) ta med (?:\w+ )?skol\w*",
                 r"(?:don ?t|won ?t|wont) need (?:my )?(?:school|books)", r"skolbocker\w* hemma")
# a child named in the message (somebody's age under 18), for weddings and ceremonies
CHILD_AGE = re.compile(
    r"\b(?:is|ar|e|am|m|bara|only|just) (?:only |bara |just )?(?:[5-9]|1[0-7])\b"
    r"(?! ?(?:ar sedan|ar sen|years ago|min|kr|procent|dagar|days|veckor|weeks|\d))"
    r"|\b(?:[5-9]|1[0-7]) ?(?:ar gammal|years? old|yo|y o|aring|arig)\b"
)
# euphemisms for cutting or for what "happened" to others: "göras klar", "make her clean",
# "do to me what they did to my sisters", "samma sak som hände min kusin"
EUPHEMISM = _rx(
    # stop 19: "ta med min 6-åriga dotter till sin by i Egypten nästa vecka för att 'rena' henne"
    r"(?:for att|to) rena (?:henne|mig|dem|oss|min \w+)",
    # stop 19: "ska 'opereras' hos en släkting i helgen", "det där man inte får göra i sverige"
    r"(?:ska |skulle )?opereras hos (?:en |min |hennes |sin )?(?:slakting|faster|moster|tant|mormor|farmor|kvinna)", r"(?:det dar|det som|sant) man inte far gora i sverige",
    r"(?:the thing|what) (?:you|they|people) (?:can ?t|aren ?t allowed to) do in sweden",
    # stop 19: "att det bara gör ont lite och sen är jag en riktig kvinna. tanten kommer …", "klippa mig nere där"
    r"(?:sen|och sen|efterat|da) (?:ar|blir) (?:jag|du|hon) en riktig kvinna", r"(?:then|and then|after that) (?:i ll|you ll|she ll|i will|you will|she will) be a (?:real|proper) woman",
    r"(?:klippa|skara|sy ihop) (?:mig|henne|oss|dig) (?:\w+ )?(?:nere dar|dar nere)", r"(?:cut|sew) (?:me|her|us|you) (?:up )?down there",
    # the woman coming to "do it" on the girls: "kvinnan som ska 'göra det' på mig o mina systrar"
    r"(?:kvinnan|tanten|gumman|en kvinna|en tant|the woman|a woman|the lady|a lady) (?:som|who|that) (?:ska|kommer (?:att )?|will|is going to|s going to|is gonna) (?:gora|do) (?:det|it) (?:pa|med|on|to) (?:mig|oss|henne|me|us|her|mina|min|my)",
    # the women coming to do "the ceremony" on a girl: "the women are coming tomorrow to do the ceremony on my sister"
    r"(?:kvinnorna|tanterna|the women|the ladies|women|ladies) (?:\w+ ){0,2}(?:kommer|are coming|come|will come|ska komma) (?:\w+ ){0,4}(?:for att |to )?(?:gora|do) (?:det|it|the ceremony|ceremonin) (?:pa|med|on|to) (?:mig|oss|henne|me|us|her|mina|min|my)",
    r"(?:do|perform|gora) (?:the |a )?(?:ceremony|ceremonin|ceremoni) (?:on|pa) (?:me|mig|her|henne|my|min|mina|us|oss)",
    r"(?:ska|kommer att|skulle) goras (?:klar|ren|fardig)",
    # the one who cuts, coming: "the cutting lady comes thursday for my little sis"
    r"(?:the )?cutting (?:lady|woman|auntie)", r"(?:kvinnan|tanten) som (?:skar|omskar)", r"omskarerska\w*", r"(?:make|making|get|getting|have) (?:me|her|us) (?:clean|pure|done|cut)",
    r"samma sak som (?:hande|hant|gjordes|dom gjorde|de gjorde|med)", r"same thing (?:that |as )?(?:happened|they did)",
    r"(?:what|like) (?:they|she|he) did to (?:me|my|her)", r"vad (?:dom|de) gjorde (?:med|mot) (?:mig|min|mina|henne)",
    r"vad som (?:hander|kommer (?:att )?handa) med (?:tjejer|flickor|mig)", r"what happens to girls",
    r"samma (?:sak )?som (?:med |for |hande )?(?:mina|min|hennes) (?:\w+ )?(?:kusin\w*|syst\w*|syrr\w*)",
    r"(?:same|like) (?:as |what happened to )?(?:my|her) (?:\w+ )?(?:cousins?|sisters?)",
    r"det som gjordes (?:med|mot|pa)", r"samma (?:sak )?som (?:dom|de) gjorde (?:med|mot|pa)",
    r"(?:bli|blir|ska bli) (?:fixad|gjord|ren)\b", r"(?:ska|kommer att|maste) (?:\w+ )?fixas\b", r"rening\w*",
    r"(?:for|arranged for|planned for) (?:her|me) to (?:be|get) cut\b", r"(?:to|will) (?:be|get) cut (?:during|over|on|in) (?:the|her|my|our) (?:\w+ )?(?:holiday|trip|break|vacation)", r"(?:made|be made|get made) (?:pure|clean)",
    r"jag vet vad (?:det|som) (?:betyder|hander)", r"i know what (?:that|it) means",
)
# a girl to be "fixed" or "cleaned", a woman booked for it: cutting only when the message also has a
# trip abroad ("en tant som ska fixa mig när vi är i Kenya"; not "syrran ska fixa mig inför festen")
FIX_GIRL = _rx(
    # stop 17: "ska 'bli stor tjej' hos sin faster i Egypten" (read only beside a place abroad)
    r"(?:ska|kommer att|kommer) bli (?:en )?stor (?:tjej|flicka)",
    r"(?:ska|kommer (?:att )?|vill|skulle) (?:\w+ ){0,2}(?:fixa|rena|tvatta ren) (?:mig|henne|min (?:\w+ )?(?:syster|kusin|dotter|lillasyster))"
    r"(?!(?: \w+)? (?:en|ett|nagot|nat|mat|har|haret|haren|naglarna|frukost|middag|lunch|till|med|infor|innan|pa|hem|ny|nya)\b)",
    r"(?:fix|fixing|purify|clean) (?:me|her|my (?:little )?(?:sister|daughter|cousin))(?!(?: \w+)? (?:up|a|some|dinner|breakfast|lunch|something|hair|with|room)\b)",
    r"(?:tant|kvinna|gumma|woman|lady|old lady|midwife|barnmorska) (?:\w+ ){0,3}(?:ska|som ska|who will|will|to|is coming to|kommer (?:for )?att) "
    r"(?:\w+ )?(?:fixa|skara|cut|fix|clean|rena)\b(?!(?: \w+)? (?:hair|har|haret|haren|lugg\w*|naglar\w*|nails|fringe)\b)",
)

# names called, a whore or a slut (a control, no danger by itself): "kallar mig hora", "keeps calling me a whore"
INSULT_SIGNS: Tuple[str, ...] = (
    r"(?:kallar|kallade|kallat) (?:mig|henne) (?:for )?(?:en )?(?:hora|slampa|horunge|billig)", r"kallad\w* (?:hora|slampa|horunge)",
    r"(?:call|calls|called|calling) (?:me|her) (?:a )?(?:whore|slut)",
    # stop 17: "calls me disgusting", "says i look like a slut"
    r"(?:call|calls|called|calling) (?:me|her) (?:disgusting|dirty|a disgrace)", r"(?:says|said) (?:that )?(?:i|she) (?:look|looks) like (?:a )?(?:whore|slut)",
    r"(?:sager|sa) att (?:jag|hon) ser ut som (?:en )?(?:hora|slampa)",
    # stop 19: "calls me useless and a disgrace every day", "kallar mig värdelös"
    r"(?:call|calls|called|calling) (?:me|her) (?:useless|worthless|names|a failure|a disgrace)", r"(?:kallar|kallade|kallat) (?:\w+ ){0,2}(?:mig|henne) (?:for )?(?:vardelos|acklig|smutsig|ett misslyckande|en skam)")
INSULTED = _rx(*INSULT_SIGNS)
# --- harm (not imminent) ---------------------------------------------------
VIOLENCE_ANY = _rx(
    r"slar", r"slog", r"slagit", r"slagen", r"sla (?:mig|mej|henne|honom|oss|mamma)", r"misshandl\w*", r"sparka\w*", r"strypt\w*",
    r"knuffa\w*", r"orfil\w*", r"vald", r"blamarken", r"far illa", r"chok\w* (?:u|you|me|her)", r"smack(?:s|ed|ing)? (?:me|her)",
    # (not Swedish "hit", "here", after writing, a link or a move: "skriva hit", "länken hit", "flyttade hit", stop 18)
    r"(?<!skriva )(?<!skriver )(?<!skrev )(?<!skrivit )(?<!lanken )(?<!flytta )(?<!flyttade )(?<!flyttat )hit",
    r"hits", r"hitting", r"beat\w*", r"kicked", r"slapped", r"abus\w*", r"violen\w*",
    r"bruises?", r"stryk", r"punched", r"choked", r"strangled", r"slaps?", r"slapping", r"punch(?:es|ing)?",
    r"kicks?(?! (?:\w+ )?out\b)", r"kicking(?! (?:\w+ )?out\b)", r"tar hart i", r"(?:nyper|nep|nupit) (?:mig|henne)", r"grabs? (?:me|her) (?:hard|by)",
    r"(?:drog|dragit|drar|slet|sliter) (?:mig|henne|honom|mamma|\w+ )?(?:i haret|i armen|nerfor|ner|ut|upp|over golvet|genom)",
    r"(?:tog|tar) (?:tag|strypgrepp) (?:i|om|runt)", r"(?:kastade|kastar) (?:\w+ ){0,2}(?:pa|mot|pa mig|i vaggen)",
    r"(?:slapade|slapar|slapat|slet) (?:mig|henne|honom)", r"(?:pinned|squeezed|dragged|shoved) (?:me|her)",
    r"(?:grabbed|dragged|pulled|shoved|pushed|threw) (?:me|her|him|mum|mom|my \w+)",
)
THREATS = _rx(r"(?:sprida|skicka|lagga ut|dela) (?:\w+ ){0,2}(?:bilder|bild|filmer|foton) (?:pa|av) (?:mig|henne)",
              # stop 16: "my cousins say people like me get 'dealt with'"
              r"(?:people|girls|boys|folk|tjejer|killar|sadana) (?:like me|like us|som mig|som oss) (?:get|will get|are|blir|ska) (?:\w+ )?(?:dealt with|punished|killed|beaten|straffade|dodade|slagna|fixade)",
              r"(?:spread|send|post|share|leak) (?:\w+ ){0,2}(?:pics|pictures|photos|videos|nudes) of (?:me|her)",
              r"hot(?:ar|ade|at|ad|as|ats|else|elser)", r"threat\w*",
              r"(?:ska |kommer (?:att )?)fa (?:se|betala|angra (?:mig|sig))", r"(?:du|ni) ska fa (?:se|betala|angra (?:dig|er))", r"(?:will|ll) (?:pay for|regret) (?:it|this)",
              # violence announced: "han ska slå mig", "he'll beat me"
              r"(?:ska|kommer att|kommer|tanker) (?:\w+ ){0,2}(?:sla|misshandla|skada|spoa|ge mig stryk) (?:mig|henne|oss|ihjal)",
              r"(?:will|ll|gonna|going to) (?:\w+ ){0,2}(?:beat|hit|hurt|punish) (?:me|her|us)",
              # stop 17: reported speech, "my brothers said they'd break my legs if I go to school tomorrow"
              r"(?:said|says|told me|told her|swore) (?:that )?(?:he|she|they) (?:d|would) (?:\w+ )?(?:beat|hit|hurt|punish|break) (?:me|her|us|my|her)\b",
              r"(?:will|ll|gonna|going to|ska|kommer(?: att)?) (?:\w+ )?(?:break|bryta|krossa|sla sonder) (?:\w+ )?(?:my|her|mina|hennes|alla|benen|armarna)(?: \w+)? ?(?:legs|arms|bones|ben|benen|armar|armarna|revben|nose|nasan|teeth|tanderna)?",
              # menace without the word, said to the writer: "du ska passa dig", "du kommer ångra dig"
              r"du (?:ska|borde|bor|far|maste) (?:\w+ )?passa dig", r"att jag (?:ska|borde|bor|maste) (?:\w+ )?passa mig",
              r"(?:better )?watch (?:your|her) back", r"(?:kommer|ska) (?:att )?(?:fa )?angra (?:dig|er)",
              r"(?:you ll|you will|you re going to|you re gonna) regret")
# menace done to the writer's things: tyres slashed, windows broken (danger with fear of going out)
MENACE = _rx(r"punkter\w* (?:\w+ ){0,3}dack\w*", r"(?:slash\w*|let down) (?:\w+ ){0,2}(?:tyres|tires)",
             r"(?:krossat|krossade|slagit sonder) (?:\w+ ){0,2}(?:ruta|rutan|rutor|rutorna|fonster\w*)",
             r"(?:smashed|broke) (?:\w+ ){0,2}(?:window|windows|windscreen)", r"(?:lagt|lamnat|satt upp) en lapp", r"left (?:me )?a note")
# violence promised again after violence: "he hit me and said he's gonna do it again"
REPEAT = _rx(r"(?:ska|kommer(?: att)?) gora (?:om )?det (?:igen|en gang till)",
             r"(?:will|ll|gonna|gona|gunna|going to) do (?:it|that|this) (?:again|agen|another time)")
CONTROL = _rx(
    # stop 16: "my dad says i can't keep studying after 9th grade", "får inte börja gymnasiet"
    r"(?:can ?t|cannot|not allowed to|won ?t let me|won ?t let her) (?:keep |continue )?(?:studying|study|go to (?:upper secondary|high school|gymnasiet))",
    r"(?:far|fa) inte (?:fortsatta )?(?:plugga|studera|borja (?:pa )?gymnasiet|ga (?:pa )?gymnasiet)",
    r"(?:making|make|makes|made) (?:her|me) (?:quit|leave|drop out of) (?:school|college|uni)",
    r"(?:check|checks|checking|control|controls) everything (?:i|she) (?:do|does)", r"kontrollerar allt (?:jag|hon) gor",
    # locked in as a habit or a rule, the verb unconjugated: "pappa brukar låsa in mig", "de låser in henne på helgerna"
    r"(?:brukar|kan|ska|vill|borjat|borjar) (?:\w+ )?(?:lasa|stanga) in (?:mig|henne)", r"(?:lasa|lasar|stanga|stanger) in (?:mig|henne) (?:pa|varje|nar|om|efter)",
    # money taken: "pappa tar allt jag tjänar", "my uncle takes my salary"
    r"(?:tar|tog|tagit|behaller) (?:\w+ )?(?:min lon|mina pengar|allt jag tjanar|hela min lon|min inkomst|mitt bidrag|mitt csn)",
    r"(?:takes?|took|taking|keeps?|kept|keeping) (?:all )?(?:of )?(?:my|her) (?:money|salary|wages|pay|income|paycheck)",
    # stop 17: parents who read the browser history, "i want to move out because of my family's control"
    r"(?:kollar|laser|gar igenom|checks?|reads?|go through|goes through) (?:min |mina |the |my )?(?:historik\w*|history|browser history|webbhistorik\w*)",
    r"(?:because of|due to|pga|pa grund av) (?:my|our|min|var|mina) (?:family s|familys|parents|families|familjs|foraldrars) (?:control|kontroll)",
    # names and rules said in other forms: "kallar mig hora", "she isn't allowed to"
    *INSULT_SIGNS,
    r"(?:isn ?t|aren ?t|wasn ?t|weren ?t|am not|m not|is not) allowed to",
    # money, cards and passwords taken: "pappa tar hela lönen", "they took my bank card", "har mitt lösenord"
    r"(?:tar|tog|tagit|behaller) (?:\w+ )?(?:hela )?lonen", r"(?:tar|tog|tagit|took|taken|takes?|keeps?) (?:\w+ )?(?:mitt|hennes|my|her) (?:bankkort|bank ?card|card|id ?kort|id card)",
    r"(?:pappa|mamma|farsan|morsan|foraldrar\w*|familjen|\w*bror\w*|\w*broder\w*|brorsan|kusin\w*|maken|min man|dad|mum|mom|father|mother|parents|family|"
    r"\w*brothers?|cousins?|husband|uncle|farbror|morbror) (?:\w+ ){0,2}(?:har|tagit|kraver|vill ha|has|have|took|wants?|demands?) (?:\w+ ){0,2}"
    r"(?:mitt|mina|hennes|my|her) (?:password|passwords|losenord\w*|pin ?kod\w*|login)",
    r"(?:taken|took|takes?|confiscated) (?:away )?(?:my|her|my \w+ s|\w+ s) (?:phone|laptop|mobile|computer)",
    # watched at a distance: location shared by force, a selfie to prove where she is, "vill veta var hon e"
    r"(?:make|makes|made|forc\w*|have to|has to|must|need to) (?:me |her )?(?:to )?(?:share|sharing) (?:my|her) location",
    r"(?:maste|tvingar (?:mig|henne) att|tvingas|ska alltid|far inte stanga av) (?:\w+ )?dela (?:min|hennes|sin) (?:plats|position)", r"prove where (?:i|she) (?:am|is)",
    r"selfies? every (?:hour|\w+ minutes)", r"(?:vill|ska) (?:alltid )?veta var (?:jag|hon) (?:e|ar)\b", r"wants? to know where (?:i|she) (?:am|is)",
    r"(?:maste|ska|tvingas) lamna (?:over|ifran) (?:sin|min|hennes) (?:mobil|telefon)\w*", r"(?:has|have|had) to (?:hand over|give) (?:her|my) phone",
    r"(?:not|isn ?t|aren ?t) letting (?:me|her)", r"(?:won ?t|wont|don ?t|dont|doesn ?t|will not|do not) let (?:me|her)",
    # made to watch and report on sisters: "he's made to watch his sisters and report back to his father"
    r"report(?:s|ing)? back to (?:his|my|her|their) (?:father|dad|parents|family|brother|uncle)",
    r"(?:star|vantar|sitter) (?:alltid|jamt|varje dag|ofta) utanfor (?:skolan|jobbet|plugget|traningen)",
    r"(?:always|every day) (?:waiting|waits|stands|standing) outside (?:my|her|the) (?:school|work|college)",
    r"(?:made|forced|has|have) to (?:watch|spy on|report on|keep an eye on) (?:his|my|her) (?:sisters?|cousins?)",
    # punished, shunned, names and curses: "blir straffad hela tiden", "dad hasn't spoken to me for a month"
    r"(?:blir|blev|bli|get|gets|got|getting|being) (?:\w+ )?(?:straffad|bestraffad|punished)",
    r"(?:punished|straffade|straffar|straffat) (?:me|her|mig|henne)",
    r"(?:pappa|mamma|farsan|morsan|familjen|foraldrarna|slakten|dom|de|han|hon|alla) (?:\w+ )?(?:slutar|slutat|har slutat|vagrar) (?:att )?prata med (?:mig|henne)",
    r"(?:ingen|inte nagon) (?:av (?:dom|dem) )?(?:har )?pratat med (?:mig|henne) (?:pa|sen|sedan)", r"utfryst\w* (?:av|fran) (?:\w+ )?(?:slakten|familjen)",
    r"(?:dad|mum|mom|father|mother|parents|family|brother|they|he|she) (?:\w+ )?(?:hasn ?t|has not|haven ?t|won ?t|doesn ?t|don ?t|stopped|refuses? to) (?:spoken|talked|speak|talk|speaking|talking) to (?:me|her)",
    r"(?:call|calls|called|calling) (?:me|her) (?:a )?(?:slag|bitch|hoe|sharmuta|disgrace)", r"(?:kallar|kallade) (?:mig|henne) (?:for )?(?:en )?(?:sharmuta|horunge|slampa|skam)",
    r"wish(?:es|ed)? (?:i|she) (?:was|were|had) never (?:been )?born", r"onskar (?:att )?(?:jag|hon) (?:aldrig )?(?:hade )?(?:blivit )?(?:fodd|fotts|aldrig fotts)",
    r"(?:counsel+ing|therapy|terapi|samtal|sessions?) (?:\w+ ){0,2}(?:with|hos|med) (?:the |an |a |en )?(?:imam\w*|mullah|hodja|sheikh|shejk\w*)",
    r"(?:blev|blir|var|ar|e|was|got) (?:tvingad|forced)\w* (?:att|till|to)", r"never see (?:the|my) money",
    r"(?:inget|ingen) (?:eget|egen) (?:bankkort|lon|konto|pengar)", r"(?:no|don ?t have (?:a|my)) own (?:bank card|money|account)",
    # messages read and phones checked, in every form
    r"(?:kolla|lasa|ga igenom) (?:\w+ ){0,2}(?:mobil\w*|telefon\w*|meddelanden|sms)",
    r"(?:read|reads|reading|check|checks|checking|go through|goes through) (?:all |every one of )?(?:my|her) (?:texts|messages|dms|chats|phone)",
    r"(?:can ?t|cannot|not allowed to) leave the house", r"kan inte (?:ga|lamna) (?:ut|huset|hemmet) (?:utom|forutom|utan)",
    r"(?:kollar|kollade|kontrollerar|laser|laste|gar igenom|gick igenom|snokar i) (?:\w+ ){0,2}(?:mobil\w*|telefon\w*|meddelanden|sms|chatt\w*|snap\w*)",
    r"far inte (?:ha|ga|traffa|vara|va|ta|valja|bestamma|kla|aka|prata|umgas|skaffa|plugga|jobba|lamna|sova|delta|folja|bara|anvanda|simma|trana)",
    r"tvingar (?:mig|henne|oss)", r"bestammer (?:allt|over mig|vem|vad|hur)", r"kontroll\w*",
    r"oskuld\w*", r"sloja", r"bevakar", r"spionerar", r"familjens heder", r"heder\w*", r"skam",
    r"check(?:s|ing)? my (?:phone|messages)", r"go(?:es)? through my phone", r"not allowed to",
    r"won t let me", r"wont let me", r"don t let me", r"dont let me", r"force(?:s|d)? (?:me|her)",
    r"control(?:s|ling)? (?:me|my|her)", r"virgin\w*", r"take my money", r"tar mina pengar",
    r"honou?r", r"shame", r"far aldrig \w+", r"later (?:mig|henne) inte", r"later inte (?:mig|henne)",
    r"foljer efter (?:mig|henne|oss)", r"haller koll pa (?:mig|henne|oss)", r"berattar (?:\w+ )?for (?:min |var )?(?:pappa|mamma|familjen|farsan)",
    r"bota (?:mig|henne|honom)", r"gay", r"homo\w*", r"lgbt\w*", r"queer", r"haram",
    r"follow(?:s|ing)? me", r"keep(?:s|ing)? tabs", r"report(?:s|ing)? everything", r"spy(?:ing)? on",
    r"decide\w* (?:what|who|where|everything|how)", r"need (?:their |his |her )?permission",
    r"control everything", r"cure me", r"dead to them",
    r"skicka\w* (?:ivag|bort) (?:mig|henne|honom)", r"send(?:s|ing)? (?:me|her) away",
    r"bestammer (?:\w+ )?(?:vilka|vilken|var|nar|om|mina|min)", r"control(?:s|led)? (?:who|what|where|when|how|all|everything)",
    r"(?:kollar|foljer|sparar|trackar|spionerar pa) (?:\w+ ){0,2}(?:plats|position|location|gps)", r"life ?360",
    r"track(?:s|ing)? (?:my|her) (?:location|phone)", r"app (?:\w+ ){0,4}(?:visar|ser|sparar|shows|tracks) (?:allt|var|everything|where)",
    r"(?:tar|tog|tagit) (?:\w+ )?(?:mobil\w*|telefon\w*)", r"(?:took|takes|take) (?:away )?my phone",
    r"foljer med (?:mig |henne )?overallt", r"(?:har|haller) koll pa (?:mig|henne|var)",
    r"far inte ens", r"fick inte (?:ens )?(?:ha|ga|borja|plugga|traffa|vara|jobba|aka)",
    r"inte later (?:mig|henne)", r"forskjut\w*", r"disown\w*",
    r"vakta\w* (?:mig|henne)", r"(?:guard|guards|guarding) (?:me|her)",
    r"(?:kept|keeping|keeps|holds?|held) (?:me|her) (?:off|out of|home from) school",
    # the word order of a clause and an inverted subject: "att jag inte får träffa", "nu tvingar de mig"
    r"(?:jag|hon|vi|att jag|att hon) inte far (?:ha|ga|traffa|vara|ta|valja|bestamma|kla|aka|prata|umgas|skaffa|plugga|"
    r"jobba|lamna|sova|delta|folja|ringa|bara|anvanda|spela|trana|simma|ens)",
    r"tvingar (?:de|dom|han|hon|mamma|pappa|farsan|morsan|foraldrarna|familjen|brorsan) (?:mig|henne|oss)",
    r"(?:is|am|are|was|being|gets?|got) forced to", r"(?:jag|hon) (?:tvingas|blir tvingad)",
    # sent to the imam or the mosque to be "normal", to be cured: conversion pressure
    r"(?:ta|tar|tog|skicka\w*|tvinga\w*|slapa\w*|hota\w* (?:mig |henne )?med att ta) (?:mig|henne|honom) (?:\w+ ){0,2}till (?:en |var )?(?:imam\w*|moske\w*|prast\w*|hodja\w*|shejk\w*|mulla\w*)",
    r"(?:ga|gar|gick) till (?:en |var )?(?:imam\w*|moske\w*|prast\w*|hodja\w*) (?:\w+ ){0,4}(?:for att|sa att) (?:jag|hon|han) (?:ska )?(?:bli|blir) (?:normal|rak|hetero|frisk)",
    r"(?:for att|so (?:that )?(?:i|she) (?:will |can )?|to make (?:me|her)|att (?:jag|hon) ska) (?:bli|blir|become|be)? ?(?:normal|straight|hetero|rak)\b",
    r"make (?:me|her) (?:normal|straight)",
    r"(?:take|takes|taking|took|send\w*|sent|drag\w*|force\w*) (?:me|her|him) to (?:the |an |a |our )?(?:imam|mosque|priest|mullah|sheikh|hodja|exorcis\w*)",
    # things of the writer's own destroyed: a binder, clothes, make-up
    r"(?:burn\w*|destroy\w*|threw (?:away|out)|throw (?:away|out)|ripped|cut up|took|confiscated) (?:\w+ ){0,2}(?:my|her) (?:binder|clothes|make ?up|skirts?|dress\w*|books)",
    r"(?:brande|brant|branner|slangde|slangt|klippte sonder|klippt sonder|forstorde|forstort|tog|tagit) (?:\w+ ){0,2}(?:min|mina|hennes) (?:binder|klader|smink|kjol\w*|klanning\w*)",
    # clothing forced on her: "tvingas bära niqab", "forced to wear a niqab"
    r"(?:forced|made|has|have|makes? (?:me|her)) to wear (?:a |the )?(?:niqab|burka|burqa|hijab|headscarf|veil|abaya|jilbab|chador)",
    r"(?:tvingas|maste|tvingar (?:mig|henne) att|far inte ta av (?:mig|sig)) (?:\w+ )?(?:bara|ha pa sig|ha|ta pa sig|anvanda)? ?(?:\w+ )?(?:niqab|burka|hijab|sloja|sjal|abaya|chador)",
    r"(?:follow|follows|followed|following) (?:me|her) (?:to|from|everywhere|home|around)",
    r"(?:foljer|foljde) (?:med )?(?:mig|henne) (?:till|fran|hem)",
    # watched by relatives who tell on her: "kusinerna rapporterar allt jag gör till pappa"
    r"(?:rapporterar|rapporterade|skvallrar|skvallrade|tjallar|tjallade|berattar) (?:allt|\w+) (?:\w+ ){0,4}(?:till|for) (?:min |var |hennes )?(?:pappa|mamma|farsan|morsan|familjen|foraldrar\w*|brorsan|farbror)",
    r"(?:tell|tells|told|report|reports|reported|snitch\w*) (?:\w+ ){0,3}(?:to )?(?:my|her|our) (?:dad|father|parents|family|mum|mom|brother|uncle) (?:everything|about everything)",
    # school trips, sleepovers forbidden: "får inte följa med på klassresan", "haram att sova borta"
    r"(?:klassresa\w*|lagerskola\w*|skolresa\w*|class trip|school trip|sleepovers?|sova borta|sova over|sleep over)(?: \w+){0,6} (?:haram|forbjud\w*|inte tillat\w*|not allowed|forbidden|banned)(?! (?:pga|pa grund av|because of|due to) (?:covid|corona|vadret|the weather|strejk\w*|strike|sno|snow))",
    r"(?:haram|forbjud\w*|not allowed|forbidden) (?:\w+ ){0,3}(?:att )?(?:sova borta|sova over|sleep over|go on (?:the )?(?:class|school) trip)", r"(?:haller|holl) (?:mig|henne) hemma fran skolan", r"far inte (?:ringa|ha|jobba|lara)",
)
FORCED_MARRIAGE = _rx(
    # a husband chosen and a marriage planned: "mina föräldrar har valt min man", "planning her marriage"
    r"(?:picked|chosen|chose|found) (?:my|her) (?:future )?(?:husband|wife|groom)",
    r"(?:hitta|leta efter|valja|hittat|valt) (?:en )?(?:man|make|fru|kille) (?:at|till|for) (?:mig|henne)",
    r"(?:valt|valde|hittat|bestamt) (?:ut )?(?:min|hennes) (?:blivande |framtida )?(?:man|make|fru)",
    r"(?:planning|plan|planned|arranging|arranged) (?:my|her) (?:marriage|wedding|engagement)",
    r"(?:planerar|planerat|ordnar|ordnat) (?:mitt|hennes|min|var) (?:brollop|giftermal|forlovning)",
    # married as a child
    r"(?:married|engaged|gifte (?:mig|sig)|forlovad|gift) (?:\w+ )?(?:at|when i was|when she was|nar jag var|nar hon var|som) (?:1[0-7]|[5-9])\b",
    r"gifta bort", r"vill att jag (?:ska )?gifta mig", r"tvinga\w* (?:mig |henne )?att gifta",
    r"tvangsgift\w*", r"tvangsaktenskap\w*", r"make me marry", r"want me to marry",
    r"force\w* (?:me |her )?to marry", r"arranged marriage", r"forced marriage", r"marry me off",
    r"(?:ska|vill) (?:att jag ska )?gifta mig med", r"bortgift\w*", r"(?:maste|ska) gifta mig",
    r"far bara gifta mig", r"(?:have|has|need) to marry", r"must marry", r"can only marry",
    r"(?:be|get) engaged", r"married off",
    # who she will marry decided by others, promised away: "pratar om vem hon ska gifta sig med", "ska lovas bort"
    r"(?:who|vem) (?:i|she|jag|hon) (?:will|should|shall|is going to|ska|skall|kommer att) (?:marry|gifta (?:mig|sig))",
    r"lovas (?:bort )?till", r"ska lovas bort",
    r"lova(?:d|de|t|ts)\w* (?:bort )?till", r"lovats bort", r"promised to (?:my|a|an|him|her|the|each|someone|somebody)",
    r"(?:picked|chosen|found|chose) (?:\w+ )?(?:husband|wife|man|groom) for (?:me|her)",
    r"(?:valt|hittat|bestamt) (?:\w+ )?(?:en )?(?:man|make|fru|kille) (?:at|till|for) (?:mig|henne)",
    r"(?:sagt|svarat) ja till (?:en )?(?:familj|kille|friare|man)",
    # engaged or married to a man never met or not chosen
    r"(?:forlovad|gift|bortlovad|engaged|married) (?:\w+ ){0,2}(?:med|to) (?:en man|en kille|a man|a guy|someone|nagon) (?:\w+ ){0,4}(?:aldrig (?:traffat|sett)|inte valde|inte valt|never met|never seen|didn ?t choose)", r"kille fran slakten", r"man from (?:the|our) family",
    r"pressur\w* (?:me|her) to (?:marry|set a date|get married)", r"set a (?:wedding )?date",
)
FGM = _rx(r"omskar\w*", r"omskur\w*", r"made clean",
          # stop 15: "my little sister has to get 'sunna' done", "sunna-omskärelse"
          r"(?:get|have|has|do|done|gora|gor|ha|fa|gjord) (?:\w+ ){0,2}sunnah?(?: (?:done|gjord|gjort|circumcision))?",
          # "planning to have my 5 year old daughter cut"
          r"(?:have|get|getting|having) (?:my |her |our )?(?:\w+ ){0,3}(?:daughter|sister|girl|girls|daughters|sisters|niece) cut\b",
          # stop 18: "grandma keeps saying she'll be cut when we visit Sudan"
          r"(?:she|my (?:little )?sister|my daughter|i) (?:will|ll|is going to|s going to|is gonna|am going to|m going to) (?:be|get) cut\b(?! (?:off|out|from|short))",
          # "lillasyster ska renas som alla tjejer", "my sisters should be cut like she was"
          r"(?:ska|kommer att|maste|skulle|bor) (?:\w+ )?(?:renas|rengoras)\b",
          r"(?:should|must|will|shall|has to|have to|needs? to) be cut\b(?! (?:off|out|short|from|down|back))",
          # "all girls in our family get 'cleaned' when they turn 13"
          r"(?:girls?|daughters?|sisters?|i|she|we|me|her|flickor\w*|tjejer\w*|dottrar\w*|systrar\w*) (?:\w+ ){0,4}(?:get|gets|got|be|being|are|is|will be) (?:\w+ )?(?:cleaned|purified)\b(?! up)(?<!teeth cleaned)",
          r"(?:flickor\w*|tjejer\w*|dottrar\w*|systrar\w*|jag|hon) (?:\w+ ){0,4}(?:blir|ska bli|kommer bli|maste bli|gors|ska goras) (?:\w+ )?(?:rena|ren|renade|rengjord\w*)\b(?! (?:fran|efter|nar))", r"(?:make|making) (?:me|her|\w+) clean",
          r"goras (?:klar|ren)", r"bli ren som", r"gora (?:\w+ )?(?:mig|henne|\w*syster|dotter\w*) ren", r"konsstymp\w*", r"fgm", r"circumcis\w*", r"mutilat\w*",
          r"(?:cut|cuts|cutting|be cut|get cut) (?:me|her|my (?:\w+ )?(?:sister|daughter|niece|cousin))\b(?!(?: s)? (?:hair|fringe|bangs|nails|open|up|off)\b)", r"(?:getting|get|have) (?:me|her) (?:done|cut)",
          r"(?:i|she) was cut (?:as|when)", r"needs? to be cut", r"blev (?:jag |hon )?(?:skuren|klippt) (?:som|nar)",
          # "dom ska skära min kusin" (not her hair, a cake or bread)
          r"(?:skara|skar|skaras|skuren|skurna) (?:i )?(?:henne|min (?:\w+ )?(?:syster|lillasyster|kusin|dotter|systerdotter|brorsdotter)|"
          r"mina (?:\w+ )?(?:dottrar|systrar|kusiner))\b(?!(?: \w+)? (?:har|haret|haren|lugg\w*|naglar\w*|tarta|brod|mat|en|ett|lite|bit)\b)",
          r"(?:jag|hon|min (?:\w+ )?(?:syster|lillasyster|kusin|dotter)|mina (?:\w+ )?(?:dottrar|systrar|kusiner)) "
          r"(?:ska|kommer att|skulle|maste) (?:\w+ )?skaras\b",
          r"(?:do|did|does|done|have|had|get|got|give|gave) (?:her |me )?the cut\b",
          r"(?:she|i|my (?:\w+ )?(?:sister|daughter|cousin|niece)) (?:will|is going to|is gonna|s going to|s gonna|is to|has to|must|am going to) "
          r"(?:be|get) cut\b(?! (?:off|out|short|from|down))")

# --- contexts that are not emergencies ------------------------------------
SUPPRESSORS: Tuple[Tuple[str, Pattern[str]], ...] = (
    ("news", _rx(r"nyheter\w*", r"nyhet", r"nyheten", r"(?:horde|heard) (?:pa|on|i) (?:p1|p3|p4|ekot|radio\w*|the radio|the news)", r"det brann", r"bilbrand\w*", r"skottlossning\w*", r"sprangning\w*", r"artikel\w*", r"tidning\w*", r"aftonbladet", r"expressen",
                 r"reportage", r"dokumentar\w*", r"skjutning(?:en)? i (?:vart|mitt) omrade", r"shooting in (?:our|my) (?:area|neighbou?rhood)",  # stop 18
                  r"las(?:te)? om(?! (?:er|eran|ert|chatten|den har chatten|stodchatten)\b)", r"news", r"article", r"newspaper",
                 r"documentary", r"read about(?! (?:you|this chat|this service|your chat)\b)", r"podd\w*", r"podcast",
                 # a clip seen online: "saw a video about fgm on tiktok"
                 r"(?:saw|watched|seen|sag|kollade pa|tittade pa) (?:a |an |this |that |ett |en |nat |nagot )?(?:video|clip|klipp|reel|tiktok|youtube ?video)",
                 # stop 17: the writer saw it online, "såg på tiktok att en tjej …" (not "pappa såg på insta")
                 r"(?:^|(?<=^jag )|(?<=^i ))(?:sag|saw|last|read) (?:pa|on) (?:tiktok|youtube)",
                 # stop 16: "kolla denna tiktok om en tjej som blev inlåst"
                 r"(?:kolla|check|look at|watch) (?:in )?(?:denna|den har|detta|det har|this|that|the) (?:tiktok|video|reel|clip|klipp|youtube ?video)\w* (?:om|about|med|where|dar|of|with)",
                 # stop 17: a killing in town, the victim a stranger: "i didn't know the girl"
                 r"(?:i )?(?:didn ?t|did not) (?:even |really )?know (?:the|that) (?:girl|boy|woman|victim)",
                 r"(?:jag )?kande inte (?:ens )?(?:tjejen|killen|kvinnan|offret)")),
    ("school_work", _rx(r"uppsats\w*", r"\w+uppsats\w*", r"gymnasiearbete\w*", r"mentorstid\w*", r"analysen", r"dikt(?:en|er|erna)?\b", r"poem\b", r"(?:muntligt |muntlig )?foredrag\w*", r"ovning i skolan", r"(?:ratt svar pa|svaret pa) uppgiften", r"tenta(?:n|or)?\b", r"jag laser till \w+", r"studying to (?:be|become) a", r"(?:we )?(?:learned|learnt|talked about) (?:about )?(?:it|this|that) in (?:geography|history|class|school|sociology|social studies|religion)\b", r"(?:vi )?(?:larde oss|pratade) om (?:det|detta|det har) (?:pa|i) (?:geografin|historian|religionen|samhallskunskapen|lektionen|skolan)\b", r"(?:our|my) class (?:discussed|talked about|learned about|learnt about)\b",  # stop 20
                        r"(?:we re|we are) reading (?:\w+ ){0,5}in (?:english|swedish|class|literature)", r"our teacher wants us to",
                        r"(?:lararen|froken) vill att vi", r"(?:pratade|pratar|diskuterade|diskuterar|laste|laser|lar oss|larde oss|gick igenom) (?:\w+ ){0,5}pa (?:biologin|lektionen|so lektionen|samhallskunskapen|biolektionen)", r"skolarbete\w*", r"(?:de )?langa knivarnas natt", r"night of the long knives", r"grupparbete\w*", r"projektarbete\w*",
                        r"skolprojekt\w*", r"(?:law|civics|legal studies|social studies) class",
                        r"(?:learned|learnt|talked|were taught) about (?:\w+ ){1,3}in (?:biology|class|school|sex ed|health class|our lesson)",
                        r"(?:pratat|pratade|pratar|diskuterat|diskuterade|diskuterar) om (?:tvangsaktenskap|hedersvald|hedersfortryck|konsstympning|barnaktenskap) i skolan",  # stop 18
                        r"(?:discussing|discussed|talking about) (?:it|this|that) in (?:my|our|the) (?:\w+ )?class\b",  # stop 18
                        r"(?<!en )(?<!sin )laxa", r"(?<!lara mig )(?<!lara sig )(?<!lar mig )(?<!lar sig )laxan", r"laxor", r"skriver om(?! (?:man|jag|du|ni|nagon|nan) )(?! (?:min|mitt|mina|var|en) (?:\w+ )?(?:elev|elever|klient|patient|dotter|son|syster|bror|kompis|van|vaninna|kusin|flicka|tjej)\b)", r"essay",
                        r"homework", r"school project", r"(?:photo|foto|art|konst|film) ?proje[ck]t\w*", r"fotoprojekt\w*", r"assignment", r"writing about(?! (?:my|our|a) (?:neighbou?r|friend|sister|brother|cousin|daughter|mum|mom|mother|niece|colleague|wife|girlfriend))",
                        r"redovisning\w*", r"presentation (?:\w+ ){0,2}(?:om|on|about)", r"samhallskunskap\w*",
                        r"(?:for|till) (?:a|an|our|the|en|ett|var) (?:class|klass) ?(?:discussion|diskussion)", r"klassdiskussion\w*",
                        r"(?:skriva|skriver|gora|gor) (?:ett |en )?(?:arbete|grupparbete|fordjupningsarbete|projektarbete|rapport) (?:om|on|about)",
                        # stop 17: "hur säger man 'jag är i fara' på arabiska? vi har ett projekt om nödnummer", a training day for staff
                        r"hur sager man (?:\w+ ){0,6}pa (?:arabiska|engelska|somaliska|persiska|kurdiska|turkiska|dari|tigrinja|franska|spanska|tyska)",
                        r"how (?:do|would) (?:you|i) say (?:\w+ ){0,6}in (?:arabic|swedish|somali|persian|farsi|kurdish|turkish|dari|tigrinya|french|spanish|german)",
                        r"(?:ett |a |vart |our )projekt (?:om|on|about)", r"(?:training|utbildnings|fortbildnings) ?(?:day|dag\w*)",
                        r"(?:for|till) (?:an |my |the |ett |en |mitt |min )?(?:exam|tenta|tentan)\b", r"(?:nursing|medical|law|social work) student", r"laser om", r"debatt\w*", r"(?:a |the |class |school )debate",
                        r"(?:diskuterade|pratade om|diskuterar|discussed|talked about) (?:det |this |it |that )?(?:i|in) (?:klassen|class|skolan|school)",
                        r"(?:ha|halla|ha en|have a|teach a|teaching a|planning a) (?:\w+ )?(?:lektion\w*|lesson|workshop) (?:om|on|about)",
                        r"(?:pa|under|i) lektion\w* (?:\w+ ){0,3}(?:om|pratade|pratar|laste|laser|diskuter\w*)",
                        r"(?<!friend )(?<!girl )(?<!boy )(?<!someone )(?<!pupil )(?:in|for) (?:history |social studies |english )?class(?! (?:trip|party))", r"(?<!a )(?<!my )(?<!her )(?<!your )(?<!their )(?<!me )(?<!you )lesson",
                        # a subject at school: "vi hade om heder på SO", "in sex ed"
                        r"(?:vi hade|hade vi) om", r"pa (?:so|sex och samlevnad|sexualkunskap|religion|hkk)\b",
                        r"sex ed\w*", r"health class",
                        # a test on the subject, a text read in a subject: "prov om tvångsäktenskap på fredag", "vi läser X i svenskan"
                        r"(?:prov|provet|forhor|skrivning|test|exam|quiz) (?:om|i|pa|on|about)(?! (?:skolan|school|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october|\w+dag|\w+day|morgon|veckan|me|mig|her|henne|\d))(?! (?:really|need|have|m|am|was|will|ll|d|must|can|should|want|had|got|think|just)\b)", r"(?:i|pa) (?:svenskan|engelskan|historian|religionen|litteraturen)",
                        r"in (?:english|history|religion|literature|drama) (?:class|lessons?)")),
    ("fiction", _rx(r"film(?:en|er|erna|ens|s)?", r"\w+film(?:en|er|erna|ens)",
                    # stop 17: a role-playing game, a fairy tale read at school
                    r"d ?(?:&|and|n) ?d", r"d d", r"dnd", r"dungeons", r"(?:our|my|the|var|min) (?:\w+ )?(?:campaign|kampanj)", r"rollspel\w*", r"tabletop",
                    r"sagan", r"fairy ?tales?", r"prinsessan", r"the princess",
                    # stop 17: "there's a storyline on EastEnders where a girl is flown out"
                    r"story ?lines?", r"soap\w*", r"sapa\w*", r"eastenders", r"hollyoaks", r"coronation street",
                    # stop 16: toy guns and games of shooting: "(airsoft alltså)"
                    r"elden ring", r"(?:the )?boss (?:where|fight|battle)", r"bossfight\w*", r"airsoft\w*", r"paintball\w*", r"nerf(?: ?(?:gun|guns|blaster\w*|pistol\w*))?\b", r"vattenpistol\w*", r"water ?guns?", r"softgun\w*", r"laser ?tag",
                    r"(?:watched|watching|saw|sag|tittade pa|kollade pa|kollar pa|tittar pa) (?:a |an |the |en |ett |pa )?(?:show|series|serie\w*|episode|avsnitt\w*|documentary|dokumentar\w*|movie)",
                    r"(?:the|this|a) show (?:i m|im|i am|we re|i was|i ve been)", r"binge\w*|binging", r"crime drama", r"for my blog", r"serie\w*", r"bok", r"boken", r"roman\w*", r"spelet", r"netflix",
                    r"avsnitt\w*", r"karaktar\w*", r"movies?", r"series", r"tv show", r"novel",
                    # a book, not booking a flight: "they won't book my flight back"
                    r"(?<!didn t )(?<!didnt )(?<!did not )(?<!never )book(?! (?:a |my |the |her |his |our |their |me |us |them )?(?:\w+ )?(?:flights?|tickets?|appointments?|trips?|seats?|hotels?|rooms?|times?|counsell?ors?|therapists?|doctors?|sessions?|meetings?|calls?|bus|buses|trains?|taxis?|cars?)\b)",
                    r"video ?game", r"red dead", r"(?:a|the|this) mission (?:where|in which)", r"(?:ett|det) uppdrag (?:dar|i spelet)", r"episode", r"character", r"fortnite", r"gta", r"minecraft",
                    r"anime", r"pjas\w*", r"teater\w*", r"fifa", r"schack", r"chess", r"pingis",
                    r"i spel\w*", r"at cards", r"kortspel\w*",
                    # a line quoted from a game or a play: "'du ska dö' är en replik i ett spel jag spelar"
                    r"replik\w*", r"(?:ett|a|the) (?:\w+ )?spel (?:jag|vi|som) (?:spelar|spelade|har spelat)",
                    r"(?:a|the|this) (?:\w+ )?game (?:i|we) (?:play|played|m playing|am playing|re playing)",
                    r"a line (?:in|from) (?:a|the|this) (?:\w+ )?(?:game|play|show|film)",
                    # a story the writer is writing: "jag skriver en novell där huvudpersonen …"
                    r"novell\w*", r"huvudperson\w*", r"protagonist\w*", r"main character\w*", r"fanfic\w*",
                    # (not "i'm writing my story here": the writer's own story is no fiction)
                    r"(?:skriver|skrev|skriva|writing|write|wrote) (?:pa )?(?:en|ett|a) (?:\w+ )?(?:berattelse|historia|story|manus|script|dikt|poem)",
                    # the same said after the story (stop 16): "it's for a short story i'm writing"
                    r"(?:a|my|the|en|ett|min) (?:\w+ )?(?:story|novel|script|screenplay|berattelse|manus) (?:i m|im|i am|i was|jag|som jag) (?:writing|skriver|skrev|haller pa att skriva)",
                    # songs and lyrics: "'jag vill dö i dina armar' vem sjunger den?"
                    # ("sång" folds like "säng", the bed, so it is not listed)
                    r"laten", r"latar\w*", r"lat(?:text|texten)", r"sjunger", r"sjong",
                    r"(?:vilken|vilket|den har|samma|ny|en|min) lat", r"lat (?:det ar )?som gar", r"(?:min|my) (?:rap|raplat|raptext|rap song)",
                    r"lyrics?", r"songs?", r"(?:who|she|he) sings?",
                    # stop 16: "vem e det som rappar '… ikväll e du död'?", a season's finale
                    r"(?:vem|who) (?:e |ar |is )?(?:det )?(?:som )?(?:rappar|raps|rapped|rappade)", r"(?:season )?finale", r"next season", r"(?:nasta|forra|nya) sasong\w*", r"sasongsfinal\w*",
                    # sports and children's games
                    r"i (?:tennis|padel|badminton|basket|fotboll|innebandy|hockey|bowling|monopol|uno|mario ?kart)",
                    r"(?:in|i) (?:the |my )?(?:game|spelet|minecraft|fortnite|roblox|sims)", r"among us", r"impostor", r"zelda", r"deckare\w*", r"romeo (?:and|och) juli\w*",
                    r"bossen", r"(?:niva|level|bana) \d+", r"varje runda", r"every round",
                    r"(?:forsta|andra|sista) ronden", r"(?:in|i) (?:the )?(?:first|second|last|final) round",
                    # a match lost: "mitt lag förlorade derbyt, jag vill dö"
                    r"(?:forlorade|torskade|lost) (?:derbyt|matchen|finalen|the (?:match|game|derby|final))", r"derbyt",
                    # a book read, a dream dreamt: "just finished reading …", "drömde inatt att …"
                    r"(?:finished|started) reading", r"(?:lasit|laste|laser) ut (?:en|boken|romanen)",
                    r"(?:dromde|dromt|dreamt|dreamed|had a dream|hade en drom)", r"in my dream", r"i min drom", r"i drommen",
                    # (nightmares had ever since are no dream told: "jag är 16 och har mardrömmar", stop 18)
                    r"(?<!have )(?<!get )(?<!still )(?<!gives me )(?<!give me )nightmares?", r"(?<!har )(?<!far )(?<!fatt )(?<!ger mig )mardrom\w*",
                    # a role play, a game level: "jag ska spela en tjej som är inlåst i ett rollspel", "spelar The Last of Us"
                    r"(?:mobil|dator|tv|online)spel\w*", r"(?:spelar|spelade) (?:ett|en) (?:\w+ )?spel", r"(?:playing|play|played) a (?:\w+ )?game", r"screenplay\w*", r"manus\w*",
                    r"(?:skriver|skrev|writing|write|wrote) (?:pa )?(?:en|ett|a) (?:rap|lat|laten|song|raptext|text till)\b", r"thriller\w*", r"(?:forsta|mitt|nasta) kapitel", r"(?:first|my|next) chapter", r"(?:a|the) (?:mobile |phone |video |online )?game (?:where|in which|about)", r"rollspel\w*", r"role ?play\w*", r"temadag\w*", r"the last of us", r"resident evil", r"escape ?room\w*",
                    r"kurragomma", r"hide and seek", r"lekte(?! med (?:dockor|docka|dockan|barbie\w*|smink\w*|klanningar|tjejer\w*|killar\w*|flickor\w*|pojkar\w*))", r"lekter", r"leker(?! med (?:dockor|docka|dockan|barbie\w*|smink\w*|klanningar|tjejer\w*|killar\w*|flickor\w*|pojkar\w*))",
                    r"the scene (?:where|when|in which)", r"scenen (?:dar|nar)",
                    # stop 20: a class song about it: "vår låt i musiken handlar om en tjej som vill dö"
                    r"(?:var|min|en) lat (?:\w+ ){0,3}handlar om", r"(?:our|my|a) song (?:for \w+ )?(?:is )?about", r"kull", r"tafatt", r"(?:spelar|leker) tag", r"(?:playing|play) tag", r"(?<!s )(?<!is )(?<!re )(?<!are )(?<!was )at (?:tennis|basketball|football|bowling|monopoly)")),
    # a general question about the work, not a case: "rent generellt", "how do you handle"
    # a "threat" over a trifle: a borrowed top, a burnt chicken, a failed test
    ("hyperbole", _rx(r"om jag (?:inte far|maste|ska) (?:ga|komma|aka) (?:pa|till) (?:ett till |en till )?(?:\w+ )?(?:konsert\w*|\w+konsert\w*|fest\w*|partyt|party|bio\w*|\w*kalas\w*)(?: \w+){0,4} (?:sa )?(?:dor jag|kommer jag (?:typ )?(?:do|ta livet av mig))",  # stop 20
                      r"(?:alla|hela klassen|everyone|everybody|the whole class)(?: i klassen| in (?:my )?class)? (?:kommer|ska|will|is gonna|is going to|s gonna) (?:\w+ )?(?:ta livet av sig|do|dö|die|kill (?:themselves|ourselves))(?=.*\b(?:nationella|\w*prov\w*|tenta\w*|exam\w*|test|plugg\w*)\b)",
                      r"if (?:she|he|i) fails? (?:maths|math|the test|an exam|her exam|his exam|chemistry|physics)", r"om (?:hon|han|jag) inte klarar (?:provet|matten|tentan)",
                      r"om jag inte (?:stadar|diskar|tommer diskmaskinen|gor laxorna|bäddar|baddar|dammsuger|tar ut soporna)", r"if i don ?t (?:clean my room|do the dishes|empty the dishwasher|do my homework)",
                      # "så nervös att jag vill dö" before a speech or a test
                      r"(?:nervos|nervous|stressad|stressed|pinsamt|embarrass\w*) (?:\w+ ){0,2}(?:att jag vill do|that i (?:want to|wanna|could) die|i could die)",
                      # "jag är så död imorgon, har inte pluggat till provet"
                      r"(?:jag ar|jag e|i m|im|i am) (?:sa |so |typ |sooo |soo )?(?:dod|dead)(?=.*\b(?:\w*prov\w*|plugg\w*|tenta\w*|exam\w*|test|laxa\w*|studied|revised|betyg\w*)\b)",
                      r"(?:\w*prov\w*|plugg\w*|tenta\w*|exam\w*|test|laxa\w*|studied|revised|betyg\w*)\b.*\b(?:jag ar|jag e|i m|im|i am) (?:sa |so |typ |sooo |soo )?(?:dod|dead)",
                      r"(?:om|if|nar|when) (?:jag|i) (?:\w+ ){0,3}(?:lanar|lanade|tar|tog|ror|rorde|snor|snodde|borrow\w*|take|took|touch\w*|steal|stole) (?:\w+ ){0,2}"
                      r"(?:troj\w*|klader|smink\w*|laddare\w*|hoodie|sweater|top|clothes|makeup|charger|skor|shoes|jack\w*|horlurar\w*|headphones|airpods|parfym\w*|perfume|jeans|smycke\w*|jewell?ery)",
                      r"(?:om|if) (?:jag|i) (?:\w+ ){0,2}(?:branner|burn) (?:den|det|it|maten|the food|kakan|the cake)",
                      # stop 16: "pappa kommer ha ihjäl mig när han ser att jag bucklat bilen"
                      r"(?:ha ihjal|doda|morda|kill|murder) (?:mig|me)\b(?: \w+){0,6} (?:bucklat|bucklade|repat|repade|krockat|krockade|dented|scratched|crashed) (?:\w+ )?(?:bilen|bil|the car|his car|hans bil|her car)",
                      # stop 16: "my brother is gonna kill me when he finds out I borrowed his PS5"
                      r"(?:kill|doda|morda|murder)\w* (?:me|mig)\b(?: \w+){0,8} (?:borrowed|took|used|broke|lanade|lanat|tog|anvande|pajade) (?:his|her|hans|hennes) "
                      r"(?:ps5|ps4|playstation|xbox|switch|nintendo|laptop|ipad|dator\w*|hoodie|troja|trojan|jacka|jackan|klader|clothes|jacket|shoes|skor|sneakers|airpods|"
                      r"horlurar\w*|headphones|smink|makeup|parfym|perfume)\b",
                      r"(?:om|if) (?:jag|i) (?:fail|failar|kuggar|bombar|inte klarar (?:\w*provet|\w*prov|testet|np|\w*examen))",
                      # "this exam tomorrow is literally going to kill me", "provet imorgon kommer döda mig"
                      r"(?:\w*exam\w*|test|quiz|\w*prov\w*|tenta\w*|homework|laxa\w*|deadline\w*|the heat|varmen|traning\w*|training|practice) (?:\w+ ){0,3}(?:is |s |ar |e )?(?:literally |typ |bokstavligen )?(?:going to|gonna|will|kommer (?:att )?|ska) (?:kill|doda|ta livet av) (?:me|us|mig|oss)",
                      r"(?:imorgon|tomorrow|idag|today) (?:ar|e|is) (?:det |it )?over (?:for mig|for me)(?=.*\b(?:\w*prov\w*|\w*exam\w*|test|tenta\w*)\b)",
                      # "jag kommer dö av all mat", "i'll die of boredom"
                      r"(?:do|dor|die|dying|dies) (?:av|of|from) (?:all |the |so much )?(?:mat|maten|food|tristess|boredom|stress|varme|varmen|heat|pinsamhet|embarrassment|hunger|trotthet|cringe|skratt|laughter)",
                      r"(?:nar|when|if|om) (?:hon|han|she|he|de|dom|they) (?:ser|sees|see|finds out|marker|far veta) (?:att |that )?(?:jag|i) (?:har )?(?:tappat|tappade|lost|broke|pajat|pajade|sabbat|forlorat)",
                      # a bad grade that will get the writer "killed": "my mum is going to kill me, i got a C on my maths test"
                      r"(?:kill|murder|doda|morda)\w* (?:me|mig)(?: \w+){0,6} (?:got|fick) (?:a|an|ett) (?:c|d|e|f) (?:on|pa|i) (?:my |the |mitt )?(?:\w+ )?(?:test|exam|prov\w*)",
                      r"(?:got|fick) (?:a|an|ett) (?:c|d|e|f) (?:on|pa|i) (?:my |the |mitt )?(?:\w+ )?(?:test|exam|prov\w*)(?: \w+){0,6} (?:kill|murder|doda|morda)\w* (?:me|mig)",
                      # "lowkey want to die, the chem exam is tomorrow"
                      r"(?:lowkey|low key|kinda|typ|literally|lite) (?:want to|wanna|vill) (?:die|do)\b(?=.*\b(?:\w*exam\w*|\w*prov\w*|test|tenta\w*|laxa\w*|homework|quiz)\b)",
                      # the writer broke or spilt something of theirs: "spilled coffee all over his laptop"
                      r"(?:i|jag) (?:\w+ )?(?:spilled|spilt|spillde|tappade|dropped|broke|sabbade|pajade|kraschade|crashed|scratched|repade) "
                      r"(?:\w+ ){0,4}(?:his|her|hans|hennes|pappas|mammas|dad s|mum s|mom s) (?:laptop|dator\w*|telefon\w*|phone|mobil\w*|"
                      r"tv|bil\w*|car|vas\w*|vase|playstation|ps5|xbox)",
                      # the same with the writer left out, around the "threat": "mamma kommer döda mig, tappade hennes
                      # nya mobil i toan", "spillde o'boy över farsans laptop, han kommer typ mörda mig"
                      r"(?:kommer|will|gonna|going to|is going to|s going to) (?:\w+ )?(?:doda|morda|kill|murder) (?:mig|me) "
                      r"(?:\w+ ){0,2}(?:tappade|spillde|pajade|sabbade|dropped|spilled|spilt|broke|forgot|glomde|glomt|dyed|fargade|fargat|bleached|blekte|pierced|"
                      r"gjorde en (?:tatuering|piercing)|got a (?:tattoo|piercing)|klippte|cut my (?:hair|fringe)|crashed|kraschade)\b",
                      r"(?:tappade|spillde|pajade|sabbade|dropped|spilled|spilt|broke) (?:\w+ ){0,4}(?:farsans|morsans|brorsans|"
                      r"syrrans|pappas|mammas|dads|mums|moms|his|her|hans|hennes) (?:\w+ )?(?:laptop|dator\w*|telefon\w*|phone|mobil\w*|"
                      r"tv|bil\w*|car|vas\w*|vase|playstation|ps5|xbox|tangentbord\w*|keyboard)(?: \w+){0,4} (?:han|hon|he|she) "
                      r"(?:kommer|will|is gonna|s gonna|is going to|s going to) (?:\w+ )?(?:doda|morda|kill|murder)",
                      r"(?:forgot|glomde|glomt) (?:\w+ ){0,3}(?:anniversary|birthday|arsdag\w*|fodelsedag\w*|present\w*)",
                      r"(?:rakade|accidentally|by accident) (?:\w+ ){0,2}(?:radera\w*|delete\w*) (?:\w+ ){0,2}(?:hennes|hans|his|her) (?:\w+ )?(?:tiktok\w*|utkast\w*|drafts?|saves?|sparfil\w*|bild\w*|foto\w*|photos?|video\w*|fil\w*|files?|spel\w*|game)",
                      # a grade or a test result seen: "mamma kommer döda mig när hon ser mitt mattebetyg"
                      r"(?:nar|when|om|if|once) (?:min |my )?(?:hon|han|de|dom|she|he|they|mamma|pappa|mum|mom|dad) (?:ser|sees|see|far se|finds out about) (?:mitt|min|mina|my) (?:\w+ )?(?:\w*betyg\w*|grades?|report card|\w*resultat\w*|\w*prov|\w*provet|\w*test|test results?)",
                      # a teacher or a coach who "will murder us" over a project or a training session
                      r"(?:(?:if|om) (?:we|vi|i|jag) (?:lose|loose|forlorar|torskar|don ?t win|inte vinner) (?:\w+ ){0,2}(?:the |a )?(?:final|finalen|match|matchen|game|derby|derbyt|cup|cupen|tournament|turnering\w*))",
                      r"(?:\w*lararen|\w*lararn|larare|teacher|coach|coachen|tranaren|tranarn|froken|mentorn) (?:\w+ ){0,3}"
                      r"(?:morda|doda|dodar|mordar|kill|murder|begrava|bury)")),
    # hunting as a sport: a named game or the licence ("ska på älgjakt med pappa", "deer hunting
    # this weekend"); not a bare "ta med mig på jakt", which can be a veiled threat
    ("hunting", _rx(r"(?:alg|radjurs|vildsvins|fagel|and|hare)jakt\w*", r"jagarexamen", r"jaktkort\w*",
                    r"jaktlicens\w*", r"(?:deer|moose|duck|elk|boar|bird) hunting", r"hunting licen[cs]e",
                    r"skjuta (?:\w+ ){0,2}(?:vildsvin|alg|algar|radjur|hjort\w*|rav|ravar|kanin\w*|fagl\w*|duvor|ander)\b",
                    r"(?:shoot|shooting) (?:wild )?(?:boars?|deer|moose|elks?|rabbits?|ducks?|pheasants?|birds?)")),
    ("general", _rx(r"(?:can|will|does|kan) (?:the )?(?:swedish )?(?:embassy|ud|ambassaden) (?:\w+ )?(?:get|bring|hjalpa|help) (?:me|mig) (?:home|hem)",
                    r"(?:hur gor man|how do you (?:do|make)) (?:en |a )?risk ?(?:bedomning|assessment)", r"(?:vi har|we have|we re having|ska ha|vi ska ha) (?:en |a )?(?:workshop|utbildning|temadag|forelasning|lecture|training)",
                    r"rent generellt", r"i allmanhet", r"in general", r"generally speaking", r"(?:undrar|fragar) generellt", r"inget aktuellt fall",
                    r"no (?:current|actual|specific) case", r"(?:halla|haller|ha|hall) (?:en|ett) (?:utbildning|forelasning|workshop|fortbildning)",
                    r"(?:give|giving|hold|holding|run|running) a (?:training|workshop|lecture)",
                    r"infor (?:en|var) utbildning", r"for a training",
                    r"^(?:how|what|hur|vad|kan|can|does|do|is|ar)\b.*\b(?:if|om) (?:i m|im|i am|i|jag|man) (?:ever|nagon gang|nan gang)\b",
                    r"(?:hur vanligt|how common|how often) (?:ar det|is it) (?:att|that|for)",
                    r"(?:kan|can|will|does) (?:ud|the embassy|ambassaden|utrikesdepartementet|the (?:swedish )?(?:embassy|foreign ministry)) (?:\w+ )?(?:hjalpa|help) (?:mig|me|us|oss) (?:\w+ ){0,2}(?:om|if)\b(?!.*\b(?:nu|now|idag|today|imorgon|tomorrow)\b)",
                    # "just curious", "ingen specifik asså jag bara undrar" with no near date in the message
                    r"^(?!.*\b(?:idag|ikvall|inatt|imorgon|nu|today|tonight|tomorrow|now)\b).*\b(?:just curious|only curious|"
                    r"ingen specifik|nobody specific|no one specific|(?:it s|its|it is) not about me|(?:det (?:ar|e|handlar) )inte om mig|(?:jag )?bara undrar|bara nyfiken)",
                    r"hur (?:hanterar ni|ni hanterar|man hanterar)", r"how (?:do )?you (?:handle|deal with|respond to)")),
    ("joke", re.compile(r"\b(?:do|dor|dog|dott) av skratt\b|\bdying (?:of|from) laugh\w*|(?<!inget )(?<!inte ett )(?<!inte )(?<!not a )(?<!no )(?<!not )\b(?:jokes|joking about|lol|haha\w*|ha ha|xd|(?<!inte som )ett skamt|(?<!inte )som skamt\b(?! ut)|(?<!val )bara skamt\w*|skamtar|skamtade|"
                        r"skojar|jk|just kidding|kidding|dor av skratt|lmao+|lmfao|pa skoj|pa skamt|vanliga skamt|usual joke|for skojs skull|som ett skamt|as a prank|prank\w*|for a laugh)\b(?! inte)")),
)
LAUGHING = re.compile("[\U0001F602\U0001F923\U0001F480\U0001F606\U0001F639]")
PAST = _rx(
    # stop 18: "förra julen", "decades ago"
    r"(?<!sen )(?<!sedan )forra (?:julen|pasken|sommaren|vintern|varen|hosten|ramadan\w*)", r"decades ago", r"(?:artionden|decennier) (?:sedan|sen)",
    # stop 18: "three summers ago", "för två somrar sedan"
    r"(?:two|three|four|five|several|a few|\d+) (?:summers|winters|springs|christmases) ago", r"for (?:tva|tre|fyra|fem|nagra|\d+) (?:somrar|vintrar|jular) (?:sedan|sen)",
    r"det var (?:i|nar jag gick i) (?:ettan|tvaan|trean|fyran|femman|sexan|sjuan|attan|nian|lagstadiet|mellanstadiet)",
    # stop 19: "när jag gick på förskolan slog pappa mig"
    r"nar (?:jag|hon) gick pa (?:forskolan|dagis|lagstadiet|mellanstadiet)", r"when (?:i|she) was in (?:preschool|pre school|kindergarten|nursery|primary school)",
    # stop 18: a time that ended when the writer left home: "hade planer på att ta livet av mig när jag bodde hemma"
    r"nar (?:jag|hon) (?:bodde|var) hemma", r"when (?:i|she) (?:still )?(?:lived|was living) at home",
    # an age then, and now another: "pappa hotade en gång att döda mig, jag var 12 då"
    r"(?:jag|i|hon|she) (?:var|was) (?:\d{1,2}|liten|little|small) (?:da|then|at the time)\b",
    # stop 17: an anniversary, "idag är det precis fem år sedan"
    r"(?:idag|today) (?:ar det|e det|it s|its|it is) (?:precis |exactly )?(?:\w+ ){0,2}(?:ar|years) (?:sedan|sen|since)",
    # stop 17: "när jag var tonåring", "when I was a teenager"
    r"(?:nar|when) (?:jag|i|hon|she) (?:var|was) (?:tonaring|a teenager|a teen|ett barn|a kid|a child)\b",
    # a year gone by: "married off in Iraq in 2010"
    r"(?:in|i|back in|ar|aret|year) (?:19\d\d|20[01]\d|202[0-4])",
    
    # "it's been 8 years", "det har gått tre år"
    r"(?:it s|its|it has|det har) (?:been|gatt) (?:\w+ )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|manga|flera|tva|tre|fyra|fem) (?:years|ar)",
    # a threat or a blow dated by a year gone by: "hotade att döda mig 2019 när jag lämnade honom"
    r"(?:hotade|hotat|slog|slagit|misshandlade|threatened|beat|hit|attacked) (?:\w+ ){0,5}(?:i |in |ar )?(?:19[5-9]\d|20[01]\d|202[0-5])",
    # married as a child, years ago: "I got married at 15 in Bangladesh, now I'm 17"
    r"(?:i was|i got|got|was|were|blev|jag blev|hon blev) (?:\w+ )?married (?:\w+ ){0,3}(?:at|when i was|when she was) (?:1[0-7]|[5-9])\b",
    r"(?:gifte|gifts|giftes) (?:mig|sig|bort)? ?(?:\w+ ){0,3}(?:som|nar (?:jag|hon) var) (?:1[0-7]|[5-9])\b",
    r"(?:i was|she was|we were|was) (?:\w+ ){0,2}(?:married|to marry|wed|engaged) (?:\w+ ){0,3}(?:at|when i was|when she was) (?:1[0-7]|[5-9])\b",
    r"(?<!sen )(?<!sedan )forra (?:aret|sommaren|vintern|manaden)", rf"for (?:typ |ca |cirka |ungefar |nastan |over )?{NUMBER} (?:ar|manad|manader|vecka|veckor) (?:sedan|sen)",
    r"langesen", r"nar (?:jag|hon|han|vi|de|dom) (?:var|va) (?:typ |ca |kanske )?(?:liten|sma|yngre|barn|\d+|\w+ ar)", r"forra terminen", r"last (?:term|semester)", r"som barn", r"som liten", r"last year",
    r"years ago", r"months ago", r"when (?:i|she|he|we) (?:was|were) (?:little|small|a kid|young|younger|a child|child|a baby|\d+)",
    # stop 20: "jag var sju. idag är jag 25", "back in year 7", "i helgen blev jag inlåst igen"
    rf"(?:jag|i|hon|she) (?:var|was) (?:\d{{1,2}}|{NUMBER}) (?:idag|nu|today|now) (?:ar|e|am|m|is) (?:jag|i|hon|she) \d{{1,2}}\b", r"back in (?:year|grade|yr) \d{1,2}\b",
    r"i helgen (?:blev|var|hade|fick|lasade|laste|slog|tog) ",
    r"as a kid", r"used to", r"brukade", r"long ago", r"lange sedan", r"lange sen",
    r"last month", r"forra manaden",
    # stop 16: "det var sju år sedan jag flydde"
    rf"det (?:var|ar) (?:typ |ca |nastan |over )?{NUMBER} (?:ar|manader) (?:sedan|sen)",
    rf"for (?:kanske|typ kanske|val|nog) {NUMBER} (?:ar|manader) (?:sedan|sen)",
    r"for (?:typ |ca |ungefar |kanske )?ett halvar (?:sedan|sen)", r"(?:half a year|six months) ago",
    # a sentence that goes on from that time: "Då hotade de att döda mig"
    r"^(?:da|then) (?:hotade|slog|sa|sade|misshandlade|tog|skickade|forsokte|threatened|hit|beat|said|tried)",
    # stop 15: "when I was six", "i barndomen", "när min syster var 14", "det var 2009", "på 80-talet", "i julas"
    r"(?:when|nar) (?:i|she|he|we|jag|hon|han|vi) (?:was|were|var) (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|en|ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv)\b",
    r"i barndomen", r"in (?:her|my|their) childhood", r"in childhood",
    r"nar (?:min|mitt|hennes|hans) \w+ var \d{1,2}", r"when my \w+ was \d{1,2}",
    r"det var (?:19\d\d|20[01]\d|202[0-4])", r"(?:that|it) was (?:in )?(?:19\d\d|20[01]\d|202[0-4])",
    r"pa (?:\d0|sjuttio|attio|nittio)[- ]?talet", r"in the (?:19)?\d0s",
    r"nar (?:vi|jag|hon|han) gick i (?:ettan|tvaan|trean|fyran|femman|sexan|sjuan|attan|nian|\d+an)",
    r"nar jag (?:stack|drog|flydde|rymde|lamnade (?:dem|familjen|honom|hemmet))",
    r"(?:jag|i) gick i (?:ettan|tvaan|trean|fyran|femman|sexan|sjuan|attan|nian|\d+an) nar",
    r"i julas", r"last christmas",
    # a weekday gone by: "last friday", "i fredags" (not "last night", which can still be now)
    r"last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)", r"at new year\w*", r"as a (?:little |young |small )?(?:girl|child|baby|kid|toddler)",
    r"when i was a (?:baby|toddler|girl)", r"som (?:bebis|flicka|liten flicka|tjej)", r"som \d+ ?aring", r"as a \d+ year old", r"(?:ar|is|am|m) skild",
    r"divorced",
    # a whole childhood, and seasons gone by ("i somras"; not "sen i somras", which goes on)
    r"(?:hela|under) (?:min |hans )?(?:uppvaxt\w*|barndom\w*)", r"growing up", r"(?:all |all through |throughout )(?:of )?my childhood",
    r"(?<!sen )(?<!sedan )(?:i (?:varas|somras|vintras|hostas)|ifjol|i fjol)",
    r"(?<!since )last (?:spring|summer|autumn|fall|winter)",
    # something that happened once before: "my brothers found my address once already"
    r"once (?:already|before)", r"en gang (?:forut|tidigare)",
    # self-harm given up: "jag skär mig inte längre, har slutat sen ett år"
    r"(?:skar|skadar) mig inte (?:langre|mer)", r"har slutat (?:att )?(?:skara|skada) mig", r"(?:don ?t|do not|no longer) (?:cut|hurt|harm) myself(?: anymore| any more)?",
    r"stopped (?:cutting|self ?harming|hurting myself)",
    r"(?:det var|it was|that was|it s been|det ar) (?:typ |like |about |ca |over )?(?:flera|manga|nagra|tva|tre|fyra|fem|\d+|several|many|a few|two|three|four|five) (?:ar|years) (?:sen|sedan|ago)",
    # English past of a blow with a weekday: "my uncle slapped me at dinner on Sunday"
    r"(?:slapped|hit|beat|kicked|punched|hurt|attacked|threatened|choked|pushed|shoved|grabbed|yelled at|screamed at) (?:\w+ ){0,7}(?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
)
HYPOTHETICAL = re.compile(
    # a rumour asked about: "jag har hört att man kan bli inlåst på ett hem om soc tar en. stämmer det?" (stop 18)
    r"^(?:jag )?har hort att man kan\b|^i (?:ve|have) heard (?:that )?you can\b|"
    r"^(?:vad|hur|ar det|kan man|far man|vilket|what|how|is it|can someone|can you|is there|are)\b"
    r".*\b(?:om (?:nagon|man|en)|olagligt|lagligt|straff\w*|brott|if someone|if a|illegal|legal|"
    r"crime|happens if|what is|vad ar|vad betyder|mean|for nat|for nagot)\b"
    # a general "if someone …, can they …": "if someone gets stuck abroad, can the embassy help them?"
    # "hypotetiskt, om en kompis skulle bli inlåst …"
    r"|\b(?:hypotetiskt|hypothetically)\b"
    r"|^(?!.*\b(?:today|tonight|tomorrow|now|idag|ikvall|inatt|imorgon|nu)\b)(?:if|om) (?:someone|somebody|a person|a girl|anyone|nagon|nan|en person|en tjej|man) "
    r".*\b(?:can|could|does|do|will|is there|kan|far|finns det|hjalper|gar det)\b"
)
FIRST_PERSON = _rx(r"jag", r"ja", r"mig", r"mej", r"min", r"mina", r"mitt", r"vi", r"oss",
                   r"me", r"my", r"we", r"us", r"our", r"i m", r"im", r"i (?:am|was|have|want|"
                   r"don t|dont|can|think|feel|need|will|got|just|really)")
CLOSE_PERSON = _rx(
    r"(?:min|mitt|mina|my|our) (?:\w+ )?(?:syster|syrra|bror|brorsa|lillasyster|lillebror|"
    r"storasyster|storebror|kompis|van|vaninna|flickvan|pojkvan|kusin|dotter|son|mamma|mor|barn|"
    r"systrar|syskon|broder|kusiner|dottrar|soner|sisters|brothers|cousins|daughters|sons|kids|children|"
    r"klasskompis|sister|brother|friend|bestie|cousin|daughter|mum|mom|mother|girlfriend|"
    r"boyfriend|kid|child|niece|nephew|systerdotter|brorsdotter|sis|lil sis|"
    r"tvillingsyster|tvillingsystrar|tvillingbror|tvillingbroder|tvillingar|twin|twins|twin sisters?|twin brothers?)", r"syrran", r"brorsan", r"morsan",
    r"(?:en|min|var|a|my|our) (?:\w+ )?(?:elev|elever|klient|patient|student|pupil|client)", r"barnen", r"ungarna",
    r"the (?:kids|children)",
)
SELF_OBJECT = _rx(r"jag", r"mig", r"mej", r"me", r"i m", r"im", r"i am", r"myself",
                  # the writer as the one the question is about: "what happens if i just disappear"
                  r"if i", r"i ve", r"ive", r"i have")


# --- cues, good news, conditionals, holidays (for the classifier's second opinion) ---
CUES = _rx(
    r"radd\w*", r"rad", r"panik\w*", r"skrack\w*", r"hjalp\w*", r"snalla", r"polis\w*", r"fara",
    r"rymm\w*", r"rymt", r"flytt?\w* hemifran", r"gomm\w*", r"gomd", r"lever inte", r"liv\w*", r"do",
    r"dod\w*", r"skad\w*", r"blod\w*", r"tvinga\w*", r"last\w*", r"stang\w*", r"kniv\w*",
    r"scared", r"afraid", r"terrified", r"panic\w*", r"help\w*", r"please", r"police", r"danger\w*",
    r"ran away", r"run away", r"hiding", r"hide", r"die", r"dead", r"death", r"life", r"kill\w*",
    r"hurt\w*", r"blood\w*", r"forc\w*", r"lock\w*", r"knife", r"unsafe", r"osaker\w*",
    # words around trips, honour and hidden plans that a danger message often has instead
    r"heder\w*", r"skam\w*", r"honou?r\w*", r"shame\w*", r"pass", r"passet", r"passport", r"hejda",
    r"goodbye", r"tablett\w*", r"piller", r"pills?", r"forsvinn\w*", r"disappear\w*",
    r"gom\w*", r"hidden", r"flydde", r"fled", r"straff\w*", r"punish\w*", r"viskar", r"whisper\w*",
    r"gifta bort", r"giftas", r"married off", r"utomlands", r"hemlandet", r"abroad", r"back home",
    # fear, being kept, somebody gone silent
    r"vagar", r"dare", r"can ?t (?:leave|get out|go out|escape)", r"kan inte (?:ga|komma|ta mig) (?:ut|harifran|hem)",
    r"svarar inte", r"not answering", r"doesn ?t work", r"fungerar inte", r"(?:hasn ?t|inte) (?:come|kommit) hem\w*",
    r"vill inte", r"don ?t want",
    # writing in secret, and menace
    r"hemlig\w*", r"i smyg", r"secret\w*", r"(?:don ?t|doesn ?t|vet inte att jag) (?:know )?(?:i have|har) (?:a |en )?(?:phone|mobil)",
    r"lanar (?:en |min )?\w*s? (?:mobil|telefon|ipad)", r"borrowed (?:a|my \w+ s) phone",
    r"du vet vad som hander", r"you know what happens", r"vi ses ikvall", r"see you tonight",
)
# words that say a message is good news, medicine, or a conditional about some day
# a journey for a funeral or a dying relative (BENIGN for the classifier, FUNERAL for the detector)
FUNERAL_SIGNS: Tuple[str, ...] = (r"begravning\w*", r"funeral", r"passed away", r"gick bort",
                                  r"(?:har fatt|har|has|has got|got) (?:cancer|a stroke|en stroke|obotlig \w+|terminal \w+)",
                                  r"ta farval av (?:honom|henne|morbror|farbror|mormor|farmor|morfar|farfar|moster|faster)")
BENIGN = _rx(r"(?:i|in) (?:the )?(?:ugnen|oven)\b",
             # stop 17: "jag har låst mig ute"
             r"(?:jag har|har) last mig ute", r"(?:i ve|i have|ive|i) locked myself out",
             # hit in a sport: "got punched in the face at boxing practice"
             r"(?:at|on|in|pa|under|efter) (?:\w+ )?(?:boxing|boxning\w*|boxningen|karate|mma|kickbox\w*|thai ?box\w*|judo|brottning\w*|wrestling|taekwondo|jiu ?jitsu) ?(?:practice|training|class|sparring|traning\w*|passet|lektion\w*)",
             r"(?:efter|after) (?:boxningen|boxing|karaten|judon)", r"kniven slant", r"the knife slipped",
             # a funeral, a scam, a pet's bite, a burn, a sports injury, a knife for cooking
             *FUNERAL_SIGNS, r"bluff\w*", r"scam\w*", r"phishing", r"natfiske",
             r"(?:hund\w*|katt\w*|valp\w*|dog|puppy|cat|kitten) (?:\w+ )?(?:bet|bit|bitit|rev|klostes|kloste|scratched) (?:mig|me)",
             r"(?:brande|brant|branner|burned|burnt|burn) (?:\w+ )?(?:min |my )?(?:hand|handen|finger|fingret|fingers|arm|armen) (?:on|pa|i) (?:the )?(?:oven|stove|spisen|ugnen|strykjarnet|iron|pan|pannan)",
             r"(?:skadade|stukade|stukat|brot|brutit|broke|sprained|injured|hurt|twisted) (?:\w+ )?(?:knat|knat|foten|armen|handleden|fotleden|ankle|knee|wrist|arm|leg|benet|foot) (?:pa|at|in|playing|i|during) (?:\w+ )?(?:fotboll\w*|traning\w*|gympa\w*|football|training|practice|pe|soccer|match\w*|game)",
             r"\bfor (?:the )?(?:bbq|barbecue|grillen|grilling|cooking|matlagning|maten|middagen|dinner|fishing|fisket|camping)\b", r"lycklig", r"sa glad", r"jatteglad", r"sa kul", r"taggad", r"langtar", r"excited", r"so happy",
             r"can ?t wait", r"looking forward", r"ser fram emot", r"tips", r"mysigt", r"boring", r"trakigt",
             # the writer as the one who "kills", or something that is not a person being "killed"
             r"(?:jag|i m|im|i ll|i will|i swear i m) (?:ska |kommer |going to |gonna )?(?:doda|kill|morda|murder) "
             r"(?:honom|henne|min|my|him|her)",
             r"(?:doda|morda|krossa|kill|murder|smash) (?:den har|det har|this|that) \w+",
             # somebody else getting married
             r"(?:min|mitt|my) (?:\w+ )?(?:kusin|syster|bror|kompis|van|vaninna|moster|faster|cousin|sister|brother|"
             r"friend|aunt|uncle)\w* (?:ska |is |s )?(?:gifta sig|gifter sig|getting married|gets married)")


CONDITIONAL = _rx(r"om jag (?:inte )?(?:fortsatter|slutar|gor|borjar|traffar|inte)", r"if i (?:don ?t|dont|keep|do|start|see)",
                  r"unless i", r"annars",
                  # afraid of what may follow if someone tells: "terrified of what happens if he does"
                  r"(?:what|vad) (?:will |might |would )?(?:happens?|hander|kommer (?:att )?handa|skulle handa) (?:if|om|when|nar) "
                  r"(?:he|she|they|han|hon|dom|de|my \w+|min \w+|mina \w+) (?:does|do|did|tells?|told|finds? out|found out|berattar|far veta|gor det|sager det)")


HOLIDAY = _rx(r"(?:pa|on|for|till|a) (?:semester|holiday|vacation|utbyte|exchange)(?! men| but)", r"(?:pa|on|for|a) safari\b", r"all inclusive",  # safari: stop 18
              r"(?:ska pa|aker pa|aka pa|going on|go on|goes on|off on) (?:en |a |our |var |min |my )?(?:klassresa\w*|skolresa\w*|studieresa\w*|sprakresa\w*|class trip|school trip|language trip|study trip)",
              # stop 17: "our school trip to Spain is on Friday"
              r"(?:our|my|var|min) (?:klassresa|skolresa|class trip|school trip) (?:to |till )?(?:\w+ )?(?:is|ar|e) (?:on|pa|next|nasta|imorgon|tomorrow|this)",
              # a parent's practical question about a child's passport for a trip
              r"(?:behover|maste|need|needs) (?:\w+ ){0,5}(?:ha )?(?:eget|ett eget|own|their own|his own|her own) (?:pass|passport)",
              r"(?:for att|to) (?:skala|skara|peel|cut|chop|slice) (?:\w+ )?(?:applen|apple|frukt|fruit|lok|onions?|brod|bread|tarta|cake)",
              r"(?:fornya|renew\w*|ansoka om|apply for) (?:\w+ )?(?:det|it|pass\w*|passport)")


# --- classes added after held-out set 6 --------------------------------------
# stuck or trapped there, after a trip: "hon är fast där och ska giftas", "she's trapped and the wedding is on friday"
HELD_THERE = _rx(r"(?:ar|e|sitter|blivit) (?:\w+ )?fast (?:dar|dar nere|har|i \w+)", r"(?:is|m|am|s|re|are|been) (?:\w+ )?(?:stuck|trapped) (?:there|here|in|and)",
                 r"(?:she s|shes|i m|im|she is|i am) trapped")
# a relative who vanished after saying no, and the same words said to the writer now
VANISHED = _rx(r"(?:syster|storasyster|kusin|sister|cousin|faster|moster|aunt|van|vaninna|friend)\w* (?:\w+ ){0,3}(?:forsvann|disappeared|vanished)",
               # stop 18: "sist en tjej i släkten inte var det så försvann hon"
               r"(?:tjej|flicka) i (?:slakten|familjen) (?:\w+ ){0,6}forsvann", r"girl in (?:the|our|my) family (?:\w+ ){0,6}(?:disappeared|vanished)")
SAME_TO_ME = _rx(r"samma (?:sak|saker|grejer|ord) (?:till|om|med|mot) mig", r"(?:the )?(?:exact )?same (?:stuff|things?|words) (?:to|about|with) me",
                 r"(?:nu ar det|det ar) min tur", r"(?:now )?(?:it s|its) my turn")
# the wedding is the writer's own: "det är MITT bröllop", "i just realised it's mine", "never met him"
OWN_WEDDING = _rx(r"(?:i m|im|i am) the bride", r"(?:jag ar|jag e|ja e) bruden",  # stop 18
                  r"(?:det ar|det e|its|it s|it is) (?:mitt|min|my) (?:eget |own )?(?:brollop|vigsel|nikah|wedding|forlovning|engagement)",
                  r"(?:its|it s|it is|att det ar|that it s|that its|det ar) (?:mine|mitt)\b", r"(?:aldrig|inte ens|inte) (?:traffat|sett) (?:honom|mannen|killen)",
                  r"never (?:even )?(?:met|seen) (?:him|the man|the guy)", r"(?:bara|only|just) (?:traffat|sett|met|seen) (?:\w+ )?(?:pa|pa en|via|on|over) (?:video\w*|facetime|skype|bild)",
                  r"ingen har (?:ens )?fragat mig", r"(?:nobody|no one) (?:even )?asked me", r"(?:blev|became) (?:plotsligt |suddenly )?(?:ett brollop|a wedding)",
                                    r"i saw the papers", r"jag sag papperen")
# a professional writing about a girl in her care: "nurse at a youth clinic", "jag är lärare"
PROFESSIONAL = _rx(r"nurse", r"teacher", r"form tutor", r"social worker", r"counsell?or", r"youth worker", r"school nurse", r"doctor", r"midwife",
                   r"sjukskoterska", r"skolskoterska", r"larare", r"mentor", r"kurator", r"socialsekreterare", r"fritidsledare", r"lakare", r"barnmorska",
                   r"socionom", r"behandlingsassistent", r"elevassistent", r"polis(?:en)? (?:har|i tjanst)", r"jobbar (?:pa|inom) (?:soc|socialtjansten|skolan|varden|hvb)",
                   r"a girl told me", r"en tjej (?:berattade|sa)", r"en flicka (?:berattade|sa)")
# what should have been done long ago is a threat now, not a past event
COUNTERFACTUAL = _rx(r"(?:should|could|would|ought to) have (?:\w+ ){0,4}(?:years|months|long) ago",
                     r"(?:borde|skulle) (?:ha )?(?:\w+ ){0,4}for (?:\w+ )?(?:ar|lange) (?:sedan|sen)")
# a passport lost or mislaid by the writer says nothing about it being taken ("can't find my passport")
LOST_PASSPORT = _rx(r"(?:can ?t|cannot|couldn ?t) find (?:my|her|our|the) (?:passport|pass)\w*", r"lost (?:my|her|our) passport\w*",
                    # expired: "mitt pass har gått ut", "my passport has expired"
                    r"(?:mitt|hennes|vart) pass (?:har )?(?:gatt|gick|lopt|lopte) ut", r"(?:my|her|our) passport (?:has |is |just )?expired",
                    r"(?:hittar inte|tappat|tappade|glomt|glomde|blivit av med|forlorat) (?:\w+ )?(?:(?:mitt|hennes|vart) pass|passet|pass)\b")
# a pet as the one locked in or hiding ("min katt blev inlåst", "my cat has been hiding under the bed")
PET = _rx(r"(?:min|mitt|var|vart|vara|my|our|the) (?:\w+ )?(?:katt|katten|hund|hunden|kanin\w*|marsvin\w*|hamster\w*|valp\w*|kattunge\w*|"
          r"cat|kitten|dog|puppy|rabbit|hamster|guinea pig|bird|fagel|papegoja\w*|parrot|budgie|undulat\w*|parakeet|tortoise|skoldpadd\w*|horse|pony|hast|hasten|ponny)",
          # a lift that got stuck is no family keeping someone in either
          r"(?:i|in) (?:en |an |a |the )?(?:hiss|hissen|elevator|lift)\b")
# a question whether somebody may know or do something ("can my best friend know the address of my shelter")
PERMISSION_QUESTION = re.compile(r"^(?:can|could|may|should|is it ok|kan|far|bor|ar det ok)\b")
# fear of a trip, said before it ("scared i won't be allowed back"), not a trip without return
WORRY = _rx(r"(?:radd|orolig|scared|worried|afraid|nervous)(?: \w+){0,2} (?:att|that|about|for att|if|om|i|jag)\b")

# an overdose taken: medicine swallowed in quantity by the writer, an emergency whatever else the message says
OVERDOSE = _rx(
    r"(?:i|i ve|ive|i have|just|she|he|she s|he s|she has|he has|my \w+|my \w+ has|my \w+ s) (?:just )?(?:took|taken|swallowed|ate|had|downed|necked) (?:\w+ ){0,8}?"
    r"(?:pack|packet|box|bottle|strip|blister|handful|loads|bunch|whole|a lot of|[1-9]\d+|twenty|thirty|fifty|all (?:of )?(?:my )?(?:mum|mom|dad|nan|gran)\w*) (?:\w+ ){0,6}?"
    r"(?:pills|tablets|painkillers|meds|medicine|medication|paracetamol|ibuprofen|sleeping pills|antidepressants)",
    r"(?:(?:jag|hon|han) (?:har )?|^(?:har )?|\bhar )(?:just |precis |nyss )?(?:tagit|tog|svalt|svalde|atit|knaprat|tryckt i mig|tryckte i mig) (?:\w+ ){0,8}?"
    r"(?:karta|kartong|paket|burk|flaska|forpackning|hel|hela|massa|typ [1-9]\d+|[1-9]\d+|tjugo|trettio|femtio|alla (?:mammas|pappas|mormors|farmors|hennes)) (?:\w+ ){0,6}?"
    r"(?:tabletter|tabletterna|piller|pillren|mediciner|medicin|medicinen|\w*tabletter|alvedon|ipren|panodil|paracetamol|treo)",
    r"(?:i ve|i have|i) (?:just )?(?:overdosed|od ?d|taken an overdose)", r"jag (?:har )?(?:just |precis |nyss )?(?:tagit en overdos|overdoserat)",
)
# a writer still at school (a child, for weddings): national tests, a teacher, the school counsellor
PUPIL_WRITER = _rx(r"nationella(?: proven| prov)?", r"provet", r"laxorna", r"lararen", r"larare", r"mentorn", r"kuratorn",
                   r"i (?:sjuan|attan|nian|ettan|tvaan|trean)", r"pa (?:hogstadiet|mellanstadiet|gymnasiet)",
                   r"my (?:teacher|form tutor|school counsellor)", r"in (?:year|grade) (?:[6-9]|1[0-2])\b",
                   r"(?:gcses?|sats|exams at school)")
# someone coming soon, to the writer: "mina bröder kommer hit imorgon för att 'prata'"
VISIT = _rx(r"(?:kommer|ska komma|aker hit|aker over) (?:hit |over |forbi )?(?:imorgon|i morgon|imorn|ikvall|i kvall|inatt|i helgen|"
            r"pa (?:mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag))",
            r"(?:is|are|re|s) coming (?:over |round |here )?(?:tomorrow|tmrw|tonight|tonite|this weekend|on \w+day)",
            r"(?:kommer|ska komma|aker|tanker komma) (?:\w+ ){0,2}(?:hit|hem till mig|till mig|over|forbi|och hamtar mig)",
            r"(?:are|is|re|s|will be|ll be) (?:coming|driving|heading) (?:\w+ )?(?:over|here|round|to (?:my|me|see me|get me|talk))",
            r"(?:coming|come) (?:over|round|here) (?:to|tomorrow|tonight)",
            # "my brothers are driving up from Göteborg tonight", "bröderna kör upp från Malmö ikväll"
            r"(?:are|is|re|s) (?:driving|flying|coming|taking the train) (?:up|down|in|over) (?:from|to|here)", r"(?:kor|aker|flyger) (?:upp|ner|hit) (?:fran|till|hit)")
# what they did the last time they came: "förra gången bröt de min arm"
LAST_TIME = _rx(r"forra gangen", r"senast (?:de|dom|han|hon|vi)", r"sist (?:de|dom|han|hon) (?:var|kom|pratade|sa)",
                r"(?:the )?last time (?:they|he|she|we)", r"the time before")
INJURY = _rx(r"(?:brot|brutit|broke|broken|bryta) (?:\w+ ){0,2}(?:arm|armen|nasa|nasan|nose|rib|ribs|revben|finger|fingret|kakben|jaw|ben(?:et)?)",
             r"(?:put|sent|landed) (?:me|her) in (?:the )?(?:hospital|a ?e|er)", r"(?:i|she) (?:ended up|was|had to go) (?:in|to) (?:the )?(?:hospital|a ?e|er)\b",
             r"(?:jag|hon) (?:hamnade|fick aka|lades in|blev inlagd) (?:pa|till) (?:sjukhus\w*|akuten)", r"(?:sydde|stitches|stygn)",
             # stop 19: "… låg hon på sjukhus i en vecka", "hamnade min bror på sjukhus"
             r"(?:lag|hamnade) (?:\w+ ){0,2}pa (?:sjukhus\w*|akuten)", r"(?:she|he|they|my \w+) (?:was|were|ended up) in (?:the )?hospital",
             # "förra gången fick jag åka till akuten", "last time he broke my wrist"
             r"(?:fick|hamnade) (?:jag|hon) (?:aka |ligga )?(?:pa|till) (?:sjukhus\w*|akuten)",
             r"(?:brot|brutit|broke|broken) (?:\w+ ){0,2}(?:wrist|handled\w*|collarbone|nyckelben\w*|tand|tooth|teeth)")
# a writer who locked herself in to be left alone with her work: "låst in mig på rummet för att plugga"
SELF_LOCKED = _rx(r"(?:^|jag )(?:har )?(?:last|laste|stangt|stangde) in mig", r"locked myself in")
CHOSEN_PURPOSE = _rx(r"(?:for att|to|so i can|sa jag kan) (?:kunna |fa )?(?:plugga|studera|lasa|fokusera|skriva|vara ifred|"
                     r"spela|gama|sova|tanka|study|revise|focus|write|game|sleep|be left alone|get some peace|get work done)",
                     r"lycka till", r"wish me luck", r"hogskoleprov\w*", r"tentan?", r"exam\w*")
# "mum is gonna kill me" over a failed test, a broken phone, being late: an idiom, not a threat
MUNDANE_TROUBLE = _rx(
    # stop 18: coming home late, a failing grade
    r"(?:kommer|komma|kom) hem (?:for )?sent", r"(?:come|comes|came|get|got) home late", r"(?:far|fick) (?:ett )?f (?:pa|i)\b", r"(?:far|fick) (?:ett )?f$",
    r"(?:far|fick) (?:ett )?f(?= det| typ| alltsa)",
    r"(?:failed|fail|flunked|flunk|kuggade|kuggat|kuggar|missade|missed|forgot|glomde|glomt|broke|sonder|tappade|tappat|"
    r"crashed|krockade|bucklade|lost|forlorade|spilled|spillde|dented|scratched|repade)(?: \w+){0,3} "
    r"(?:test|exam|prov\w*|uppkorning\w*|teori\w*|korprov\w*|betyg\w*|grades?|phone|mobil\w*|keys|nycklar\w*|nyckeln|"
    r"car|bil\w*|jacka\w*|jacket|vase|vas\w*|tv\w*|laptop|dator\w*|curfew|bus|bussen|tag\w*|train|flight|ipad|glasses|glasogon\w*)",
    r"(?:f|e) (?:i|pa) (?:matte|svenska|engelska|provet)", r"(?:got|get) an? f\b", r"(?:kom|came|coming) hem (?:for )?sent", r"late (?:again|home)",
    # a match lost, a coach: "vi blev slaktade 6-0, tränaren kommer döda oss", "coach will kill us at practice"
    r"\d+ \d+ (?:igar|idag|i helgen|yesterday|today|on (?:saturday|sunday))",
    r"(?:nasta|pa) (?:traning\w*|match\w*)", r"(?:next|at) (?:practice|training|game|match)",
    r"(?:forlorade|torskade|lost|blev slaktade?|got (?:destroyed|crushed|smashed|thrashed)) (?:\w+ ){0,3}(?:matchen|the (?:game|match|final))",
    # stop 19: a grade the parents will see: "om mina föräldrar ser mitt betyg i fysik"
    r"(?:ser|sag|see|sees|saw|far se|find out about) (?:mitt|mina|my) (?:betyg\w*|grades?|report card|provresultat\w*)",
    r"(?:hur mycket|how much) (?:jag|i) (?:har )?(?:handlat|shoppat|spenderat|spent|shopped)", r"(?:glommer|glomde|forgets?|forgot) (?:att )?(?:hamta|pick up|to pick up)",
)
# a sister in protected housing, and a question whether the family can find her (not danger now)
SHELTER = _rx(r"skyddat boende", r"skyddade boendet", r"jourboende\w*", r"kvinnojour\w*", r"tjejjour\w*", r"refuge", r"shelter",
              r"safe house", r"skyddad adress", r"skyddade personuppgifter", r"skyddad identitet", r"protected identity", r"protected (?:address|housing|identity)")
CAN_THEY = _rx(r"(?:kan|skulle|far) (?:de|dom|han|hon|familjen|foraldrarna|pappa|brorsan) (?:\w+ ){0,2}(?:hitta|spara|fa reda|fa tag)",
               r"(?:can|could|will|might) (?:they|he|she|my (?:family|parents|dad|brother)) (?:\w+ ){0,2}(?:find|track|trace|locate|get)",
               r"can they", r"kan de det", r"is (?:that|it) possible", r"ar det mojligt", r"gar det")
# an age label at the start of a message: the writer speaks of herself ("tjej 14.", "16 (girl)", "14yo.", "17 år.")
AGE_LABEL = re.compile(
    r"^(?:(?:tjej|kille|flicka|pojke|girl|boy|hen|female|male|f|m|ftm|mtf|trans) )?(?:[89]|1\d|2\d|3\d)"
    r"(?: ?(?:ar|arig|aring|yo|y o|yrs?|years? old|f|m|tjej|kille|girl|boy|female|male))*"
    r"(?: (?:och|and|bi|gay|trans|lesbisk|lesbian|queer|tjej|kille|girl|boy))?\b"
    r"(?! (?:kr|kronor|minuter|min|procent|st|stycken|personer|people|dagar|days|veckor|weeks|timmar|hours|ar sedan|ar sen|years ago|of|av|%))")
# a grade said as a label: "ettan på gymnasiet.", "går i nian", "year 10 here"
GRADE_LABEL = re.compile(r"^(?:jag )?(?:gar i |i )?(?:sjuan|attan|nian|ettan|tvaan|trean)(?: pa gymnasiet)?\b|^(?:year|grade) \d{1,2}\b")
# a despairing plan for tonight: "orkar inte mer. ikväll gör jag det", "can't anymore, tonight i'll do it"
DESPAIR = _rx(r"orkar inte (?:mer|langre|leva|med nagot)", r"pallar inte (?:mer|langre)", r"klarar inte (?:mer|av det har langre)",
              r"(?:can ?t|cannot) (?:do this|take (?:it|this)|go on|cope)(?: any ?more| any longer)?")
DO_IT = _rx(r"(?:ikvall|inatt|idag|imorgon|i natt|i kvall) (?:gor|ska) jag (?:gora )?det(?! (?:basta|bast|sista|forsta|klart|fardigt|pa|med|for|till|i|at|som)\b)",
            r"(?:gor|ska gora|kommer gora) (?:jag )?det (?:ikvall|inatt|idag|i natt)",
            r"(?:tonight|today|tomorrow) (?:i ll|ill|i will|i m going to|im going to|i m gonna|im gonna) do it",
            r"(?:i ll|ill|i will|i m going to|im going to|i m gonna|im gonna) do it (?:tonight|today|tomorrow)")
# cannot call or talk, the abuser is near: "kan inte ringa. han sitter i vardagsrummet"
CANT_TALK = _rx(r"kan inte (?:ringa|prata|snacka|skriva mycket)", r"(?:can ?t|cant|cannot) (?:call|talk|speak|type much|type)")
NEARBY = _rx(r"(?:sitter|star|ar|e) (?:han|hon|de|dom) (?:nu )?i (?:vardagsrummet|rummet bredvid|koket|hallen)",  # stop 18: "nu sitter han i vardagsrummet"
             # (stop 18: the one who hit her in the hospital's waiting room, next to her)
             r"(?:han|hon|de|dom|pappa|farsan|brorsan|mamma|morsan|farbror|morbror|broderna|kusinerna) (?:sitter|ar|e|star|ligger|vantar) (?:\w+ )?(?:i (?:vardagsrummet|rummet bredvid|koket|hallen|sovrummet|vantrummet)|utanfor|precis utanfor|bredvid mig)",
                r"(?:he s|hes|she s|shes|they re|theyre|he is|she is|they are) (?:right |sitting )?(?:outside|next door|in the next room|downstairs|in the (?:living room|kitchen|hall|waiting room)|right here|next to me)",
                r"(?:han|hon|de|dom) (?:hor|lyssnar)\b", r"(?:he|she|they) (?:will|ll|would|might) hear", r"(?:han|hon|de|dom) (?:kommer (?:att )?|kan )hora", r"(?:he|she|they) (?:can hear|is listening|are listening|re listening|s listening|might hear|hears)")
# a flight, for a trip with no return
FLIGHT = _rx(r"flyget", r"planet", r"flight", r"plane", r"biljett\w*", r"tickets?")
# shipped off to be married: "getting shipped to bangladesh this weekend to marry some guy"
SHIPPED_TO_MARRY = _rx(r"(?:shipped|sent|skeppad\w*|skickad\w*|skickas) (?:off |away |bort )?(?:to|till) (?:\w+ ){1,4}(?:to marry|to get married|att gifta sig|for att gifta sig|for a wedding)")
# the modal "is gonna kill me" / "kommer döda mig" of the idiom (not "hotade att döda mig", not "dödshot")
IDIOM_KILL = re.compile(r"^(?:(?:is |s |are |re )?(?:gonna|going to|will|ll)|kommer(?: att)?|ska) (?:\w+ )?(?:kill|doda|morda) (?:me|mig|us|oss)\b"
                        r"|^(?:dodar|kills) (?:me|mig)\b|^(?:ska|kommer att|kommer) (?:\w+ )?sla ihjal (?:mig|oss)\b")  # stop 18: "mamma dödar mig om jag kommer hem sent igen"
# the shelter's address found by the family: "pappa har hittat adressen", "my dad found her address"
FOUND_ADDRESS = _rx(r"vet var (?:du|jag|hon) (?:jobbar|pluggar|bor)",
                    # stop 19: "men nu vet dom var jag bor", "now they know where I live"
                    r"(?:nu )?vet (?:dom|de|han|hon|dem) (?:nu )?var (?:jag|hon) bor", r"(?:now )?(?:they|he) (?:now )?knows? where (?:i|she) live", r"know where (?:you|i|she) (?:work|study|live)",
                    r"(?:sms|meddelande|message|text) (?:\w+ ){0,4}(?:med|with) (?:min|my|hennes|her) (?:nya |hemliga |skyddade )?(?:adress|address)",  # stop 18
                    r"(?:hittat|hittade|fatt tag pa|fatt tag i|fatt reda pa|fick tag pa|fick tag i|fick reda pa) (?:\w+ )?(?:nya |hemliga |skyddade )?adress\w*",
                    r"(?:hittat|hittade|vet|fatt reda pa) (?:var (?:boendet|hon bor|jag bor) ligger|var boendet ar|vilket boende)",
                    r"(?:found|got|has|have|know|knows|found out) (?:out )?(?:her|the|my|our) (?:new |secret |protected )?(?:address|shelter s address|location)",
                    r"(?:found|know|knows|found out) (?:out )?(?:where|which) (?:the )?(?:refuge|shelter|she lives|she is|i live|i am)")
# a return already dated: "vi kommer inte hem förrän i augusti", "not coming back until august"
RETURN_DATED = _rx(r"(?:until|till|forran|tills|innan) (?:i |in |the |after |efter )?(?:\w+ )?(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                   r"januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|nasta|next|slutet|the end|sommar\w*|summer|skolstart\w*|\d+)")


# --- classes added after the 320 new training emergencies (understated, indirect, veiled) ----------
# These are read per sentence (split at . ! ? ; and line breaks, not at commas) by danger._emergency_5:
# a time word dates a veiled harm only in its own sentence.
# near times that SOON lacks: after the evening prayer, when somebody is back, after the weekend, by nine
NEAR_EXTRA = _rx(
    # a flight at a clock time is today or tomorrow: "the 6am flight to Erbil", "flyget går 06:10"
    r"\d{1,2} ?(?:am|pm) (?:flight|plane)", r"(?:flight|plane|flyget|planet) (?:\w+ ){0,2}(?:at|kl|klockan|gar) \d{1,2}(?: ?(?:am|pm)|[:.]\d\d)",
    r"after (?:isha|maghrib|the (?:evening )?prayers?|the weekend|eid)", r"efter (?:isha|maghrib|bonen|fredagsbonen|kvallsbonen|helgen|eid)",
    r"(?:nar|when|once|as soon as|innan|before) (?:\w+ ){0,3}(?:ar tillbaka|kommer tillbaka|is back|s back|gets back|arrives?|kommer hit|lands?|landar|somnat|has fallen asleep|falls asleep|is done|s done|ar klar)",
    r"(?:han|hon|de|dom) (?:ar|e) hemma (?:om|kl)", r"(?:he s|hes|he is|she s|they re|they ll be|he ll be|he will be) (?:home|back|here) (?:in|at|by)",
    r"(?:by|innan|fore|until|till|tills) (?:kl |klockan )?\d{1,2}(?:[.:]\d\d)?\b", r"(?:it s|its|klockan ar|den ar) \d{1,2}[.: ]\d\d",
    # stop 16: "klockan e 17:40", "innan midnatt", "om en halvtimme", "hemma 18:00"
    r"klockan e \d{1,2}[.: ]\d\d", r"(?:innan|fore|till|before|by) (?:midnatt|midnight)", r"om en halvtimme", r"om (?:en|\d+|tva|tre|fem|tio|tjugo) (?:minuter|min)\b",
    r"in (?:half an hour|an hour|\d+ (?:minutes|mins))", r"(?:hemma|home|back) (?:kl |klockan |at |by )?\d{1,2}[.:]\d\d",
    r"(?:in|om) (?:like |about |typ |ca )?(?:an?|en|ett|one|\d+|a few|nagra|ett par) (?:hours?|timmar?|timme|minutes?|mins?|minuter)",
    r"(?:in|om) (?:like |about |typ |ca |bara )?(?:a|one|en) (?:week|vecka)",
    r"(?:until|till|tills) (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|fredag|lordag|sondag|mandag|tisdag|onsdag|torsdag)",
    r"(?:sista|last) (?:normala )?(?:normal )?(?:dag|day|kvall|kvallen|evening)",
)
# a harm promised without being named: "ska få ångra mig", "nåt ska hända", "they'll deal with it", "make sure i can't walk"
VEILED_HARM = _rx(r"(?:losa|loser|ordna) det pa (?:sitt|sitt eget|vart) satt", r"(?:handle|deal with|sort) (?:it|this) (?:their|our|the family) way",
    
    r"(?:deciding|discussing|talking about|bestammer|diskuterar|pratar om) (?:\w+ )?(?:what|vad) (?:they|de|dom|vi)? ?(?:will |should |ska |skall |to )?(?:do|gora) (?:with|med) (?:me|her|mig|henne)",
    r"(?:ska|kommer (?:att )?|lovade att (?:jag|hon) ska) (?:\w+ ){0,2}(?:fa )?angra (?:mig|dig|sig)", r"(?:ll|will|gonna|going to) regret (?:it|this)",
    r"(?:fa|far|ska fa) (?:mitt|sitt|ditt) straff", r"(?:mitt|hennes) straff (?:ar|blir|kommer)", r"(?:ska|kommer att) (?:bli )?straffas?", r"bli straffad",
    r"(?:my|her) punishment (?:is|will be|comes)", r"(?:be|get) punished", r"(?:i ll|ill|i will|she ll|she will) pay for (?:it|this)",
    r"(?:lara mig|lar mig|fa lara mig) vad det kostar", r"(?:gora|gor) (?:klart|slut pa) det", r"(?:gora|gor) klart med (?:mig|henne|dig|oss)",
    # driven off to somewhere unnamed: "de ska köra henne nånstans inatt"
    r"(?:ska|kommer att|kommer) (?:kora|ta) (?:mig|henne|honom|oss) (?:\w+ ){0,2}(?:nanstans|nagonstans|nan stans)", r"(?:finish|end) it (?:with|on) (?:me|her)",
    r"(?:ll|will|gonna|going to) (?:\w+ )?deal with (?:it|this|me|her)", r"(?:need|needs|have|has) to (?:\w+ )?deal with (?:it|this|me|her|him)",
    # a mother's apology for what is coming: "she's sorry for what is going to happen", "förlåt för det som ska hända"
    r"sorry (?:for|about) (?:what|what s|what is) (?:going to|gonna|about to) happen", r"(?:forlat|ledsen) (?:for|over) (?:det )?(?:som|vad som) (?:ska|kommer att|kommer) handa", r"(?:come|coming) (?:and|to) finish (?:me|her)", r"finish (?:me|her)\b(?! (?:off )?(?:homework|work|my|the))",
    r"make sure (?:i|she) (?:can ?t|cannot|won ?t|will never|never) (?:walk|talk|see|move|leave|run|go out)",
    r"(?:i m|im|i am|you re|she s|she is) next\b(?! (?:in|to|on|at|up|for|week|weekend|year|month|time|door|turn)\b)", r"keep (?:my|your|her) eyes open", r"(?:it s|its|it is) happening (?:today|tonight|tomorrow|now)",
    r"(?:last|final) normal day", r"enjoy today", r"sista normala dag\w*",
    r"(?:fortsatter|continues|will continue|ll continue|carries on|keep going)(?: \w+){0,2} (?:nar|when|imorgon|tomorrow|ikvall|tonight|inatt|sen|later)",
    r"(?:decide|bestamma|besluta) (?:what to do|vad (?:de|dom|vi|man) ska gora) (?:with|med|about|at) (?:me|mig|her|henne)",
    r"(?:take|takes|taking|ta|tar) (?:me|her|him|mig|henne|honom) (?:somewhere|nagonstans|nanstans|for a drive|pa en biltur|for a ride)",
    r"(?:a |en )?(?:drive|biltur|ride) (?:alone )?(?:with|med) (?:my |mina |min )?(?:uncles?|farbror\w*|morbror\w*|brothers?|bror\w*|cousins?|kusin\w*)",
    r"(?:follow|folja|come|go) (?:me|med) (?:\w+ )?(?:on|for|pa) (?:a |en )?(?:drive|biltur|ride)", r"(?:come|go) with (?:him|them) for a (?:drive|ride)",
    r"(?:ska|kommer att|will|ll|gonna) (?:\w+ )?(?:hamta|hamtas|fetch|get|come for) (?:mig|me|henne|her)\b(?! (?:fran|from) (?:skolan|school|traningen|practice|jobbet|work))",
    r"(?:sista varning\w*|last warning|final warning)", r"learn (?:my|your|her) lesson",
    r"(?:brorsan|bror\w*|broder\w*|kusin\w*|farbror\w*|morbror\w*|brothers?|cousins?|uncles?)(?: och \w+)? (?:ska|kommer att|will|ll|are going to|is going to|gonna) (?:\w+ ){0,2}(?:ta hand om|take care of) (?:mig|henne|me|her)\b(?!(?: \w+)? (?:nar|medan|while|when|since|eftersom) (?:\w+ )?(?:mamma|pappa|mum|mom|dad|parents|foraldrarna) (?:ar|is|are|jobbar|works?|work)\b)",
)
# veiled words that are harmless in everyday talk: a threat only with fear, anger or honour in the message
VEILED_WEAK = _rx(
    r"(?:nat|nagot|nagonting|nanting) (?:ska|kommer(?: att)?) handa", r"(?:nat|nagot) ar pa gang", r"something (?:is going to|s going to|will|is gonna) happen",
    r"vad som (?:ska|kommer(?: att)?) handa (?:med )?(?:mig|henne)(?! (?:om|if|pa|at|nar|when|i|in|med|with)\b)",
    r"what s going to happen to (?:me|her)(?! (?:if|at|when|in|with|after)\b)", r"what (?:is|will) (?:going to )?happen to (?:me|her)(?! (?:if|at|when|in|with|after)\b)",
    r"(?:ska|kommer att) (?:fa|ta) (?:\w+ )?se\b(?! (?:film|pa|en|ett|om))", r"(?:ska|kommer) fa se (?:nar|vad)", r"you ll see",
)
VEILED_CUE = _rx(r"lovade", r"lovat", r"promised", r"swore", r"svor", r"radd\w*", r"rad", r"scared", r"afraid", r"terrified", r"worried", r"orolig", r"tror", r"think", r"sorry", r"forlat",
                 r"arg", r"argare", r"rasande", r"angry", r"furious", r"mad", r"heder\w*", r"honou?r\w*", r"skam\w*", r"shame\w*",
                 r"found out", r"fick veta", r"hittade", r"hittat", r"found", r"saw", r"sag", r"airtag", r"spar\w*", r"track\w*",
                 r"kille", r"pojkvan", r"boyfriend", r"girlfriend", r"flickvan", r"lied", r"ljog", r"ljugit")
# the writer will not live, said of her by others: "att jag inte lever när han kommer hem", "jag inte ska finnas efter helgen"
NOT_ALIVE = _rx(r"(?:att )?(?:jag|hon|du) inte (?:lever|ar vid liv|ska finnas|kommer (?:att )?finnas|ska fa se)(?! (?:langre|med|som|hos|i))",
                r"(?:lever|overlever) (?:jag|hon|du) inte (?:till|tills|over)", r"(?:jag|hon|du) inte (?:kommer (?:att )?)?(?:overlever|overleva|klarar) natten",
                r"(?:klarar|overlever) (?:jag|hon)? ?(?:mig|sig)? ?inte om (?:jag|hon) (?:gar|kommer|aker) hem",
                r"(?:not|won ?t|never) (?:be )?leav(?:e|ing) (?:\w+ ){0,2}alive", r"(?:she ll|she will|i ll|i will|you ll|you will) be dead (?:if|when|by|before)",
                r"(?:i am|i m|im|you re|she s) dead (?:if|when|the moment)", r"(?:if|unless) (?:\w+ ){1,8}i am dead\b",
                r"(?:ll|will|gonna|going to) bury (?:me|her|you)\b(?! (?:in|with|under))", r"(?:ska|kommer att) begrava (?:mig|henne|dig)\b(?! (?:i|med|under))",
                r"ingen (?:kommer (?:att )?|ska )?kanna igen (?:mig|henne|dig)", r"(?:nobody|no one) (?:will|ll|is going to|would) (?:ever )?recogni[sz]e (?:me|her|you)",
                r"(?:han|hon|de|dom) (?:ska|kommer att) gora sa (?:att )?ingen kanner igen",
                r"(?:ingen|nobody|no one) (?:kommer (?:att )?|will |would )(?:leta efter|sakna|look for|miss) (?:mig|henne|me|her) (?:om|if|when|nar) (?:jag|hon|i|she) (?:blir borta|forsvinner|disappears?|am gone|m gone|is gone|vanish\w*)",
                r"(?:no place|nowhere|inget stalle|inte finns (?:nat|nagot) stalle|ingenstans)(?: \w+){0,4} (?:i can|jag kan|she can|hon kan|you can|du kan) (?:hide|gomma)",
                r"(?:jag|i) (?:vet|know) vad som hander med (?:tjejer|flickor) som", r"what happens to girls like (?:me|her|you)",
                r"sista gangen (?:jag|hon) (?:skammer|skamt|drar skam|vanar|gor (?:sa|det))", r"last time (?:i|she) (?:shame|disgrace|embarrass)\w*",
                r"(?:dead|dod|doda) (?:to|for) (?:him|them|us|her|honom|dem|oss|henne)(?: \w+){0,8} (?:make it|gora det) (?:real|true|verkligt|sant)",
                r"(?:inte|not|can ?t|cannot) (?:kan )?skydda (?:mig|dig|henne|me|her) (?:efter|after)",
                r"(?:bensin|petrol|gasoline|lighter fluid|tandvatska)(?: \w+){0,8} (?:brann\w*|burn\w*|tanda|eld|fire|light)",
                r"(?:burn|set fire to|torch) (?:\w+ )?(?:the |our |my |her )?(?:flat|house|apartment|home|door)", r"(?:branna|bränna|tanda eld pa) (?:upp )?(?:lagenheten|huset|hemmet|dorren)",
)
# suicidal intent said without the word: means at hand, a plan for tonight, not waking up
SUICIDE_PLAN = _rx(
    r"(?:somntabletter|somnpiller|sleeping pills|pills|tabletter|piller)(?: \w+){0,6} (?:to|for att|att) (?:not|never|slippa|inte|aldrig) (?:wake|vakna)",
    r"(?:i|jag) (?:have )?(?:swallowed|svalt|svalde) (?:something|nat|nagot|a lot)", r"(?:blade|bladet|kniven|knife|rakhyvel\w*|razor) in my hand",
    r"(?:badkaret|i badet|the bath|the bathtub|the tub) (?:\w+ ){0,2}(?:med|with) (?:en|a) (?:kniv|knife|blade|rakblad)",
    r"(?:tanker|ska|kommer) inte vakna (?:imorgon|i morgon|igen|mer)", r"(?:won ?t|will not|not going to|not gonna) wake up (?:tomorrow|again)(?! (?:he|she|they) (?:said|says))",
    r"(?:before|innan) (?:i|jag) (?:do it|gor det)$", r"(?:someone|somebody|nan|nagon) (?:to )?(?:know|ska veta|skulle veta)(?: \w+){0,2} (?:before|innan) (?:i|jag) (?:do it|gor det)",
    r"(?:i m|im|i am) doing it (?:tonight|today|tomorrow)", r"i know how to make (?:that|it) happen", r"(?:jag )?planerar hur$",
    r"(?:nobody|no one) (?:will|would|is going to|s gonna) (?:miss|notice) (?:me|i m gone|when i m gone)", r"ingen kommer (?:att )?(?:sakna mig|marka (?:att jag|nagot|nat|det)$|marka$)",
    r"(?:if|om) (?:i|jag) (?:was|were|var) (?:gone|borta|dead|dod)(?: \w+){0,6}(?: (?:happier|better|battre|lyckligare|make that happen|honou?r back|heder))",
    r"(?:my|min|their|deras) (?:family|familj\w*) (?:would|skulle) (?:finally )?(?:have|fa|ha) (?:\w+ )?(?:honou?r|heder) (?:back|tillbaka)",
    r"(?:don ?t|do not|doesn ?t|does not) (?:want|wanna) (?:to )?(?:exist|be here|be alive)(?! (?:(?:anymore|any more|no more|any longer) )?(?:in|at|with|on|here|there)\b)",
    r"(?:ristat|ristar|ristade|carved|carving|carve) (?:i |into )?(?:min |mina |mitt |my )?(?:arm\w*|ben|huden|skin|wrists?|legs?|lar|handled\w*)",  # stop 20: "mina ben"
    r"(?:banging|bang|slar|slagit|dunkar|dunkat) (?:my|mitt) (?:head|huvud\w*) (?:against|mot|i) (?:the )?(?:wall|vagg\w*)",
    # (stop 20: not "make her stop for good")
    r"(?<!her )(?<!him )(?<!them )(?:just )?stop (?:tonight|for good|forever)\b(?! (?:at|by|with)\b)", r"not after tonight", r"inte efter ikvall",
    r"(?:ikvall|inatt|idag|tonight|today) (?:blir|ar|is|will be) (?:den )?sista (?:gangen|kvallen|natten|dagen|time|night)$",
    r"(?:bestamt|decided)(?: \w+){0,4} (?:det far racka|it s enough|that s enough|enough now)", r"(?:counted|raknat|raknade) (?:them|dem)(?: \w+){0,3} (?:it s enough|det racker|enough)",
    r"(?:i might as well|kan lika garna|might as well) (?:\w+ ){0,2}(?:make it|gora det) (?:true|real|sant|verkligt)",
    r"(?:tonight|ikvall) (?:i ll|ill|i will|i m going to|im gonna|i m gonna) take (?:them|all of them|the pills)", r"(?:ska|tanker) (?:jag )?ta (?:dem|alla) (?:ikvall|inatt)",
    r"(?:tell|say goodbye to|sag hej ?da till|hals\w* till) (?:my|min|mitt|mina) (?:\w+ )?(?:sister|brother|mum|mom|mother|dad|family|friends?|syster|bror|mamma|familj\w*|kompisar|vanner)(?: i love (?:her|him|them)| from me| fran mig| att jag alskar (?:henne|honom|dem|dom))$",
    r"(?:forlat|sorry|forgive me)(?: \w+){0,4} (?:det har ar |this is )?(?:sista gangen jag skriver|the last time i write|my last message|mitt sista meddelande)",
    # stop 17: "i think this is my last message to anyone"
    r"(?:this is|this ll be|this will be|det har ar|det har e|detta ar|detta e) (?:probably |nog |typ )?(?:my|mitt) (?:last|sista) (?:message|meddelande) (?:to anyone|to anybody|ever|till nagon|till nan|nagonsin)",
    r"(?:left|lamnat|lagt|lamnade|lade) (?:a |en )?(?:note|lapp|letter|brev)(?: \w+){0,12} (?:in the morning|i morgon bitti|imorgon bitti|pa morgonen|when i m gone|nar jag ar borta)",
    r"(?:sluta finnas|stop existing)(?: \w+){0,3} (?:har en plan|have a plan)",
)
# signs of leaving for good: two of them (or one with despair) say a farewell ("gave my cat away, deleted my accounts")
FAREWELL_SIGN_SIGNS: Tuple[str, ...] = (
    r"(?:gett|gav|ger|given|gave|giving|give) (?:bort |away )?(?:mig |me )?(?:\w+ ){0,3}(?:katt\w*|hund\w*|smycken|hoodies|headphones|horlurar|cat|dog|jewell?ery|things|stuff|grejer|saker|klader|clothes)",
    r"gave (?:away )?my (?:cat|dog)", r"(?:raderat|raderade|tagit bort|deleted|delete) (?:alla )?(?:mina |my |all my )?(?:konton|accounts|profil\w*|profiles?)",
    r"(?:it )?feels done", r"kanns (?:konstigt |sa |sjukt )?(?:lugnt|klart)", r"(?:feels|it s|its) (?:finally )?calm", r"det ar battre sa$",
    r"(?:skrivit|skrev|written|wrote|writing) (?:\w+ )?(?:lappar|brev|notes|letters)", r"not (?:planning on|going to be) needing (?:them|it)", r"won ?t (?:be )?need(?:ing)? (?:them|it) (?:after|anymore)",
    r"(?:sa|said|sagt|says|saying) (?:hejda|hej da|goodbye)", r"(?:hejda|goodbye) (?:stuff |posts? |grejer )?(?:pa|on) (?:sin|her|his|min|my) (?:\w+ ){0,2}(?:story|insta\w*|snap\w*)",
    r"(?:stadat|cleaned) (?:mitt |my |hela )?(?:rum\w*|room)", r"(?:passwords|losenord)", r"(?:take care of|ta hand om) (?:mum|mom|mamma|my \w+|min \w+)",
    r"(?:stangt|stangde|turned) (?:av )?(?:sin |hennes |her |his |my |min )?(?:mobil\w*|phone)(?: off)?", r"(?:not answering|not picking up|svarar inte|svarar (?:hon|han) inte|inte svarat)",
    r"(?:jattekonstigt|konstigt|weird|strange) (?:satt|way)",
    r"tack for allt", r"thanks? (?:you )?for everything",
)
FAREWELL_SIGN = _rx(*FAREWELL_SIGN_SIGNS)
# someone near now: minutes away, a car outside, circling, following, at the door, a photo of the door just sent
NEAR_NOW_SIGNS: Tuple[str, ...] = (
    r"(?:ar|e|is|s|are|re) (?:typ |like |only |bara )?(?:fem|tio|tva|tre|\d+|ett par|nagra|five|ten|two|three|a few|a couple of) (?:minuter|minutes|mins?|min) (?:bort|away)",
    r"(?:bil|bilen|bilar|car|cars|\w+s car|\w+ s car)(?: \w+){0,3} (?:utanfor|pa parkeringen|i parkeringen|outside|in the (?:\w+ )?car park|parked outside|circled|circling|har cirklat|cirklar|star utanfor|har statt utanfor)",
    r"(?:circled|circling) (?:me|us|the block|our house)", r"(?:driving|drives|drove) (?:slowly )?(?:past|around) (?:our|my|the) (?:house|flat|building|school)",
    r"(?:aker|kor|driving|drive) (?:runt|around) (?:och )?(?:fragar|letar|soker|asking|looking|searching)",
    r"(?:fragar|asking) (?:alla|everyone|everybody|runt) (?:var|where) (?:hon|jag|she|i) (?:ar|is|am)",
    r"(?:har )?(?:foljt|foljde) efter (?:mig|oss|henne)", r"(?:has |have )?followed (?:me|us|her) (?:from|to|home|all|since|for)", r"(?:gar|walks|walking|is walking) (?:precis )?bakom (?:mig|henne)",
    r"(?:knackar|knackade|bankar|bankade|ringer pa|ringde pa) (?:pa )?(?:\w+ )?(?:och|dorren|hos mig|hela tiden)", r"knock\w* on (?:my|the|our) (?:front )?door",
    r"(?:skickade|skickat|sent|texted|sent me) (?:mig |me )?(?:\w+ )?(?:en |a )?(?:bild|foto|photo|picture|pic) (?:pa|of) (?:min port|min dorr|mitt hus|my (?:front )?door|my (?:house|building|window)|(?:mig|me) (?:utanfor|taken|outside|from)|en grav|a grave)",
    r"(?:ser|see) (?:dem|dom|honom|them|him) (?:fran|from) (?:fonstret|the window|my window)",
    r"(?:getting|kommer) (?:closer|narmare)", r"(?:ser|sees|can see|knows?|vet) (?:exakt |exactly )?(?:var|where) (?:jag|i) (?:star|ar|am|is|stand)",
    r"(?:ska|should|must|have to|has to|told me to) (?:stanna (?:dar|kvar|har)|stay (?:there|where i am|put))",
    r"(?:tagit|tog|took|taken|got on) (?:taget|bussen|planet|flyget|the train|the bus|a plane|a flight) (?:hit|here)", r"never told (?:him|them|her) where i (?:live|am|was)", r"(?:sa|sagt) aldrig (?:till )?(?:honom|dem) var jag bor",
    r"(?:vet|knows?) (?:vilken skola|which school|what school) (?:jag|i) (?:gar pa|go to)",
    r"(?:mitt (?:riktiga|gamla) namn|my (?:real|old) name)",
    r"(?:den som hittar mig|anyone who (?:finds me|tells him where i am)|reward (?:\w+ ){0,4}(?:where i am|finds? me))",
    r"(?:ses|see (?:you|me)) (?:ikvall|tonight|inatt)(?: \w+){0,2} (?:vare sig|whether)",
    r"(?:ar|e|are|re|is|s|star|sitter|sits|stands?|standing|sitting|sleeps?|sleeping|sover) (?:\w+ ){0,4}(?:i hallen|in the hall(?:way)?|inside|inne|framfor min dorr|in front of my door|at the (?:front )?door|vid (?:ytter)?dorren|outside my (?:bedroom |room )?door|utanfor min dorr)",
    r"(?:guard\w*|vaktar|blocking|blockerar) (?:the |my |min )?(?:front )?(?:door|dorr\w*)",
    r"(?:sitter|ligger|gommer mig|hiding|i m hiding|hidden) (?:\w+ ){0,2}(?:under sangen|i garderoben|under the bed|in the (?:closet|wardrobe))(?: \w+){0,3} (?:hor|hear|letar|looking|searching)",
    r"(?:can ?t|cant) use my voice", r"(?:he|she|they) (?:ll|will) hear",
    r"(?:ska|maste|must|have to|has to|is to) (?:folja med|come (?:home )?with (?:him|them|us)|go with (?:him|them))", r"(?:i m|im|i am) coming (?:home )?with him now",
    r"(?:vantar|waiting|wait) (?:for me |pa mig )?(?:vid|at|outside|utanfor) (?:\w+ )?(?:busshallplatsen|entren|porten|grinden|the (?:station|bus stop|entrance|gate)|stationen)",
    r"(?:star|standing|stands) (?:\w+ ){0,3}(?:vid|nere vid|at|by) (?:\w+ )?(?:entren|grinden|the (?:entrance|gate|school gate))",
    r"(?:ute och letar|out looking for (?:me|her))", r"(?:found out|hittat|fatt reda pa|vet) (?:where|var) (?:she|hon|i|jag) (?:is|ar|am|bor|lives)",
    r"(?:driving|heading|coming) (?:over )?to (?:her|my|our) (?:place|house|flat|apartment|school|work)(?! (?:\w+ ){0,3}to (?:talk|speak|give|present|tell|visit|celebrate))",
    r"(?:the|a) (?:sheikh|imam|shejk)\w* (?:is )?(?:already )?on (?:his|the) way", r"(?:shejken|imamen) (?:ar )?(?:redan )?pa vag",
)
NEAR_NOW = _rx(*NEAR_NOW_SIGNS)
# a hidden girl or a girl ran away and the family near: makes NEAR_NOW urgent
NEAR_WHO = _rx(r"(?:min|mina|my|her|hennes|his|hans)? ?(?:bror\w*|broder\w*|pappa\w*|farsan|farbror\w*|morbror\w*|kusin\w*|exman\w*|ex|man|brothers?|dad\w*|father|uncles?|cousins?|husband\w*|family|familj\w*|slakt\w*|stepdad|styvpappa)",
               r"(?:han|hon|de|dom|he|they|he s|hes|they re|theyre)", r"(?:en|a) (?:man|guy|kille)")
# nowhere to go after fleeing just now
FLED_NOW = _rx(r"(?:stack|stuck|rymde|rymt|flydde|left|ran|ran away|left home) (?:\w+ ){0,2}(?:for en timme sen|for \w+ timmar sen|an hour ago|\w+ hours ago|igar natt|last night|i morse|this morning|just now|nyss|precis)",
               r"(?:hoppat|hoppade|jumped|climbed) (?:ut )?(?:out )?(?:genom|of|through) (?:the |my )?(?:fonstret|window)",
               r"(?:har )?(?:precis|just) (?:stuck|stack|rymt|rymde|run|ran|fled|flytt)")
NOWHERE_NOW = _rx(r"(?:ingenstans|ingen stans) att (?:sova|ta vagen|bo|ga|vara|aka)",r"(?:inget|inte nat|inte nagot) stalle att (?:aka|ga|sova|ta vagen|vara)(?: till)?", r"vet inte (?:ens )?vart jag ska(?: \w+)?$",
                  r"(?:nowhere|no place|no where) (?:else )?to (?:go|sleep|stay)(?! (?:until|till|before|for an hour|for a while))", r"(?:don ?t|dont) know where to go",
                  r"mobilen har \d+ procent", r"(?:phone|battery) (?:is )?(?:on|at) \d+ ?%?")
# kept in: a door handle gone, a guarded door, days inside, a yes demanded
KEPT_IN = _rx(
    r"(?<!vi )(?<!we )(?<!jag )(?<!i )(?:took|taken|removed|tog bort|tagit bort|plockat bort|plockade bort|skruvat bort|skruvade bort|skruvat loss) (?:\w+ ){0,2}(?:the )?(?:door ?handle|dorrhandtag\w*|handtaget)(?!(?: off)? (?:for att|to|so (?:we|he|i|she) can) (?:laga|fixa|byta|mala|fix|repair|replace|paint|change|clean))",
    r"(?:door ?handle|dorrhandtag\w*|handtaget) (?:off|ar borta|is gone)(?! (?:to|for att|so|sa att|because|eftersom)\b)",
    r"(?:locked|last|stangt|stangde) (?:me|mig|her|henne) (?:out|ute) (?:on|pa) (?:the )?(?:balcony|balkongen)",
    r"(?:haven ?t|hasn ?t|have not|not) been allowed (?:out|outside)(?: of (?:my|the|her) (?:room|house|flat))? (?:in|for|since) ",
    r"(?:inte (?:fatt|fa)) (?:ga|komma) ut (?:ur|fran) (?:huset|rummet|lagenheten|mitt rum)(?: \w+){0,2} (?:sen|sedan|pa|pa \w+ dagar)",
    r"(?:har )?inte fatt ga ut ur huset sen",
    r"(?:trying|tries|is trying|forsoker) (?:to )?(?:get the lock off|break (?:down |in )?(?:my |the )?door|bryta upp (?:min |dorren|laset)|sparka in dorren|ta sig in)",
    r"(?:sitter )?fast i (?:bilen|baksatet)(?! (?:i|pa|pga|for|in) (?:trafik\w*|ko\w*|kon|snon|sno\w*|traffic|the traffic))",
    r"(?<!ingen )(?<!inte )(?:laste|laser|har last|lasat|lasade) (?:han|hon|de|dom|pappa|mamma)? ?(?:dorren|ytterdorren|dorrarna)(?! (?:nar|efter sig|bakom sig|innan|mot tjuv|for att (?!jag|vi|hon|ingen av oss)|at night|pa natten|varje|som vanligt))",
    r"(?:last|laste|stangt|stangde) in (?:mamma|pappa|syrran|lillasyster|lillebror|storasyster|min mamma|min syster)",
    r"(?:day|dag) \d+ (?:in|i) (?:my|mitt) (?:room|rum)", r"(?:och|o|har) last (?:ytterdorren|dorrarna)",
)
# not allowed out, calls forbidden, a yes demanded: with being guarded, being held
KEPT_WHY = _rx(r"not allowed (?:out|to (?:leave|call|go out|phone))(?! (?:alone|without|after|unless|on my own))",
               r"(?:far|fatt) inte (?:ringa|ga ut|lamna|ga till skolan)(?! (?:utan|ensam|sjalv|efter|pa kvall\w*|om))", r"(?:inte|aldrig) fatt (?:ga|komma) ut",
               r"haven ?t been (?:outside|out)", r"(?:tills|forran|until|till) (?:jag|i) (?:sager|sagt|say|said) (?:ja|yes)",
               r"(?:inte|not) (?:ga|go|gone) (?:till|to) (?:skolan|school)(?: langre| anymore)?", r"far inte ga till skolan",
               r"(?:can ?t|cannot|kan inte|kommer inte) (?:leave|lamna|get out of|ut ur) (?:the |my |our )?(?:house|flat|apartment|room|huset|lagenheten|rummet)")
# held abroad now: a foreign place and what keeps her there
HELD_ABROAD_SIGN = _rx(
    # no date home: "ingen säger när vi ska tillbaka", "every time i ask they say next month", a return ticket cancelled
    r"(?:ingen|nobody|no one) (?:sager|says|tells me|vet|knows) (?:nar|when) (?:vi|we|i|jag) (?:ska |will |are going to )?(?:aka |go |fly )?(?:tillbaka|hem|back|home|return)",
    r"(?:every time|varje gang) (?:i|jag) (?:ask|fragar) (?:\w+ ){0,5}(?:next month|nasta manad|next week|nasta vecka|snart|soon|inshallah)",
    r"(?:returbiljett\w*|return ticket|return flight|the ticket home|biljetten hem) (?:\w+ ){0,3}(?:avbokad\w*|cancel\w*)",
    r"(?:they say|they said|dom sager|de sager|dom sa|pappa sager|dad says|dad said) (?:that )?(?:i|jag) (?:stay|will stay|must stay|have to stay|ska stanna|stannar|maste stanna)",
    r"(?:not allowed|isn ?t allowed|aren ?t allowed|can ?t|cannot|won ?t let (?:me|her)|inte fatt|far inte|kan inte) (?:to )?(?:go |ga |komma )?(?:out|ut|leave|lamna)(?: (?:of|ur|fran))? (?:the |this )?(?:huset|byggnaden|rummet|house|building|compound|room)\b"
    r"(?! (?:alone|ensam|sjalv|without|utan|because|for att|pga|eftersom|due|after|efter|at night|pa kvall\w*|on my own|by myself|until|tills))",
    r"(?:no|inget|utan) (?:passport|pass)\b", r"(?:watch\w*|vaktar|someone watches|nan vaktar)(?: \w+){0,2} (?:me|mig|her|henne) (?:all (?:day|the time)|hela (?:dagen|tiden)|every)",
    r"someone watches (?:me|her)", r"won ?t let (?:me|her) call", r"(?:far|fatt) inte ringa", r"they say never", r"(?:sager|sa) (?:de|dom) aldrig",
    r"(?:until|till|tills) (?:i|she|jag|hon) (?:marry|marries|am married|m married|get married|ar gift|gift mig|gifter mig|har gift mig|lart mig|learn)",
    r"(?:forst|first) nar (?:jag|hon) (?:gift|gifter) (?:mig|sig)",
    # told the stay is for good: "now they say i'm staying", "nu säger de att jag ska stanna här"
    r"(?:say|said|says|tell me|told me|sager|sa) (?:that )?(?:att )?(?:i m|im|i am|she s|she is|i will be|jag ska|hon ska|jag kommer (?:att )?) ?(?:staying|stay here|stanna (?:kvar|har|dar))", r"until they find (?:me|her) a husband",
    r"(?:halls|hallen|hallits|being held|is held|am held|kept) (?:kvar|here|there)", r"hon halls kvar",
    r"(?:sager|sa|sagt) (?:att )?(?:jag|hon) (?:ska|maste|kommer att) stanna\b(?! (?:hemma|inne|uppe|i skolan|efter|over|till|pa|hos (?:en )?kompis))",
    r"(?:ingen|nobody|no one) i sverige vet",
    r"(?:passport|pass|passet) (?:is |ar |e )?(?:safe |saker )?(?:with|hos) (?:my )?(?:dad|father|pappa|farsan|uncle|farbror|morbror|grandma|farmor|mormor)",
    r"(?:every time|varje gang) (?:i|jag) (?:ask|fragar)(?: \w+){0,5} (?:change the subject|changes the subject|byter (?:samtals)?amne)",
    r"(?:they|dom|de) (?:keep|keeps|kept) (?:saying|telling me) (?:next month|next week|soon|after eid)", r"(?:sager|sa) (?:hela tiden|alltid) (?:nasta manad|nasta vecka|snart|efter eid)",
    r"(?:hid|hide|hides|hidden|gomt|gomde|gommer) (?:\w+ )?(?:my|her|mitt|hennes) pass(?:port)?",
    r"(?:can|may|will|could|get to|far|kan|ska) (?:\w+ )?(?:come|komma|go|aka|fa aka|fa komma) (?:back|home|tillbaka|hem) (?:when|nar|once|forst nar|efter att) (?:i m|im|i am|i|jag|she|hon|she s) (?:\w+ )?(?:fixed|fixad|ren|clean|cured|botad|better|battre|normal|uppfostrad|married|gift)",
    r"(?:say|said|says|tell me|told me|sager|sa|sagt) (?:\w+ )?(?:that )?(?:att )?(?:i|she|jag|hon) (?:live|lives|bor) (?:here|har) (?:now|nu)\b", r"(?:nobody|no one) (?:in sweden )?knows (?:i m|im|i am|she s) here",
    r"(?:get|ta) (?:me|mig|her|henne) (?:out|ut|hem|home)\b", r"(?:hur|how) (?:kommer jag|do i get|can i get) (?:hem|home|out|ut)",
    r"(?:want|wants|vill) (?:to )?(?:go |aka |komma |flyga |resa )?(?:home|hem) (?:to|till) (?:sweden|sverige)",
    # told the stay is for good, in plain words: "they say i will not go back to sweden", "säger dom att jag ska gå i skolan här"
    r"(?:say|said|says|tell me|told me) (?:that )?(?:i|she) (?:will not|won ?t|will never|can ?t|cannot|am not|m not|is not|s not) (?:go|going|come|coming|return|returning) (?:back|home)",
    r"(?:sager|sa|sagt) (?:\w+ )?(?:att )?(?:jag|hon) (?:ska|maste|kommer att) (?:ga i skolan|borja skolan|ga i skola|bo) har\b",
    r"(?:gomt|gomde|tagit|tog|hid|hidden|took|taken|tore up|rivit) (?:\w+ ){0,2}(?:min |my |mitt |her |hennes )?(?:return ?ticket|returbiljett\w*|biljett\w*|ticket)",
    r"(?:har|has|have) (?:min|my|her|hennes) (?:biljett|ticket)",
    r"(?:lamnade|lamnat|left) (?:mig|me|henne|her) (?:pa|at|i|in|hos|with)(?: \w+){0,6} (?:akte hem|flew home|utan mig|without me)",
    r"(?:one call|ringa en gang) (?:a|i) (?:week|veckan)(?: \w+){0,3} (?:listens|lyssnar)",
    # stop 20: "she's enrolled me in a school here … i want to go back to stockholm", "stuck in mogadishu at a religious school"
    r"(?:keeps|kept) (?:saying|telling me) (?:that )?(?:next month|next week|soon) (?:we|i) (?:go|ll go|will go|are going|re going) back",
    r"(?:inte far|not allowed to|can ?t|cannot) (?:ringa|call|contact|prata med|kontakta) (?:\w+ ){0,3}(?:i|in) (?:sverige|sweden)",
    *ENROLLED_HERE,
    r"(?:stuck|fast|trapped) (?:in|i) \w+ (?:at|in|pa|i) (?:a )?(?:religious|religios|quran|koran|islamic|bible) ?(?:school|skola)",
    r"(?:haven ?t|havent|have not|not) (?:talked|spoken) to anyone (?:in|back in|from) sweden", r"inte (?:pratat|fatt prata) med (?:nagon|nan) i sverige",
    r"(?:dom|de|they) (?:slar|hit|beat) oss", r"(?:can ?t|cannot|kan inte) (?:come|komma|aka) (?:back|tillbaka) (?:for|till) (?:school|skolan)",
    r"(?:stuck|fast|trapped) (?:in|i) (?:\w+ )?(?:and|och) (?:my|min|mina|they|dom|de|he|han)\b", r"(?:put|placed|satt|placerat) (?:me|her|mig|henne) in (?:a )?(?:madrasa|koranskola|boarding school|internat\w*)",
)
# never coming back from a trip: packed for good, no school things, nobody says for how long
NO_RETURN_SIGNS: Tuple[str, ...] = (
    # "han säger inte vart", "only my parents have return tickets"
    r"(?:sager|berattar) inte (?:vart|hur lange|nar vi (?:ska )?(?:komma|aka) (?:hem|tillbaka))",
    r"only (?:my parents|they|mum and dad|mom and dad|my dad|my mum|my mom) (?:have|has|got) (?:return|round trip) tickets?",
    # "jag tror inte jag får komma tillbaka", "i don't think i'll come back"
    r"(?:tror|think) (?:inte|not) (?:att )?(?:jag|i) (?:\w+ )?(?:far|will|ll|get to|kommer(?: att)?) (?:komma |come |fa komma |aka |go |be coming )?(?:tillbaka|back|hem|home)",
    r"(?:enkel ?biljett\w*|one ?way tickets?|bara enkel\w*)",
    r"(?:packade|packat|packar|packed|packing|pack) (?:\w+ ){0,3}(?:alla |all |hela |whole |all of )?(?:min |mina |my )?(?:vaska|vaskor|saker|klader|garderob\w*|bag|bags|things|stuff|clothes|wardrobe|suitcases?)(?: \w+){0,4} (?:utan att fraga|without asking|won ?t say|inte bara for|not just for|gomt|hidden|into suitcases|i bilen)",
    r"(?:alla )?(?:mina |all my )(?:klader|saker|clothes|things) (?:ar|are) (?:packade|packed)",
    r"(?:inte bara|not just) for en vecka", r"(?:won ?t|will not|doesn ?t|don ?t|vill inte|ingen vill|nobody will|ingen kan|no one will|no one can|nobody can) (?:say|tell|saga|beratta) (?:me )?(?:for how long|hur lange|nar jag (?:far )?kommer tillbaka|when i m coming back|when i ll be back|when i can come back|vart|where)",
    r"(?:inte|not|don ?t|doesn ?t) (?:\w+ )?(?:behover|need) (?:\w+ ){0,2}(?:skolgrejer|skolbocker\w*|school ?books|school stuff|school things)",
    r"(?:sjuk|sick) (?:resten av terminen|for the rest of the term)",
    # stop 18: taken out of the school before a trip: "mina föräldrar har avregistrerat mig från skolan"
    r"(?:avregistrerat|avregistrerade|skrivit ut|skrev ut) (?:mig|henne) (?:fran|ur) skolan", r"(?:unenrolled|deregistered|withdrew|pulled) (?:me|her) (?:from|out of) (?:school|the school)", r"(?:uppfostringsresa|re ?education trip|uppfostrings\w*)",
    r"(?:bo|stanna\w*|stay\w*) (?:kvar )?(?:hos|with|dar|there) (?:\w+ ){0,5}(?:tills|until|till) (?:jag|i|hon|she)",
    # stop 17: "jag får inte veta när vi kommer tillbaka"
    r"(?:far|fick) (?:inte|aldrig) veta nar (?:vi|jag|hon) (?:ska )?(?:kommer|komma|aker|aka|flyger) (?:tillbaka|hem)",
    r"(?:won ?t|don ?t|doesn ?t|didn ?t|will not) (?:tell|say)(?: to)? (?:me|us|her) when (?:we|i|she) (?:ll |will |are |re )?(?:come|go|coming|going|fly|flying) (?:back|home)",
    r"(?:bo|stanna\w*) (?:kvar )?hos (?:en shejk|moster|faster|mormor|farmor|morbror|farbror)", r"vet inte (?:ens )?vart(?: vi ska)?$",
    r"(?:saga hejda|say goodbye) (?:till|to) (?:mina|my|alla|all my) (?:kompisar|vanner|friends)",
    r"(?:stay|staying|stays|stanna|stannar|bo kvar) (?:there |dar )?(?:for good|forever|for ever|for alltid|permanent\w*)",
    r"(?:ska|kommer) (?:inte|aldrig) (?:aka )?tillbaka", r"(?:gomt|gomde|hid|hidden) (?:den|dem|it|them) i bilen",
    r"(?:mitt|hennes|my|her) nya liv (?:dar nere|dar|i \w+)", r"(?:my|her) new life (?:there|over there|back home|in \w+)",
    r"(?:traffa|meet) (?:min|my) (?:blivande |future )?(?:man|make|husband)\b(?! (?:and i|o jag|och jag))",
    # stop 17: "if i'm pretty sure i'm not coming back"
    r"(?:pretty |fairly |quite )?sure (?:that )?(?:i m|im|i am|i ll|i will) (?:not|never) (?:coming|going|be coming|come) back",
    r"(?:ganska |rätt |ratt )?saker pa att jag inte (?:kommer|far komma) (?:tillbaka|hem)",
    r"(?:tvingade|tvingat|forced|made) (?:mig|me|henne|her) (?:att )?(?:skriva under|sign)",
    r"(?:appointment|tid) (?:\w+ ){0,6}(?:woman|kvinna|tant|gumma) (?:in|i) (?:the )?(?:village|byn)",
    r"(?:gora det|do it|do that) (?:med|pa|to|on) (?:mig|henne|me|her)(?: \w+){0,6} (?:tradition\w*)",
    r"(?:taking|take|takes|tar|ta) (?:me|her|(?:my|their|his|her|our) (?:\w+ )?(?:sister|daughter|cousin|niece)s?) (?:\w+ ){0,4}to (?:get|be) cut\b",
    r"(?:kora|koa|ta|tar|driving|take|taking|drive) (?:henne|mig|her|me) (?:\w+ )?(?:till flygplatsen|to the airport)",
    r"(?:sending|skickar) (?:me|her|mig|henne) (?:\w+ ){0,2}(?:to|till) (?:\w+ ){0,3}(?:village|byn|hemlandet|home country)",
)
NO_RETURN = _rx(*NO_RETURN_SIGNS)
# a wedding that is the writer's (or a friend's) and not wanted: somebody is asked to stop it, a man never met
WEDDING_AGAINST = _rx(r"(?:kan|can|could) (?:ni|nan|nagon|anyone|you|someone|somebody) (?:\w+ )?stoppa? (?:det|it|them|this)", r"(?:hur|how) (?:\w+ )?(?:stoppar|stoppa|stop) (?:jag|man|i|we|vi) (?:det|it|this|brollopet|the wedding)\b",
                      r"(?:jag ar|jag e|i m|i am|im) (?:\w+ )?(?:emot|against) (?:det|it)\b", r"(?:stop|stoppa) (?:it|det) in time",
                      r"(?:giving|give|gives|ger) (?:me|her|mig|henne) (?:away|bort) (?:to|till)",
                      r"(?:en man|a man|a guy|someone|nagon|en kille) (?:\w+ ){0,2}(?:aldrig|never) (?:\w+ )?(?:traffat|sett|met|seen)",
                      r"(?:i|jag) (?:have |har )?(?:never|aldrig) (?:meet|met|seen|see|traffat|sett) (?:him|honom)",
                      r"(?:it s|its|it is|det ar) for my own wedding", r"(?:my|mitt) own wedding", r"slutat ata", r"stopped eating",
                      r"(?:called|ringde|skrev|texted)(?: \w+){0,3} (?:from the toilet|fran toaletten|i smyg|secretly)",
                      r"(?:spika|set|fix) (?:the |a )?(?:date|datumet)", r"(?:begged|bad) (?:me )?(?:mig )?(?:att )?(?:not|inte)",
                      r"(?:she s|she is|hon ar|hon e|i m|im|jag ar|jag e) (?:only |bara )?(?:1[0-7]|[5-9])\b(?! (?:minutes|min|kr|procent|%|ar sedan|years ago))",
                      r"(?:the|a) (?:sheikh|imam|shejk)\w* (?:is )?(?:already )?(?:on (?:his|the) way|coming)", r"(?:shejken|imamen) (?:ar )?(?:redan )?pa vag", r"(?:tvingade|forced) (?:mig|me|henne|her) (?:att )?(?:skriva under|sign)")
# a friend's last message: a voice note cut short, a location and "help", screaming and then silence
LAST_SIGNAL = _rx(
    # stop 19: "if you don't hear from me by monday they took me"
    r"(?:if|om) (?:you|u|du|ni) (?:don ?t|dont|do not|inte) (?:hear from (?:me|her)|hor (?:av|fran) (?:mig|henne))(?: \w+){0,5} (?:they took (?:me|her)|they ve taken (?:me|her)|(?:dom|de) (?:tog|har tagit) (?:mig|henne)|i m gone|im gone|ar jag borta)\b",
    # a friend's message to be read if she goes silent: "om jag inte hör av mig inatt så vet du varför",
    # "if I don't come to school monday I'm in Yemen, tell someone"
    r"(?:om|if) (?:jag|i|hon|she) (?:inte|don ?t|doesn ?t|do not|does not) (?:hor av (?:mig|sig)|horts av|svarar|skriver|ringer|text|texts|call|calls|write|writes|answer|answers|reply|replies|"
    r"come (?:to school|back|home)|kommer (?:till skolan|tillbaka|hem)|ar i skolan|am in school)(?: \w+){0,5} "
    r"(?:sa )?(?:vet du varfor|you know why|tell someone|tell somebody|call the police|ring polisen|beratta for nagon|i m in|im in|am in|ar jag i|"
    r"ring (?:nan|nagon|nagon vuxen|112|soc)|call (?:someone|somebody|112|911|the police|for help)|get help|hamta hjalp|larma)\b",
    r"(?:rostmeddelande|rostmemo|voice (?:note|message|memo))(?: \w+){0,12} (?:tog (?:bara )?slut|phone is off|mobilen ar avstangd|stangt av|svarar (?:hon |han )?inte|not answering|whisper\w*|viska\w*|skrik\w*|scream\w*)",
    r"(?:skickade|skickat|sent|shared|delade) (?:mig )?(?:me )?(?:sin|hennes|her|his|hans|their) (?:position|plats|location|pin|live location)(?: \w+){0,4} (?:hjalp|help|sos)",
    r"(?:skrek|skriker|skrika|screaming|screamed|scream)(?! (?:att|that|at|on|pa|for|of|with|av|med)\b)(?: \w+){0,4} (?:och )?(?:sen|then|and then)(?: \w+){0,3} (?:tyst|silent|quiet|silence|slut)",
    r"(?:sager|says|said) (?:att )?(?:hon|she) (?:har )?(?:akt bort|went away|s gone away|has gone away|rest bort)",
    r"(?:hamtad|hamtades|tagen|fordes bort|dragged|grabbed) (?:\w+ ){0,4}(?:med vald|by force|by her brothers|av (?:sina )?broderna|from (?:outside )?(?:the )?school|fran skolan|into a car)",
    r"(?:hamta|hamtar|ta|tar|dra|drar|drag|fetch|get|take|bring) (?:hem )?(?:henne|mig|her|me) (?:hem |home |back )?(?:med vald|by force)",
    r"(?:bloder|bleeding) (?:o|och|and) (?:han|hon|he|she|de|they) (?:slutar inte|won ?t stop|doesn ?t stop|isn ?t stopping)",
    r"(?:tog|tar|grep|griper|hade) (?:mig|henne) (?:om|i) (?:halsen|strupen)", r"(?:grabbed|had|squeezed|choked) (?:me|her) by the (?:throat|neck)",
    r"(?:has|have|s|ve|has been|been) (?:been )?(?:hitting|beating|kicking|choking|strangling|punching) (?:me|her|him|us|mum|mom|my \w+|mamma)(?: \w+){0,2} for (?:like |about )?(?:the (?:last|past) )?(?:\d+|ten|five|twenty|an?) (?:min\w*|hours?)",
    r"(?:slar|slog|slagit) sonder (?:saker|allt|hennes rum|mitt rum|things|everything)", r"(?:smashing|breaking|smashes|broke) (?:things|everything|stuff|the tv)",
    r"(?:ll|will|gonna|going to) kill (?:mum|mom|mamma|my mum|my mom)",
    r"(?:if|om) (?:i|jag) (?:stop|slutar) (?:answering|svara|replying|writing|skriva)(?: \w+){0,4} (?:because|for att|it s because) (?:he|she|they|han|hon|de|dom)",
    r"(?:making|forcing|tvingar) (?:her|me|henne|mig|my \w+|min \w+) (?:to )?(?:get on|board|ga pa|ga ombord pa|kliva pa) (?:the |a )?(?:plane|flight|planet|flyget)(?: \w+){0,3} (?:now|nu|right now|just nu)",
    r"(?:tagit|tog|fort|forde|took|taken|brought) (?:mig|me) (?:till|to) (?:ett|a|an) (?:hus|house|lagenhet|flat|place)(?: \w+){0,6} (?:vet inte var jag ar|don ?t know where i am)", r"(?:he|she|they) s? ?(?:got|has) (?:a |the )?(?:knife|gun|kniv)",
)
# a friend or the writer where it happens: a hiding place, a balcony, a bridge, a quay, the top floor
# a hidden writer found: a bounty on her, her real name at her secret address
FOUND_HIDDEN = _rx(r"den som hittar (?:mig|henne)", r"(?:vem|var och en) som (?:an )?hittar (?:mig|henne)", r"whoever finds (?:me|her)", r"(?:anyone|whoever|someone) who (?:finds (?:me|her)|tells (?:him|them|her) where (?:i|she) (?:am|is))",
                   r"reward (?:\w+ ){0,4}(?:where i am|finds? me)", r"(?:belon\w*|betalt|pengar) (?:\w+ ){0,4}(?:hittar mig|var jag ar)")
REAL_NAME = _rx(r"(?:mitt|hennes) (?:riktiga|gamla|forra) namn", r"(?:my|her) (?:real|old|former) name")
HIDDEN_LIFE = _rx(r"skyddade? (?:personuppgifter|adress|boende\w*)", r"protected (?:personal details|identity|address|housing)", r"ingen ska veta",
                  r"(?:nobody|no one) (?:is supposed to|should|knows?|may) know")
INTRUSION = _rx(r"lapp\w*", r"note", r"letter", r"brev\w*", r"knackade", r"knocked", r"ringde", r"called me", r"skrev", r"wrote", r"used", r"sa", r"said")
# the discovery of a secret: "hittade min hemliga insta", "found my chats"
DISCOVERY = _rx(r"(?:hittade|hittat|found|fick veta|fatt veta|found out|saw|sag|lasta?|laste|read)(?: \w+){0,4} (?:hemlig\w*|secret|pojkvan|flickvan|kille|boyfriend|girlfriend|chats?|chattar\w*|dagbok\w*|diary|sms|bilder\w*|pictures|photos|insta\w*|snap\w*|tiktok)")
# a station, with nowhere to go
AT_STATION = _rx(r"(?:ar|e|sitter|star|i m|im|sitting|standing) (?:\w+ )?(?:pa|at|vid) (?:\w+ )?(?:stationen|centralen|the (?:central )?station|a gas station|en bensinmack)")
LEDGE = _rx(r"(?:standing|sitting|star|sitter|i m|im) (?:by|at|on|vid|pa) (?:the )?(?:railing|racket) (?:on|of|pa) (?:\w+bron|the bridge|bron|the balcony|balkongen)",
           r"(?:thinking|thought|tanker|tankt|tankte) (?:about|of|on|pa) (?:the |that )?(?:window|fonstret|balkongen|the balcony|the bridge|bron|taket|the roof|spaaret|the tracks)",
           r"(?:star|sitter|standing|sitting|i m|im|i am) (?:\w+ ){0,2}(?:pa|vid|on|by|at) (?:\w+ ){0,3}(?:balkongen|kajen|bron|taket|vattnet|the balcony|the water|the bridge|the roof|top floor|the ledge|the edge|spaaret|the tracks)\b")
LEDGE_WHY = re.compile(r"\b(?:(?:ar|e) dags(?: nu)?$|(?:it s|its) time(?: now)?$|tanker pa allt|thinking about everything|"
                       r"(?:nionde|tionde|attonde|elfte|tolfte|ninth|tenth|eighth|eleventh|twelfth|top|\d+(?:e|te|th|st|nd|rd)?) (?:vaningen|floor)|hoppa\w*|jump\w*|"
                       r"(?:it )?(?:finally )?feels calm|kanns lugnt|(?:nobody|ingen) (?:will|kommer)|"
                       r"held my funeral|(?:what s|whats) the difference|vad spelar det for roll)\b")

# an ordinary pick-up: "mamma är på väg hit, hon ska hämta mig", "my brother is picking me up from school today"
PICKUP = _rx(r"(?:ska|kommer(?: att)?|will|ll|gonna|going to|is|s|to) (?:\w+ )?(?:hamta|skjutsa|pick|picking) (?:mig|me|us|oss)(?: up)?\b(?! (?:med vald|by force))")
# what turns a pick-up or a visit into danger
PICKUP_FRIGHT = _rx(r"radd\w*", r"rad", r"scared", r"afraid", r"terrified", r"livradd\w*", r"panik\w*", r"vagar inte", r"don ?t dare",
                    r"arg\w*", r"angry", r"furious", r"rasande", r"galen", r"mad", r"vet om", r"knows?", r"found out", r"fick veta", r"(?:har )?fatt (?:veta|reda)", r"fick reda", r"gravid", r"pregnant", r"hittade", r"found",
                    r"hjalp\w*", r"help", r"snalla", r"please", r"sos", r"slag\w*", r"slog", r"hit (?:me|her|us)", r"beat\w*", r"kniv\w*", r"knife", r"hot\w*", r"threat\w*",
                    r"heder\w*", r"ta mig (?:till|med)", r"take me (?:to|with)", r"imam\w*", r"honou?r\w*", r"skam\w*", r"shame", r"ivag", r"away", r"flyg\w*", r"airport", r"biljett\w*", r"ticket\w*")


# --- classes added after development set 9 (read by danger._emergency_7) ----------------------------
# tied up or bound by somebody: "they tied me up", "de band fast mig" (not "I'm tied up at work")
TIED_UP = _rx(r"(?:tied|tying|ties|taped|taping|chained|chaining) (?:me|her|us|my \w+) (?:up|down|to)\b",
              r"(?:tied|taped|chained) (?:me|her|us)\b(?! (?:a|an|the)\b)",
              r"(?:band|bundit|binder|binda|tejpade|tejpat|kedjade|kedjat) (?:fast )?(?:mig|henne|oss)(?: fast)?\b")
# bleeding or hurt where it shows, now: "blöder från huvudet", "bleeding from my head"
INJURED_NOW = _rx(r"(?:bloder|blodde|bleeding|bleed) (?:fran|ur|from|out of) (?:my |her |the )?(?:huvudet|pannan|ansiktet|munnen|lappen|orat|head|forehead|face|mouth|lip|ear)",
                  # "there's blood everywhere", "det är blod överallt"
                  r"(?:there s|theres|there is) (?:so much )?blood (?:everywhere|all over)", r"(?:det ar |e )?blod overallt")
# what made the wound: somebody's violence, a thrown thing
INJURED_WHY = _rx(r"kasta\w*", r"threw", r"throw\w*", r"slog", r"slagit", r"slar", r"hit", r"hits", r"beat\w*", r"punch\w*", r"kick\w*",
                  r"sparka\w*", r"knuffa\w*", r"pushed", r"shoved", r"(?:inte|not) (?:far|allowed to) (?:ringa|call)")
# a question whose own situation is under way: "asking because i've been in here 2 days"
ASKING_OWN = _rx(r"(?:asking|i ask|fragar|undrar) (?:because|since|cause|cuz|bc|eftersom|for att|da) (?:i|jag) (?:ve|have|has|am|m|har|ar|e|sitter|was|blev)\b",
                 # stop 17: "Hur gör man om man är inlåst? Frågar för egen del."
                 r"(?:fragar|undrar) for (?:egen del|min egen skull)", r"asking for my own sake")
# kept in for days: "i've been in here 2 days", "jag har suttit inlåst i tre dagar"
KEPT_DAYS = _rx(r"(?:suttit|varit|been|sitting|sitter) (?:har|here|in here|i rummet|inne|har inne) (?:sen|sedan|since) (?:i )?\w+",
                # stop 15: "my parents have kept me inside for 3 weeks", "har hållit mig inne i två veckor"
                rf"(?:kept|keeping|held|holding) (?:me|her) (?:inside|indoors|in|at home|locked (?:in|up)) for (?:like |about )?{NUMBER} (?:days|weeks)",
                rf"(?:hallit|haller|hallt) (?:mig|henne) (?:inne|instangd|inlast|hemma) (?:i|pa) (?:typ )?{NUMBER} (?:dagar|dygn|veckor)",
                r"(?:inte (?:latit|lat|later)|not (?:let|letting|allowed)) (?:mig|me) (?:\w+ ){0,5}(?:pa|i|for|in) (?:\d+|tva|tre|fyra|fem|sex|sju|atta|nio|tio|two|three|four|five|six|seven|eight|nine|ten) (?:dagar|days|veckor|weeks)",
                rf"(?:been|varit|suttit) (?:\w+ ){{0,2}}(?:in here|in my room|in the room|in there|har inne|i rummet|i mitt rum|inlast|locked in|locked up) (?:for |i )?(?:like |typ )?{NUMBER} (?:days|dagar|dygn|nights|natter)",
                rf"(?:inte|aldrig) (?:varit|fatt vara|fatt ga|kommit) (?:ute|utanfor|ut) (?:\w+ )?(?:pa|i) (?:typ |snart |over )?{NUMBER} (?:dagar|dygn|veckor)",
                rf"(?:haven ?t|hasn ?t|not) been (?:out|outside) (?:in|for) (?:like |almost |over )?{NUMBER} (?:days|weeks)")
LOCK_WORD = _rx(r"lock\w*", r"las\w*", r"inlast\w*")
# a threat against a family member to force a wedding: "something will happen to my mother"
KIN_THREAT = _rx(r"(?:something|nat|nagot|nagonting) (?:bad )?(?:will|is going to|s going to|is gonna|ska|kommer(?: att)?) (?:\w+ )?(?:happen|handa) (?:to|med|min|mina) (?:my |min |mitt |mina )?(?:mother|mum|mom|sisters?|brothers?|family|mamma|mor|syster|systrar|bror|broder|lillasyster|lillebror|familj\w*)")
# a conditional threat with a veiled verb: "if I don't stop seeing him my brothers will 'take care of' me"
VEILED_IF = _rx(r"(?:om|if) (?:jag|i) (?:inte|don ?t|dont|do not|won ?t) (?:\w+ ){0,8}(?:kommer|ska|will|ll|gonna|going to) (?:att )?(?:\w+ ){0,2}"
                r"(?:ta hand om|deal with|take care of|handle|sort out|ta itu med) (?:mig|me|henne|her)\b")
# suicidal thoughts with a plan dated now: "thinking about ending it … tonight i have a plan"
ENDING = _rx(r"ending it", r"end it(?: all)?", r"ending (?:it all|my life)", r"avsluta (?:det|allt|mitt liv)", r"ta slut pa allt", r"ta mitt liv")
HAVE_PLAN = _rx(r"(?:i|jag) (?:\w+ )?(?:have|har|got|made|gjort) (?:a|en) plan")

# --- phrases added in stop 11 ---------------------------------------------------------------------
# a trip that has begun, told in the past: it dates the arrival, not a trip to come
# ("we came for the summer holiday in june and now they have my passport")
TRIP_BEGUN = _rx(
    # "pappa sa att det bara var en resa på sommarlovet"
    r"(?:var|was) (?:bara |just |only )?(?:en |a )?(?:resa|trip|semester|holiday|vacation) (?:pa|over|for|on|in|i) (?:the )?(?:sommarlovet|sommaren|summer(?: holidays?)?|lovet)",
    r"(?:came|went|flew|travelled|traveled|arrived|got here|kom|kommit|akte|flog|reste) (?:\w+ ){0,3}"
    r"(?:for|on|over|pa|under|i) (?:the |our |my |a )?(?:summer holidays?|summer break|summer|holidays?|vacation|"
    r"sommarlovet|sommarlov|sommaren|semester\w*|lovet|wedding|brollop|brollopet|funeral|begravning\w*)"
    r"(?: (?:in|i) (?:june|july|may|april|august|juni|juli|maj|april|augusti))?",
)
# the term has begun at home while the writer is still away
TERM_BEGUN = _rx(r"(?:school|skolan|terminen|the term|term|plugget) (?:(?:i|in|back in) \w+ )?(?:has |har )?(?:already |redan )?(?:started|began|begun|borjat|borjade|drog igang)")
# would rather die than the marriage or the life forced on them: the writer, or a friend who said it
RATHER_DIE = _rx(r"(?:i d|id|i would|i ?d) rather (?:die|be dead|disappear)", r"(?:jag vill|jag|ja) hellre forsvinna", r"(?:jag vill|jag|ja) hellre (?:do|dor|vara dod)",
                 r"hellre (?:dor|do) (?:jag|ja)\b", r"(?:vill|ska) (?:jag|ja) hellre (?:do|vara dod)",
                 # stop 19: "… och att hon hellre dör"
                 r"(?:att )?hon hellre (?:dor|vill do)\b",
                 r"(?:she d|shed|she would|he d|hed|he would) rather (?:die|be dead)(?! than (?:have|see|let|accept|watch))",
                 r"(?:hon|han) (?:vill )?hellre (?:do|dor|vara dod)(?! an (?:att )?(?:ha|se|lata|acceptera))")
RATHER_DIE_WHY = _rx(r"marry|married|wedding|nikah|gift\w*|brollop\w*|forlovning\w*|engaged|husband|make|man\b",
                     r"go back|ak\w* tillbaka|ak\w* dit|go there|live like this|leva sa har|never let (?:me|her) be free",
                     r"bridge|bron|goodbye|hejda|not answering|svarar inte|pills|piller")
# the school year ends within days, so "the summer holidays" are days away
TERM_ENDS_SOON = _rx(r"(?:the )?(?:summer |school )?holidays? (?:that |which )?(?:start|starts|begin|begins) (?:next week|on \w+day|\w+day|tomorrow|in \d+ days)",
                     r"(?:sommarlovet|lovet) (?:borjar) (?:nasta vecka|pa \w+dag|imorgon|om \w+ dagar)",
                     r"(?:skolan|terminen|plugget) (?:slutar|tar slut) (?:pa \w+dag|imorgon|i morgon|nasta vecka|om (?:\w+ )?(?:dagar|en vecka))",
                     r"(?:sommarlovet|lovet) (?:som )?(?:borjar|startar|drar igang) (?:pa \w+dag|imorgon|i morgon|nasta vecka|om (?:\w+ )?(?:dagar|en vecka))",
                     r"(?:pa )?sommarlovet om (?:\w+ )?(?:dagar|en vecka)",
                     r"summer (?:holidays?|break) (?:starts|begins) (?:on \w+day|tomorrow|next week|in (?:\w+ )?days)",
                     # graduation within days: "studenten är på fredag"
                     r"studenten (?:ar )?(?:pa \w+dag|imorgon|i morgon|nasta vecka|om (?:\w+ )?(?:dagar|en vecka))",
                     r"graduation (?:is )?(?:on \w+day|tomorrow|next week|in (?:\w+ )?days)",
                     r"(?:school|term) (?:ends|finishes|is over|breaks up) (?:on \w+day|tomorrow|next week|this week|in (?:\w+ )?(?:days|a week))")
SUMMER_BREAK = _rx(r"(?:(?:forsta|andra) veckan |(?:the )?(?:first|second) week (?:of |in )?)?(?:pa sommarlovet|sommarlovet|(?:of |in )?the summer (?:holidays?|break))",
                   r"efter studenten", r"after (?:the )?graduation")
# a birthday dated, which dates no wedding or trip: "jag fyller 17 nästa månad"
BIRTHDAY_DATED = _rx(r"(?:jag |hon |ja |^)fyller (?:\d+|\w+) (?:snart|nasta manad|nasta ar|i (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)|om (?:\w+ )?(?:manad|manader|ar))",
                     r"(?:(?:i|she) (?:turn|turns|ll turn|will turn)|^turning|i m turning|im turning) (?:\d+|\w+) (?:next month|next year|in (?:january|february|march|april|may|june|july|august|september|october|november|december))")
# violence under way, said of the act itself: "dom håller på nu", "they're at it right now"
AT_IT_NOW = _rx(r"(?:dom|de|han|hon|pappa|farsan) (?:haller pa|haller pa med henne|haller pa med mig) (?:just )?nu", r"(?:they|he|she) (?:re|s|are|is) at it (?:again )?(?:right )?now")
# the man chosen: "killen dom valt", "the guy they picked"
MAN_CHOSEN = _rx(r"(?:killen|mannen|gubben|han|den) (?:som )?(?:dom|de|mina foraldrar|pappa|mamma|farsan|morsan|familjen) (?:har )?(?:valt|valt ut|bestamt)",
                 r"(?:the )?(?:guy|man) (?:that |who )?(?:they|my parents|dad|my family) (?:have )?(?:chose|chosen|picked)")

# cutting oneself in the kitchen: "jag skär mig alltid när jag hackar lök"
# chopping food: "kniven slant när jag skar lök", "chopping onions"
CHOPPING_SIGNS: Tuple[str, ...] = (
    r"(?:hackar|hackade|hacka|skar|skara) (?:\w+ )?(?:lok|lok\w+|gronsaker\w*|morot\w*|tomat\w*|brod\w*)",
    r"(?:chop|chops|chopped|chopping|cutting|slicing|dicing|slice|dice) (?:\w+ )?(?:onions?|vegetables|veg|carrots?|tomato\w*|bread)")
CHOPPING = _rx(*CHOPPING_SIGNS)
KITCHEN_CUT = _rx(*CHOPPING_SIGNS, r"(?:i koket|in the kitchen|when cooking|nar jag lagar mat)")
# "nyss fyllt 18", "just turned 16": the word dates a birthday, not harm
JUST_TURNED = _rx(r"nyss (?=fyll\w* \w+)", r"just (?=turned \w+)")
FUNERAL = _rx(*FUNERAL_SIGNS)
# not allowed out, in so many words: "jag får bara inte gå", "they won't let me leave"
NOT_ALLOWED_OUT = _rx(r"inte far (?:ga ut|lamna)", r"(?:later|lat) (?:mig|henne) inte (?:ga|komma) ut",
                      r"(?:inte (?:latit|lat|later)|not (?:let|letting)) (?:mig|me) (?:ga |go )?(?:ut|out)",
                      r"far (?:bara )?inte (?:ga|ga ut|lamna|gå)", r"not allowed (?:out|to leave|to go out)(?! (?:the house |home )?(?:alone|by myself|on my own|without))",
                      r"won ?t let me (?:out|leave|go out)(?! (?:the house |home )?(?:alone|by myself|on my own|without))")

# a person as what is locked or hidden: "låste in mig", "locked her in" (not a pet or a thing)
PERSON_OBJECT = re.compile(r"\b(?:mig|mej|me|oss|us|henne|her|honom|him|i m|im|i am|jag)\b")

# things one locks away: "keeps my passport locked in his drawer", "mamma har låst in mina chips"
# (not keys or a phone: taking them is how people are locked in)
LOCKABLE = (r"(?:passport|pass|passet|chips|godis\w*|candy|sweets|snacks|laptop|dator\w*|ipad|playstation|ps5|xbox|"
            r"controller|pengar\w*|money|cash|smycken\w*|jewel\w*)")
LOCKED_THING = re.compile(rf"\b{LOCKABLE} (?:\w+ ){{0,2}}(?:locked|last|inlast|inlasta)\b|"
                          rf"\b(?:locked|laste|last|lasta|lasit) (?:in |away |up |fast )?(?:\w+ )?{LOCKABLE}\b|"
                          r"\blocked (?:in|inside) (?:his|her|the|a|my) (?:drawer|safe|cupboard|cabinet)\b")

# the writer as the object: a pet in a message that also says "mig"/"me" is no harmless pet story
WRITER_HURT = re.compile(r"\b(?:mig|mej|me|oss|us)\b")

# the writer is away from home: "school has started back home", "skolan har börjat hemma i sverige"
AWAY_FROM_HOME = re.compile(r"\b(?:back home|at home in sweden|hemma i sverige|(?:borjat|borjade|started|begun) (?:\w+ )?hemma)\b")

# a pet hurt in an accident or put down: "our dog got hit by a car today", "katten blev påkörd", "we had to put her down"
PET_ACCIDENT = _rx(r"(?:hit|run over|knocked down) by (?:a |the )?(?:car|bus|truck|van)", r"(?:blev |har blivit )?(?:pakord|overkord)\w*",
                   r"(?:av|by) (?:en |a )?bil(?:en)?", r"put (?:her|him|it|them) (?:down|to sleep)", r"avliva\w*", r"veterinar\w*", r"(?:the )?vet s?")
# prison: "sitter inne" said of someone serving a sentence, not of someone inside the house
PRISON = _rx(r"fangelse\w*", r"anstalt\w*", r"hakte\w*", r"haktad\w*", r"domd\w*", r"domdes", r"kriminalvard\w*",
             r"prison", r"jail", r"sentenced", r"behind bars")
# gladness the message then takes back: "I was actually excited at first. But …", "först var jag taggad"
HAPPY_AT_FIRST = _rx(r"(?:i |it )?(?:was|were) (?:\w+ )?(?:excited|happy|fun|nice|great|looking forward to it) at first",
                     r"at first (?:i was |we were )?(?:\w+ )?(?:excited|happy)",
                     r"forst var (?:jag|vi) (?:\w+ )?(?:glad|glada|taggad|taggade)", r"var (?:\w+ )?(?:glad|taggad) forst")
# the husband waiting at the end of a trip: "you'll like your new husband", "din blivande man"
NEW_HUSBAND = _rx(r"(?:my|your|her|min|din|hennes) (?:new|future|blivande|nya) (?:husband|man|make|hubby)")
# shaving: "ett rakblad för att raka benen", "a razor to shave my legs"
SHAVING = _rx(r"raka (?:benen|sig|mig|armhalorna|skagget|bort)", r"rakar (?:benen|mig|sig)", r"shav\w*")
# what was done to the writer as a child, now planned for a sister: "for the same thing they did to me when I was small"
DONE_TO_ME_AS_CHILD = _rx(r"(?:the same|samma) (?:thing|sak|sak som)? ?(?:that |som )?(?:they|dom|de|she|he|hon|han) (?:did|gjorde) (?:to|with|med|mot) (?:me|mig)"
                          r" (?:when i was (?:small|little|a (?:child|kid|baby|girl))|as a (?:child|kid|girl)|nar jag var (?:liten|barn|bebis)|som liten)")
# an old relative gravely ill, and a visit: "min farmor ligger på sjukhus i Mogadishu", "my grandad is in intensive care in Erbil"
SICK_RELATIVE = _rx(r"(?:farmor|mormor|farfar|morfar|gammelmormor|gammelfarmor|moster|faster|morbror|farbror|grandma|granny|nana|grandmother|"
                    r"grandad|granddad|grandpa|grandfather|great ?grand\w*|aunt|uncle) (?:\w+ ){0,3}"
                    r"(?:ligger (?:pa|inne pa) (?:sjukhus\w*|iva|intensiven)|ar (?:svart |mycket |dods|jatte|valdigt |riktigt |super)?sjuk|"
                    r"is (?:\w+ )?(?:in (?:the )?(?:hospital|icu|intensive care)|(?:very|really|so|seriously|gravely|critically) (?:ill|sick)|dying)|"
                    # stop 18: "my grandma is having heart surgery next week"
                    r"is having (?:\w+ )?(?:surgery|an operation)|ska (?:opereras|genomga en operation))")
# the illness doubted, a known pretext for a trip: "hälsa på mormor som är sjuk. Men mormor dog för två år sen"
SICK_DOUBT = _rx(r"dog", r"died", r"(?:ar|e) dod", r"is dead", r"isn ?t (?:even |really )?(?:sick|ill)", r"inte (?:ens |alls )?sjuk",
                 r"ljug\w*", r"lie", r"lying", r"lies", r"excuse", r"ursakt\w*", r"trick\w*", r"pretext", r"forevand\w*", r"svepskal")
# a threat put as "or else" by a man at the door: "jag kommer nu, öppna annars"
OR_ELSE = _rx(r"annars kommer (?:vi|de|dom|han|hon) (?:upp|in|hit|och hamtar)", r"or (?:we ll|we will|they ll) come (?:up|in|and get you)",
              r"(?:oppna|open|kom ut|come out|svara|answer|open the door|oppna dorren) (?:\w+ )?(?:annars|or else)", r"or else")
# the wedding called a cousin's is the writer's own: "men jag har hört att bröllopet är mitt", "i think it's me"
WEDDING_IS_MINE = _rx(r"(?:it s|its|it is|det ar|det e) (?:not|inte) (?:her|his|hennes|hans) (?:wedding|brollop)", r"(?:brollopet|the wedding|it|det) (?:ar|e|is) (?:actually |egentligen |faktiskt |really )?(?:mitt|mine|for me|my own)",
                      r"(?:said|sa|says|sager) (?:congratulations|congrats|grattis|mabrook|mabruk) (?:to|till) (?:me|mig)\b",
                      # stop 18: "my aunt called me 'the bride' by mistake"
                      r"called me (?:the )?bride", r"kallade mig (?:for )?bruden",
                      r"(?:it s|its|it is|det ar|det e) (?:actually |egentligen |faktiskt )?(?:my|mitt|min) (?:engagement|wedding|nikah|forlovning|brollop)(?: (?:too|as well|ocksa))?",
                      r"(?:i think|jag tror) (?:it s|its|it is|det ar|det e) (?:me|mig|jag|mitt)\b(?! (?:fault|fel))",
                      r"there s no (?:cousin|one|body) (?:getting )?married", r"(?:ingen|ingen kusin) ska gifta sig")
# a couple who chose each other: "jag och min sambo ska gifta oss", "me and my fiancé are getting married"
OWN_CHOICE_WEDDING = _rx(r"(?:en man|en kille|killen|mannen|honom|henne|someone|a man|a guy|the guy|him) (?:som )?(?:jag|i) (?:sjalv )?(?:har )?(?:valt|valde|chose|picked|have chosen)(?: myself| sjalv)?\b",
                         r"(?:jag|vi) har valt (?:honom|henne|varandra) (?:sjalv|sjalva)", r"i (?:chose|picked|have chosen) (?:him|her) myself",
                         r"(?:marry|marrying|to marry|gifta mig med|gifter mig med) (?:the )?(?:love of my life|mitt livs karlek|my soulmate|min sjalsfrande)",
                         r"we chose each other",
                         # stop 17: "my boyfriend and I want to do a nikah before he moves away"
                         r"(?:my boyfriend|my girlfriend|my partner|min pojkvan|min flickvan|min partner) (?:and i|och jag|o jag) (?:want|wanna|vill) (?:to )?(?:do |have |get |gora |ha )?(?:a |en )?(?:nikah|married|gifta oss)",r"(?:jag och min|me and my|my) (?:sambo|pojkvan|flickvan|partner|fastman|fastmo|boyfriend|girlfriend|fianc\w*) "
                         r"(?:\w+ ){0,2}(?:ska gifta oss|are getting married|are marrying)",
                         r"(?:vi ska gifta oss|we are getting married|we re getting married)(?=.*\b(?:har varit ihop|have been together|sambo)\b)",
                         r"vi ska gifta oss (?:\w+ ){0,3}jag och min (?:sambo|pojkvan|flickvan|partner|fastman|fastmo)")
# on the run and tracked: "i ran away at 3am … my phone has a tracking app and my brothers have cars"
TRACKED_ON_THE_RUN = _rx(r"(?:tracking app|tracker|find my|hitta min|sparnings ?app\w*|spar (?:min|mig)|tracks? (?:me|my phone|my location)|"
                         r"ser var jag ar|sees? where i am|location (?:is )?on)")
# someone minutes away: "vi e vid macken i Ljungby, 40 min kvar" (not minutes left of a film or a lesson)
MINUTES_AWAY = _rx(r"\d+ (?:min|minuter|minutes|mins) (?:kvar|away|bort)(?! (?:av|of|till|to|pa|on) (?:filmen|lektionen|matchen|rasten|the film|the movie|class|the match|the game|the lesson|break))")
# going fishing: "going ice fishing with my uncles this weekend"
FISHING_TRIP = _rx(r"(?:going|go|went|ska|gick) (?:\w+ )?(?:fishing|fiska|pimpla|pa isfiske|isfiske)",
                   r"(?:taking|take|takes|tar|ska ta) (?:me|us|mig|oss) (?:\w+ )?(?:fishing|fiska|pimpla|isfiske)", r"fishing on the ice", r"ice fishing",
                   r"(?:pa|till) (?:\w+ )?(?:fiske|fisketur\w*|fiskeresa\w*|fiskehelg\w*)", r"fishing (?:trip|weekend|holiday)")
# a knife sharpened or held while he stares at her: "brorsan sitter o slipar en kniv i köket o kollar på mig hela tiden"
WEAPON_STARE = _rx(r"(?:slipar|vassar|sharpening|sharpens|holding|haller i|leker med|playing with) (?:en |a |the |sin |his )?(?:kniv\w*|knife|knives|yxa\w*|axe|machete)"
                   r"(?: \w+){0,8} (?:kollar|stirrar|tittar|glor|staring|looking|looks|stares|watching|watches) (?:pa|at)? ?(?:mig|me)")
# a deadline that dates no harm: "my residence permit expires next month", "uppehållstillståndet går ut om två månader"
DEADLINE = _rx(r"(?:expires?|expiring|runs out|gar ut|loper ut) (?:\w+ )?(?:next month|nasta manad|in (?:\w+ )?(?:weeks|months)|om (?:\w+ )?(?:veckor|manader))",
               # stop 19: a trial dated near dates no danger: "… förra året … polisanmälde. Nu är det rättegång nästa vecka"
               r"(?:rattegang\w*|huvudforhandling\w*|the trial|a trial|court case|court hearing) (?:\w+ ){0,3}(?:nasta vecka|next week|pa \w+dag|on \w+day|imorgon|tomorrow|om \w+ dagar|in \w+ days)")

# --- phrases added in stop 13 ---------------------------------------------------------------------
# the woman who cut the writer as a child, booked again: "samma tant som gjorde det på mig när jag var liten"
CUTTER_AGAIN = _rx(r"(?:samma|same) (?:tant|kvinna|gumma|woman|lady|auntie|old lady|midwife|barnmorska) (?:som|who|that) "
                   r"(?:gjorde det|did it|did that|did the same|skar|omskar|cut) (?:\w+ )?(?:pa|mot|med|to|on) (?:mig|mej|me)")
# a door locked at a set hour: a curfew, not being locked in ("pappa låser ytterdörren kl 21")
CURFEW = _rx(r"(?:laser|last|laste|stanger|locks|locked|lock) (?:\w+ )?(?:ytterdorren|dorren|dorrarna|the (?:front )?doors?) (?:\w+ )?(?:kl|klockan|at|vid) \d+",
             r"(?:kl|klockan|at|efter|after) \d+ (?:\w+ ){0,3}(?:laser|last|stanger|locks|locked)",
             r"(?:vara|be|komma|ar|am) (?:hemma|home|inne) (?:\w+ )?(?:kl|klockan|at|by|fore|before|senast) \d+")
# relatives waiting outside where the writer is, and the writer staying in: "en svart audi med mina kusiner utanför gymmet"
WAITING_OUTSIDE = _rx(r"(?:star|sitter|vantar|har statt|har suttit|har vantat|is parked|are parked|parked|waiting|are sitting|sitting|standing|has been (?:standing|parked|sitting)|have been (?:waiting|sitting|standing)) "
                      r"(?:\w+ ){0,6}(?:utanfor|outside|nedanfor|vid (?:ingangen|entren|porten)|at the (?:entrance|door|gate))")
STILL_INSIDE = _rx(r"(?:jag ar|jag e|im|i m|i am) (?:fortfarande |still |kvar )?(?:kvar|still) (?:i|inne|in|inside)",
                   r"(?:vagar|tor) (?:jag )?inte (?:ga|komma|kliva) ut", r"(?:don ?t|dont|do not) dare (?:to )?(?:go|come|walk|step) out",
                   r"(?:can ?t|cannot) (?:leave|go out)")
UNUSUAL = _rx(r"brukar (?:aldrig|inte|typ aldrig|nastan aldrig|sallan)", r"aldrig annars", r"(?:never|don ?t|doesn ?t) (?:usually |normally )?(?:come|comes|go|goes|are|is|be) (?:here|to this|in this)")
# a family using a trans person's old name: a hurt, not a hunter who found her ("kallar mig fortfarande vid mitt gamla namn")
OLD_NAME_USED = _rx(r"(?:kallar|kallade|kalla|calls?|calling|called|anvander|uses?|using|say|says|saying|sager) (?:mig|me|him|her|honom|henne)? ?(?:\w+ ){0,2}(?:vid|med|by|for) (?:mitt|my|his|her|hans|hennes) (?:gamla|old|dead|forra) ?(?:namn|name)",
                    r"deadnam\w*", r"trans\w*", r"misgender\w*", r"pronomen", r"pronouns?")
# fear for a sick relative's life, not for one's own: "I'm scared he'll die before we get there"
FEAR_FOR_THE_SICK = _rx(r"(?:scared|afraid|worried|terrified|radd|orolig) (?:that )?(?:att )?(?:he|she|han|hon|grandpa|grandma|morfar|mormor|farfar|farmor) (?:(?:will|ll|ska|kommer (?:att )?|might|may) )?(?:die|dies|do|dor|pass away|passes away|ga bort|gar bort)\b",
                        r"(?:dies|dor) (?:before|innan) (?:we|vi) (?:get|arrive|kommer|hinner)")
# asking for a person to talk to, and nothing else: "is there a counsellor I can call tonight?"
ASKS_FOR_A_PERSON = _rx(r"(?:counsel+or|kurator|radgivare|stodperson|real person|human|manniska|a person|nagon person|nan person|someone to talk to|nagon att prata med|nan att prata med)")
# a wedding dress in the writer's size before a "holiday": "jag hittade en brudklänning i min storlek i hennes garderob"
BRIDAL_FOR_ME = _rx(r"(?:brudklanning\w*|brollopsklanning\w*|wedding dress\w*|bridal dress\w*|brudsloja|bridal veil) (?:\w+ ){0,2}(?:i min storlek|in my size|till mig|for me|med mitt namn|with my name)",
                    r"(?:min|my) (?:\w+ )?(?:brudklanning|wedding dress|bridal dress)")
# a fact told about the writer's own case within a "how does one" question: "… och dom har skruvat bort handtaget"
OWN_FACT = _rx(r"(?:dom|de|they|han|hon|he|she|pappa|mamma|dad|mum|mom|my (?:dad|mum|mom|brothers?|parents)) (?:har|have|has|ve|s) (?:\w+ ){0,2}"
               r"(?:skruvat bort|tagit bort|last|removed|locked|taken away|gomt|hidden|hid)")
# a doctor, the place a trip goes to that is no trip abroad: "ska till gynekologen nästa vecka"
DOCTOR_PLACE = re.compile(r"(?:\w+ )?(?:the |a |my )?(?:gynekolog\w*|lakare\w*|lakaren|vardcentral\w*|doctor|gp|gyn\w*colog\w*|"
                          r"barnmorska\w*|bvc|mvc|kvinnoklinik\w*|tandlakare\w*|dentist)\b")
# a question about one's rights: "what are my rights?", "vad har jag för rättigheter?" (not "is it legal to lock someone in?")
RIGHTS_QUESTION = _rx(r"what are my rights", r"(?:vilka|vad har jag for) rattigheter")
# the month of writing, told: "det är mars nu", "it's october now"
MONTH_NOW = _rx(r"(?:det ar|det e|nu ar det|its|it s|it is|now it s|now its) (?:\w+ )?(?P<month>januari|februari|mars|april|september|oktober|november|december|january|february|march|october)(?: (?:nu|now))?")
# last week, which makes a story told for not_imminent, not a past the detector sets aside ("de tog min
# telefon förra veckan"); not yesterday, which is still the danger of today ("pappa sa igår att han hellre ser mig död")
STORY_PAST = _rx(r"(?<!since )(?<!sen )(?<!sedan )(?<!from )(?:last week|forra veckan)")
# a boy circumcised by a doctor: no cutting of a girl ("ska omskäras sa doktorn, förhuden alltså"); read only
# when no girl is named (see danger._a_boys_circumcision)
MALE_CIRCUMCISION = _rx(r"forhud\w*", r"foreskin", r"phimosis", r"fimos",
                        r"omskarelse av pojkar", r"male circumcision", r"circumcision (?:for|of) (?:boys|men)",
                        # stop 17: "(kille, medicinska skäl)"
                        r"(?:kille|pojke) (?:\w+ ){0,2}medicinsk\w*", r"(?:boy|guy|male) (?:\w+ ){0,2}medical",
                        r"(?:omskara|omskaras|omskuren|omskarelse\w*|circumcis\w*) (?:\w+ ){0,2}(?:min son|var son|my son|our son|sonen|pojken|lillebror|brorsan|my (?:little )?brother|baby boy)",
                        r"(?:min son|var son|my son|our son|sonen|pojken|lillebror|my (?:little )?brother|baby boy) (?:\w+ ){0,5}(?:omskaras|circumcised)",
                        # stop 18: "mamma säger det är tradition för pojkar"
                        r"(?:tradition|sed|sedvanja) for (?:pojkar|killar)", r"(?:tradition|custom) for boys")
# a school activity forbidden: a control topic, not a danger ("får inte åka på skidresan", "ska stanna hemma från simningen")
ACTIVITY_FORBIDDEN = _rx(r"(?:won ?t|wont|doesn ?t|don ?t|will not) let (?:me|her) (?:go to |go |cut )(?:my |her |a )?(?:friend s |friends )?(?:birthday )?(?:party|parties|sleepover|prom|disco|hair)\b",
                         r"(?:far inte|later (?:mig|henne) inte) (?:ga pa |klippa )(?:kalas\w*|fest\w*|haret|mig)",
                         r"(?:not|isn ?t|aren ?t|m not|am not) allowed to (?:go to|study at|move for) (?:uni|university|college)",
                         r"(?:won ?t|wont|doesn ?t|don ?t|will not|do not|does not) let (?:me|her) (?:do |go to |go on |go |join |take )?(?:swimming|swim|sports?|pe|gym|uni|university|college|school trips?|the school trip|study|studies)\b",
                         r"(?:later|slapper) (?:mig|henne) inte (?:ga pa|plugga|studera|borja pa) (?:universitet\w*|uni|hogskola\w*|gymnasiet|simning\w*)",
                         r"(?:far inte|not allowed|isn ?t allowed|aren ?t allowed|can ?t|stanna hemma (?:fran|igen)|miss|missar)(?: \w+){0,4} "
                         r"(?:simning\w*|skidres\w*|klassres\w*|lagerskola\w*|skolresa\w*|utflykt\w*|swimming|ski trip|school trip|class trip|camp|sleepover|prom|disco|skoldisco|balen|fest\w*|party)",
                         r"(?:simning\w*|skidres\w*|klassres\w*|lagerskola\w*|skolresa\w*|swimming|ski trip|school trip|class trip)(?: \w+){0,8} "
                         r"(?:stanna hemma|far inte (?:vara med|delta|ga|aka|folja med)|not allowed to (?:go|join|come)|stay home)")
# an animal slaughtered for a feast: "my uncle is slaughtering the sheep in the backyard"
ANIMAL_SLAUGHTER = _rx(r"(?:slaktar|slakta|slaktade|slaughter\w*) (?:\w+ ){0,2}(?:lamm\w*|lamb|sheep|far|faret|fagel|hons|kyckling\w*|get\w*|goat|ko|cow|kalv\w*)")
# the whole pack of a painkiller: "how long paracetamol takes if you take the whole pack"
WHOLE_PACK = _rx(r"(?:take|taking|took|ta|tar|tog|swallow\w*|svalja) (?:\w+ ){0,3}(?:the |a |en |ett )?(?:whole|entire|hela|full) (?:pack|packet|box|bottle|strip|kartong\w*|forpackning\w*|burk\w*|paket\w*|karta\w*)",
                 r"(?:whole|entire|hela) (?:pack|packet|box|bottle|kartong\w*|forpackning\w*|burk\w*|paket\w*)(?: \w+){0,3} (?:of |med )?(?:paracetamol|alvedon|ipren|panodil|ibuprofen|pills|tabletter|piller|sleeping pills|sommertabletter)")
PAINKILLER = _rx(r"paracetamol", r"alvedon", r"ipren", r"panodil", r"ibuprofen", r"pills", r"tabletter\w*", r"piller", r"sleeping pills", r"sommertabletter", r"treo", r"painkillers")
# trouble at home said to social services: "vill bara att det ska bli bättre hemma"
HOME_TROUBLE = _rx(r"(?:slutar|sluta) (?:att )?sla\b", r"(?:pappa|mamma|han|hon|farsan|morsan) (?:ar|e) valdsam\w*", r"(?:slutar|sluta) (?:att )?(?:skrika|sla|braka|gorma) (?:pa |med )?mig", r"stops? (?:yelling|shouting|screaming) at me",
                   r"(?:battre|lugnare|mindre strangt|sluta vara (?:sa )?strangt) hemma", r"vill inte bo hemma", r"(?:pga|pa grund av|for) (?:allt )?brak(?:et)?",
                   r"(?:don ?t|do not) want to live at home", r"(?:jobbigt|strangt|brak|brakigt|hemskt|svart) hemma", r"hard at home", r"strict at home",
                   r"(?:better|calmer|less strict) at home", r"(?:bad|awful|horrible) at home",
                   # stop 19: harm the writer tells as done to her: "how do i report my uncle … for what he did to me last year?"
                   r"(?:what|vad) (?:he|she|they|han|hon|de|dom) (?:did|gjorde|has done|har gjort) (?:to|mot|med) (?:me|mig)\b",
                   # stop 19: "jag var på väg att bli bortskickad till somalia i höstas men soc ingrep"
                   r"(?:pa vag att|holl pa att|nara att) (?:bli )?(?:bortskickad|bortgift|skickad utomlands|gift mot min vilja)", r"(?:was|were) (?:about|going) to (?:be )?(?:sent away|married off|sent abroad)",
                   # stop 18: "jag vill bara att pappa ska sluta skrika", "I'm 15 and scared of my dad"
                   r"(?:pappa|mamma|han|hon|farsan|morsan|dom|de|brorsan) ska sluta (?:att )?(?:skrika|sla|braka|gorma|hota)\b",
                   r"(?:scared|afraid|terrified) of my (?:dad|father|mum|mom|mother|brothers?|family|parents|uncle)\b",
                   r"(?:radd|livradd) for (?:min |mina )?(?:pappa|mamma|bror|brorsan|storebror|familj|familjen|foraldrar|foraldrarna|farbror|morbror)\b",
                   # stop 17: "står inte ut hemma längre", "can't stand it at home"
                   r"(?:star|orkar) inte (?:ut )?(?:hemma|med att vara hemma)", r"can ?t (?:stand|take) (?:it )?(?:at home|being at home)",
                   # stop 16: "things at home are hard"
                   r"things (?:at home )?(?:are|r|have been) (?:so |really )?(?:hard|bad|difficult|tough)", r"(?:it s|its|it is) (?:so |really )?(?:hard|tough|difficult) at home")
# an age as a deadline, which dates nothing when a day is also given: "gifta bort mig på fredag innan jag fyller 18"
AGE_DEADLINE = _rx(r"(?:innan|fore|before) (?:jag|hon|i|she) (?:fyller|turns?|blir) (?:\d+|arton|eighteen)(?: ar)?")
# a plan for the summer moved forward: "vi skulle hälsa på farmor i sommar men nu säger han att vi åker redan på torsdag"
MOVED_FORWARD = _rx(r"forst sa (?:de|dom|han|hon|mamma|pappa)(?: \w+){1,4} men nu", r"first (?:they|he|she|mum|dad) said(?: \w+){1,4} but now",
                    # stop 17: "vi åker … i natt. vi skulle inte åka förrän i sommar"
                    r"(?:vi|jag|hon) skulle (?:egentligen )?inte (?:aka|resa|flyga) (?:forran|forst)",
                    r"(?:we|i|she) (?:weren ?t|wasn ?t|were not|was not) (?:supposed|meant|going) to (?:go|leave|fly|travel) (?:until|till)",
                    r"(?:men nu|but now|nu) (?:\w+ ){0,5}(?:redan|already|istallet|instead|earlier|tidigare) (?:pa|on|this|i|imorgon|tomorrow|nasta vecka|next week|nasta helg|next weekend|i helgen)",
                    r"(?:dom|de|they) (?:har |have |ve )?(?:andrat|andrade|flyttat|flyttade|changed|moved) (?:det|den|datumet|it|the date)",
                    # stop 16: "now they moved the flight to this Saturday"
                    r"(?:moved|changed|flyttade|flyttat|andrade|andrat) (?:the |det |the date of the )?(?:flight|flyget|resan|the trip|the wedding|brollopet|datumet|biljetterna|the tickets) (?:to|till) (?:this |next |on |pa )?(?:\w+day|\w+dag|imorgon|tomorrow|nasta vecka|next week)")
# the friend thrown out is safe with the writer now: "hon sover hos oss nu"
SAFE_WITH_US = _rx(r"(?:sover|bor|ar) hos (?:oss|mig) (?:nu|just nu|ikvall|inatt)", r"(?:is |s )?(?:staying|sleeping) (?:with us|at ours|at our place|at mine|at my place)")
# a comfort that the harm has not happened: "they've never hurt me but I feel trapped"
NEVER_HURT = _rx(r"(?:they ve|they have|he s|he has|she s|she has|de har|dom har|han har|hon har) never (?:hurt|hit|touched|beaten|laid a (?:hand|finger))",
                 r"(?:har|they ve|he s|she s) aldrig (?:slagit|skadat|gjort mig illa|ror mig)", r"never (?:hurt|hit) me")
# only school is allowed: "don't let her leave the house except for school" (a control topic)
EXCEPT_SCHOOL = _rx(r"(?:except|utom|forutom) (?:for |to )?(?:school|skolan|till skolan|to school|jobbet|work)")
# an ear piercing, a haircut: "ska ta hål i öronen imorgon"
PIERCING = _rx(r"(?:ta|tar|gora|gor) hal i (?:oronen|orat|naveln|nasan)", r"(?:ears?|nose|belly button) pierc\w*", r"pierc\w* (?:her|my|his) ears")
# a girl or a woman named: then a circumcision is a cutting whatever else the message says
FEMALE = _rx(r"syst\w*", r"syrr\w*", r"dott\w*", r"flick\w*", r"tjej\w*", r"kusin\w*", r"sister\w*", r"daughter\w*", r"girl\w*", r"niece\w*",
             r"hon", r"henne", r"she", r"her", r"mig som tjej", r"lillasyster")
# weapons a person may lawfully have: a police officer's or a soldier's, a hunter's, a collection, in a locked cabinet,
# a restaurant worker's own knives ("min pappa är polis och har en pistol i ett låst skåp")
LAWFUL_WEAPON = _rx(r"(?:ar|is|jobbar som|works as|arbetar som) (?:\w+ )?(?:polis|police ?(?:officer|man)?|soldat|soldier|vakt|guard|jagare|hunter|kock|chef)\b",
                    r"(?:last|lasta|locked) (?:\w+ )?(?:vapen)?(?:skap|cabinet|safe|gun ?safe)", r"(?:knife|kniv)\w* ?(?:collection|samling\w*)", r"(?:collect|samlar pa) (?:knives|knivar)",
                    r"(?:borja|ska borja|start|starting) (?:att )?(?:jaga|hunting)\b",
                    r"(?:jobbar|jobba|arbetar|work|working) (?:\w+ ){0,2}(?:restaurang\w*|koket|kok|kitchen|restaurant|slakteri|butcher\w*)",
                    r"(?:mina|my) egna knivar", r"my own knives", r"pocket ?knife", r"fickkniv\w*",
                    # stop 19: "it's licensed and he only uses it in the autumn with his friends"
                    r"(?:it s|its|it is|it was|the gun is|den ar|den e|det ar|gevaret ar) (?:\w+ )?(?:licensed|registered|licensierad\w*|registrerad\w*)", r"vapenlicens\w*", r"(?:gun|firearms?) licen[cs]e",
                    r"(?:uses|anvander) (?:it|den|det) (?:\w+ ){0,2}(?:for hunting|till jakt|in the autumn|pa hosten|pa jakt)")
# held abroad, told by a friend: "never came back from her summer holiday", "her passport is gone"
NEVER_CAME_BACK = _rx(r"(?:skulle (?:ha )?(?:kommit|komma|akt|aka|flugit|flyga) hem|was supposed to (?:come|fly) (?:back|home)) (?:fran|from)",
                      r"(?:never came back|didn ?t come back|hasn ?t come back|kom aldrig tillbaka|har inte kommit (?:tillbaka|hem)|kom aldrig hem) (?:from|fran|efter|after)")
PASSPORT_GONE = _rx(r"(?:her|my|hennes|mitt) (?:\w+ )?pass(?:port)? (?:is|ar|e|has) (?:gone|borta|taken|tagen|tagit|been taken|hidden|gomt|been hidden)",
                    r"(?:ar|e|is) (?:hennes|mitt|her|my) pass(?:port)? (?:borta|gone|taget|tagen|taken)")
# the aggressor moved abroad of his own accord: "nu har han flyttat utomlands"
MOVED_AWAY = _rx(r"(?:han|hon|he|she|de|they|dom|min ex\w*|my ex\w*) (?:har |has |have |s )?(?:flyttat|flyttade|moved) (?:\w+ )?(?:utomlands|abroad|tillbaka|back|hem till)")
# a weapon in the hand while the threat is said: "he said it again today while holding the kitchen knife"
WEAPON_IN_HAND = _rx(r"(?:har|has|hade|had) (?:\w+ ){0,3}(?:kniv\w*|knife|gun|pistol\w*|\w*gevar\w*) (?:\w+ ){0,3}med sig", r"(?:has|had) (?:\w+ ){0,3}(?:knife|gun) with (?:him|her)",
                     r"(?:holding|held|holds|haller|holl|hade|med) (?:\w+ ){0,2}(?:kniv\w*|knife|gun|pistol\w*|yxa\w*|axe|hammer|hammare\w*|machete|\w*gevar\w*|rifle)",
                     r"(?:har|hade|has|had) (?:\w+ ){0,2}(?:kniv\w*|knife|gun|pistol\w*|\w*gevar\w*|rifle|baltet|ett balte|the belt|a belt) i (?:handen|handerna)",
                     r"(?:kniv\w*|knife|gun|\w*gevar\w*|rifle|belt|balte\w*) in (?:his|her|their) hands?")
# everyone against the cutting: "hon o mina föräldrar e emot omskärelse" (read only when no "but" turns it)
AGAINST_FGM = _rx(r"(?:hon|she|de|dom|they|alla|everyone|hela familjen|both|bada|all of them)(?: \w+){0,4} (?:e|ar|is|are) (?:\w+ )?(?:emot|against) "
                  r"(?:omskarelse\w*|kvinnlig omskarelse|fgm|konsstympning\w*|cutting)")
# at the airport now, unwilling: "my friend is at the gate rn with her parents and she doesn't want to go to Yemen"
AIRPORT_NOW = _rx(r"(?:at the gate|at the airport|at check ?in|boarding|pa flygplatsen|vid gaten|vid gate|vid incheckningen|i incheckningen|pa arlanda|at arlanda|on the plane|pa planet)")

# --- stop 14 -------------------------------------------------------------------------------------
# a habit turned to today: "han slår henne varje dag men idag slår han med en stol" (the habit word
# then dates only its own clause)
TODAY_TURN = re.compile(r"\b(?:men|but|fast|fast att|although)\s+(?:" + TODAY.pattern[5:-3] + r")\b")
# the date a plan had before it was moved: "the wedding is thursday now instead of next year" (it dates nothing)
INSTEAD_OF = _rx(r"(?:instead of|rather than|istallet for|i stallet for) (?:\w+ ){0,2}\w+")
# a practical question before an ordinary trip: "vet nån om man behöver visum om man har svenskt pass?", "any tips for the heat?"
TRAVEL_TIPS = _rx(r"(?:behover|need|needs) (?:\w+ ){0,4}(?:eget |own |their own |his own |her own )pass(?:port)?", r"racker (?:det med )?id ?kort",
                  r"(?:far|kan) man (?:ha|ta med) (?:\w+ ){0,2}(?:i|pa) (?:handbagage\w*|planet)",
                  r"any tips", r"hur manga timmar tar (?:det|flyget|resan)", r"hur lang tid tar (?:flyget|resan)", r"how (?:many hours|long) (?:is|does) the flight",  # stop 18
                  r"(?:tips|advice) (?:for|on|about) (?:the )?(?:heat|flight|flying|packing|travel\w*|trip|jet ?lag)",
                  r"tips (?:om|infor|pa) (?:varmen|resan|flyget|packning\w*)", r"(?:what|vad) (?:should i|do i|ska jag|ska man|behover man) (?:ta med|packa|pack|bring)",
                  r"(?:behover|behova|need|needs) (?:\w+ ){0,2}(?:visum|visa|vaccin\w*|vaccination\w*)", r"for the first time", r"for forsta gangen",
                  r"(?:kan|can) (?:\w+ ){0,2}(?:ta med|bring|pack) (?:\w+ ){0,2}(?:i|in) (?:handbagage\w*|hand luggage|carry ?on)")
# people at the flat's door now: "dom står i trapphuset och ringer på hela tiden. jag öppnar inte"
AT_THE_DOOR = _rx(r"(?:star|vantar|sitter|ar) (?:\w+ ){0,2}i (?:trapphuset|trappuppgangen|trappan)", r"ringer pa (?:dorren )?hela tiden",
                  r"(?:standing|waiting) (?:\w+ ){0,2}(?:in the stairwell|on the stairs|on the landing)", r"(?:keep|keeps) ringing the (?:door)?bell")
DOOR_KEPT_SHUT = _rx(r"(?:jag |vi )?(?:oppnar|vagar) inte(?: oppna)?", r"(?:i m|im|i am|we re|we are) not (?:opening|answering)", r"(?:i|we) (?:won ?t|don ?t|dare not) open")
# not leaving alive, said another way: "han säger att jag aldrig kommer ut härifrån levande"
NOT_OUT_ALIVE = _rx(r"(?:aldrig|inte) (?:kommer|ska) (?:\w+ ){0,2}ut (?:harifran|harfran|harifron|hemifran|harinne)? ?levande",
                    r"(?:never|won ?t|not) (?:get|getting|make it|walk) out (?:of )?(?:here|this (?:house|flat|room))? ?alive")
# a beating with a belt just now: "fick bältet av pappa för en timme sen"
BELT = _rx(r"fick (?:baltet|stryk med baltet|smaka baltet)", r"got the belt", r"(?:slog|slagit|hit) (?:\w+ ){0,2}med (?:baltet|ett balte|en sladd|sladden)")
WORSE_TONIGHT = _rx(r"(?:det )?(?:blir|ska bli|kommer bli) (?:varre|varst|mer) (?:ikvall|inatt|i natt|i kvall|sen|senare|imorgon)",
                    r"(?:it ll|it will|it s going to|its gonna) (?:be|get) worse (?:tonight|later|tomorrow)")
# a farewell said plainly: "this is probably the last time I write to anyone"
LAST_WORDS = _rx(r"(?:the )?last time i (?:ll )?(?:write|talk|speak|message|text) (?:to )?(?:anyone|anybody|someone|you|here)",
                 r"sista gangen jag (?:skriver|pratar) (?:med |till )?(?:nagon|nan|er|har)")
# relatives summoned after a discovery: "he just called my uncles and told them to come at midnight"
SUMMONED = _rx(r"(?:called|phoned|rang|texted|ringde|ringt|ringer|kallade|kallat|skickade efter) (?:in |pa |till )?(?:my |mina |his |hans |our |vara |the )?"
               r"(?:uncles?|cousins|brothers|farbroder(?:na)?|farbror|morbroder(?:na)?|morbror|kusiner(?:na)?|broderna|brodern(?:a)?|slakten|relatives|slaktingar(?:na)?)"
               r"(?: \w+){0,5} (?:to come|att komma|komma hit|come over|over here|hit)")
AT_MIDNIGHT = _rx(r"at midnight", r"vid midnatt", r"(?:kl|klockan) (?:12|tolv) (?:inatt|ikvall)", r"this evening", r"all evening", r"hela kvallen")
# the flight to the airport against one's will within days: "köra sin dotter till flygplatsen mot hennes vilja … om två dagar"
TO_THE_AIRPORT = _rx(r"(?:till|to) (?:the )?(?:flygplatsen|airport|arlanda|landvetter|kastrup)")
# a plan that ends the family's shame: "ingen behöver oroa sig för familjens heder efter det"
SHAME_ENDED = _rx(r"ingen (?:behover|ska behova|kommer behova) (?:\w+ ){0,2}(?:oroa sig|bry sig|skammas|skamma) (?:\w+ ){0,5}efter (?:det|ikvall|idag|inatt)",
                  r"no ?one (?:has to|needs to|will need to|will have to) (?:worry|be ashamed|feel ashamed) (?:\w+ ){0,5}after (?:that|tonight|today)")
# coming home to talk about "what you have done", minutes away: "då ska vi prata om vad du har gjort … han är hemma om 20 min"
RECKONING = _rx(r"(?:ska vi|vi ska) prata om (?:vad|det) (?:du|hon) (?:har )?gjort", r"(?:we ll|we will|we re going to) talk about what (?:you|she) (?:ve |have )?done")
HOME_IN_MINUTES = _rx(r"(?:hemma|har|framme|tillbaka) om (?:\d+|tio|fem|en kvart|en halvtimme) ?(?:min|minuter|mins)?\b", r"(?:home|here|back) in (?:\d+|ten|five|fifteen|twenty) ?(?:min|minutes|mins)\b")
# a deed to be done before the birthday: "det måste göras innan hon fyller 18"
BEFORE_EIGHTEEN = _rx(r"(?:maste|ska|behover) (?:\w+ )?(?:goras|ske|fixas|ordnas|vara klart|vara gjort)\s+(?:och )?(?:jag|hon) fyller (?:18|arton)",
                      r"(?:maste|ska|behover) (?:\w+ )?(?:goras|ske|fixas|ordnas|vara klart|vara gjort) (?:\w+ ){0,2}innan (?:hon|jag|du) fyller (?:18|arton)",
                      r"(?:has|have|must|needs) to (?:be done|happen|be sorted) before (?:she|i|you) turns? (?:18|eighteen)")
# still kept, in a laughing tone: "been here since yesterday. they took my shoes"
STILL_KEPT = _rx(r"(?:been|ive been|i ve been|sitting|stuck) (?:down |in )?(?:here|there) (?:since|for) (?:yesterday|last night|\w+ days|igar)",
                 r"(?:took|have taken|tog|tagit) (?:my|mina) (?:shoes|skor|keys|nycklar)")
# a general question how an authority helps "someone": "how does the embassy help someone who is stuck abroad"
HELPS_SOMEONE = _rx(r"(?:hjalpa|hjalper|help|helps) (?:en|one|you) (?:om|if|nar|when) (?:man|you|one)\b",
                    r"(?:help|helps|hjalpa|hjalper|do for) (?:\w+ )?(?:someone|somebody|a person|people|nagon|nan|en person|manniskor|folk)(?: who| that| som|$)")
# a routine asked about by a professional: "vill veta hur rutinen ser ut för skyddat boende när någon … behöver placeras akut"
ROUTINE = _rx(r"hur vet man (?:om|att) (?:nagon|en person|en elev|ett barn) (?:ar )?i (?:akut )?fara", r"how do (?:you|i|we|one) (?:know|tell) if (?:someone|a person|a child|a pupil) is in (?:acute |immediate )?danger",  # stop 18
              r"hur (?:\w+ )?rutin\w* (?:ser ut|ar|fungerar)", r"hur ser (?:\w+ )?rutin\w* ut", r"rutin\w* (?:for|vid|nar|kring)", r"(?:what|how) (?:is|are|do|does) (?:the |your )?(?:routines?|procedures?|protocols?)",
              r"(?:routines?|procedures?|protocols?) (?:for|when|if)")
# no trip planned: "vi ska inte åka nånstans nu"
NO_TRIP = _rx(r"(?:vi|jag|we|i) (?:ska inte|ska ju inte|ska inte ens|are not|re not|aren ?t|am not|m not) (?:aka|resa|flyga|going|travel\w*|flying) (?:nanstans|nagonstans|anywhere|nowhere)",
              # "vi ska inte resa vad jag vet", "we're not travelling as far as I know"
              r"(?:vi|jag|we|i) (?:ska inte|are not|re not|aren ?t) (?:aka|resa|flyga|going|travel\w*|flying) (?:(?:nagot|nanting|ngt) )?(?:vad jag vet|pa vad jag vet|as far as i know|afaik)",
              # stop 17: "nån resa är inte bokad vad jag vet", "no trip is booked"
              r"(?:nan|nagon|ngn) resa (?:ar )?inte bokad", r"ingen resa (?:ar )?bokad", r"no (?:trip|flight|holiday) (?:is |has been )?(?:booked|planned)")
# self-harm given up: "har inte gjort det sen i våras och vill inte börja igen"
SELF_HARM_GIVEN_UP = _rx(r"(?:har|have|ve) (?:slutat|stopped)(?: for| sen| sedan| since| \w+ ago)", r"slutat (?:sen|sedan|for) \w+",
                         r"(?:har inte|haven ?t|have not|not) (?:gjort det|done it|skurit mig|skadat mig|cut(?: myself)?|hurt myself) (?:\w+ ){0,2}(?:sen|sedan|since|for|pa)",
                         r"(?:vill inte|don ?t want to|do not want to) (?:borja|start|begin) (?:\w+ )?(?:igen|again)")
USED_TO = _rx(r"i (?:hogstadiet|mellanstadiet|lagstadiet)", r"in (?:middle|high|secondary|primary) school",
              r"brukade", r"used to", r"forr", r"forut", r"back then")
# a trip with its way home arranged: "return tickets booked and I have my own passport"
SAFE_TRIP = _rx(r"return tickets? (?:is |are )?(?:already )?booked", r"returbiljett\w* (?:ar )?(?:redan )?bokad\w*", r"(?:i have|i ve got|i keep|jag har) (?:my own|mitt eget) pass(?:port)?")
# a dream told: "in my dream last night …"
IN_A_DREAM = _rx(r"in my dream", r"i min drom", r"i drommen", r"a (?:bad )?dream (?:about|where)", r"en (?:\w+ )?drom (?:om|dar)")
# a wedding that was: "I had a religious wedding at 15 in Syria"
OWN_WEDDING_PAST = _rx(r"(?:i|we) (?:had|got) (?:a |an |my |our )?(?:\w+ )?(?:wedding|nikah|marriage) (?:at|when|in|as)", r"(?:jag|vi) (?:hade|fick) (?:ett |en |min |vart )?(?:\w+ )?(?:brollop|nikah|vigsel) (?:nar|som|i|vid)")
# control in an LGBTQ+ story: a dead name used, "possessed", clothes forced
LGBTQ_CONTROL = _rx(r"(?:slanger|kastar|sparkar) (?:de|dom|han|hon) ut mig",
                    # stop 15: "dad says I'm dishonouring him", "pappa säger att han inte har någon son", shunned
                    r"(?:says|said|thinks) (?:that )?i m (?:dishonou?ring|shaming|disgracing)", r"(?:dishonou?r|shame|disgrace)s? (?:him|them|the family|us)",
                    r"(?:han|hon|de|dom) (?:inte har (?:nagon|nan|en)|har (?:ingen|inte nagon|inte nan)) (?:son|dotter)", r"(?:he|she|they) (?:has|have|doesn ?t have|don ?t have) no (?:son|daughter)",
                    r"far inte (?:klippa|ha kort) (?:haret|mitt har|haret kort)", r"(?:pratar|snackar) ingen (?:i (?:familjen|slakten)|hemma) med mig", r"latsas (?:som )?att jag inte finns",
                    r"nobody (?:at home |in my family )?(?:talks|speaks) to me", r"pretend (?:that )?i don ?t exist",
                    r"kallar mig (?:vid )?(?:mitt )?gamla namn", r"(?:sager|tycker|tror) att jag (?:ar|e) sjuk(?: i huvudet)?\b", r"(?:sager|tycker|tror) att jag (?:ar|e) (?:acklig|aklig|snuskig)\b", r"(?:says|think) i m (?:sick|mentally ill|crazy)",
                    # stop 17: "min mamma hittade min chatt med en tjej. hon säger att det är en sjukdom"
                    r"(?:sager|tycker|tror) att det (?:ar|e) (?:en )?sjukdom",
                    # stop 18: disowned for it, "såna ska ut ur familjen", "finns jag inte längre för dom"
                    r"(?:ska|maste) ut ur (?:familjen|slakten)", r"(?:finns|existerar) (?:jag|hon|han) inte (?:langre|mer) for (?:dom|dem|honom|henne|oss)",
                    r"disown(?:s|ed)? (?:me|her|him)", r"(?:says|said|thinks) (?:that )?(?:it s|its|it is) (?:a |an )?(?:disease|illness|sickness)\b",
                    r"hellre (?:har|ser|hade) (?:en )?dod (?:son|dotter|\w+)", r"rather (?:have|see) (?:a )?dead (?:son|daughter|child|kid)",
                    r"(?:slanga|kasta|sparka) ut mig", r"(?:kick|throw) me out",
                    r"(?:people|folk|sadana|sana|sanna) (?:like that|like me|som (?:dig|mig|det|jag)) (?:should|ska|borde) (?:be punished|straffas|do|die|be killed)",
                    r"(?:har |have |has )?(?:slutat|stopped) (?:prata|tala|talking|speaking) (?:med|to) mig", r"(?:stopped|won ?t|refuse to) (?:talk|speak)(?:ing)? to me",
                    r"far inte (?:heller )?(?:prata|umgas|traffa) (?:med )?mig", r"(?:fryser|frös|fros|frusit) ut mig", r"aren ?t allowed to (?:talk|speak) to me",
                    r"(?:using|uses|use|call\w*) (?:me |him |her )?(?:by )?(?:my|his|her) dead ?name", r"(?:says?|said|think\w*|tror|sager|sa) (?:that |att )?(?:i m|im|i am|jag ar|jag e) (?:possessed|besatt)",
                    r"(?:makes?|made|forces?|forced|forcing) (?:me|her|him) (?:to )?wear", r"(?:tvingar|tvingade|tvingas) (?:mig |henne )?(?:att )?(?:bara|ha pa mig|ha pa sig|kla mig i)")
# against one's will, said of the writer or a daughter: "mot hennes vilja", "against my will"
AGAINST_WILL = _rx(r"mot (?:min|hennes|sin|hans|var|deras) vilja", r"against (?:my|her|his|their) will")
# the discovery that summons the relatives: "mum saw my texts", "pappa hittade mina meddelanden"
SEEN_MESSAGES = _rx(r"(?:saw|found|read|seen|sag|hittade|hittat|last|laste) (?:all )?(?:my|mina|min|mitt|her|hennes) (?:texts|messages|phone|chats|snap\w*|insta\w*|meddelanden|mobil|sms|dm\w*|chatt\w*)")
# a serious injury the last time: "sist han gjorde det hamnade jag på akuten"
PRIOR_INJURY = _rx(r"(?:brot|bröt) (?:han|hon|de|dom) (?:min|mitt|mina) (?:arm|ben|nasa|fingrar|revben)", r"(?:broke|broken) my (?:arm|leg|nose|fingers|ribs|jaw)",
                   r"(?:almost|nearly) killed (?:my|her|me|his)", r"(?:holl pa att|nastan) (?:doda|dodade|slog ihjal) (?:min|mig|henne)",
                   r"(?:hamnade|landade|fick aka) (?:jag|hon) (?:in )?pa (?:akuten|sjukhus\w*)", r"(?:jag|hon) (?:hamnade|landade) (?:in )?pa (?:akuten|sjukhus\w*)", r"ended up in (?:the )?(?:hospital|a ?& ?e|er|emergency room)", r"fick sy\b", r"needed stitches")
# a weapon meant for the writer: "slipar en kniv och säger att den är till mig"
WEAPON_FOR_ME = _rx(r"(?:anvanda|anvander) (?:den|det|pistolen|kniven|geväret|gevaret|vapnet) pa (?:mig|henne|oss)", r"use (?:it|the gun|the knife) on (?:me|her|us)",
                    r"(?:den|det|it|that) (?:ar|e|is|s) (?:till|for) (?:mig|dig|henne|me|you|her)\b", r"(?:for|till) (?:att anvanda pa|using on|use on) (?:mig|henne|me|her)")
# a general "if someone …, does it count": "Om någon blir inlåst hemma av sin familj, räknas det som hedersvåld då?"
GENERAL_IF = re.compile(r"^(?:om|if) (?:nagon|nan|man|en tjej|en kille|ett barn|someone|somebody|a girl|a person|a child) .*\b(?:raknas|rakna|ar det|ar detta|counts?|is (?:it|that|this))\b")
# a question said to be only a question: "frågar bara för att veta, inget händer mig"
ONLY_ASKING = _rx(r"bara nyfiken", r"just curious",
                  r"inget (?:hander|har hant) mig", r"nothing (?:is )?happening to me", r"fragar bara (?:for att veta|av nyfikenhet)", r"just asking out of curiosity",
                  r"fragar (?:bara )?(?:allmant|generellt)", r"(?:just )?asking (?:in )?general(?:ly)?")
# forced, said of a marriage: "jag blir tvingad att gifta mig"
FORCED = _rx(r"tvingad\w*", r"tvingas", r"tvingar (?:mig|henne)", r"forced", r"being forced", r"force (?:me|her)",
             # stop 17: "de har bestämt att jag ska gifta mig nästa vecka"
             r"(?:har |hade )?(?:bestamt|bestamde) (?:att|vem) (?:jag|hon) (?:ska )?(?:gifta (?:mig|sig)|forlova (?:mig|sig)|forlovas|giftas)",
             r"(?:have |has |had )?decided (?:that )?(?:i|she) (?:ll|will|am going to|is going to|must|has to|have to) (?:marry|get married|get engaged|be married)")
# said to be meant: "han menar det nog", "he means it"
MEANS_IT = _rx(r"(?:later|lat) som (?:att )?jag (?:skojar|skamtar) men", r"sounds like (?:i m|im) joking but", r"sounds like a joke but",
               r"skamt men inte", r"(?:joke|joking|kidding) but (?:not|no)\b",
               # stop 17: "she wasnt joking", "jag ba skämtar men typ … han slog sönder dörren"
               r"(?:she|he|they|han|hon|de|dom) (?:wasn ?t|wasnt|weren ?t|isn ?t|aren ?t|was not|is not) joking", r"(?:han|hon|de|dom) (?:skamtade|skojade) inte",
               r"not for fun", r"inte pa (?:skoj|skamt|kul)",
               r"(?:jag )?(?:ba|bara) (?:skamtar|skojar) men",
               r"(?:han|hon|de|dom) (?:menar|menade) (?:det|allvar)",
               # stop 18: "'försvinna' … alla vet vad det betyder"
               r"(?:alla|vi alla|vi) vet (?:ju )?(?:alla )?vad (?:det|de) betyder",
               r"(?:nej men|no but|but) (?:on god|on my mum s life|on my mom s life|wallah)\b", r"(?:everyone|everybody|we all) knows? what (?:that|it) means", r"(?:gora|gor|do|does) (?:det|it) (?:pa riktigt|for real)", r"inte (?:ett )?skamt\b", r"(?:he|she|they) (?:means|meant|mean) it", r"(?:it s|its|this is|det ar) (?:not a joke|inget skamt|inte ett skamt|for real|pa riktigt)")
# waiting for the writer, and told to run: "de väntar på mig med farbröderna", "mum told me to run"
WAITING_FOR_ME = _rx(r"(?:vantar|waiting|wait) (?:pa|for) (?:mig|me)\b", r"vantar pa att jag ska (?:komma|ga)", r"waiting for me to (?:come|get)")  # stop 18: "väntar på att jag ska komma ner"
TOLD_TO_RUN = _rx(r"(?:told|tells|telling) me to (?:run|hide|get out|leave now)",
                  # stop 18: "my mum told me to leave the house and not come back tonight"
                  r"(?:told|tells|telling) me to leave the house", r"(?:sa|sager) (?:at mig )?att (?:jag ska )?(?:lamna|ga ut ur) (?:huset|lagenheten)", r"(?:sa|sager) (?:at mig |till mig )?att (?:jag ska |jag maste )?(?:springa|fly|gomma mig|sticka)")
SAID_NO = _rx(r"said no", r"sagt nej", r"sa nej", r"told them no")
# a door beaten where the writer is: "min man står och slår på badrumsdörren där jag är"
DOOR_BEATEN = _rx(r"(?:slar|bankar|sparkar|hamrar|bultar) (?:pa|in) (?:\w+)?dorr(?:en)? (?:dar|som) (?:jag|vi)",
                  r"(?:is |s )(?:banging|kicking|hammering|pounding) (?:on|at) the (?:bathroom |bedroom |toilet )?door",  # stop 18
                  r"(?:banging|kicking|hammering) (?:on|at|in) (?:the )?\w*(?: )?door (?:where|that) (?:i|we)")
# done to a sister before: "som de gjorde med min storasyster", "like they did to my sister"
AS_WITH_SISTER = _rx(r"som (?:de|dom|hon|han) gjorde (?:med|pa) (?:min |mina )?(?:stora|lilla)?syst\w*", r"(?:like|as) (?:they|she|he) did (?:to|with) my (?:big |older |little )?sisters?")
# the words were not meant for the writer: "hon vet inte att hon pratar om mig", "he was talking about someone on TV"
NOT_SAID_TO_ME = _rx(r"(?:vet inte|doesn ?t know|don ?t know|does not know) (?:att )?(?:hon|han|de|dom|she|he|they) (?:pratar|talar|talking|is talking|are talking|was talking|were talking) (?:om mig|about me)",
                     r"(?:was|were|is|are) talking about (?:someone|somebody|a guy|a man|a woman|a girl|people) (?:on (?:tv|the news)|else|in the news)",
                     r"(?:pratade|talade) om (?:nagon|nan) (?:pa tv|pa nyheterna|annan)")
# to a doctor abroad, as a child, with pain told of: "ska till en läkare i somalia … min kusin sa att det gör jätteont och att hon blödde"
DOCTOR_ABROAD = _rx(rf"(?:bokat tid\w* pa|till|hos|to|see|visit|booked) (?:en |a |the |var |our |nan |nagon |some )?(?:lakare|doktor\w*|doctor|lakaren|specialist|klinik\w*|clinic) (?:i|in|down in|nere i) (?:{COUNTRIES}|{CITIES}|hemlandet|byn|the village|back home)")
PAIN_TOLD = _rx(r"grat", r"cried", r"crying", r"grater",r"gor (?:jatte|sa |mycket )?ont", r"blodde", r"bled", r"hurts? (?:a lot|so much|really bad)", r"it hurt", r"skrek", r"screamed")
# a threat said short: "går du till skolan imorgon e du död"
YOU_RE_DEAD = _rx(r"(?:sa |da )?(?:e|ar) du dod\b", r"(?:then )?you re dead\b(?! to)")
# marry him on Friday, or else: "gifta mig med honom på fredag eller så är jag inte deras dotter längre"
MARRY_OR_ELSE = _rx(r"(?:gifta mig|gifter mig|gifter jag mig|marry (?:him|them|the man|my cousin)) (?:med (?:honom|\w+) )?(?:\w+ ){0,3}(?:eller sa|eller|annars|or else|or)\b")
# a veiled reckoning on coming home: "när jag kommer hem ska jag få se vad som händer med förrädare"
SEE_WHAT_HAPPENS = _rx(r"(?:ska|kommer) (?:jag|du|hon) (?:fa )?se vad som hander med", r"(?:you ll|you will|she ll|i ll) see what happens to")
# a burn: "my mum burned my hand on the stove"
BURNED = _rx(r"(?:burned|burnt|branne|brande|branda|brant) (?:my|her|min|mitt|hennes) (?:hand|arm|arms|fingers|fingrar|ansikte|face)")
DO_IT_AGAIN = _rx(r"(?:she ll|he ll|they ll|she will|he will|ska hon|ska han|hon ska|han ska) (?:do|gora) (?:the other|den andra|samma|it again|det igen)")
# hunted now and laughing: "my cousins are literally driving around looking for me rn"
HIDING_NOW = _rx(r"(?:gommer|gomde) mig (?:\w+ )?(?:i|pa|bakom|under) (?:tvattstugan|forradet|kallaren|garderoben|toan|badrummet)\b", r"hiding in the (?:laundry room|basement|closet|wardrobe)",  # stop 18
                r"(?:i m|im|i am|jag ar|jag sitter|sitter) (?:\w+ ){0,2}(?:in|pa|i) (?:a |the |an )?(?:\w+ )?(?:toilet|toalett\w*|toa|bathroom|badrum\w*)")
# the writer's present told inside a general question: "för det är typ det som händer hemma nu", "frågar för min egen skull"
OWN_CASE = _rx(r"(?:min|my) \w+ (?:ska|is going to|will) (?:gora|do) (?:det|that|it|samma) (?:med|to|pa) (?:min|my) \w+",
               r"(?:he s|she s|they re|han ar|hon ar|han sitter|han dricker) (?:\w+ ){0,3}(?:in the next room|i rummet bredvid|next door|i koket)",
               r"(?:inte en|not a) hypoteti\w* (?:fraga|question)", r"(?:inte|not) hypoteti\w*",  # stop 20: "inte hypotetiskt alltså"
               r"det ar jag\b", r"it s me\b", r"asking for me\b",
               r"fragar (?:for att|eftersom) (?:min|mitt|mina) \w+ (?:ska|har|blir|kommer)", r"asking because my \w+ (?:is|has|will|s)",
               r"(?:det ar|det e|that s|thats|this is) (?:typ |precis |exactly |basically )?(?:det|what) (?:som )?(?:hander|happening|is happening|happens) (?:hemma|at home|to me|mig|med mig)",
               r"fragar for min egen (?:skull|del)", r"asking for myself", r"fragar for mig sjalv")
# something of hers found: "my parents found my pills", "pappa hittade min dagbok"
FOUND_MINE = _rx(r"(?:found|find|hittade|hittat|hitta) (?:my|mina|min|mitt|her|hennes) \w+", r"virgin\w*", r"oskuld\w*")
# a knife sharpened after words of death: "säger att han hellre ser en död än med en svensk kille och sen … slipar en kniv"
SHARPENS = _rx(r"(?:slipar|vassar|sharpening|sharpens|sharpened) (?:han |hon |pappa |brorsan |farsan )?(?:en |a |the |sin |his |her )?(?:kniv\w*|knife|knives|yxa\w*|axe|machete)",
               # stop 19: a gun fetched after them: "… hellre ser mig död än med en svensk kille och nu har han hämtat jaktgeväret"
               r"(?:hamtat|hamtade|tagit fram|tog fram|plockat fram|plockade fram|laddat|laddade) (?:\w+ )?(?:jaktgevar\w*|gevar\w*|hagelgevar\w*|vapnet|pistolen|yxan)",
               r"(?:got|fetched|took|taken|brought) (?:out )?(?:his |her |the |a )?(?:hunting rifle|rifle|shotgun|gun|axe)(?: out)?")
DEAD_RATHER = _rx(r"hellre (?:ser|har|vill se|hade) (?:\w+ )?(?:en |dig |mig |henne )?dod", r"rather (?:see|have) (?:me|you|her|a|his|my) (?:\w+ )?dead",
                  # stop 16: "he'd rather bury me than see me with a swede", "my dad said he wishes i was dead"
                  r"rather bury (?:me|her|you)", r"hellre begraver (?:mig|henne|dig)", r"wish(?:es|ed)? (?:i|she|you) (?:was|were) dead",
                  r"(?:onskar|onskade) (?:att )?(?:jag|hon|du) (?:var|vore) dod")
# a trifle told with a sister's drama: "när jag glömde köpa mjölk … hon e så dramatisk"
DRAMATIC = _rx(r"(?:men |but )?(?:sa|so) (?:dramatisk\w*|dramatic)\b",
               r"(?:hon|han|de|dom|she|he|they|mamma|pappa|mum|mom|dad|syrran|brorsan) (?:e|ar|is|s|are|re) (?:sa |so |sjukt |super |typ |sooo )?(?:dramatisk\w*|dramatic|extra)\b",
               r"glomde (?:att )?(?:kopa|handla|ta med) \w+", r"forgot (?:to )?(?:buy|get|bring) (?:the )?\w+")
# a death threat said as not being let to live: "pappa har sagt att jag inte ska få leva om det är sant"
NOT_LET_LIVE = _rx(r"(?:inte|aldrig) (?:ska|kommer att|kommer) (?:\w+ )?fa leva", r"(?:won ?t|will not|not going to) (?:let me|get to) live\b")
# the last thing one ever does: "blir det sista gången jag gör nåt överhuvudtaget"
LAST_THING = _rx(r"(?:blir det|bli|ar det) (?:den )?sista (?:gangen )?(?:jag|du|hon) gor (?:nat|nagot|nagonting)", r"(?:will be|ll be|is) the last thing (?:i|you|she) (?:ever )?do")
# cut deeper this time: "i did it deeper this time"
CUT_DEEPER = _rx(r"(?:did it|cut|cutting) deeper", r"(?:skar|skurit|gjorde det) (?:mig )?djupare", r"(?:get|make) the blood (?:to )?stop", r"fa blodet att sluta")
# the pills at hand: "har en burk här bredvid mig", "they're right next to me"
AT_HAND = _rx(r"(?:har|ligger|star) (?:en |ett |alla )?(?:\w+ )?(?:burk|kartong|paket|karta|tabletter\w*|piller) (?:\w+ )?(?:har )?(?:bredvid|framfor|hos) mig", r"(?:right )?(?:next to|in front of) me")
# chased in a car: "pappa och farbror har åkt efter honom i bilen"
CHASED = _rx(r"(?:har |ha )?(?:akt|kort|kor|springer|sprang|sprungit) efter (?:honom|henne|mig|oss)", r"(?:went|drove|driving|ran|chasing|chased) after (?:him|her|me|us)")
# here since a month, held: "jag är här sen mars"
HERE_SINCE = _rx(r"(?:har varit|varit|been|i ve been) (?:i|in) \w+ (?:sen|sedan|since)", r"been here since",
                 r"(?:jag ar|jag e|i m|i ve been|i have been|har varit|varit) (?:har|here|there|dar|kvar) (?:sen|sedan|since)")
# passports kept safe for the trip: "lagt dem i en plastmapp … så nervös att vi ska tappa bort dem"
PASSPORTS_KEPT_SAFE = _rx(r"(?:ska|skulle|will|might|would) (?:tappa bort|lose) (?:dem|dom|passen|them|the passports)", r"allas pass", r"everyone s passports")
# tickets found: "jag har sett biljetterna i mammas väska", "found the tickets"
TICKETS_FOUND = _rx(r"(?:sett|hittat|hittade|sag|found|saw|seen) (?:\w+ )?(?:biljetterna|biljetter|flygbiljett\w*|the tickets|tickets|the flight booking|bokningen)")
# a family council about the writer today: "they're all in the living room talking about me. I heard the word clean"
COUNCIL = _rx(r"(?:they re|they are|de ar|dom ar|de sitter|dom sitter|sitting) (?:all )?(?:\w+ ){0,4}(?:talking|pratar|discussing|diskuterar) (?:om|about) (?:mig|me)",
              r"heard the word (?:clean|cleanse|honou?r)", r"horde ordet (?:ren|rena|heder)")
# a virginity check: "mamma ska ta mig till en kvinna imorgon som ska kolla om jag är oskuld"
VIRGINITY_CHECK = _rx(
                      # stop 19: "måste 'kollas av en läkare' imorgon för att se om jag fortfarande är oskuld"
                      r"(?:se|kolla|kontrollera|check|see) (?:om|if|whether) (?:jag|hon|i m|im|i am|she is|she s) (?:fortfarande |still )?(?:ar |e |is |am )?(?:fortfarande |still )?(?:oskuld|a virgin)\b",r"(?:kolla|kontrollera|testa|undersoka|check|test|examine) (?:om|if|whether|att|that) (?:jag|hon|i m|im|she s|i am|she is) (?:ar |e )?(?:oskuld|virgin|still a virgin)",
                      r"(?:oskulds|virginity) ?(?:test|kontroll|check)\w*")
# the brothers on their way, told by a professional: "a young woman just called our office saying her brothers are on their way"
JUST_CALLED = _rx(r"just (?:called|rang|phoned|texted|messaged)", r"ringde (?:precis|nyss|just)", r"(?:right now|just nu)")
# a sister marrying within days: "min syster ska gifta sig på söndag"
SISTER_WEDS = _rx(r"(?:min|my) (?:lill|stor|little |big |older |younger )?(?:syster|sister|syrra|sis) (?:\w+ ){0,2}(?:ska|kommer att|is going to|is getting|s getting|will) (?:gifta sig|get married|be married|marry)")
# a burn threatened with the iron at hand: "så bränner hon mig med strykjärnet. det står på nu på bordet bredvid mig"
BURN_THREAT = _rx(r"(?:branner|branna|bränna|burn|burns) (?:hon |han )?(?:mig|me|henne|her) med", r"(?:strykjarnet|the iron) (?:star pa|is on)")
# pills already taken: "i've already taken like 30"
TAKEN_MANY = _rx(r"(?:already |just )?(?:taken|took|tagit|tog) (?:like |typ |about |ca |ungefar )?\d{2,3}\b")
# my own wedding, days away, after a general question: "does a forced marriage in Iraq count in Sweden? because mine is in 4 days"
MINE_IS_SOON = _rx(r"(?:because |for |since |eftersom )?(?:mine|mitt|min) (?:is|s|ar|e) (?:in \d+ days|on \w+day|om \w+ dagar|pa \w+dag|tomorrow|imorgon|next week|nasta vecka)")
# told she is to stay and marry, now: "säger nu att hon ska stanna och gifta sig"
STAY_AND_MARRY = _rx(r"(?:ska|must|will|has to|maste) (?:stanna|stay)(?: \w+){0,3} (?:och|and) (?:gifta sig|gifta dig|get married|marry)")


# --- stop 15: held-out sets 59-76 ------------------------------------------------------------------

# a one-way ticket for the writer alone: "mina föräldrar har bokat enkelbiljett för mig men inte för sig själva"
ONE_WAY_FOR_ME = _rx(r"(?:enkelbiljett\w*|enkel biljett|one ?way (?:ticket|flight))(?: \w+){0,2} (?:for|till|to) (?:mig|me|henne|her)\b",
                     r"(?:enkelbiljett\w*|enkel biljett|one ?way (?:ticket|flight)) (?:(?:but|men) )?(?:inte|not|only) (?:for|till) (?:sig sjalva|themselves|dem|dom|mig)")
# not in the country after a near day: "om man inte tror att man är kvar i sverige efter nästa vecka"
NOT_HERE_AFTER = _rx(r"(?:inte|won ?t|will not|not) (?:\w+ ){0,3}(?:kvar|be|still be|here|be here) (?:i|in) (?:sverige|sweden) (?:efter|after) (?:nasta vecka|next week|helgen|the weekend|\w+dag|\w+day)")
# a farewell letter someone else orders: "min bror har bett mig skriva ett avskedsbrev till mamma ikväll"
ORDERED_FAREWELL = _rx(r"(?:bett|bad|sagt at|sa at|tvingat|tvingar|told|asked|made|makes|forced) (?:mig|me|henne|her) (?:att )?(?:to )?(?:skriva|write) (?:ett |a )?(?:avskedsbrev|farewell letter|goodbye letter|suicide note|sista brev)")
# a weapon taken to where he is: "han har tagit kniven från köket till sitt rum"
WEAPON_TAKEN = _rx(r"(?:tagit|tog|hamtat|hamtade|took|taken|got|grabbed) (?:\w+ ){0,2}(?:kniv\w*|knife|knives|yxa\w*|axe|pistol\w*|gun|\w*gevar\w*|rifle|hammare\w*|hammer)(?: \w+){0,4} (?:till|to|in|into|i) (?:sitt|hans|his|her|their|sin) (?:rum|room|bil|car|vaska|bag)")
# "taking care of" her, said of a threat: "pratar högt om att 'ta hand om' min syster för att hon har en pojkvän"
TAKE_CARE_OF_HER = _rx(r"(?:pratar|snackar|pratade|talking|talk|talked|sager|sa|said|says) (?:\w+ ){0,2}(?:om att|about) (?:ta hand om|taking care of|dealing with|fixa|losa) (?:min \w+|henne|mig|my \w+|her|me)\b")
# the honour reason: "för att hon har en pojkvän", "because I have a boyfriend"
HONOUR_REASON = _rx(r"(?:for att|eftersom|because|cause|bc|since) (?:hon|jag|han|she|i|he) (?:har|hade|ar|has|had|have|is|was|s) (?:en |a )?(?:pojkvan|flickvan|kille|tjej|boyfriend|girlfriend|gay|bi|lesbisk|lesbian|trans)",
                    r"(?:druckit|full|fulla|drunk|been drinking)")
# a drive to the forest tonight: "we're 'going for a drive to the forest' after dinner, just him, me and my oldest brother"
FOREST_DRIVE = _rx(r"(?:drive|ride|trip|walk|take me|take her|aka|ta mig|ta henne|tur|promenad|kora) (?:\w+ ){0,3}(?:to|till|into|in|ut i|ut till) (?:the )?(?:forest|woods|skogen|skog)")
# a weapon in hand while the threat is said: "dad was cleaning his hunting rifle while he said it"
WEAPON_WHILE_SAYING = _rx(r"(?:cleaning|holding|polishing|loading|sharpening|putsade|putsar|rengjorde|holl i|laddade|slipade) (?:his |her |sin |sitt |the |a )?(?:\w+ )?(?:rifle|gun|knife|shotgun|gevar\w*|kniv\w*|jaktgevar\w*|bossa\w*|pistol\w*)(?: \w+){0,2} (?:while|when|as|medan|nar) (?:he|she|han|hon) (?:said|sa|told|sagt)")
# a deadline for a yes: "if I don't say yes to the guy by sunday", "om jag inte gör slut med honom innan fredag"
BY_A_DAY = _rx(r"(?:by|before|until|innan|fore|till|senast) (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|tomorrow|imorgon|tonight|ikvall|the weekend|helgen)")
# the question not for a friend: "not asking for a friend lol", "done with everything"
NOT_FOR_A_FRIEND = _rx(r"not (?:asking )?for a friend", r"inte (?:for|at) en (?:kompis|van)", r"(?:done|finished) with (?:everything|it all|life)", r"klar med (?:allt|livet)")
# leaving tonight against a threat: "I packed my bag tonight. he's asleep. going in an hour"
LEAVING_NOW = _rx(r"packed (?:my|a) bag", r"packat (?:min |en )?vask\w*", r"going in (?:an|a|one|\d+) (?:hour|minutes?|min)", r"leaving (?:tonight|in an hour|now|right now)",
                  r"(?:sticker|drar|gar|aker) (?:harifran )?(?:ikvall|inatt|om en timme|nu direkt)")
# not sure to last the night: "jag är inte säker på att jag klarar natten"
NOT_THROUGH_NIGHT = _rx(r"(?:inte saker pa att|vet inte om|tror inte att?) jag klarar (?:mig genom )?(?:natten|den har natten|en natt till)",
                        r"klarar inte (?:natten|en natt till)",
                        r"(?:not sure|don ?t know if|don ?t think) (?:i ll|i will|i can|i m going to) (?:make it|survive|last|get) (?:through )?(?:the night|tonight)")
# being held abroad now: "my sister is being held in Morocco by our father's family"
BEING_HELD = _rx(r"(?:is|are|m|s|re|am) being (?:held|kept) (?:in|at|by)", r"(?:halls|hålls) (?:kvar|fast|instangd) (?:i|hos|av)")
# slaughtered: "pappa sa att han ska slakta mig som ett får"
SLAUGHTER_ME = _rx(r"(?:ska|will|ll|gonna|going to) (?:\w+ )?(?:slakta|slaughter) (?:mig|dig|henne|me|you|her)\b")
# said like the slaughter of an animal: "som ett får", "like a sheep"
LIKE_AN_ANIMAL = _rx(r"som (?:ett|en) (?:far|lamm|djur|gris|hund)", r"like (?:a|an) (?:sheep|lamb|animal|pig|dog)")
# things thrown at the writer now: "mum is screaming and throwing things at me"
THROWN_AT_ME = _rx(r"(?:is |s |are |re |keeps )(?:screaming and )?(?:throwing|hurling) (?:\w+ ){0,2}at (?:me|her|us)", r"(?:kastar|slanger) (?:\w+ ){0,2}(?:pa|mot) (?:mig|henne|oss)")
HELP_NOW_WORD = _rx(r"help", r"hjalp", r"please", r"snalla", r"now", r"nu", r"rn", r"right now", r"just nu", r"screaming", r"skriker")
# no longer to exist, said as a threat: "om jag inte gör slut med honom innan fredag så finns jag inte längre"
NOT_EXIST_THREAT = _rx(r"(?:sa|da) (?:finns|existerar) (?:jag|du|hon) inte (?:langre|mer|kvar|i morgon|imorgon|efter ikvall)",
                       r"(?:kommer|ska) (?:jag|du|hon) inte (?:att )?(?:finnas|existera) (?:langre|mer|kvar)",
                       r"(?:then )?(?:you|i|she) (?:won ?t|will not|wont) exist (?:anymore|any more)")
# the phone taken as well, or still kept since yesterday: "har tagit mobilen", "har gått sen igår morse"
KEPT_SINCE = _rx(r"(?:tagit|tog|took|taken) (?:min |my |mobilen|telefonen|the phone|my phone)\w*", r"sen igar\w*", r"sedan igar\w*", r"since yesterday")
# her turn now, as it was the cousins': "det är dags för mig nu som det var för mina kusiner"
MY_TURN_LIKE = _rx(r"(?:dags|tur)(?: for mig| for henne)?(?: nu)? (?:som|precis som) (?:det var )?(?:for )?(?:mina|min|hennes) (?:kusin\w*|syst\w*|storasyst\w*)",
                   r"(?:my|her) turn (?:now )?(?:like|as|just like) (?:it was for )?(?:my|her) (?:cousins?|sisters?)",
                   r"(?:have|get|ha|fa|gora) (?:the|an|en|samma) (?:operation\w*|procedure|ingrepp\w*) (?:like|som|precis som) (?:mummy|mum|mom|mamma|her sisters?|sina systrar|my sisters?)")
# "after graduation, that is on Friday": a far date restated as a near one
RESTATED_SOON = _rx(
                    # stop 19: "dom säger att vi gifter oss i sommar men jag tror det blir nikah redan imorgon"
                    r"(?:tror|think) (?:att )?(?:det blir|it ll be|it will be|it s) (?:en )?(?:nikah|brollop|wedding|vigsel) (?:redan )?(?:imorgon|tomorrow|ikvall|tonight|pa \w+dag|on \w+day)",r"(?:actually no|nej forresten|nej vanta)(?: \w+){0,5} (?:the date is|datumet (?:ar|e)) (?:this |nu pa |pa )?(?:\w+day|\w+dag)",  # stop 18
                    # stop 19: "de säger … på sommarlovet men biljetterna är till på lördag"
                    r"(?:men|but) (?:biljetterna|biljetten|flyget|resan|the tickets|the ticket|the flight) (?:ar|e|is|are|gar|leaves) (?:till |for |booked for )?(?:pa |on |this )?(?:\w+dag|\w+day|imorgon|tomorrow|nasta vecka|next week)\b",
                    r"(?:men|but) (?:\w+ ){0,8}(?:we|vi) (?:leave|fly|go|aker|flyger|drar) (?:on |pa |this |redan )?(?:\w+day|\w+dag|tomorrow|imorgon|i morgon)\b",
                    r"(?:som|which|that) (?:borjar|starts|begins) (?:om|in|pa|on) (?:typ |like |bara |just )?(?:\d+|\w+) (?:dagar|days)",
                    r"(?:alltsa|dvs|det vill saga|that is|which is|i e|meaning|thats|that s) (?:pa |on |om |in |i |next |nasta )?(?:\w+dag|\w+day|imorgon|tomorrow|nasta vecka|next week|ikvall|tonight|\d+ dagar|\d+ days)")
# a figure of speech that is no film: "lol my life is a movie rn"
LIFE_IS_A_FILM = _rx(r"(?:kommer (?:att )?)?(?:lata|later|sounds?|sound|gonna sound|will sound) (?:\w+ )?(?:som|like) (?:en |a )?(?:\w+ )?(?:film|movie)", r"(?:my|mitt) (?:life|liv) (?:is|ar|e|s) (?:a|like a|en|som en|typ en) (?:movie|film|series|serie)")
# a threat said as an expression: "she says it like an expression and laughs"
JUST_AN_EXPRESSION = _rx(r"not literally",
                         # stop 19: "han skrattade när han sa det, det är typ hans grej"
                         r"(?:skrattade|skrattar|laughed|laughs|was laughing) (?:nar|when) (?:han|hon|he|she) (?:sa|sager|said|says) (?:det|it)", r"(?:det ar|det e|it s|its) (?:typ |like |just )?(?:hans|hennes|his|her) grej", r"inte bokstavligt\w*", r"bildligt\w*", r"figuratively", r"(?:says|said|sager|sa) (?:it|det) (?:like|as|som) (?:an |a |ett |en )?(?:expression|figure of speech|uttryck|talesatt)",
                         r"(?:just|only|bara) (?:an |ett )?(?:expression|uttryck|talesatt)", r"(?:says|said|say) it (?:like|as) (?:a |an )?(?:joke|expression)",  # stop 20
                         r"(?:has|have|s) never (?:actually |really )?done anything", r"(?:han|hon|pappa) har aldrig (?:faktiskt |egentligen )?gjort (?:nat|nagot)", r"never actually does anything",
                         r"(?:but|men) (?:he|she|han|hon) (?:was laughing|skrattade)", r"(?:rolled|rullade) (?:his|her|med) (?:eyes|ogonen)",
                         r"(?:skamtar|skojar|jokes|is joking) (?:alltid |always |ofta |often |typ )?(?:om|about)\b", r"(?:she|he) (?:was|is) (?:exaggerating|laughing about it)", r"(?:hon|han) (?:overdrev|overdriver)")
# a deadline months off: "says I have until the end of the year to pick one"
MONTHS_OFF = _rx(r"(?:until|till|by) the end of the year", r"(?:innan|till|fore) (?:slutet av )?(?:aret|arsskiftet)", r"i slutet av aret")
# a pressure with no end and no date: "they won't stop", "slutar inte tjata"
PRESSURE_ONLY = _rx(r"keeps? (?:pressuring|pushing|introducing)", r"won ?t stop (?:asking|pressuring|talking)", r"tjatar (?:hela tiden|jamt|om)", r"(?:they|de|dom) (?:won ?t|wont) stop\b")
# a fright that was a misunderstanding: "jag fick panik tills jag fattade att det var rörmokaren"
MISUNDERSTOOD = _rx(r"tills jag (?:fattade|forstod|insag|kom pa)", r"until i (?:realised|realized|understood|got it)", r"turned out (?:it was|to be|he meant|she meant)",
                    r"visade sig (?:vara|att det var|att han menade|att hon menade)")
# not wanting to go for a trifle: "jag vill inte åka för jag missar min kompis kalas"
TRIFLING_UNWILLING = _rx(r"(?:vill inte|don ?t want to|dont want to) (?:aka|resa|flyga|go|fly)(?: dit| there)? (?:for|eftersom|because|cause|bc|cuz) (?:jag|i) (?:missar|miss|will miss|ll miss|kommer missa)",
                        # stop 17: "vill inte åka pga flygrädd", "I don't want to miss my exams"
                        r"(?:vill inte|don ?t want to|dont want to) (?:aka|resa|flyga|go|fly)(?: dit| there)? (?:pga|pa grund av|because of|bc of|for att jag ar|eftersom jag ar) (?:\w+ )?(?:flygradd\w*|flygradsla|flying|fear of flying)",
                        r"(?:don ?t|dont) want to miss (?:my|the|our) (?:exams?|tests?|school|classes|practice|match|game|party|graduation)",
                        r"vill inte missa (?:\w+ )?(?:provet|proven|skolan|traningen|matchen|festen|examen|studenten)")
# safe now, which ends a story told in the past: "hon är hemma nu och mår okej"
SAFE_NOW = _rx(r"(?:mar|mas) (?:okej|ok|bra|battre)(?: nu| idag)?", r"(?:is|s|am|m|are|re) (?:ok|okay|fine|safe) now", r"(?:ar|e) trygg\w*(?: nu)?")
# her own wedding soon after a general question: "är det lagligt att bli gift om man är 15? för det ska ske på söndag, med mig alltså"
HAPPENING_TO_ME = _rx(r"(?:det ska ske|det sker|det blir|it s happening|it will happen|it happens|it s going to happen) (?:pa |on |om |in |nasta |next )?(?:\w+dag|\w+day|imorgon|tomorrow|\d+ dagar|\d+ days|vecka|week)\w*,? (?:med mig|to me|for me|for mig)")
# not wanting to marry on a near day: "om man typ inte vill gifta sig imorgon, kan man bara strunta i att gå dit?"
NOT_WANT_TO_MARRY_SOON = _rx(r"(?:inte vill|vill inte|don ?t want to|do not want to) (?:gifta (?:mig|sig)|forlova (?:mig|sig)|marry|get married|get engaged) (?:\w+ )?(?:imorgon|imorrn|tomorrow|ikvall|tonight|pa \w+dag|on \w+day|i helgen|this weekend|om \w+ dagar|in \w+ days)")
# driven off now: "sitter i bilen med pappa och min bror nu … jag är rädd"
IN_THE_CAR_NOW = _rx(r"(?:sitter|sitting|i m|im|i am) (?:i|in) (?:the |a |their |his )?(?:bilen|car) (?:med|with) (?:\w+ ){1,5}(?:nu|now|rn|right now)",
                     r"(?:sitter|sitting|i m|im|i am) (?:nu |now )?(?:i|in) (?:the |a |their |his )?(?:bilen|car) (?:med|with)")
DRIVEN_WHY = _rx(r"(?:radd|scared|afraid|terrified|panik\w*)", r"(?:tog|tagit|took|taken) (?:min|my) (?:mobil|telefon|phone)\w*",
                 r"(?:ingen|nobody|no one) (?:sager|says|talks|pratar)", r"(?:vet inte|don ?t know) (?:vart|where)")
# let out only when she gives in: "pappa säger att jag inte kommer ut förrän jag gått med på att gifta mig"
OUT_ONLY_WHEN = _rx(r"(?:inte )?(?:kommer|far|slipper) (?:jag |hon )?(?:inte )?(?:komma )?ut (?:forran|forrn|innan|tills|nar)",
                    r"won ?t let (?:me|her) out (?:until|till|unless)", r"(?:can ?t|cannot) (?:come|get) out (?:until|till|unless)",
                    r"not (?:coming|getting|allowed) out (?:until|till|unless)")
# a weapon he owns and has shown: "he does have a gun, he showed me last night"
WEAPON_OWNED = _rx(r"(?:he|she|they|han|hon|de|dom) (?:does |really |actually |faktiskt |verkligen )?(?:has|have|owns|own|har|ager) (?:a |an |ett |en |sin |his )?(?:gun|pistol|rifle|knife|vapen|gevar\w*|kniv)",
                   r"showed me (?:the|his|a|her) (?:gun|knife|pistol|rifle)", r"visade (?:mig )?(?:sin|en|ett) (?:pistol|kniv|vapen|gevar)")
# a family said to be kind, beside a danger denied (SAFE_SAID): "I'm really not, my family is super supportive"
FAMILY_KIND = _rx(r"(?:my )?family is (?:super |really |very |so )?(?:supportive|nice|kind|chill)",
                  r"(?:min )?familj (?:ar|e) (?:super |jatte |val\w* )?(?:snall|stottande|schyssta?)")
# a joke about the writer's family told by friends: "my friends keep joking that my dad will 'marry me off'"
JOKED_ABOUT = _rx(r"(?:keep|keeps|always|kept) joking (?:that|about)", r"skamtar (?:alltid |hela tiden |jamt )?om att",
                  # stop 17: "min kompis skämtade om att hon ska gifta sig med Bieber på lördag"
                  r"(?:skamtade|skojade) om att", r"joked (?:that|about)")
# protected personal data or housing asked for, the family searching: "hur får man skyddade personuppgifter? min familj letar efter mig"
PROTECTION_ASKED = _rx(r"skyddade personuppgifter", r"sekretessmarkering\w*", r"protected (?:personal )?(?:data|identity|address)", r"skyddad identitet")
# an ordinary holiday's money question: "vet nån om swish funkar där eller måste man ha kontanter?"
HOLIDAY_PRACTICAL = _rx(r"swish", r"kontanter", r"cash", r"valuta\w*", r"currency", r"sim ?kort\w*", r"sim card", r"roaming", r"vanlig semester", r"ordinary holiday",
                        r"(?:semester|holiday|trip) (?:vi gor|we do|we take) (?:varje|every) (?:ar|year|sommar|summer)")
# a shooting threatened: "he'll shoot me if he sees me without hijab again"
SHOOT_THREAT = _rx(r"(?:he ll|he will|he s gonna|hes gonna|he s going to|they ll|she ll|ska|kommer att|kommer) (?:\w+ )?(?:shoot|skjuta) (?:me|her|you|mig|henne|dig)")
# a question about anonymity or what is stored: "e detta anonymt?", "do you save this?"
PRIVACY_QUESTION = _rx(r"anonym\w*", r"anonymous\w*", r"(?:sparar|sparas|lagras|loggas) (?:ni|det|detta|allt|chatten)", r"(?:do|will) you (?:save|store|keep|log)",
                       r"is (?:this|it|the chat) (?:private|saved|stored|logged|secret)", r"(?:ar|e) (?:detta|det har|chatten) (?:privat|hemligt|sparat)",
                       r"(?:kan|will|could|can) (?:mina foraldrar|my parents|polisen|the police|soc|socialtjansten) (?:se|veta|lasa|see|find out|read)")
# a laugh taken back before the danger: "haha nej men seriöst min bror står utanför med en kniv"
LAUGH_TAKEN_BACK = _rx(r"(?:nej|na) men (?:seriost|allvarligt)", r"(?:no|nah) but seriously", r"jokes? aside", r"skamt asido",
                       # stop 17: "jk. kind of."
                       r"(?:jk|just kidding|kidding|skamtar|skojar) (?:kind of|sort of|not really|typ inte|inte riktigt)")
# fear said after a laugh: "haha. ok i'm actually scared"
ACTUALLY_SCARED = _rx(r"(?:ok |okay )?(?:i m|im|i am) (?:actually|really|genuinely) (?:scared|afraid|terrified)", r"jag ar (?:faktiskt|pa riktigt|verkligen) radd")
# not daring to go home: "kan man sova hos nån annan ikväll om man inte vågar gå hem?"
DARE_NOT_GO_HOME = _rx(r"(?:inte vagar|vagar inte) (?:ga|komma|aka) hem", r"(?:don ?t|do not|dont) dare (?:to )?go home", r"(?:scared|afraid) to go home")
# the family does not know yet: "de vet ingenting än", "they don't know anything yet"
NOT_KNOWN_YET = _rx(r"(?:de|dom|han|hon|they|he|she) vet (?:ingenting|inget|inte) (?:an|annu|om oss)", r"(?:they|he|she) (?:don ?t|doesn ?t|do not|does not) know (?:anything |about us )?(?:yet)?")
# a trip for work: "my dad is flying to Somalia next week for work"
WORK_TRIP = _rx(r"(?:flying|going|travelling|traveling|flies|goes|aker|flyger|reser|ska) (?:\w+ ){0,4}(?:for work|for business|on business|i jobbet|for jobbet|pa tjansteresa|i tjansten)", r"tjansteresa\w*", r"business trip")
# both families glad: "both families are happy", "båda familjerna är glada"
FAMILIES_GLAD = _rx(r"(?:both|our) families are (?:happy|so happy|thrilled|glad|excited)", r"(?:bada|vara) familjer(?:na)? (?:ar|e) (?:glada|lyckliga|jatteglada)")
# a planned "trip" a cousin came back married from: "min kusin åkte på en sån resa och kom tillbaka gift"
CAME_BACK_MARRIED = _rx(r"kom (?:tillbaka|hem) (?:\w+ )?gift", r"came (?:back|home) (?:\w+ )?married")
# "you have until friday to fix this or i'll fix it for you"
FIX_IT_FOR_YOU = _rx(r"(?:i ll|i will|we ll|we will|jag ska|vi ska|jag fixar|vi fixar) (?:fix|sort|deal with|fixa|losa) (?:it|this|det) (?:for you|at dig|sjalv|myself)")
# somebody beaten next door now: "tjejen som bor bredvid skriker o nån slår henne"
BEATEN_NEXT_DOOR = _rx(r"(?:skriker|screaming|is screaming) (?:o|och|and) (?:nan|nagon|someone|somebody|han|he) (?:slar|hits|is hitting|beats|is beating) (?:henne|her|honom|him)")
# said since childhood, a habit: "they've said it since i was 10", "whenever I argue with my parents"
SAID_FOR_YEARS = _rx(r"(?:says|said) it (?:like )?(?:once|twice) a (?:week|month|day)", r"(?:she|he|they) d never actually do it",  # stop 20
                     r"(?:said|sagt|says|sager) (?:it|that|det) (?:ever )?(?:since|sen|sedan) (?:i was|jag var) \d+", r"whenever i (?:argue|fight|talk back)", r"(?:varje gang|nar) jag (?:brakar|brakar med|sager emot)")
# a relative's love match: "min kusin gifter sig med sin stora kärlek"
LOVE_MATCH = _rx(r"(?:hon|han) (?:ar|e) (?:\d+ )?(?:och )?(?:jattekar|sa kar|supernojd|sa lycklig)", r"(?:she s|he s|she is|he is) (?:\d+ )?(?:and )?(?:so in love|madly in love)",  # stop 18
                 r"(?:med|with) (?:sin|his|her) (?:stora |true )?(?:karlek|love)(?: fran \w+)?", r"(?:karlek|love) (?:from|fran) (?:uni|universitetet|school|skolan)",
                 # stop 17: "med killen hon träffade på uni", "med killen hon varit ihop med i 3 år"
                 r"(?:killen|tjejen|mannen|kvinnan|the guy|the man|the girl|the woman) (?:som )?(?:hon|han|she|he) (?:traffade|traffat|met) (?:pa|at|in) (?:uni|universitetet|university|college|jobbet|work|gymnasiet)",
                 r"(?:varit ihop|been together|been dating|dated) (?:med )?(?:\w+ ){0,3}(?:i|for) (?:\d+|ett|tva|tre|fyra|fem|one|two|three|four|five) (?:ar|years|manader|months)")
# a dentist or a jab "I'll die" from: "imorgon ska jag till tandläkaren … jag kommer dö 😭"
AT_THE_DENTIST = _rx(r"tandlakar\w*", r"dentist\w*", r"dra ut en tand", r"pull (?:a|my) tooth", r"sprutan", r"vaccin\w*")
# violence just now: "blev precis slagen med en sladd", "there's blood on my face … he hit me with a chair"
JUST_BEATEN = _rx(r"(?:blev|har blivit) (?:precis|nyss) (?:slagen|misshandlad|sparkad)", r"(?:just|only just) (?:got|been) (?:hit|beaten|slapped|kicked)",
                  r"(?:there s|theres|there is) blood on my (?:face|head|arm|arms|hands?|lip)", r"(?:det )?(?:ar|e) blod (?:i|pa) (?:mitt )?(?:ansikte|ansiktet|huvudet)")
# "vi vet var du är, ikväll är det slut för dig"
END_FOR_YOU = _rx(r"(?:ar det|blir det|e det|it s|it will be|its) (?:slut|over) (?:for|with) (?:dig|mig|henne|you|me|her)")
# on the train here, to "finish this": "he's on the train here and that he'll 'finish this'"
ON_TRAIN_HERE = _rx(r"(?:on the (?:train|bus|plane)|pa (?:taget|bussen|planet)) (?:here|hit|to me|towards me)")
FINISH_THIS = _rx(r"(?:finish|end|avsluta|gora klart med) (?:this|it|det har|det|me|mig|henne|her)")
# "enjoy your last week in sweden", winter clothes packed in July
LAST_WEEK_HERE = _rx(r"(?:your|my|her) last (?:week|days|summer) in sweden", r"(?:din|min|hennes) sista (?:vecka|veckan|dagar) i sverige",
                     r"(?:packing|packed|packar|packat) (?:\w+ ){0,2}(?:winter clothes|vinterklader) (?:in|i) (?:july|june|august|juli|juni|augusti)")
# "next time it'll be my head"
NEXT_TIME_HEAD = _rx(r"next time (?:it ll|it will|it s gonna) be (?:my|your|her) head", r"nasta gang (?:blir det|ar det|e det) (?:mitt|ditt|hennes) huvud")
# kept abroad another year against her will: "mamma säger vi stannar 1 år till men jag vill hem"
STAY_ANOTHER_YEAR = _rx(r"(?:stannar|stanna|bo kvar) (?:har |dar )?(?:ett|1|tva|2) ar (?:till|extra)", r"stay(?:ing)? (?:here )?(?:another|one more|two more) years?")
WANTS_HOME = _rx(r"(?:jag|hon) vill hem", r"want to go back to (?:school in )?sweden", r"vill (?:aka )?(?:hem|tillbaka) till sverige",r"(?:i|she) want(?:s)? to go (?:back )?home", r"fick inte ta med (?:mitt |hennes )?pass", r"(?:they|he|she) (?:hit|beat) me when i ask", r"(?:dom|de|han|hon) slar mig nar jag fragar")
# a decision said as the last word: "har bestämt mig. det är lättare så än att gifta mig … skriver bara så nån vet"
DECIDED_TO_GO = _rx(r"skriver bara (?:sa|for att) (?:nan|nagon) (?:vet|ska veta)", r"just writing so (?:someone|somebody|one person) knows",
                    r"(?:lattare|enklare) (?:sa|sa an|an) (?:att )?gifta (?:mig|sig)", r"easier (?:this way )?than (?:marrying|getting married)")
# "han sa samma sak om min kusin innan och hon finns inte längre"
COUSIN_GONE = _rx(r"samma (?:sak )?om (?:min|mitt|hans) \w+(?: \w+){0,3} (?:hon|han) finns inte (?:langre|kvar)", r"same (?:thing )?about my \w+(?: \w+){0,3} (?:she s|she is|he s|he is) (?:gone|not (?:here|alive)) (?:now|anymore)")
# engaged on a near day and moved in with him straight away: "förlovningen är på lördag och sen ska jag flytta till honom direkt"
ENGAGED_MOVE_IN = _rx(r"(?:forlovning\w*|engagement) (?:ar|e|is) (?:pa|on|this) \w+(?: \w+){0,6} (?:flytta|move) (?:till|hem till|in with) (?:honom|him)")

# --- stop 16: held-out sets 77-79 ------------------------------------------------------------------

# shut out in the cold as a punishment: "pappa har stängt ute mig på balkongen i kylan"
LOCKED_OUT = _rx(r"(?:stangt|stangde|stanger|last|laste|laser|kastat|kastade) ut(?:e)? (?:mig|henne|honom|oss) (?:pa|i) (?:balkongen|trapphuset|trappuppgangen|kylan|snon|garden|natten)",
                 # stop 17: "sitter utelåst på balkongen sen två timmar"
                 r"(?:sitter|star|ar|e) utelast (?:pa|i) (?:balkongen|trapphuset|trappuppgangen|kylan|snon|garden)",
                 r"(?:locked|shut|kicked|threw) (?:me|her|him|us) out (?:on|in|into|onto) (?:the )?(?:balcony|cold|snow|stairwell|yard|night)")
# still out there: "det har gått 2 timmar", "jag fryser", "han öppnar inte"
OUT_NOW = _rx(r"det har gatt (?:\w+ ){0,2}(?:timm\w*|tim|minuter|min)", r"(?:it s|its|it has) been (?:\w+ ){0,2}(?:hours?|minutes?)",
              r"fryser", r"freezing", r"minusgrader", r"oppnar inte", r"slapper inte in", r"won ?t (?:open|let (?:me|her) in)",
              # the cold and the terms of coming back in: "minus 10", "får inte komma in förrän", "inga skor"
              r"minus \d+", r"(?:inte far|far inte) komma in (?:forran|innan|tills)", r"won ?t let me (?:back )?in (?:until|till|unless)", r"inga skor", r"no shoes",
              # stop 17: "sen två timmar", "det är 3 grader ute", "får komma in när jag lärt mig", "i kylan"
              r"sen (?:\w+ ){0,2}(?:timm\w*|tim|minuter)", r"(?:for|in) (?:\w+ ){0,2}(?:hours|minutes) now", r"\d+ (?:grader|degrees) (?:ute|outside)",
              r"(?:far|ska) komma in (?:nar|forst nar|tills) (?:jag|hon|han)", r"i kylan", r"in the cold")
# taken there against her will: "tog henne till Irak … mot hennes vilja", "took her to Iraq against her will"
TAKEN_THERE = _rx(r"(?:tog|tagit|skickade|skickat|forde|fort|took|taken|sent) (?:ivag |away |off )?(?:henne|mig|min \w+|my \w+) (?:ivag |away |off )?(?:till|to) (?!skolan|school|doktorn|the doctor)\w+",
                  r"(?:tog|tagit|skickade|skickat|took|taken|sent) (?:henne|mig) (?:dit|there)\b")
# (besides AGAINST_WILL) not wanting to go: "hon ville inte åka", "she didn't want to go"
TAKEN_UNWILLING = _rx(r"(?:vill|ville) inte (?:aka|aka dit|folja med)", r"(?:didn ?t|did not|doesn ?t) want to go")
# the passport said taken: "her passport is taken", "passet är borta"
PASSPORT_TAKEN_SAID = _rx(r"(?:pass|passet|passport|passports) (?:is|are|was|were|has been|have been|ar|har) (?:\w+ )?(?:taken|tagits|tagen|taget|gone|borta|confiscated)",
                          r"(?:my|her|mitt|hennes) pass(?:port)? (?:is|ar|e|ligger) (?:with|hos) (?:my|her|min|hennes|mitt) \w+",
                          # stop 17: "passet har pappa"
                          r"passet har (?:pappa|mamma|farsan|han|hon|de|dom|farbror|farmor|morbror)")
# back home since: "hon kom hem igår", "she came back"
CAME_HOME = _rx(r"(?:kom|har kommit|ar) (?:hem|tillbaka)(?! till)", r"(?:came|got|is|has come) (?:back|home)")
# cutting herself now: "im cutting rn and i cant stop", "jag skär mig just nu"
CUTTING_NOW = _rx(r"(?:i m|im|i am) cutting(?: myself)? (?:rn|right now|now|again now)", r"(?:can ?t|cannot) stop cutting",
                  r"(?:jag )?(?:skar|sitter och skar) mig (?:rn|just nu|nu)(?! (?:i|for) \w+)", r"kan inte sluta skara mig")
# fetched to a country tomorrow, school over: "min morbror kommer imorgon för att ta med mig till Pakistan"
FETCHED_ABROAD = _rx(r"(?:ta med|hamta|fora|ta) (?:mig|henne) (?:till|hem till) \w+", r"(?:take|bring|fetch) (?:me|her) (?:back )?to \w+")
SCHOOL_OVER = _rx(r"(?:inte ska|ska inte|far inte|inte far|inte kommer|kommer inte) (?:att )?(?:ga i|borja i|komma tillbaka till|ga till) skolan (?:mer|igen|langre)",
                  # stop 17: "mamma säger att jag inte ska tillbaka till skolan efter det"
                  r"(?:inte ska|ska (?:jag |hon |han )?inte) (?:ga )?tillbaka till skolan",
                  r"(?:won ?t|will not|not) (?:go|going|be going|come|coming) (?:back )?to school (?:anymore|again|any more)",
                  r"(?:maste|ska) flytta ut (?:idag|ikvall|nu)", r"(?:have to|need to|must) (?:move out|leave home) (?:today|tonight|now)")
# a veiled death threat with a deadline, the kinds whose laugh elsewhere does not make them a joke
VEILED_DEATH = _rx(r"pa (?:din|hennes|er) begravning", r"at your funeral", r"(?:inte|aldrig) (?:att )?(?:se|overleva|klara) (?:morgonen|morgondagen|natten)",
                   # stop 17: "he wont be the one who has to live with the shame, he'll make sure i dont either"
                   r"live with (?:the|this|that|such) shame(?: \w+){0,6} (?:make sure|see to it) (?:that )?(?:i|she|you) (?:don ?t|doesn ?t|won ?t|do not|will not)",
                   r"leva med (?:skammen|den skammen)(?: \w+){0,6} (?:se till att|ser till att) (?:jag|hon|du) (?:inte (?:heller|gor det)|inte)\b",
                   r"last day (?:i|you|she) (?:embarrass|shame|disgrace)", r"sista dagen (?:jag|du|hon) (?:skammer|drar skam)")
# "today is the last day I embarrass him"
LAST_DAY = _rx(r"(?:today|tonight|idag|ikvall) (?:is|ar|e|s) (?:the )?(?:last day|sista dagen) (?:i|you|she|jag|du|hon) (?:embarrass|shame|disgrace|skammer|drar skam)")
# days given to say yes (stop 17): "jag har tre dagar på mig att säga ja till förlovningen annars …"
# a homework or a test the writer "will die of": "jag kommer dö av den här matteläxan"
SCHOOL_CHORE = _rx(r"\w*laxan?", r"\w*laxor(?:na)?", r"provet", r"proven", r"homework", r"(?:this|the|my) (?:exam|test)", r"uppsatsen")
# the writer will miss one who travels: "min mormor ska åka tillbaka till Syrien … jag kommer sakna henne"
WILL_MISS_THEM = _rx(r"(?:kommer|ska) (?:att )?sakna (?:henne|honom|dem|dom)", r"(?:will|ll|gonna|going to) miss (?:her|him|them) (?:so much|a lot|loads)?")
# a passport held for papers: "han har det för att fixa visum till min praktik"
PASSPORT_FOR_PAPERS = _rx(r"(?:for att|to) (?:fixa|ordna|soka|fornya|get|apply for|sort out|renew) (?:\w+ ){0,2}(?:visum|visa|visas|uppehallstillstand)")
DAYS_TO_ANSWER = _rx(r"(?:har|fick|ger (?:mig|henne)|gav (?:mig|henne)) (?:\w+ )?(?:en|tva|tre|fyra|fem|sex|sju|\d) (?:dag|dagar|timmar) pa (?:mig|sig) (?:att|innan|for att)",
                     r"(?:have|has|got|gave (?:me|her)|given (?:me|her)|giving (?:me|her)) (?:\w+ )?(?:one|two|three|four|five|six|seven|a|\d) (?:days?|hours) to (?:say yes|decide|answer|agree|accept|make up)")
# a parent who lives abroad, visited every year: "pappa i dubai, han bor där och jag hälsar på varje sommar"
VISITS_THERE = _rx(r"(?:han|hon|pappa|mamma|de|dom) bor (?:dar|dar nere)", r"(?:he|she|dad|mum|mom|they) lives? there",
                   r"(?:halsar|halsa) pa (?:\w+ )?varje (?:sommar|jul|lov|ar|sommarlov)", r"visit (?:him|her|them|my dad|my mum|my mom) every (?:summer|year|christmas|holiday)")
# coming here to fetch her while she hides: "säger att han ska komma hit o hämta henne o att hon ska få se"
COMING_TO_FETCH = _rx(r"kommer (?:han|hon|de|dom) (?:och|o) (?:hamtar|tar) (?:mig|henne)\b",  # stop 18
                      r"(?:ska|kommer att|kommer|tanker) (?:komma )?(?:hit|hem till (?:mig|oss)) (?:o|och|for att) (?:hamta|ta|ta med) (?:henne|mig|hem henne|hem mig)",
                      r"(?:will|ll|is going to|s going to|is gonna|s gonna) (?:come )?(?:here|over) (?:and|to) (?:get|fetch|take) (?:her|me)")
# a "prank" told as one: "jag gjorde en tiktok där jag låtsas bli inlåst"
PRETENDED = _rx(r"latsas(?:de)? (?:\w+ ){0,2}(?:bli|vara|att (?:jag|hon) (?:var|blev|ar)) (?:\w+ ){0,3}(?:inlast\w*|kidnappad\w*|bortgift\w*|slagen|dod|hotad)",
                r"(?:pretend|pretending|pretended|faking|faked) (?:to be |that i (?:was|am|got) |i (?:was|am|got) )(?:\w+ ){0,3}(?:locked|kidnapped|married off|beaten|dead|threatened)")
# danger denied in so many words: "im safe rn, nobody hits me", "jag menar inte att jag är i fara nu"
SAFE_SAID = _rx(r"(?:i m|im|i am) (?:in a foster home|in care|at a shelter|in a shelter) (?:now )?and (?:i m )?safe",
                r"(?:i m|im|i am) (?:in a foster home|in care) now\b", r"(?:vi|we) (?:ar|e|re|are) (?:trygga|okay|ok|safe)(?: nu| now)?$",
                r"(?:placerat|placerade) mig (?:i|pa) (?:ett )?(?:familjehem|jourhem|hvb)\w*(?: \w+){0,4} (?:kanns det|ar det|kanner jag mig) tryggt?", r"(?:bor|ar) (?:i|pa) (?:ett )?(?:familjehem|jourhem|skyddat boende) (?:nu )?(?:och|o) (?:ar|e) trygg",  # stop 18
                r"(?:i m|im|i am) safe (?:rn|now|right now|at the moment|atm)",
                r"(?:i m|im|i am) (?:really |honestly |actually |definitely )?not in (?:any )?danger",
                r"jag (?:e|ar) (?:verkligen |faktiskt )?inte i (?:nagon )?fara",
                r"(?:nobody|no one) is hurting me", r"(?:jag ar|jag e) (?:helt )?saker (?:just nu|nu)", r"ingen hotar mig", r"(?:i m|im|i am) safe(?= but| men|$)",
                r"(?:nobody|no one|noone) (?:is )?threatening (?:me|her)", r"ingen fara (?:just nu|nu)", r"(?:jag ar|jag e|i m|im|i am) (?:inte|not) (?:inlast|instangd|locked in)", r"(?:nobody|no one|noone) (?:hits|beats|hurts) (?:me|her)",
                r"ingen (?:slar|misshandlar|skadar) (?:mig|henne)", r"jag (?:ar|e) (?:trygg|saker) (?:nu|just nu)",
                r"(?:menar|sager|skriver) inte att (?:jag|hon) (?:ar|e) i (?:nagon )?fara(?: nu| just nu)?",
                r"(?:not saying|don ?t mean) (?:that )?(?:i m|im|i am|she s|she is) in (?:any )?danger(?: now| rn| right now)?",
                # stop 17: "jag är inte orolig, jag vill bara veta"
                r"(?:jag (?:ar|e)|i m|im|i am) (?:inte|not) (?:orolig|worried)(?: (?:alls|at all))?(?! (?:for|om|about|that|att)\b)")
# an old harm made good since: "idag är vi vänner och han har bett om förlåtelse", "today he walked me down the aisle"
MADE_GOOD = _rx(r"(?:har|hade) (?:de|dom|vi|ni) (?:forsonats|blivit sams)", r"(?:bad|ber) (?:han|hon|de|dom) om (?:forlatelse|ursakt)", r"(?:he s|she s|hes|shes|he is|she is) (?:now )?my best friend", r"(?:we re|we are) (?:both )?(?:adults|grown ups) now",  # stop 20
                r"(?:they|we) (?:have |ve )?(?:reconciled|made up)",  # stop 18
                r"(?:bad|ber) om (?:forlatelse|ursakt)(?: \w+){0,4} (?:nu (?:ar|e) det bra|vi ar sams)", r"nu (?:ar|e) det bra mellan oss",  # stop 18
                r"(?:today|idag) (?:he|she|han|hon|pappa|dad|my dad) (?:walked me down the aisle|led me to the altar|ledde mig (?:till|fram till) altaret)",
                r"(?:han|hon|de|dom) har bett om forlatelse", r"(?:he|she|they) (?:has|have) (?:apologi[sz]ed|said sorry)",
                r"(?:nu )?har (?:han|hon|de|dom) flyttat (?:till|fran|ut|hemifran)", r"(?:he|she|they) (?:has|have) moved (?:out|away)")
# a self-harm thought that has passed: "det har gått över och jag mår mycket bättre nu"
PASSED_OVER = _rx(r"(?:det|de|it) (?:har )?(?:gatt over|has passed|passed|went away|has gone away)", r"(?:mar|mas) (?:mycket |mkt |lite |typ )?battre (?:nu|idag)",
                  r"(?:feel|feeling|am|m) (?:much |a lot |way )?better now", r"(?:now|nu) and (?:doing|feeling) (?:much |a lot |way )?better", r"(?:doing|feeling) (?:much |a lot |way )?better (?:now|these days)")  # stop 20
# self-harm denied in so many words: "I don't want to hurt myself or anything", "jag skulle aldrig skada mig själv"
SELF_HARM_DENIED = _rx(r"(?:men )?jag menar inte (?:sa|det)\b", r"(?:but )?i don ?t (?:really )?mean it\b",  # stop 20: "… när jag är stressad inför prov men jag menar inte så"
                       r"(?:don ?t|do not) (?:want to|wanna) (?:hurt|harm|kill|cut) myself or anything", r"(?:would|will) never (?:hurt|harm|kill|cut) myself",
                       r"(?:skulle|kommer|tanker) aldrig (?:att )?(?:skada|ta livet av|skara) mig", r"(?:i m|im|i am) (?:not|never) suicidal",
                       r"(?:jag e|jag ar) inte (?:sjalvmordsbenagen|suicidal)", r"(?:jag har|i have|i ve got|i got) (?:inga|no) (?:sjalvmordstankar|suicidal thoughts)")
# a relative's threat of suicide used as pressure: "my mother threatened to kill herself if I didn't"
SUICIDE_AS_PRESSURE = _rx(r"threaten\w* to (?:kill|hurt) (?:herself|himself|themselves)", r"hota\w* (?:med )?att (?:ta livet av|skada) sig")
# the writer herself cut long ago: "jag är själv omskuren", "I was cut as a child"
CUT_MYSELF_LONG_AGO = _rx(r"(?:jag ar|jag e|i am|i m|im) (?:sjalv |myself |also |ocksa )?(?:omskuren|konsstympad|circumcised)\b")
# a laugh that opens the message before the danger: "lol min familj har bestämt …", "ok bruh plot twist 😂"
LAUGH_OPENER = re.compile(r"^(?:lol|haha\w*|lmao|ha ha|xd)(?: (?:ok|okej|sa|typ|assa|asså|so|like|omg|bruh))* ")
# something thrown at the writer just now: "my dad just threw a chair at me"
JUST_THREW = _rx(r"(?:just|precis|nyss) (?:threw|kastade|slangde) (?:a |an |the |en |ett )?\w+ (?:at|pa|mot) (?:me|mig|her|henne)")
# hiding now: "im hiding in the closet", "gömmer mig i garderoben"
HIDING_HERE = _rx(r"(?:i m|im|i am) hiding", r"gommer mig", r"sitter gomd")
# a head hit and bleeding: "my dad hit my head on the wall and theres blood"
HEAD_BLOOD = _rx(r"(?:hit|banged|slammed|smashed) (?:my|her) head (?:on|against|into) (?:the )?(?:wall|floor|table|door)", r"(?:slog|dunkade) (?:mitt|hennes) huvud (?:i|mot) (?:vaggen|golvet|bordet|dorren)")
BLOOD_NOW = _rx(r"(?:there s|theres|there is) blood", r"(?:det ar|det e) blod", r"(?:i m|im|i am|jag) (?:bleeding|bloder)")
# a "cure" coming for an LGBTQ+ writer: "i kväll kommer nån imam-snubbe för att 'bota' mig"
CURE_ME = _rx(r"(?:kommer|ska|is coming|are coming|comes|coming) (?:\w+ ){0,4}(?:for att |to )?(?:bota|driva ut \w+ ur|cure|heal|exorcise) (?:mig|henne|me|her)\b")
# "han e utanför. hör hans bil. han sa han skulle komma om jag inte svara"
OUTSIDE_BARE = _rx(r"(?:han|hon|de|dom|pappa|brorsan|farsan|he|she|they) (?:e|ar|star|is|s|re|are) (?:har )?(?:utanfor|outside)(?= |$)")
CAME_AS_SAID = _rx(r"(?:sa|sade|said) (?:att )?(?:han|hon|de|dom|he|she|they) (?:skulle|ska|would|will) (?:komma|come)(?: hit| here)? (?:om|if) (?:jag|i) (?:inte|didn ?t|did not|don ?t)")
# care denied for an injury now: "den är jättesvullen och jag får inte gå till sjukhuset"
CARE_DENIED = _rx(r"(?:far inte|not allowed to|won ?t let me|later mig inte) (?:ga |go |aka )?(?:till |to )?(?:the )?(?:sjukhuset|lakaren|doktorn|akuten|vardcentralen|hospital|doctor|a ?e|er)\b",
                  r"(?:jatte|super|sa )?svullen", r"swollen")
# kept in a flat by the husband's family, the passport held: "dom låter mig inte gå ut och dom har mitt pass"
# the one who threatens lives close: "his cousin lives 5 minutes from me"
MINUTES_AWAY_FROM_ME = _rx(r"(?:lives|bor) (?:\w+ ){0,2}(?:\d+|fem|tio|two|five|ten|a few) (?:min|minuter|minutes|mins) (?:from|fran) (?:me|mig|us|oss|her|henne)")
IN_LAWS = _rx(r"(?:min mans|my husband s|hans) (?:familj|family)", r"svarfor\w*", r"in ?laws", r"i en lagenhet i \w+", r"in a flat in \w+")
# put on a plane on a near day: "her family will put her on a plane tomorrow morning"
ON_A_PLANE = _rx(r"(?:put|putting|get|getting) (?:me|her|him) on a plane", r"(?:satta|satter|skicka|skickar) (?:mig|henne) pa (?:ett )?plan(?:et)?")
# the day said as decided: "min moster har bestämt att det sker nu på lördag"
DECIDED_DAY = _rx(r"(?:bestamt|bestamde|sagt|sa) att det (?:sker|blir|ska ske|kommer (?:att )?ske|hander) (?:nu )?(?:pa \w+dag|imorgon|i helgen|nasta vecka|om \w+ dagar)",
                  r"(?:decided|said) (?:that )?it (?:will|ll|is going to) (?:happen|be) (?:this |on |next )?(?:\w+day|tomorrow|weekend|week)")
# a relative who wants obedience, no danger told: "hur får jag henne att lyssna?"
WANTS_OBEY = _rx(r"hur (?:far|ska|kan) (?:jag|vi) (?:henne|honom|min \w+|mina \w+) att (?:lyssna|lyda|sluta|respektera|forsta|skarpa sig)",
                 r"how (?:do|can|should|could) (?:i|we) (?:make|get) (?:her|him|my \w+) (?:to )?(?:listen|obey|stop|respect|behave)")
# kin on the way now: "my cousins are coming here rn to 'deal with me'", "mina bröder kör hit nu"
KIN_COMING_NOW = _rx(r"(?:my|min|mina|mitt) (?:\w+ )?(?:cousins?|uncles?|brothers?|dad|father|family|relatives|kusin\w*|farbr\w*|morbr\w*|broder\w*|bror\w*|brorsan|pappa|farsan|familj\w*|slakt\w*) "
                     r"(?:is|are|s|re|ar|e) (?:coming|on (?:their|his|the) way|driving|pa vag|kommer|kor) (?:here |over |hit |hither )?(?:from \w+ |fran \w+ )?(?:now|rn|right now|nu|just nu)")
COME_TO_DEAL = _rx(r"(?:deal with|sort out|sort|take care of|teach|fix|punish) (?:me|her)(?: out)?\b", r"(?:ta hand om|fixa|straffa|lara) (?:mig|henne)\b", r"(?:losa|reda ut) det (?:har )?med (?:mig|henne)")
# circling outside where she is: "mina kusiner kör runt utanför min kompis hus där jag sover nu"
CIRCLING_OUTSIDE = _rx(r"(?:kor|korde|akte|aker) runt (?:\w+ ){0,2}utanfor", r"(?:driving|circling|driving around|circling around) (?:\w+ ){0,2}outside")
# locked out of home: "jag e utelåst o det e minus 10 ute"
LOCKED_OUT_SAID = _rx(r"(?:jag|hon) (?:e|ar) utelast", r"(?:i m|im|i am|she s|she is) locked out")
# a threat made while they are alone now: "he is home alone with me now"
ALONE_WITH_ME = _rx(r"(?:home )?alone with me (?:now|rn|right now)", r"ensam (?:hemma )?med (?:mig|honom|henne) (?:nu|just nu)")
HARM_PROMISED = _rx(r"(?:will|ll|gonna|going to) (?:burn|cut|hurt|beat|break) (?:my|her|me)\b", r"(?:ska|kommer att|kommer) (?:branna|skara|skada|sla|sla sonder) (?:mig|henne|mitt|min)\b")
# held abroad with no passport, wanting home: "I am in Pakistan now … I do not have my passport. I want to go home"
NO_PASSPORT = _rx(r"(?:do not|don ?t|dont) have my passport", r"(?:har inte|har inget) (?:mitt |kvar )?pass", r"(?:without|utan) (?:my |mitt )?pass(?:port)?\b")
# a scam told: "e det bedrägeri??"
SCAM = _rx(r"bedrageri\w*", r"scam\w*", r"bluff\w*", r"phishing", r"fake (?:sms|text|message|call)", r"falsk\w* (?:sms|samtal)")
# a threat laughed off as what everyone says: "hon sa det o skrattade, alla säger ju så"
EVERYONE_SAYS = _rx(r"(?:sa|sager|said|says) det (?:o|och|and) (?:skrattade|skrattar|laughed|laughs)",
                    r"(?:was|were) laughing when (?:she|he|they) said (?:it|that)",
                    r"(?:han|hon) (?:skulle )?aldrig (?:skulle )?gora (?:nat sant|nagot sant|det)", r"(?:he|she) would never (?:do|actually do) (?:that|it|anything like that)",
                    r"(?:skrattade|skrattar|laughed|laughs) (?:nar|when) (?:hon|han|she|he) (?:sa|sager|said|says) det", r"(?:hans|hennes|his|her) (?:vanliga )?(?:skamt|joke)", r"alla sager (?:ju )?(?:sa|det)", r"everyone says (?:that|it)")
# the trip day restated: "Vi åker på tisdag"
WE_GO = _rx(r"(?:vi|we) (?:aker|flyger|reser|leave|fly|go|are leaving|re leaving)")
# "need to leave before morning"
NEED_TO_LEAVE = _rx(r"need to (?:leave|get out|go) (?:before|tonight|now|asap)", r"maste (?:dra|sticka|ga|komma harifran) (?:innan|ikvall|nu|inatt)", r"just found the (?:bottle|knife|gun|acid)")
# a lawful weapon never used to threaten: "han har aldrig hotat nån"
NEVER_THREATENED = _rx(r"(?:har aldrig|has never|never) (?:hotat|threatened|skadat|hurt|anvant den|used it)")
# a locked-in relative: "mina föräldrar har låst in min storasyster på hennes rum i tre dagar nu"
LOCKED_KIN = _rx(r"(?:last|stangt) in (?:min|mitt|mina) (?:\w+ )?(?:syster|storasyster|lillasyster|syrra|bror|lillebror|storebror|kusin|dotter)\w*",
                 r"locked (?:my|our) (?:\w+ )?(?:sister|brother|cousin|daughter) in")
# a pick-up the writer does not want: "i don't want to go home with them", "i didnt fall"
PICKUP_UNWANTED = _rx(r"(?:don ?t|do not|dont) want to go (?:home )?with (?:them|him|her)", r"vill inte (?:aka|ga|folja med) hem med (?:dem|dom|honom|henne)",
                      r"i (?:didn ?t|did not|didnt) fall", r"jag (?:ramlade|foll) inte")
# said as a joke: "min morbror sa på skämt att …"
JOKE_SAID = _rx(r"(?:sa|sager|sade|said|says|sagt) (?:\w+ )?(?:pa skamt|pa skoj|as a joke|jokingly)", r"(?:on|pa) skamt att",
                r"\bjoked (?:that )?(?:he d|he would|she d|she would|they d|they would|he ll|she ll)", r"skamtade (?:om )?att")
# asked whether it could happen again: "kan dom försöka igen?"
ASKS_IF_AGAIN = _rx(r"(?:kan|could|can|will|kommer|might) (?:de|dom|han|hon|they|he|she|it) (?:\w+ ){0,2}(?:igen|again)$",
                    # stop 20: "sometimes I'm scared they'll do it again", "… döda mig om jag pratade med killar igen"
                    r"(?:scared|afraid|worried|radd|rädd|orolig) (?:that )?(?:they|he|she|de|dom|han|hon) (?:ll|will|ska|kommer att|kommer) (?:do it|do that|gora det|gora samma sak) (?:again|igen)",
                    r"om (?:jag|hon) (?:pratade|traffade|sag|var ute) (?:\w+ ){0,3}igen", r"igen nar (?:\w+ ){0,2}(?:hade|var|kom|fick)\b",
                    # stop 17: "can I ever use my real name on social media again?"
                    r"(?:can|could|will|kan|kommer|far) (?:i|jag) (?:ever |nagonsin )?(?:\w+ ){1,8}(?:again|igen)$")
# harm over now: "fick den tillbaka nu", "got my phone back"
OVER_NOW = _rx(r"fick (?:den|mobilen|telefonen|tillbaka den) tillbaka(?: nu| idag)?",
               # stop 19: "my dad used to lock me in my room when i was like 8 but that stopped years ago"
               r"(?:that|it) stopped (?:\w+ )?(?:years|ages|long) ago", r"(?:det|det dar) (?:slutade|upphorde) for (?:\w+ )?(?:ar|lange) sen", r"got (?:it|my phone|the phone) back(?: now| today)?", r"(?:slappt|slappte) ut mig", r"(?:let me out|released me) (?:now|today|this morning)")
# the writer's own "threat" over a trifle: "jag ska typ mörda min syster hon tog min hoodie"
WRITER_THREATENS = _rx(r"(?:jag ska|jag kommer|i m gonna|im gonna|i will|i ll|i m going to) (?:typ |literally |bokstavligen )?(?:morda|doda|kill|murder) (?:min|my) (?:\w+ )?(?:syster|bror|sister|brother|syrra|brorsa|kusin|cousin)\w*")
# just strict: "my parents are kinda strict"
JUST_STRICT = _rx(r"(?:kinda|pretty|quite|very|so|super|lite|ganska|typ|valdigt|sjukt|rätt|ratt) (?:strict|stranga|strang)")
# disowned, no violence: "att jag inte e deras syskon längre"
DISOWNED = _rx(r"inte (?:e|ar) (?:deras|hans|hennes) (?:syskon|syster|bror|dotter|son|barn) (?:langre|mer)",
               r"(?:no longer|not) (?:their|his|her) (?:sibling|sister|brother|daughter|son|child)(?: anymore| any more)?",
               # stop 18: "my dad says he'll disown me", "då finns jag inte längre för dom"
               r"disown(?:s|ed)? (?:me|her|him)", r"(?:finns|existerar) (?:jag|hon|han) inte (?:langre|mer) for (?:dom|dem|honom|henne|oss)",
               # stop 19: "they'll cut me off" (no cutting): the family's bond withdrawn
               r"(?:cut|cuts|cutting) (?:me|her|him|us) off\b")
# cut yesterday and bleeding: "she was cut yesterday at a relative's house … bleeding heavily"
CUT_RECENTLY = _rx(r"(?:was|got|been|blev|har blivit) (?:\w+ )?(?:cut|omskuren|konsstympad|circumcised) (?:\w+ ){0,2}(?:yesterday|today|last night|igar|idag|i natt|inatt)")
BLEEDING = _rx(r"bleeding", r"bloder", r"blodde", r"blöder")
# held fast now: "håller fast mig i armen hela tiden. skriver med andra handen"
HELD_FAST = _rx(r"(?:haller|holl) fast (?:mig|henne) (?:i|om) (?:armen|handleden|haret|nacken)", r"(?:holding|grabbing|gripping) (?:me|my arm|my wrist) (?:and won ?t let go|right now)")
TYPING_ONE_HAND = _rx(r"skriver med (?:andra|ena|min andra|vanster|hoger) handen", r"typing with (?:one|my other|the other|my left|my right) hand")
# the one they talk of dealing with is the writer: "pratar om hur dom ska 'lösa problemet' o problemet e jag"
I_AM_THE_PROBLEM = _rx(r"(?:problemet|the problem) (?:e|ar|is) (?:jag|me)\b", r"det (?:ar|e) jag som (?:ar|e) problemet", r"(?:i m|im|i am) the problem")
# a knife sharpened all night, staring at the door
ALL_NIGHT = _rx(r"all night", r"hela natten", r"hela kvallen", r"staring at (?:my|the) door", r"stirrar pa (?:min|dorren)")
# cut too deep, asking when to go to the ER: "om man typ har skurit sig lite för djupt"
TOO_DEEP = _rx(r"(?:skurit|skar) (?:sig|mig) (?:lite |for |alldeles )?(?:for )?djupt", r"cut (?:myself |yourself |too )?(?:too |a bit too )?deep")
# kept "since saturday": "been here since saturday"
BEEN_HERE_SINCE = _rx(r"been (?:here|in here|locked in|down here) since \w+", r"varit (?:har|har inne|instangd|inlast) sen (?:i )?\w+")
# it happens to the writer on a near day: "för det händer tydligen mig imorgon kl 14"
HAPPENS_TO_ME = _rx(r"(?:det )?hander (?:\w+ )?mig (?:imorgon|ikvall|idag|pa \w+dag|i helgen|nasta vecka)", r"(?:it s|its|it is) (?:\w+ )?happening to me (?:tomorrow|tonight|today|on \w+day|this weekend|next week)")
# nobody shall know where she went: "ingen ska veta vart jag tog vägen"
VANISH_THREAT = _rx(r"ingen (?:ska|kommer att|kommer) veta (?:vart|var) (?:jag|hon|du) (?:tog vagen|tagit vagen|tar vagen|ar|blev av)",
                    r"(?:nobody|no one) (?:will|is going to|s going to) know where (?:i|she|you) (?:went|are|disappeared|ended up)")
# the writer's own wedding denied: "jag ska inte gifta mig på fredag eller nåt"
OWN_WEDDING_DENIED = _rx(r"(?:jag|i) (?:ska|kommer|am|m) (?:inte|not) (?:att )?(?:gifta mig|getting married|get married|marry)")
# an accident with a kitchen knife: "I cut my finger on a kitchen knife"
ACCIDENT_CUT = _rx(r"cut my (?:finger|thumb|hand) (?:on|with|while)", r"skar mig i (?:fingret|tummen|handen)")
# a virginity check on a near day: "dom ska ta mig till en 'läkare' imorgon för att kolla om jag är oskuld"
VIRGINITY_SOON_WHY = _rx(r"(?:om inte|annars|if not|or else) (?:sa )?(?:vet alla|everyone knows) vad som (?:galler|hander|happens)", r"vet (?:jag )?(?:inte|ej) vad (?:pappa|han|de|dom|mamma|brorsan) (?:gor|kommer gora|ska gora)", r"(?:don ?t|do not) know what (?:dad|he|they) (?:will do|ll do)", r"radd\w*", r"scared", r"afraid")
# a school task denied: "det är inget skolarbete"
NOT_SCHOOL_WORK = _rx(r"(?:det ar|det e|it s|its|it is|this is) (?:inget|inte ett|not a|not for|not) (?:skolarbete|school ?work|homework|project|projekt|school)")
# an overdose asked for oneself: "hur många alvedon måste man ta för att det ska vara farligt? inte för nån annan"
HOW_MANY = _rx(r"hur manga (?:\w+ )?(?:maste|behover|ska|kan) man ta", r"how many (?:\w+ )?(?:do|would|should|can) (?:you|i|one) (?:need to )?take")
NOT_FOR_OTHERS = _rx(r"inte for (?:nan|nagon) annan", r"not for (?:someone|anyone|somebody) else", r"for mig sjalv", r"for myself")
# locked in a flat: "min flickvän är låst i en lägenhet av sin familj"
LOCKED_IN_A_PLACE = _rx(r"(?:ar|e|blivit|blev) last (?:i|inne i) (?:en|sin|ett|deras) (?:lagenhet|rum|hus|kallare|forrad)",
                        # stop 17: "my mom keeps me in the basement … i can only go up to use the toilet"
                        r"(?:keeps|kept|keeping|is keeping) (?:me|her|him) (?:locked )?(?:in|down in) (?:the|a|our) (?:basement|cellar)",
                        r"(?:haller|holl) (?:mig|henne|honom) (?:inlast |instangd )?(?:i|nere i) (?:kallaren|kallarforradet)",
                        r"(?:can|may|am allowed to|get to) only (?:go|come) (?:up|out) (?:to use|to go to|for) the (?:toilet|bathroom|loo)",
                        r"far (?:bara|endast) (?:ga|komma) (?:upp|ut) (?:for att ga pa|pa|till) (?:toa|toan|toaletten)",
                        # stop 19: "They've kept me in my room since Sunday. I only get out to use the bathroom."
                        r"(?:kept|keeping|keep|keeps) (?:me|her|him) in (?:my|her|his|the|their) room (?:since|for)",
                        r"(?:i|she|he) only (?:get|gets|go|goes|come|comes|am let|is let) out (?:to use|to go to|for) the (?:toilet|bathroom|loo)")
FLOWN_OUT = _rx(r"(?:flyga|skicka|fora) ut (?:henne|mig|honom)", r"fly (?:her|me|him) out")
# a sister not let out of her room for days: "min syster har inte kommit ut ur sitt rum på två dagar och pappa har nyckeln"
NOT_OUT_FOR_DAYS = _rx(r"(?:har inte|hasn ?t|haven ?t) (?:kommit|fatt komma|been(?: let)?|come) (?:ut|out) (?:ur|of|from) (?:sitt|her|mitt|my|sin) (?:rum|room|lagenhet) (?:pa|in|for) (?:\w+|\d+) (?:dagar|days)",
                       # stop 17: "jag har inte fått lämna lägenheten på tre veckor"
                       r"(?:har inte|hon har inte) (?:fatt|kunnat) (?:lamna|ga ut ur|ga ut fran) (?:lagenheten|huset|hemmet|rummet) (?:pa|i) (?:\w+|\d+) (?:dagar|veckor)",
                       r"(?:haven ?t|hasn ?t) been (?:allowed|able) to leave (?:the|my|her|our) (?:flat|apartment|house|room) (?:in|for) (?:\w+|\d+) (?:days|weeks)")
# not let home: "min man låter mig inte åka hem"
NOT_LET_HOME = _rx(r"(?:later|lat) (?:mig|henne) inte (?:aka|resa|flyga|komma) hem", r"(?:vill|wants? to (?:go|come)) (?:hem|home|tillbaka|back) (?:men|but) (?:de|dom|they) (?:har|have|has|tog|took) (?:hennes|mitt|her|my) (?:pass|passport)",  # stop 20
                   r"(?:won ?t|doesn ?t|will not) let (?:me|her) (?:go|come|fly) (?:back )?home")
# a child held as leverage now: "min svärfar håller i min son och säger att jag aldrig får se honom igen"
HOLDS_CHILD = _rx(r"(?:haller|holl) (?:i|fast) (?:min|mitt|mina|var) (?:son|dotter|barn|bebis|lilla)\w*", r"(?:is )?holding (?:my|our) (?:son|daughter|baby|child|kid)")
NEVER_SEE_AGAIN = _rx(r"(?:aldrig|inte) (?:far|kommer (?:att )?fa) se (?:honom|henne|dem|dom|barnen|mitt barn) (?:igen|mer)", r"never (?:see|get to see) (?:him|her|them|my \w+) again")
# a weapon to be used on the writer: "says hes gonna use it on me"
USE_IT_ON_ME = _rx(r"(?:use|shoot|anvanda|skjuta) (?:it|den|the gun|pistolen|kniven|the knife) (?:on|mot|pa) (?:me|mig|her|henne)")
# violence now, against the habit: "min pappa slår min mamma hela tiden och nu slår han henne igen i köket"
HITTING_NOW = _rx(r"\bnu (?:slar|sparkar|misshandlar|stryper) (?:han|hon|de|dom|pappa|brorsan) (?:henne|honom|mig|mamma|oss|min \w+)(?!(?: \w+){0,2} (?:ibland|ofta|varje|brukar))", r"(?:he s|hes|he is|she s|she is) (?:hitting|beating) (?:her|him|me|my mum|my mom) (?:again )?(?:right )?now")
# asking how to hide an address after fleeing: "hur skyddar jag min adress efter att ha flytt?"
HOW_TO_HIDE = _rx(r"hur skyddar (?:jag|man) (?:min|sin) adress", r"how (?:do|can) i (?:protect|hide) my (?:address|location)")
# a little sister to be "done" tomorrow: "hon ska 'göras' i morgon"
TO_BE_DONE = _rx(r"(?:hon|jag|min \w+|lillasyster\w*) ska goras\b", r"(?:she|i) (?:is|will be|s going to be|am going to be) done (?:tomorrow|tonight|on \w+day)")
# put in school there: "he enrolled me in school here"
ENROLLED_THERE = _rx(r"enrolled me in (?:a )?school", r"skrev in mig (?:i|pa) (?:en )?skola")
# kept abroad for weeks: "been kept at my grandparents' house in Mogadishu for 6 weeks"
KEPT_ABROAD = _rx(r"(?:been|being|am|m|is) kept (?:at|in) ", r"(?:halls|hallits|har hallits) kvar (?:hos|i|pa) ")
# stop 20: kin keeping her there now, said in the active voice, which no "if" asks about (unlike KEPT_ABROAD's
# "om jag hålls kvar i hemlandet"): "she just messaged me on insta that her family is keeping her there"
KEPT_THERE = _rx(r"(?:is|are|s|re) keeping (?:her|me) (?:there|here)\b", r"haller (?:henne|mig) kvar (?:dar|har)\b")
# writing from abroad, brought there: "im writing from iraq. my family brought me here"
WRITING_FROM_ABROAD = _rx(r"(?:writing|skriver|messaging) (?:to you )?(?:from|fran) \w+", r"brought me here", r"tog mig hit",
                          # stop 18: "de lurade mig hit i julas", "they tricked me into coming here"
                          r"lurade (?:mig|oss) hit", r"tricked (?:me|us) (?:into coming )?here", r"(?:was|been|were) brought here")
# somebody guarding the door now: "men han står typ vid dörren"
AT_DOOR_NOW = _rx(r"(?:star|sitter|vantar) (?:typ |nu |just nu )?(?:vid|utanfor|framfor) (?:dorren|porten|ytterdorren)", r"(?:standing|sitting|waiting) (?:by|at|in front of) the (?:front )?door")

# stop 18: someone sent by the family to bring the writer back: "my family sent him to bring me back"
SENT_TO_FETCH = _rx(r"(?:family|parents|dad|father|brothers?) (?:has |have |had )?sent (?:him|someone|somebody|people|men|a man|them) (?:\w+ )?to (?:bring|take|get|fetch|drag) (?:me|her) (?:back|home)",
                    r"(?:skickat|skickade|skickar) (?:hit )?(?:honom|nagon|folk|en man|dem|dom|killar) (?:hit )?(?:for att|att|o|och) (?:hamta|ta|dra) (?:hem |tillbaka )?(?:mig|henne)")
# stop 18: gone for something in the kitchen right after a threat: "then he went to get something from the kitchen 💀"
WENT_TO_THE_KITCHEN = _rx(r"(?:went|gone|is going|s going) (?:to (?:get|fetch|grab) something )?(?:from|in|into|to) the kitchen",
                          r"(?:gick|har gatt|gar) (?:ut )?(?:till|i|ut i|in i) koket (?:for att|och|o) (?:hamta|hamtade|ta)")
# stop 18: a roof for now after being thrown out: "sover hos en kompis nu", "staying at my aunt's"
STAYING_WITH = _rx(r"(?:sover|bor|ar|stannar|sov) (?:\w+ )?hos (?:en |min |mitt |mina )?(?:kompis\w*|van|vannen|vaninna\w*|bastis|moster|faster|mormor|farmor|kusin\w*|pojkvan\w*|flickvan\w*)",
                   r"(?:sleeping|staying|living|slept) (?:at|with) (?:a |my )?(?:friend|mate|aunt|gran|grandma|nan|cousin|boyfriend|girlfriend)")
# stop 18: the marriage or the stay is to be here, abroad: "säger att jag ska gifta mig här", "i'm staying here"
MARRY_HERE = _rx(r"(?:gifta (?:mig|henne|oss)|giftas bort|stanna|bo) (?:\w+ )?(?:har|kvar har)\b", r"(?:marry|married|stay|staying|live|living) (?:\w+ ){0,3}here\b")
# stop 18: a threat posted with the address found: "posted my new address … with 'she will pay'"
WILL_PAY = _rx(r"(?:she|you|he|i) (?:will|ll|is going to|s going to|is gonna) pay(?! (?:for|the|back|it|in|by|with))", r"(?:hon|du|han|jag) ska (?:fa )?betala(?: for det)?$",
               r"(?:hon|du|han|jag) ska (?:fa )?(?:sota|plikta) for (?:det|detta)")
# stop 18: dreading the homecoming after a threat: "vet inte vad som händer när pappa kommer hem"
HOMECOMING_FEAR = _rx(r"(?:vet inte|undrar) vad som (?:hander|kommer (?:att )?handa|ska handa) nar (?:pappa|farsan|han|hon|de|dom|mamma|morsan|brorsan|broderna) kommer hem",
                      r"(?:(?:don ?t|do not|dont) know|no idea) what (?:will happen|happens|s going to happen|is going to happen) when (?:dad|my dad|he|she|they|mum|mom|my brothers?) (?:gets|get|comes|come) home")
# stop 18: a means of suicide handed over with a message: "har gett mig ett rep och sagt att jag vet vad jag ska göra med det"
GIVEN_MEANS = _rx(r"(?:gett|gav|gett mig|lamnat|lamnade) (?:mig|henne) (?:ett rep|en snara|tabletter|piller|en burk tabletter|gift)",
                  r"(?:gave|given|handed|left) (?:me|her) (?:a rope|a noose|pills|a bottle of pills|poison)")
KNOW_WHAT_TO_DO_WITH_IT = _rx(r"vet vad (?:jag|hon|du) ska gora med (?:det|den|dem|dom)", r"knows? what (?:to do|i should do|she should do|you should do) with (?:it|them)")
# stop 18: the writer's own leaving, which dates no danger told beside it: "jag flyttade hemifrån i våras", "I left my family 4 months ago"
LEFT_HOME = _rx(r"(?:jag|ja|i|hon) (?:flyttade|flytta|stack|rymde|drog|flydde|lamnade|har flyttat|har flytt|har lamnat)(?: (?:hemifran|ut|min familj|familjen|dem|dom|hemmet|fran (?:familjen|dem|dom|hemmet|min familj|mina foraldrar))|(?= (?:for|i|in|fore)\b)|$)",
                r"(?:i|i ve|ive|she|she s) (?:left|fled|moved out|ran away|escaped)(?: (?:home|my family|my parents|the family|from home|from my family))?\b",
                # stop 19: "jag är 17 och flyttade hemifrån för en vecka sen"
                r"(?:och|o|and) (?:flyttade|stack|rymde|flydde|lamnade|moved out|left|ran away|fled) (?:hemifran|min familj|familjen|home|my family)\b")
# stop 18: a "talk" with the writer tonight, told beside what the last one did: "ikv ska dom 'prata' med mig"
TALK_WITH_ME = _rx(r"ska (?:de|dom|han|hon|pappa|farsan|brorsan|mamma|familjen|broderna|mina broder) (?:\w+ )?prata med (?:mig|henne)", r"(?:they|he|dad|my brothers) (?:will|are going to|re gonna|is going to|s gonna) (?:have a )?talk (?:to|with) (?:me|her)")
# stop 18: the writer wants the trip, whoever else worries: "min kompis sa att jag borde vara rädd men jag vill verkligen åka"
TRIP_WANTED = _rx(r"(?:jag|ja) (?:vill|langtar) (?:verkligen |jatte ?garna |ju )?(?:aka|resa|dit|flyga)(?=$| (?:dit|och|o|men|sa|ocksa)\b)",
                  r"(?:i|i really) (?:want|wanna|can ?t wait) to go(?=$| (?:there|so bad|so much|too|and|but)\b)")
# stop 18: the worry is someone else's: "min lärare blev orolig", "my friend said i should be scared"
OTHERS_WORRY = _rx(r"(?:min |var )?(?:larare|larare|mentor|kompis|van|vaninna|bastis|kurator)\w* (?:blev|var|ar|sa att jag borde vara) (?:orolig|radd|nervos)",
                   r"(?:my )?(?:teacher|friend|mate|counsellor|counselor) (?:got|was|is|said i should be) (?:worried|scared|afraid|concerned)")
# stop 18: a threat to tell, not to hurt: "keeps threatening to tell everyone I'm a slut"
THREAT_TO_TELL = _rx(r"threat\w* to (?:tell|expose|post|show)", r"hotar (?:att|med att) (?:beratta|avsloja|visa|lagga ut|sprida)")
# stop 18: a question how a fall from a height ends, with no way out: "vad händer om man hoppar från 8e våningen … ser ingen annan utväg"
JUMP_QUESTION = _rx(r"(?:vad hander om man|hur (?:hogt|langt) maste man) (?:hoppar|hoppa|faller|falla) (?:fran|ner)", r"(?:what happens if you|how high do you have to) (?:jump|fall) (?:from|off)")
NO_WAY_OUT = _rx(r"ser ingen (?:annan )?(?:utvag|vag ut|losning)", r"(?:see|there s|there is) no (?:other )?way out", r"(?:fragar|frågar) inte for (?:skojs|skams) skull", r"not asking for fun")
# stop 18: it is happening now, said as its own sentence: "… min bror slår henne … Det händer nu."
HAPPENING_NOW = _rx(r"det (?:hander|pagar) (?:just )?nu", r"(?:it s|its|it is) happening (?:right )?now", r"happening (?:right )?now")
# stop 18: can one die of a household poison, asked for oneself: "kan man dö av en halv flaska klorin? … inte åt en kompis"
POISON_QUESTION = _rx(r"kan man do (?:av|om man) (?:\w+ ){0,3}(?:klorin|blekmedel|tabletter|alvedon|panodil|piller|sprit|rattgift)",
                      r"can (?:you|someone|a person) die (?:from|of|if you) (?:\w+ ){0,3}(?:bleach|pills|paracetamol|tablets|poison)")
# stop 18: blood on her now and kin waiting in the car: "kom hem nyss med blod i ansiktet … pappa och farbror väntar på henne i bilen"
BLOOD_ON_HER = _rx(r"(?:med|hade) blod (?:i|pa) (?:ansiktet|hela ansiktet|munnen|armen|kladerna)", r"(?:with|had) blood (?:on|all over) (?:her|my) (?:face|mouth|clothes)")
WAITING_IN_THE_CAR = _rx(r"(?:vantar|sitter) (?:pa (?:henne|mig) )?i bilen(?: utanfor)?", r"(?:waiting|sitting) (?:for (?:her|me) )?in the car(?: outside)?")
# stop 18: a "last day" said on a pick-up the writer never gets: "i morse sa han 'njut av din sista skoldag'"
LAST_SCHOOL_DAY = _rx(r"(?:din|min|hennes) sista (?:skol)?dag", r"(?:your|my|her) last (?:school )?day")
# stop 18: confinement the message gives a reason for, with its barricade: "har spärrat min dörr med byrån"
DOOR_BARRED = _rx(r"(?:sparrat|blockerat|barrikaderat|sparrade|blockerade) (?:min|hennes) dorr", r"(?:blocked|barricaded|barred) (?:my|her) door",
                  r"(?:far|får) mat genom fonstret", r"(?:get|gets) food through the window")
# stop 18: a wrist cut that will not stop bleeding, done by the writer: "a cut on her wrist that keeps bleeding … can't ever know I did it"
WRIST_BLEEDING = _rx(r"(?:cut|wound|sar|skarsar) (?:on|pa|i) (?:her|my|min|hennes) (?:wrist|arm|handled\w*)(?: \w+){0,4} (?:keeps bleeding|won ?t stop bleeding|slutar inte blod\w*|bloder fortfarande)")
# stop 18: the danger taken in hand by the authorities: "han är häktad", "he has been arrested", "kontaktförbud", "utreseförbud"
RESOLVED_BY_AUTHORITIES = _rx(r"(?:han|hon|pappa|farbror|morbror|brorsan) (?:ar|e|har blivit) (?:haktad|gripen|anhallen|omhandertagen)", r"(?:polisen|polis) (?:kom och )?tog (?:honom|henne|pappa)",
                              r"(?:he|she|dad|my uncle|my brother) (?:has been|s been|was|got) (?:arrested|detained|taken away)", r"police (?:came and )?took him",
                              r"(?:har|fatt|fick) (?:ett )?(?:kontaktforbud|utreseforbud|tilltradesforbud)", r"(?:there s|there is|we have|we ve got|we got|has|now has) (?:a |an )?(?:restraining order|contact ban|travel ban|exit ban)(?: now| on (?:him|me|her))?",
                              r"(?:social services|soc) (?:stepped in|has taken over|tagit over|har tagit over)", r"not allowed to come near us")
# stop 19: the writer has left or lives hidden: "jag bröt med familjen", "har skyddade personuppgifter", "I escaped from my family"
GONE_FROM_THEM = _rx(r"(?:brot|brutit|bryter) (?:med|kontakten med) (?:min |mitt )?(?:familj\w*|slakt\w*|foraldrar\w*)", r"(?:bytt|bytte) namn",
                     r"(?:changed|change) my name", r"cut (?:off )?(?:contact|ties) with", r"(?:left|fled|escaped(?: from)?) (?:my|the|her) (?:family|parents|husband)",
                     r"(?:lamnat|lamnade) (?:pappa|min man|honom|familjen|min familj)", r"(?:ran away|run away) from (?:his|her|their|my)")
# stop 19: the family has tracked her down: at her door or school, a photo of her new home, her new address asked for
TRACKED_DOWN = _rx(r"(?:har )?(?:hittat|hittade) (?:mig|oss|henne)\b(?! (?:anda |anyway |nu |redan )?(?:pa|via|genom) (?:insta\w*|tiktok|facebook|fb|snap\w*|natet|sociala medier|discord|youtube|twitter|x)\b)",
                   r"(?:have |has )?found (?:me|us|her)\b(?! (?:a|an|the|some)\b)(?! (?:on|via|through) (?:insta\w*|tiktok|facebook|fb|snap\w*|social media|discord|youtube|twitter|x|online)\b)",
                   r"(?:star|stod|sitter|satt|vantar|vantade|ar|var) (?:\w+ ){0,2}utanfor (?:min|mitt|var|vart|hennes) (?:skola|lagenhet|lgh|dorr|hus|port|jobb|arbetsplats|boende)",
                   r"sag (?:\w+ ){1,3}utanfor (?:min|mitt|hennes) (?:skola|lagenhet|dorr|hus|port|jobb|arbetsplats|boende)",
                   r"(?:standing|waiting|sitting|parked|was|were|is|are) (?:right )?outside (?:my|our|her) (?:school|flat|apartment|door|house|building|work|workplace)",
                   r"(?:showed|turned) up (?:at|outside) (?:my|our|her) (?:school|flat|apartment|door|house|building|work|workplace|job)",
                   r"dok upp (?:pa|vid|utanfor) (?:min|mitt|var|vart|hennes) (?:skola|lagenhet|dorr|hus|port|jobb|arbetsplats)",
                   r"bankar pa (?:dorren|min dorr)", r"(?:banging|knocking) on (?:the|my) door",
                   r"(?:following|followed|follows) me", r"(?:foljer|foljde|har foljt) efter mig",
                   r"(?:bild|bilder|foto|fotot|bilden|picture|photo|pic)s? (?:\w+ ){0,1}(?:pa|av|of) (?:mitt|min|vart|var|my|our|her|hennes) (?:\w+ )?(?:hus|lagenhet|ytterdorr|dorr|port|skola|house|flat|apartment|front door|door|building|school)",
                   r"(?:asked|fragade) (?:\w+ ){0,3}(?:for|efter) (?:my|min|hennes|her) (?:new |nya )?(?:address|adress)",
                   r"vet vilken skola", r"knows? (?:which|what) school", r"kommer till min adress", r"(?:coming|come) to my (?:new )?(?:address|flat|house)")
# stop 19: someone screams or cries beside the blows, which dates them now: "pappa slår min bror han skriker"
CRIES_NOW = _rx(r"(?<!nar )(?<!nar sa )(?:han|hon|de|dom|mamma|lillebror|lillasyster|brorsan|syrran|min (?:bror|syster|mamma|lillebror|lillasyster)) (?:skriker|grater)(?! (?:ofta|alltid|jamt|ibland|nar|varje|pa mig)\b)",
                r"(?<!when )(?<!if )(?:he s|she s|they re|he is|she is|they are|hes|shes|theyre) (?:screaming|crying)(?! (?:at me|a lot|every|all the time|when)\b)")
# stop 19: the writer told she is next after someone nearly died of it: "min brorsa dog nästan … nu säger farsan att jag e nästa"
NEXT_VICTIM = _rx(r"(?:jag|du) (?:e|ar|blir) (?:den )?nasta\b(?! (?:pa tur att|att gifta|i kon|som ska gifta|som gifter)\b)",
                  r"(?:i m|im|i am|you re|youre|you are|i ll be|you ll be) (?:the )?next\b(?! (?:in line|to (?:get )?marr\w*|one to marry|week|year|month|door|term)\b)")
NEARLY_KILLED = _rx(r"dog nastan", r"(?:holl pa|var nara) att do", r"(?:nearly|almost) died", r"(?:nearly|almost) killed",
                    r"(?:lag|hamnade|var) (?:\w+ )?pa sjukhus\w*", r"(?:was|ended up|landed) in (?:the )?hospital")
# stop 19: a "talk" promised (read with what the last one did, _visit_after_violence): "min farbror sa att vi ska 'prata' efter fredagsbönen"
TALK_PROMISED = _rx(r"(?:vi|we) (?:ska|kommer att|will|re going to|are going to|re gonna) (?:have a )?(?:prata|snacka|talk)\b")
# stop 19: the condition of a threat met and everyone fine: "she went anyway and she's fine"
CONDITION_MET_SAFE = _rx(r"(?:went|did it|gick|gjorde det|akte) (?:anyway|anyways|anda) (?:and|och|o) (?:she s|she is|he s|he is|i m|im|i am|hon ar|hon mar|jag ar|jag mar|han ar|allt ar|everything s|everything is) (?:totally |helt |fine|ok|okay|safe|bra|okej)")
# stop 19: a threat over a trifle between siblings or friends: "… döda henne om hon tog hans laddare igen, de är typ bästa vänner"
TRIFLE_THREAT = _rx(r"(?:om|if) (?:hon|han|jag|she|he|i|du|you) (?:tar|tog|took|takes|ate|at|ater|eats|touch\w*|ror|rorde|anvander|anvande|uses|used|borrow\w*|lanar|lanade) (?:\w+ )?(?:laddare|laddaren|charger|godis|godiset|candy|chips|snacks|hoodie|troja|trojan|switch|playstation|ps5|xbox|controller|handkontroll\w*|pizza|glass|glassen|sista biten|last slice)")
# stop 19: whether a threat of long ago was a crime: "Om min pappa hotar att döda mig, räknas det som brott då? han sa det för länge sen"
IS_IT_A_CRIME = _rx(r"rakna\w* (?:det|det har|detta) som (?:ett )?brott", r"(?:ar|e) (?:det|det har|detta) (?:ett )?brott", r"(?:is|was) (?:it|that|this) (?:a crime|illegal|against the law)")
# stop 19: a warning to keep away from home tonight after a discovery: "mamma sa att jag inte ska komma hem för farsan har fått reda på …",
# "lillebror sa tyst att jag inte ska sova i mitt rum i natt", "my mum told me to sleep at my friend's tonight"
WARNED_AWAY = _rx(r"(?:sa|sager|sagt|skrev|viskade) (?:\w+ ){0,2}(?:att )?(?:jag|du) inte ska (?:komma hem|sova (?:i mitt rum|i ditt rum|hemma))",
                  r"(?:told|tells|texted|whispered to) me (?:not to (?:come home|sleep (?:at home|in my room))|to sleep (?:at|somewhere|elsewhere) (?:\w+ ){0,3}(?:tonight|and not tell))")
FOUND_OUT = _rx(r"(?:fatt|fick|har fatt) (?:reda pa|veta)", r"found out", r"(?:has|have) (?:seen|heard)", r"saw (?:us|me|the|my)", r"(?:sag|har sett) (?:oss|mig|videon|bilderna)",
                r"(?:videon|bilderna|the video|the pictures) (?:har )?(?:gatt runt|spridits|went around|got around)")
# stop 19: kin coming tonight after the secret came out: "… har fått veta … de skriver att de kommer ikväll"
COMING_TONIGHT = _rx(r"(?:de|dom|han|hon|they|he) (?:kommer|ska komma|are coming|re coming|will come|is coming|s coming)(?: hit| here| over)? (?:ikvall|inatt|i natt|imorgon|i helgen|tonight|tomorrow|this weekend)")
# stop 19: a young man taken off in the car to be "fixed": "tog med honom i bilen och sa att de ska 'fixa honom'"
TAKEN_IN_THE_CAR = _rx(r"(?:tog|tagit|har tagit) (?:med )?(?:honom|henne|mig) (?:med )?i bilen", r"(?:took|taken|have taken|put) (?:him|her|me) (?:away )?in(?:to)? the car")
TO_BE_FIXED = _rx(r"(?:ska|skulle|kommer att|for att) (?:fixa|bota|laga|rätta till|ratta till) (?:honom|henne|mig)", r"(?:fix|cure|straighten out|sort out) (?:him|her|me)\b")
# stop 19: taken to the airport tonight: "pratar om hur de ska få mig till flygplatsen i natt"
GET_ME_TO_THE_AIRPORT = _rx(r"(?:fa|fora|slapa) (?:mig|henne) till flygplatsen", r"(?:get|drag) (?:me|her) to the airport")
# stop 19: a friend taken to "the country" who would rather die (RATHER_DIE): "ta henne till landet på söndag och att hon hellre dör"
TAKE_TO_THE_COUNTRY = _rx(r"(?:ta|tar|skicka|skickar|fora|for) (?:henne|mig|honom) till (?:landet|hemlandet)", r"(?:take|send|taking|sending) (?:her|me|him) (?:back )?to (?:the )?(?:home country|old country|motherland)")
# a wedding named as another's on second thought: "… nästa vecka på bröllop, min kusins bröllop alltså"
WEDDING_RESTATED = _rx(r"(?:min|my) (?:kusins|systers|storasysters|brors|storebrors|kompis|vans|moster\w*|faster\w*|cousin s|sister s|brother s|friend s|aunt s) (?:brollop|wedding) (?:alltsa|i mean|that is|dvs|asså|assa)")
# stop 19: kin who locked her in, which no laugh outweighs: "im fine dont worry lol just kind of stuck in a basement my uncle locked"
LOCKED_BY_KIN = _rx(r"(?:my|min) (?:uncle|dad|father|brother|brothers|mum|mom|cousin|husband|farbror|morbror|pappa|farsan|bror|brorsan|mamma|kusin|man) (?:has |had |just |har )?(?:locked|last|laste)\b",
                    r"(?:locked|inlast\w*) (?:in )?(?:by|av) (?:my|min|mina) (?:uncle|dad|father|brothers?|mum|mom|cousins?|husband|farbror|morbror|pappa|bror|broder|mamma|kusin\w*|man)")
# stop 19: back at an hour tonight, with "you'll see" if she has not "decided": "han kommer tillbaka vid elva och … om jag inte har 'bestämt mig' då så får jag se"
BACK_AT_AN_HOUR = _rx(r"(?:kommer|ar) (?:tillbaka|hem) (?:vid|kl|klockan|till) (?:\d{1,2}|elva|tolv|tio|nio|atta|sju|midnatt)", r"(?:comes|coming|is|will be|ll be) (?:back|home) (?:at|by) (?:\d{1,2}|eleven|twelve|ten|nine|eight|seven|midnight)")
YOU_WILL_SEE = _rx(r"(?:sa |da )?far (?:jag|du|hon) se\b", r"(?:then )?(?:you|she|i) (?:ll|will) see\b")
# stop 19: a professional asking what signs to look for: "a pupil's brother always waits outside the classroom. What signs should I look for?"
SIGNS_ASKED = _rx(r"what (?:warning )?signs should (?:i|we) (?:look for|watch for|be aware of)", r"vilka (?:varnings)?tecken (?:ska|bor) (?:jag|vi) (?:titta efter|se upp med|vara uppmarksam pa)")
# stop 20: kin on the road from another town now or tomorrow: "my older cousin is driving up from Jönköping right now",
# "min morbror skrev att han kommer från Göteborg imorgon för att 'fixa' mig"
KIN_ON_THE_ROAD = _rx(r"(?:driving|coming|flying|heading|travell?ing) (?:up |down |over )?(?:here )?from \w+", r"(?:kor|kommer|aker|flyger|reser) (?:upp |ner |hit |ner hit |upp hit )?fran \w+")
# stop 20: what they come for, said as a chore: "he will take care of it", "they have 'something' in the trunk"
WILL_HANDLE_IT = _rx(r"(?:will|ll|is gonna|is going to|are going to|gonna) (?:take care of|handle|deal with|sort out) (?:it|this|that|things|me)\b", r"(?:ska|kommer att|kommer) (?:ta hand om|fixa|losa|ordna) (?:det|saken|mig)\b")
IN_THE_TRUNK = _rx(r"(?:something|things?|stuff|nat|nagot|grejer) in the (?:trunk|boot)", r"(?:nat|nagot|grejer) i (?:bagageluckan|bakluckan|bagageutrymmet)")
# stop 20: an engagement nobody asked the writer about, beside a laugh at something else: "… på 'min förlovningsfest' som ingen har frågat mig om … lol"
NOBODY_ASKED_ME = _rx(r"som ingen (?:har )?(?:fragat|fragade) mig om", r"(?:nobody|no one|noone) (?:has |even )?(?:asked|ask) me\b", r"utan att (?:nagon|nan) (?:har )?fragat mig")
# stop 20: kin who said what will be done with the writer, which no theme day or story outweighs:
# "vi hade temadag om barns rättigheter idag … pappa har sagt att jag ska bli 'gjord' … när vi åker till Sudan på fredag"
KIN_SAID_MY_FATE = _rx(r"(?:pappa|mamma|farsan|morsan|farmor|mormor|min \w+) (?:har )?(?:sagt|sa|sagt till mig|berattat) (?:att )?(?:jag|ja) ska (?:bli|gifta|aka|skickas|lamnas)",
                       r"(?:my )?(?:dad|mum|mom|father|mother|grandma|gran) (?:has )?(?:said|says|told me) (?:that )?(?:i|i m|i am) (?:will|ll|am going to|m going to|going to) (?:be|get|marry|go|stay)")
# stop 20: her address spread among kin with a call to act: "my uncle just posted my address in the family whatsapp group and wrote that 'someone should deal with her'"
ADDRESS_SPREAD = _rx(r"(?:posted|shared|spread|sent out|lade ut|delade|postade|skickade ut|spred) (?:my|min|her|hennes) (?:new |nya )?(?:address|adress)")
SHOULD_DEAL_WITH_HER = _rx(r"(?:someone|somebody|nagon|nan|ni|you) (?:should|must|ought to|needs to|borde|maste|bor|ska) (?:\w+ ){0,2}(?:deal with|take care of|handle|sort out|teach|ta hand om|ta itu med|losa|straffa|punish|lara) (?:her|me|henne|mig)\b")
