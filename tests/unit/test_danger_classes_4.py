"""Classes of danger and of false alarm found in development set 7 and the training data (sv and en).

Each case is a new sentence of a class, not one from the evaluation sets or data/nlu, in
Swedish (also without å/ä/ö, with slang) and English. The near-misses use the same words for
something that is not danger now (past, habitual, far off, news, fiction, school work, a
worry, a question) and must stay non-emergency.
"""
import pytest

from safety.danger import detect_danger
from danger_cases import cases as _cases

EMERGENCY_CLASSES = {
    "a_door_being_broken_in": [
        "jag har låst in mig i badrummet och farsan försöker sparka in dörren",
        "brorsan haller pa att sla sonder dorren till mitt rum",
        "han bänder upp ytterdörren just nu",
        "my uncle is trying to kick the door in, i'm in the bathroom",
        "someone is ramming my door and the lock won't hold",
    ],
    "being_chased": [
        "sprang ut genom köket och nu jagar min bror mig med bilen",
        "farsan jagar mig pa gatan, hjalp",
        "my cousins are chasing me through the park right now",
        "help he's chasing me down the street",
    ],
    "not_coming_home_alive": [
        "brorsan sa att om jag träffar honom igen så kommer jag inte hem levande",
        "de sa att jag inte kommer hem levande ikväll",
        "dad said if i go to that party i won't come home alive",
        "they told me i won't make it home alive tonight",
    ],
    "thrown_from_a_balcony_or_window": [
        "pappa hotar att kasta ut mig från balkongen",
        "han sa att han ska knuffa henne ut genom fönstret",
        "my brother says he'll throw me off the balcony if i talk back",
    ],
    "a_weapon_named_or_shown": [
        "🔪 brorsan. hjälp",
        "🔫 my dad is in the hall",
        "min farbror står i köket med en machete",
        "my stepbrother has a machete and is shouting at mum",
        "han har nåt vasst i handen och skriker",
        "my stepdad has a sword and said tonight he'll do what should have been done years ago",
    ],
    "held_in_a_house_unable_to_leave": [
        "Kurator här. Min elev säger att familjen håller henne kvar i huset och hon kan inte gå därifrån",
        "my client's in-laws are keeping her in their flat and she can't leave",
        "they hid my shoes and my keys so i can't leave",
        "pappa har satt ett hänglås på utsidan av min dörr",
    ],
    "held_abroad_phone_and_passport_taken": [
        "vi skulle vara på semester i Irak men de tog mitt pass och min mobil och säger att det här är mitt hem nu",
        "i'm in somalia, my uncle took my passport and says this is my home now",
        "writing from pakistan, they burned my passport",
        "jag är i Kurdistan och pappa säger att jag aldrig ska se Sverige igen",
    ],
    "suicidal_goodbye_and_no_point": [
        "jag har skrivit avskedsbrev till mina syskon ikväll",
        "i've written goodbye notes to my family, they'll never let me be me so whats the point",
        "det här blir min sista kväll",
        "tonight is my last night, i've decided",
        "ska sluta finnas, har en plan",
    ],
    "veiled_threat_with_a_time": [
        "de sa att efter middagen ska de lära mig. förra gången hamnade jag på sjukhus",
        "he said when his brothers come tonight i'll learn what happens to girls who disobey",
        "they said after dinner they're going to teach me, last time i ended up in hospital",
        "farbror sa att idag var sista varningen",
        "mum said she can't protect me after tonight",
    ],
    "own_wedding_within_days": [
        "de har köpt biljetter till ett bröllop på lördag och det är MITT bröllop",
        "vi ska på bröllop i helgen och jag fattade just att det är mitt",
        "there's a wedding on friday and i just found out it's mine, i've never met him",
        "the nikah is on sunday and nobody even asked me",
    ],
    "cutting_planned_soon_told_by_a_professional": [
        "School nurse. A girl told me she will be cut during the trip that starts next week",
        "jag är lärare, en elev berättade att hon ska omskäras om typ fem dagar när de reser",
        "min lillasyster ska fixas när vi är i Somalia, vi flyger på måndag",
    ],
    "taken_off_in_a_car_not_coming_back": [
        "my uncles took my sister away in the car and said she won't come back",
        "min kusin sitter i en bil och vet inte vart den åker",
        "they're dragging me to the car",
    ],
    "hunted_or_searched_for_tonight": [
        "de kommer leta efter mig ikväll när de märker att jag är borta",
        "they will come looking for me tonight when they see i'm gone",
    ],
    "cannot_talk_they_are_listening": [
        "kan inte prata dom lyssnar",
        "can't talk, he can hear me",
    ],
}

NEAR_MISSES = {
    "old_violence_with_a_story_turning_now": [
        "my dad hit me for years but now i've moved out and want to report him",
        "hennes pappa slog henne när hon var liten, nu är hon 19 och vill anmäla",
        "my brother hit me before, not now but before, should i tell someone",
        "min man knuffade mig två gånger förra året, nu bor jag själv",
    ],
    "marriage_long_ago_or_far_off_with_now": [
        "i got married at 14 and now i'm 17, is it valid",
        "jag förlovades när jag var 12 och nu är jag 15, måste jag gifta mig",
        "my aunt married young and now her daughters have the same rules",
        "farmor gifte sig som 13-åring och nu tjatar hon om att jag ska förlovas när jag fyller 18",
    ],
    "an_age_is_no_clock_time": [
        "i got engaged at 11 and now im 16, does it still count",
        "my parents married me off at 18 and i still feel trapped in it, what can i do",
    ],
    "door_words_that_are_not_a_break_in": [
        "farsan lagade dörren som gick sönder förra året",
        "we watched a film where the police kick the door in",
    ],
    "chasing_in_a_game_or_habit": [
        "lillebror jagar mig runt huset med vattenpistol haha",
        "my little brother keeps chasing me around the garden lol",
    ],
    "weapons_in_fiction_school_or_cooking": [
        "i spelet har min karaktär en machete",
        "we are writing an essay about swords in the middle ages",
        "🔪🍅 ska laga mat med mamma ikväll",
    ],
    "held_abroad_worries_and_questions": [
        "what should i do before a trip if im scared i wont be allowed back",
        "vad händer på flygplatsen om jag har utreseförbud",
        "our flight to Turkey is tomorrow and I can't find my passport",
    ],
    "suicide_words_in_school_work_and_plain_questions": [
        "vi läser Romeo och Julia i svenskan, varför tar han livet av sig?",
        "i dont want to live with my parents anymore, can i get my own flat at 18",
        "what's the point of homework in year 9",
        "my last night at the summer camp was so fun",
    ],
    "veiled_words_about_the_past_or_school": [
        "teacher said she will teach me french next term",
        "läraren ska lära mig matte efter skolan",
    ],
    "weddings_of_others_or_school": [
        "vi ska ha prov om tvångsäktenskap på fredag",
        "my cousin's wedding is on saturday and i'm so excited",
    ],
    "cutting_past_risk_and_news": [
        "16, tjej. min syster blev omskuren när hon var liten och nu säger farmor att jag också borde",
        "i saw a video about fgm on tiktok and now im scared",
        "im cut myself and have a daughter, how do i protect her",
    ],
    "over_broad_help_phrases": [
        "are you obliged to call the police if i tell you about my family",
        "my sister doesnt know where i live since i moved, should i reply",
        "can i call ud even if im not in danger yet",
        "kan man ringa polisen om det inte är akut",
        "im scared my brothers will find me if the shelter is in my city",
        "my cousin is 18 soon, will soc kick her out of the placement",
    ],
    "pets_and_pranks_locked_in": [
        "min hund blev inlåst i tvättstugan hela natten, stackarn",
        "killarna låste in oss i omklädningsrummet på skoj",
        "my cat has been hiding behind the sofa all day",
    ],
}




@pytest.mark.parametrize("text", _cases(EMERGENCY_CLASSES))
def test_new_class_of_danger_now_is_an_emergency(text):
    verdict = detect_danger(text)
    assert verdict.level == "emergency", verdict


@pytest.mark.parametrize("text", _cases(NEAR_MISSES))
def test_near_miss_past_far_off_fiction_or_question_is_not_an_emergency(text):
    verdict = detect_danger(text)
    assert verdict.level != "emergency", verdict
