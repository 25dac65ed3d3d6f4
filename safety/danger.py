"""The deterministic danger detector: danger now or imminent, personal harm, or neither.

It reads folded text (see normalise.fold: no case, å/ä/ö as a/o) with tables of
regular expressions, so it recognises inflections, missing diacritics and
English, and it weighs time words ("nu", "imorgon" against "förra året") and
contexts that are not emergencies (news, school work, fiction, jokes,
hypothetical questions). It is the safety net under the intent classifier.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Pattern, Tuple

from safety.age import parse_age
from safety.normalise import fold

F = r"(?:\w+ ){0,4}"  # up to four filler words


def _rx(*alternatives: str) -> Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


WEEKDAYS_SV = "mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag"
WEEKDAYS_EN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
NUMBER = r"(?:en|ett|tva|tre|fyra|fem|sex|a|one|two|three|four|five|few|couple of|\d+)"

# --- time -----------------------------------------------------------------
SOON = _rx(
    r"nu", r"idag", r"i dag", r"ikvall", r"i kvall", r"inatt", r"i natt", r"imorgon",
    r"i morgon", r"imorn", r"i morn", r"imorron", r"i overmorgon", r"i helgen",
    rf"(?:pa )?(?:{WEEKDAYS_SV})", r"nasta vecka", r"den har veckan", r"denna vecka",
    rf"om {NUMBER} (?:dag|dagar|veckor|vecka|timme|timmar)", r"om en stund", r"snart",
    r"(?:en|ett par) (?:vecka|dagar) pa (?:mig|dig|henne)",
    r"imorse", r"i morse", r"this morning", r"flygplats\w*", r"arlanda", r"kastrup", r"landvetter",
    r"airport", r"now", r"today", r"tonight", r"tomorrow", r"this weekend", r"next week", r"this week",
    rf"(?:on )?(?:{WEEKDAYS_EN})", rf"in {NUMBER} (?:days?|hours?)", r"in an hour", r"soon", r"asap",
)
LATER = _rx(
    r"i sommar", r"till sommaren", r"nasta sommar", r"om ett ar", r"nasta ar", r"nar jag fyller",
    r"efter studenten", r"i framtiden", r"nagon gang", r"om nagra ar", r"till jul", r"pa sommarlovet",
    r"nar jag (?:fyllt|ar) \d+", r"efter (?:att )?jag fyll\w*",
    r"next summer", r"this summer", r"next year", r"when i turn", r"in the future", r"someday",
    r"one day", r"after graduation", r"in a few years", r"summer holidays?", r"after i turn",
    r"when i m \d+", r"at some point",
)
NOW = _rx(r"nu", r"just nu", r"nu just", r"nyss", r"right now", r"now", r"atm", r"pa en gang",
          r"just now", r"rn")
# violence that has just happened: "slog mig nyss", "för en stund sen", "a minute ago"
RECENT = _rx(r"nyss", r"for en stund (?:sedan|sen)", r"for (?:fem|tio|nagra|\d+) minuter (?:sedan|sen)",
             r"just now", r"rn", r"a (?:minute|moment|few minutes) ago", r"minutes ago")
STRONG_PRESENT = _rx(r"just nu", r"nyss", r"for en stund sen", r"rn", r"igen", r"idag", r"i dag", r"ikvall", r"inatt", r"imorgon",
                     r"i morgon", r"right now", r"again", r"today", r"tonight", r"tomorrow")
HELP_CALL = _rx(r"hjalp", r"help", r"sos", r"snalla", r"please")

# --- emergencies ------------------------------------------------------------
SELF_HARM = _rx(
    r"vill (?:bara )?do", r"vill inte leva", r"orkar inte leva", r"vill inte finnas",
    r"orkar inte (?:mer|langre) med (?:livet|allt)", r"ta livet av (?:mig|sig)",
    r"tar livet av (?:mig|sig)", r"ta mitt liv", r"sjalvmord\w*", r"skada (?:mig|sig) sjalv",
    r"skadar (?:mig|sig) sjalv", r"skar mig", r"skara mig", r"skar (?:mig|sig) i armarna",
    r"kill (?:my ?self|herself|himself|themselves)", r"killing myself", r"suicid\w*",
    r"end (?:my|her|his) life", r"end it all", r"(?:want|wants|wanna) to die", r"wanna die",
    r"hurt (?:my ?self|herself|himself)", r"hurting myself", r"cut(?:ting)? (?:my ?self|herself)",
    r"self harm\w*", r"don t want to live", r"dont want to live", r"no reason to live",
    r"better off dead", r"battre om jag var dod", r"skadat (?:mig|sig) sjalv",
    r"(?:tagit|tog|svalt|svalde) (?:\w+ ){0,4}\w*(?:tablett\w*|piller|pillren)", r"overdos\w*",
    r"(?:took|taken|swallowed) (?:\w+ ){0,4}\w*(?:pills|tablets)",
    r"(?:ta|tar|svalja|take|swallow) (?:alla|allihop|all of them|them all)", r"skurit (?:mig|sig)",
    r"bloder mycket", r"bleeding a lot", r"(?:tanker|ska|vill) hoppa", r"hoppa (?:fran|framfor|ut)",
    r"(?:star|statt|sitter|suttit) (?:\w+ )?pa (?:en bro|bron|taket|kanten)",
    r"ending things", r"end things", r"avsluta (?:allt|livet)", r"gora slut pa (?:allt|livet)",
    r"(?:standing|sitting) on (?:a|the) (?:bridge|roof|ledge)",
    r"don ?t want to be alive", r"(?:inte|aldrig) vill (?:leva|vara vid liv)", r"om jag inte (?:fanns|finns)",
    r"better off without me", r"battre utan mig", r"(?:pills|tablets) in my hand",
    r"(?:piller|tabletter) i handen", r"tonight is the night",
    r"somna och (?:aldrig |inte )vakna", r"fall asleep and (?:not|never) wake up", r"ingen utvag",
    r"(?:no|can ?t see a) way out", r"skrivit (?:brev|avskedsbrev) till", r"written (?:letters|a letter) to",
    r"gett bort mina (?:grejer|saker)", r"giving (?:my|all my) (?:stuff|things) away", r"ready to end it", r"jump(?:ing)? (?:off|in front)",
    r"(?:thinking about|going to) jump(?:ing)?", r"avskedsbrev\w*", r"goodbye (?:letter|note)",
    r"suicide note", r"(?:want|going) to end it", r"pa mig sjalv", r"on myself",
)
KILL_SV = r"(?:doda|dodar|dodat|morda|mordar|ha ihjal|slar ihjal|sla ihjal|skjuta)"
THREAT_TO_KILL = _rx(
    rf"hot(?:ar|ade|at|ad|as|ats)? {F}(?:att |med att )?{KILL_SV}",
    r"dodshot\w*", r"mordhot\w*",
    rf"(?:ska|kommer|tanker|vill|skulle|tanka|ger sig pa att) {F}{KILL_SV} (?:mig|mej|oss|henne|honom|dig|dem|mamma|pappa|min|mitt|mina|syrran|brorsan)",
    rf"threat\w* to kill", r"death threats?", r"threaten\w* (?:my|her|his) life",
    r"(?:ar|e) dod (?:nar|om|sen)", r"gora slut pa (?:mig|henne|honom)",
    r"(?:finish|end) (?:me|her|him) off", r"(?:will|gonna|going to) finish (?:me|her|him)",
    r"you re dead", r"i m dead when", r"im dead when",
    rf"{KILL_SV} (?:han|hon|de|dom|dem|pappa|brorsan) (?:mig|oss|henne|honom)",
    r"(?:dodar|mordar|skjuter) (?:\w+ ){0,2}(?:mig|oss|henne)", r"planerar att (?:doda|morda)",
    r"(?:ska|kommer att|kommer) do\b", r"sa dor (?:jag|du|hon)", r"won ?t live", r"will not live",
    r"(?:att|that) (?:jag|i) (?:ska|will) (?:forsvinna|disappear)", r"(?:kill|kills) (?:me|her|us)",
    r"(?:inte )?(?:kommer|ska) (?:inte )?overleva", r"won ?t survive", r"not (?:going to )?survive",
    r"vet var du bor", r"hittar (?:vi|de|dom|han) dig", r"we know where you (?:live|are)",
    r"(?:we|they) (?:will|ll) find you",
    r"(?:will|gonna|going to|wants? to|would|is going to|are going to|said (?:he|she|they) d) (?:\w+ ){0,2}kill (?:me|her|him|us|them|my)",
)
LOCKED_IN = _rx(
    r"(?:last|laser|laste|stangt|stanger|stangde) in (?:mig|mej|oss|henne|honom|dem)",
    r"(?:last|laser|laste|stangt|stanger|stangde) in (?:min|mitt) (?:syster|bror|mamma|dotter|son|barn)",
    r"(?:de|dom|han|hon) har last\b", r"inlast\w*", r"instangd\w*", r"stangd inne", r"(?<!ingen )(?:last|laser|laste) dorren", r"kommer inte ut",
    r"(?:tagit|tog) (?:mina |alla )?nycklar\w*", r"took (?:my|the) keys",
    r"kept in (?:her|his|my|their) room", r"won t let (?:her|him|me|us) out",
    r"keep(?:s|ing)? (?:me|her|him) (?:locked|inside)", r"stuck in (?:the|my|a) \w+",
    r"fast (?:i|pa) (?:kallaren|rummet|forradet|vinden)", r"won ?t open (?:up|the door)",
    r"oppnar inte dorren", r"locked myself in", r"locked from (?:the )?outside", r"last utifran",
    r"spikat igen", r"nailed (?:\w+ ){0,3}shut",
    r"locked (?:me|us|her|him|them) (?:in|up)", r"lock(?:s|ing)? (?:me|us|her|him) (?:in|up)",
    r"locked in", r"can t get out", r"cant get out", r"won t let me (?:leave|out)",
    r"far inte (?:ga|komma) ut ur (?:rummet|huset|lagenheten)",
)
WEAPON = _rx(r"\w*kniv\w*", r"pistol\w*", r"vapen", r"vapnet", r"gevar\w*", r"yxa\w*",
             r"baseb[ao]ll ?tra\w*", r"\w*hammare\w*",
             r"hammare\w*", r"basebolltra\w*", r"tillhygge\w*",
             r"knife", r"knives", r"gun", r"guns", r"weapon\w*", r"pistol", r"rifle", r"hammer",
             r"baseball bat", r"axe")
PERSON = _rx(r"han", r"hon", r"de", r"dom", r"pappa", r"farsan", r"mamma", r"morsan", r"bror",
             r"brorsan", r"broder", r"farbror", r"morbror", r"kusin\w*", r"styvpappa", r"min man",
             r"exman\w*",
             r"he", r"she", r"they", r"dad", r"father", r"mum", r"mom", r"brother", r"uncle",
             r"cousin", r"husband", r"someone", r"nagon")
HUNTED = _rx(
    r"star utanfor (?:dorren|huset|min dorr|skolan|porten|fonstret)", r"utanfor min dorr",
    r"letar efter (?:mig|oss|henne)", r"vet var (?:jag|vi) (?:bor|ar)", r"har hittat (?:mig|oss)",
    r"jagar (?:mig|oss)", r"ar i fara", r"radd for mitt liv",
    r"hittat var (?:jag|vi) (?:bor|ar|jobbar)", r"vet var (?:jag|vi) (?:jobbar|pluggar)",
    r"(?:vantar|star) (?:pa|vid|utanfor) (?:\w+ ){0,2}(?:parkering\w*|dorr\w*|huset|skolan|butiken|jobbet|porten|trappan|bussen)",
    r"pa vag hit", r"kommer in i (?:rummet|mitt rum)", r"kommer upp (?:for|i) trappan",
    r"(?:star|sitter|vantar) (?:\w+ ){1,3}utanfor (?:huset|dorren|porten|skolan|lagenheten|jobbet)", r"kommer efter (?:mig|oss)",
    r"bankar pa (?:min |var )?dorr\w*", r"(?:star|vantar|sitter) (?:nere )?(?:pa gatan|utanfor \w+|vid dorren)",
    r"letar (?:\w+ ){0,3}efter (?:mig|oss|henne)", r"hittat (?:min|var) (?:nya )?(?:adress|lagenhet)",
    r"ar (?:forsvunnen|borta sen)", r"kor mig (?:\w+ ){0,2}(?:nanstans|nagonstans)",
    r"ligger pa golvet", r"brattom", r"akut", r"(?:star|vantar) (?:han|hon|de|dom) (?:vid|utanfor) \w+",
    r"outside (?:the|my|our) \w+", r"banging on (?:my|the) door", r"coming (?:upstairs|for me|after me|in)",
    r"search\w* (?:\w+ ){0,3}for me", r"found my (?:new )?address", r"(?:is|has gone|went) missing",
    r"don ?t know where (?:they|he|she) (?:are|is) taking", r"on the floor",
    r"urgent", r"emergency", r"(?:he|she|they) (?:is|are|s|re) coming",
    r"gommer mig", r"gomt mig", r"sitter gomd", r"(?:i m|im|i am) hiding", r"hiding in the \w+ and",
    r"(?:han|hon|de|dom|pappa|farsan|brorsan) (?:ar|e) (?:har|hemma) nu", r"(?:han|hon|de|dom) (?:ar|e) har",
    r"(?:they|he|she) (?:re|s|are|is) (?:here|at the door|back)", r"there here", r"snalla kom",
    r"kan (?:nan|nagon) komma", r"come (?:quick|now|fast)", r"hurry", r"skynda",
    r"ropa\w* pa hjalp", r"skrik(?:er)? pa hjalp", r"screaming for help", r"hor skrik",
    r"(?:dom|de) tar mig", r"they ?re taking me", r"hamta (?:hem )?mig", r"to take me (?:back|home)", r"forsoker ta sig in",
    r"(?:bryta|bryter) sig in", r"trying to (?:get|break) in", r"breaking in", r"tvingar in (?:mig|henne|honom) i", r"drar in (?:mig|henne) i bilen",
    r"(?:waiting|standing) outside", r"coming up the stairs", r"on (?:their|his|her) way (?:here|over)",
    r"they r coming", r"they re coming", r"forc\w* (?:me|her) into", r"drag\w* (?:me|her) into",
    r"ring polisen", r"hjalp mig nu", r"kom (?:hit|fort)",
    r"outside (?:my|the) (?:door|house|school|window)", r"looking for me", r"found me",
    r"in danger", r"fear for my life", r"afraid for my life",
    r"scared for my life", r"call the police", r"help me now", r"know where i (?:live|am)",
)
VIOLENCE_PRESENT = _rx(
    r"slar", r"misshandlar", r"sparkar", r"stryper", r"kvaver", r"knuffar", r"bankar", r"piskar",
    r"attackerar", r"drar i haret", r"gar pa (?:mig|henne|honom|mamma)",
    r"hitting", r"beating", r"kicking", r"choking", r"strangling", r"attacking", r"punching",
    r"hits", r"beats", r"hurting", r"slutar inte", r"won ?t stop",
    r"blir (?:slagen|misshandlad|sparkad)",
)
# violence in progress whatever the time words: strangling, "blir slagen", "is being beaten"
VIOLENCE_ONGOING = _rx(
    r"stryper (?:mig|henne|honom)", r"(?:forsokte|forsoker) stryp\w*",
    r"(?:is|are|being) (?:choking|strangling) (?:me|her|him)", r"tried to (?:choke|strangle)",
    r"(?:is|am|are) (?:being|getting) (?:beaten|hit|attacked|hurt|kicked)",
    r"just (?:hit|slapped|beat|kicked|punched|choked) (?:me|her|him)", r"strypgrepp",
    r"haller pa att (?:sla|doda|strypa|misshandla)", r"is about to (?:hit|kill|beat)",
    r"(?:tog|tar|hade) (?:tag|strypgrepp) (?:om|runt|i) (?:min|hennes|mammas) hals",
    r"grabbed (?:me by )?(?:my|her) (?:throat|neck)", r"(?:hands|hand) (?:around|round) (?:my|her) (?:throat|neck)",
)
HABITUAL = _rx(r"ibland", r"ofta", r"brukar", r"varje (?:dag|vecka|gang)", r"hela tiden", r"alltid",
               r"sometimes", r"often", r"always", r"every (?:day|week|time)", r"all the time")
FOLLOWING = _rx(r"foljer efter (?:mig|oss|henne)", r"following (?:me|us|her)", r"follows (?:me|us|her)")
CANNOT_BREATHE = _rx(r"kan inte andas", r"can ?t breathe")
HELD_AWAY = _rx(r"(?:inte (?:fa|kunna) )?komma hem igen", r"far inte (?:aka|komma) hem",
                r"(?:inte|aldrig) (?:ska|far|kommer) (?:aka |komma )?tillbaka", r"gomt (?:mitt|hennes) pass",
                r"hidden (?:my|her) passport", r"not (?:going|coming) back", r"never coming back",
                r"don ?t think i ?m coming back", r"(?:ska|kommer) bli kvar", r"enkel ?resa",
                r"one ?way ticket", r"ska inte tillbaka", r"won ?t need (?:it|them) where",
                r"never come back", r"won ?t let me (?:come|go) (?:back|home)", r"for good",
                r"cant go home", r"can ?t go home")
ONLY_HELP = re.compile(r"^(?:snalla |please |pls )?(?:hjalp|help|sos)(?: mig| me)?(?: snalla| please| pls| nu| now)*$")
TRAVEL = _rx(r"aka|aker|akt|ska resa|reser|resan|skicka\w*|flyg\w*|planet|biljett\w*|lamna (?:mig|henne)",
             r"stanna (?:dar|kvar)|stay there|plane|airport|flygplats\w*|kastrup|arlanda|landvetter",
             r"ta (?:mig|henne|honom)|tar (?:mig|henne|honom)|tvinga\w*",
             r"send\w*|sent|taking (?:me|her|him)|take (?:me|her|him)|taken|travel\w*|fly\w*",
             r"(?:tagit|tog) (?:mitt|hennes) pass|took my passport|visit",
             r"flight|tickets?|leave (?:me|her)|trip|going|leav(?:e|ing) for",
             r"kor (?:mot|till)|driving (?:to|towards)")
ABROAD = _rx(
    r"utomlands", r"hemlandet", r"hemland", r"utlandet", r"abroad", r"back home", r"home country",
    r"flygplats\w*", r"kastrup", r"arlanda", r"landvetter", r"airport", r"(?:hem)?byn", r"village",
    r"(?:mitt|hennes|my|her) pass(?:port)?", r"till flyget", r"to the airport",
    r"(?:i|in) (?:irak|iraq|iran|syrien|syria|somalia|afghanistan|pakistan|turkiet|turkey|libanon|"
    r"lebanon|kosovo|marocko|morocco|eritrea|etiopien|ethiopia|indien|india|bangladesh|egypten|egypt|"
    r"jemen|yemen|gambia|sudan|kurdistan|algeriet|algeria|tunisien|tunisia|libyen|libya|jordanien|"
    r"jordan|palestina|palestine|bosnien|bosnia|albanien|albania|tjetjenien|chechnya)",
    r"(?:till|to|for) (?:erbil|mosul|bagdad|baghdad|kabul|mogadishu|hargeisa|lahore|karachi|islamabad|"
    r"beirut|algeriet|algeria|tunisien|tunisia|libyen|libya|jordanien|jordan|albanien|albania|"
    r"tjetjenien|chechnya|hembyn)",
    r"(?:till|to|for) (?:irak|iraq|iran|syrien|syria|somalia|afghanistan|pakistan|turkiet|turkey|"
    r"libanon|lebanon|kosovo|marocko|morocco|eritrea|etiopien|ethiopia|indien|india|bangladesh|"
    r"egypten|egypt|jemen|yemen|gambia|sudan|kurdistan|palestina|palestine|bosnien|bosnia)",
)
# being married off: imminent when a time word says so
MARRY = _rx(r"gifta bort", r"giftas", r"tvangsgift\w*", r"tvangsaktenskap\w*", r"forlovas",
            r"forlova (?:mig|henne)", r"forced to marry", r"marry (?:me|her) off", r"married off",
            r"make (?:me|her) marry", r"wants? (?:me|her) to marry", r"(?:me|her) to get married",
            r"forc\w* (?:me|her) to marry", r"marry(?:ing)? (?:me|her) off")
STAY = _rx(r"lamna (?:mig|henne|honom|oss)", r"stanna (?:dar|kvar)", r"komma tillbaka", r"pass\w*",
           r"skicka\w* (?:mig|henne|honom)", r"skickas", r"send\w* (?:me|her|him)", r"being sent", r"(?:ta|tar) (?:mig|henne)",
           r"tak\w* (?:me|her)", r"leave (?:me|her|him|us)", r"stay there", r"bli kvar", r"lamnas kvar",
           r"left (?:there|behind)", r"stay behind", r"come back", r"passport", r"kept there")
# someone missing after travel, or a cut-off phone
MISSING_ABROAD = _rx(r"har inte svarat", r"svarar inte", r"(?:telefon|mobil)\w* ar avstangd",
                     r"(?:phone|mobile) is (?:off|dead)", r"not answering", r"hasn ?t answered",
                     r"can ?t reach (?:her|him|them)")
# on the way, with anger behind it
ON_THE_WAY = _rx(r"pa vag hem", r"pa vag hit", r"on (?:his|her|their) way (?:home|here|over|back)")
ANGER = _rx(r"fick veta", r"fatt veta", r"found out", r"arg", r"rasande", r"angry", r"furious",
            r"hot\w*", r"threat\w*", r"the boys", r"grabbarna", r"sa att")
# a wedding as such: only with unwillingness, or when the writer is a child
WEDDING = _rx(r"brollop\w*", r"forlov\w*", r"wedding", r"engaged", r"engagement", r"as a wife",
              r"som fru", r"bli (?:hans )?fru", r"fest for mig", r"brud\w*", r"bride",
              r"gifta (?:mig|sig|henne)", r"gifter (?:mig|sig)", r"gift med", r"nikah", r"marry",
              r"married", r"marrying", r"get engaged to")
UNWILLING = _rx(r"vill inte", r"tvingas", r"tvingar", r"radd", r"hjalp", r"don t want", r"dont want",
                r"forced?", r"scared", r"afraid", r"help", r"against my will", r"mot min vilja",
                r"fick veta", r"horde att", r"found out", r"just heard", r"never agreed", r"inte gatt med pa",
                r"planned for me", r"without asking", r"planerat \w* ?for mig", r"utan att fraga",
                r"trodde (?:vi|jag) skulle", r"thought we were", r"lurad\w*", r"lurade", r"tricked",
                r"annars", r"or else", r"ingen (?:sager|berattar)", r"nobody (?:will )?tells?")

# --- harm (not imminent) ---------------------------------------------------
VIOLENCE_ANY = _rx(
    r"slar", r"slog", r"slagit", r"slagen", r"misshandl\w*", r"sparka\w*", r"strypt\w*",
    r"knuffa\w*", r"orfil\w*", r"vald", r"blamarken", r"far illa",
    r"hit", r"hits", r"hitting", r"beat\w*", r"kicked", r"slapped", r"abus\w*", r"violen\w*",
    r"bruises?",
)
THREATS = _rx(r"hot(?:ar|ade|at|ad|as|ats|else|elser)", r"threat\w*")
CONTROL = _rx(
    r"(?:kollar|kontrollerar|laser|gar igenom|snokar i) (?:\w+ ){0,2}(?:mobil\w*|telefon\w*|meddelanden|sms|chatt\w*|snap\w*)",
    r"far inte (?:ha|ga|traffa|vara|ta|valja|bestamma|kla|aka|prata|umgas|skaffa|plugga|jobba|lamna|sova|delta|folja)",
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
)
FORCED_MARRIAGE = _rx(
    r"gifta bort", r"vill att jag (?:ska )?gifta mig", r"tvinga\w* (?:mig |henne )?att gifta",
    r"tvangsgift\w*", r"tvangsaktenskap\w*", r"make me marry", r"want me to marry",
    r"force\w* (?:me |her )?to marry", r"arranged marriage", r"forced marriage", r"marry me off",
    r"(?:ska|vill) (?:att jag ska )?gifta mig med", r"bortgift\w*", r"(?:maste|ska) gifta mig",
    r"far bara gifta mig", r"(?:have|has|need) to marry", r"must marry", r"can only marry",
    r"(?:be|get) engaged", r"married off",
)
FGM = _rx(r"omskar\w*", r"omskur\w*", r"made clean", r"gora (?:\w+ )?(?:mig|henne|\w*syster|dotter\w*) ren", r"konsstymp\w*", r"fgm", r"circumcis\w*", r"mutilat\w*",
          r"cut (?:me|her|my (?:\w+ )?(?:sister|daughter))")

# --- contexts that are not emergencies ------------------------------------
SUPPRESSORS: Tuple[Tuple[str, Pattern[str]], ...] = (
    ("news", _rx(r"nyheter\w*", r"nyhet", r"artikel\w*", r"tidning\w*", r"aftonbladet", r"expressen",
                 r"reportage", r"dokumentar\w*", r"las(?:te)? om", r"news", r"article", r"newspaper",
                 r"documentary", r"read about", r"podd\w*", r"podcast")),
    ("school_work", _rx(r"uppsats\w*", r"skolarbete\w*", r"grupparbete\w*", r"projektarbete\w*",
                        r"skolprojekt\w*", r"laxa", r"laxan", r"laxor", r"skriver om", r"essay",
                        r"homework", r"school project", r"assignment", r"writing about",
                        r"redovisning\w*", r"samhallskunskap\w*", r"laser om", r"lektion\w*",
                        r"in class", r"lesson")),
    ("fiction", _rx(r"film\w*", r"serie\w*", r"bok", r"boken", r"roman\w*", r"spelet", r"netflix",
                    r"avsnitt\w*", r"karaktar\w*", r"movie", r"series", r"tv show", r"book", r"novel",
                    r"video ?game", r"episode", r"character", r"fortnite", r"gta", r"minecraft",
                    r"anime", r"pjas\w*", r"teater\w*", r"fifa", r"schack", r"chess", r"pingis",
                    r"i spel\w*", r"at cards", r"kortspel\w*")),
    ("joke", re.compile(r"(?<!inget )(?<!inte ett )(?<!not a )(?<!no )(?<!not )\b(?:lol|haha\w*|ha ha|xd|ett skamt|bara skamt\w*|skamtar|skamtade|"
                        r"skojar|jk|just kidding|kidding|dor av skratt|lmao)\b(?! inte)")),
)
PAST = _rx(
    r"forra (?:aret|sommaren|vintern|manaden)", rf"for (?:typ |ca |cirka |ungefar |nastan |over )?{NUMBER} (?:ar|manader|veckor) (?:sedan|sen)",
    r"nar jag var (?:liten|yngre|barn|\d+|\w+ ar)", r"som barn", r"som liten", r"last year",
    r"years ago", r"months ago", r"when i was (?:little|a kid|young|younger|a child|\d+)",
    r"as a kid", r"used to", r"long ago", r"lange sedan", r"lange sen",
)
HYPOTHETICAL = re.compile(
    r"^(?:vad|hur|ar det|kan man|far man|vilket|what|how|is it|can someone|can you|is there|are)\b"
    r".*\b(?:om (?:nagon|man|en)|olagligt|lagligt|straff\w*|brott|if someone|if a|illegal|legal|"
    r"crime|happens if|what is|vad ar|vad betyder|mean|for nat|for nagot)\b"
)
FIRST_PERSON = _rx(r"jag", r"ja", r"mig", r"mej", r"min", r"mina", r"mitt", r"vi", r"oss",
                   r"me", r"my", r"we", r"us", r"our", r"i m", r"im", r"i (?:am|was|have|want|"
                   r"don t|dont|can|think|feel|need|will|got|just|really)")
CLOSE_PERSON = _rx(
    r"(?:min|mitt|mina|my|our) (?:\w+ )?(?:syster|syrra|bror|brorsa|lillasyster|lillebror|"
    r"storasyster|storebror|kompis|van|vaninna|flickvan|pojkvan|kusin|dotter|son|mamma|mor|barn|"
    r"klasskompis|sister|brother|friend|bestie|cousin|daughter|mum|mom|mother|girlfriend|"
    r"boyfriend|kid|child|niece|nephew|systerdotter|brorsdotter)", r"syrran", r"brorsan", r"morsan",
)
SELF_OBJECT = _rx(r"jag", r"mig", r"mej", r"me", r"i m", r"im", r"i am", r"myself")

HARM_CATEGORY_OF = {
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


WRITER_BEFORE = re.compile(r"\b(?:jag|ja|i)\s*$")
KILL_VERB = re.compile(rf"\b(?:{KILL_SV}|kill)\b")
MODAL_START = re.compile(r"(?:ska|kommer|tanker|vill|skulle|tanka|will|gonna|going|wants?|would)\b")


def _find_threat(text: str) -> Optional[str]:
    """A threat to kill, unless the writer is the one saying it ("jag ska döda honom")."""
    for match in THREAT_TO_KILL.finditer(text):
        phrase = match.group(0)
        said_by_writer = (MODAL_START.match(phrase) and KILL_VERB.search(phrase)
                          and WRITER_BEFORE.search(text[: match.start()]))
        if not said_by_writer:
            return match.group(0)
    return None


def _soon_not_later(text: str) -> bool:
    return bool(SOON.search(text)) and not LATER.search(text)


def _emergency(text: str) -> Optional[Tuple[str, str]]:
    """(category, matched phrase) of the first emergency pattern that fires."""
    for category, found in (
        ("self_harm", _find(SELF_HARM, text)),
        ("threat_to_kill", _find_threat(text)),
        ("locked_in", _find(LOCKED_IN, text)),
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
    if weapon and PERSON.search(text):
        return "weapon", weapon
    wedding = _find(WEDDING, text)
    if wedding and not (UNWILLING.search(text) or _child_writer(text)):
        wedding = None
    marry = _find(MARRY, text) or wedding
    if marry and _soon_not_later(text):
        return "married_off_soon", marry
    fgm = _find(FGM, text)
    if fgm and _soon_not_later(text) and (CLOSE_PERSON.search(text) or SELF_OBJECT.search(text)):
        return "fgm_soon", fgm
    travel = _find(TRAVEL, text)
    abroad = ABROAD.search(text) or HELD_AWAY.search(text)
    if abroad and HELD_AWAY.search(text) and (travel or ABROAD.search(text)) \
            and not LATER.search(text):
        return "taken_abroad_soon", abroad.group(0)
    if abroad and MISSING_ABROAD.search(text):
        return "taken_abroad_soon", abroad.group(0)
    on_way = _find(ON_THE_WAY, text)
    if on_way and ANGER.search(text):
        return "help_now", on_way
    if travel and abroad and _soon_not_later(text) and _personal(text) and (
            UNWILLING.search(text) or STAY.search(text) or WEDDING.search(text)):
        return "taken_abroad_soon", f"{travel} … {_find(ABROAD, text)}"
    violence = _find(VIOLENCE_PRESENT, text)
    if violence and (NOW.search(text) or HELP_CALL.search(text)) and not HABITUAL.search(text):
        return "violence_now", violence
    following = _find(FOLLOWING, text)
    if following and NOW.search(text) and not HABITUAL.search(text):
        return "help_now", following
    return None


def _harm(text: str) -> Optional[Tuple[str, str]]:
    """(category, matched phrase) of a non-imminent personal harm."""
    for category, pattern in (
        ("forced_marriage", FORCED_MARRIAGE),
        ("fgm", FGM),
        ("violence", VIOLENCE_ANY),
        ("threats", THREATS),
        ("control", CONTROL),
    ):
        found = _find(pattern, text)
        if found:
            return category, found
    if TRAVEL.search(text) and ABROAD.search(text) and (UNWILLING.search(text) or STAY.search(text)):
        return "taken_abroad", _find(ABROAD, text) or "abroad"
    if MARRY.search(text) or (WEDDING.search(text) and (UNWILLING.search(text) or _child_writer(text))):
        return "forced_marriage", _find(MARRY, text) or _find(WEDDING, text) or "marriage"
    return None


def _child_writer(text: str) -> bool:
    age = parse_age(text)
    return age is not None and age < 18


def _personal(text: str) -> bool:
    return bool(FIRST_PERSON.search(text) or CLOSE_PERSON.search(text))


CUES = _rx(
    r"radd\w*", r"rad", r"panik\w*", r"skrack\w*", r"hjalp\w*", r"snalla", r"polis\w*", r"fara",
    r"rymm\w*", r"rymt", r"flytt?\w* hemifran", r"gomm\w*", r"gomd", r"lever inte", r"liv\w*", r"do",
    r"dod\w*", r"skad\w*", r"blod\w*", r"tvinga\w*", r"last\w*", r"stang\w*", r"kniv\w*",
    r"scared", r"afraid", r"terrified", r"panic\w*", r"help\w*", r"please", r"police", r"danger\w*",
    r"ran away", r"run away", r"hiding", r"hide", r"die", r"dead", r"death", r"life", r"kill\w*",
    r"hurt\w*", r"blood\w*", r"forc\w*", r"lock\w*", r"knife", r"unsafe", r"osaker\w*",
)


def has_danger_cue(text: str) -> bool:
    """Whether a message has any word of fear, danger, help or harm at all."""
    folded = fold(text)
    return bool(CUES.search(folded) or VIOLENCE_ANY.search(folded) or THREATS.search(folded)
                or SELF_HARM.search(folded) or LOCKED_IN.search(folded) or WEAPON.search(folded)
                or MARRY.search(folded) or FGM.search(folded))


def is_personal(text: str) -> bool:
    """Whether a message speaks of the writer or a close person (not news, not a question)."""
    folded = fold(text)
    return _personal(folded) and _context(folded) is None


def _about_other(text: str) -> bool:
    return bool(CLOSE_PERSON.search(text)) and not SELF_OBJECT.search(text)


def _context(text: str) -> Optional[str]:
    """The non-emergency context the text is written in, if any."""
    for name, pattern in SUPPRESSORS:
        if pattern.search(text):
            return name
    if HYPOTHETICAL.search(text) and not SELF_OBJECT.search(text):
        return "hypothetical"
    return None


def detect_danger(text: str) -> DangerVerdict:
    """Classify one message: emergency (danger now or imminent), harm, or none."""
    folded = fold(text)
    if not folded:
        return NONE
    context = _context(folded)
    emergency = _emergency(folded)
    if emergency:
        category, matched = emergency
        other = _about_other(folded)
        if context:
            return DangerVerdict("none", category, other, matched, context)
        if PAST.search(folded) and not STRONG_PRESENT.search(folded):
            level = "harm" if _personal(folded) else "none"
            return DangerVerdict(level, HARM_CATEGORY_OF[category], other, matched, "past")
        return DangerVerdict("emergency", category, other, matched)
    if context or not _personal(folded):
        return NONE
    harm = _harm(folded)
    if harm:
        category, matched = harm
        return DangerVerdict("harm", category, _about_other(folded), matched)
    return NONE
