"""The writer's own age: phrasing variants, school years, and what is not an age."""
import pytest

from safety.age import parse_age


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("jag är 15", 15), ("jag e 15", 15), ("ja e 15 typ", 15), ("är 15 år", 15), ("15 år", 15),
        ("15 år gammal", 15), ("15år", 15), ("femton år", 15), ("jag är femton", 15),
        ("jag är sexton år gammal", 16), ("16 bast", 16), ("jag är tjugotvå", 22),
        ("går i åttan", 14), ("går i sjuan", 13), ("jag går i nian", 15), ("gar i attan", 14),
        ("går första året på gymnasiet", 16), ("går i ettan på gymnasiet", 16),
        ("I'm 16", 16), ("I am 16", 16), ("im 16", 16), ("16 years old", 16), ("16 yo", 16),
        ("16 y/o", 16), ("16yo", 16), ("I'm thirteen", 13), ("twenty-one years old", 21),
        ("15", 15), ("femton", 15), ("sexton.", 16), ("14 år", 14),
        ("jag är 14 och pappa slår mig", 14), ("jag är 16 och min syster är 12", 16),
        ("I'm 17 and my parents want me to marry", 17), ("i'm in 8th grade", 14),
    ],
)
def test_writers_own_age_is_found(text, age):
    assert parse_age(text) == age


@pytest.mark.parametrize(
    "text",
    [
        "min syster är 12", "my brother is 10", "hon är 14 år", "min lillasyster är 12 år",
        "i 15 år", "for 15 years", "15 minuter", "15 min", "kl 15", "15:30", "112", "116 111",
        "2019", "3 syskon", "2 bröder", "när jag var 12", "för 3 år sedan",
        "jag har bott här i 10 år", "hej", "", "😢", "x" * 50_000, "1", "150",
        "jag ska gifta mig när jag är klar med plugget, om typ fem år", "bana 9 är omöjlig, nån som har tips?",
        "min syster är en fjortis", "hon har fyllt 16",
    ],
)
def test_things_that_are_not_the_writers_age_give_none(text):
    assert parse_age(text) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("tjej 16. brorsan bestämmer vilka kläder jag får ha", 16),
        ("kille 15 här, farsan säger att jag inte är hans son", 15),
        ("girl 15 here, my parents read every message", 15),
        ("22F. my family found out", 22),
        ("16 f, bor i malmö", 16),
        ("om jag tar upp det hemma blir det bara värre. är 14", 14),
        ("jag är tjej, 17, och gillar tjejer", 17),
        ("my brothers follow me to school. i'm 15", 15),
        ("min pojkvän vet inte. 16 år", 16),
    ],
)
def test_age_stated_as_a_label_or_in_a_clause_of_its_own_is_found(text, age):
    assert parse_age(text) == age


@pytest.mark.parametrize(
    "text",
    [
        "min syster, 12, blir bortgift", "brorsan, 19, slår mig", "my sister, 12. she is scared",
        "they are taking my 9 year old cousin tomorrow", "min 12-åriga syster ska omskäras",
        "han kommer hem kl 17", "klockan är 17",
    ],
)
def test_someone_elses_age_or_a_time_is_not_the_writers_age(text):
    assert parse_age(text) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("jag fyller 16 i maj och de pratar om giftermål", 15), ("ja fyller 14 snart", 13),
        ("I'm turning 17 next month", 16), ("jag fyllde 13 i förrgår", 13),
        ("I just turned sixteen", 16), ("blev utsatt som liten, är 16 nu och har ont", 16),
        ("sixteen and mum says I'm marrying a guy I've never met", 16),
        ("15 och rädd för min bror", 15), ("14 yo and my dad checks my phone", 14),
    ],
)
def test_turning_turned_now_and_opening_ages_are_found(text, age):
    assert parse_age(text) == age


@pytest.mark.parametrize(
    "text",
    [
        "när jag fyller 18 ska jag flytta", "when i turn 18 they want me to marry",
        "min syster fyller 12 i maj", "två och två är fyra", "sex och samlevnad i skolan",
        "100 and counting",
    ],
)
def test_future_birthdays_other_peoples_birthdays_and_sums_are_not_ages(text):
    assert parse_age(text) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("sitter i nian o mina föräldrar har bestämt allt", 15), ("är i sjuan och får inte ha mobil", 13),
        ("ettan på gymnasiet. mina kusiner går på samma skola", 16), ("nian här. pappa läser allt", 15),
        ("16 (girl). I want to report my uncle", 16), ("15 (boy), my dad hits me", 15),
    ],
)
def test_school_years_with_other_verbs_and_age_with_sex_in_brackets_are_found(text, age):
    assert parse_age(text) == age


@pytest.mark.parametrize(
    "text",
    ["min syster sitter i nian", "hon går i sjuan", "vi pratade om nian i skolan idag, den är svår",
     "mina kusiner går i ettan på gymnasiet"],
)
def test_someone_elses_school_year_or_a_grade_in_passing_is_not_an_age(text):
    assert parse_age(text) is None


@pytest.mark.parametrize(
    "text, age",
    [
        ("är 17 och min mamma kallar mig hora", 17),
        ("hej hej! (är 17) har en fråga", 17),
        ("dom tar hela min lön från sommarjobbet (är 16) och jag får inget bankkort", 16),
        ("jag vill inte gifta mig, är ju bara 16", 16),
        ("lol vet inte vad jag ska göra 😅 e 15 btw", 15),
        ("cut myself pretty deep tonight. 16 if that matters", 16),
        ("he gets home in 20 min (I'm 14)", 14),
        ("min bästis (vi är båda 14) blev slagen", 14),
        ("alla andra i min klass 8B får åka", 14),
    ],
)
def test_swedish_ages_without_jag_asides_in_brackets_and_class_names_are_found(text, age):
    assert parse_age(text) == age


@pytest.mark.parametrize(
    "text",
    [
        "I'm a teacher. A 14 year old pupil just told me she is being cut",
        "Jag är socialsekreterare. En 15-årig flicka ringde mig precis",
        "I'm a social worker. My client (17) has just called from her aunt's place",
        "Youth worker here. One of our girls (16) has just told me",
        "min syster är bara 12",
        "klockan är 15 och han är inte hemma",
    ],
)
def test_ages_of_pupils_clients_and_others_and_times_are_not_the_writers(text):
    assert parse_age(text) is None


@pytest.mark.parametrize(
    "text, age",
    [
        ("her brothers are going to hurt her tonight. she's 14 like me", 14),
        ("min kompis ska giftas bort, hon är 15 som jag", 15),
    ],
)
def test_a_friend_said_to_be_the_writers_age_gives_the_writers_age(text, age):
    assert parse_age(text) == age


@pytest.mark.parametrize(
    "text, age",
    [
        ("min kompis blir slagen hemma. vi e 14 båda", 14),
        ("hennes pappa slår henne, vad gör jag? vi är 15 båda två", 15),
        ("jag skar mig igen ikväll. dom får inte veta. fyllde 14 i maj", 14),
        ("locked in since friday, dad says i come out when i say yes. turned 17 in march", 17),
        ("jag blir rädd när han höjer rösten (16 nu)", 16),
        ("they check my phone every night. 17 now", 17),
        ("måste bära slöja sen jag fyllde 12, nu är jag 14", 14),
        ("han fick veta om min pojkvän idag. jag har precis fyllt 16", 16),
        ("nikah på lördag. fyller 17 i augusti", 16),
        ("är kille 17 och får inte ha flickvän", 17),
        ("vet inte var jag ska sova inatt. fjortis btw", 14),
        ("hur hjälper jag henne utan att det blir värre? vi e 16", 16),
        ("mamma har redan köpt ringen. femtonåring här", 15),
        ("är en 16-åring o känner mig övervakad hela tiden", 16),
        ("hur kommer man ut när ens familj är sån? 17", 17),
        ("jag vill bara att pappa slutar slå, inte att jag ska flytta. 14", 14),
        ("jag är svensk medborgare o 17", 17),
    ],
)
def test_ages_said_by_a_group_as_a_word_or_as_the_last_word_are_found(text, age):
    assert parse_age(text) == age


@pytest.mark.parametrize("text", ["vi ses kl 17", "hon är en 16-åring", "min syster är en 14-åring",
                                  "det var 3 personer o 4"])
def test_times_other_peoples_ages_and_counts_are_not_the_writers_age(text):
    assert parse_age(text) is None


@pytest.mark.parametrize("text,age", [
    ("min pappa slog mig när jag var 12, det är 4 år sen nu", 16),
    ("when i was ten my uncle hit me, it's been five years", 15),
    ("I'm in year 10 and not allowed on the ski trip", 15),
    ("im in 10th grade", 16),
    ("my dad said i won't see my 16th birthday", 15),
    ("min 15:e födelsedag är på fredag", 14),
    ("16 n my bro got a knife on the table", 16),
    ("16 å nån har filmat mig", 16),
])
def test_an_age_back_then_plus_the_years_since_school_years_above_nine_and_a_birthday_to_come(text, age):
    assert parse_age(text) == age
