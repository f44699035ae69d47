"""The boilerplate rule table: each rule removes its debris and spares look-alike sentences."""

from __future__ import annotations

import pytest

from newsprism.clean.rules import load_rules, parse_rules
from newsprism.clean.text import clean_lines

BODY_BEFORE = "The minister met his counterpart in Washington on Monday, officials said."
BODY_AFTER = "Talks are expected to continue next week, according to a statement."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("The link has been copied! copy urlhttps://aja.ws/d5f3wh", "share-link"),
        ("تم نسخ الرابط", "share-link"),
        ("Share this article", "share-link"),
        ("Share | Tweet | WhatsApp", "social-buttons"),
        ("#Blinken #warns #dangers #invading #Rafah #talks #alternatives #News", "hashtags"),
        ("#غزة #رفح", "hashtags"),
        ("Leave a Comment", "comment-form"),
        ("Your email address will not be published. Required fields are marked *", "comment-form"),
        (
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
            "spam-filter-notice",
        ),
        ("1711428572", "epoch-stamp"),
        ("1711428572000", "epoch-stamp"),
        ("3/26/2024-|Last update: 3/26/202405:28 AM (Mecca time)", "last-update"),
        ("آخر تحديث: 26/3/2024 05:28 (بتوقيت مكة)", "last-update"),
        ("Published On 25 Mar 2024", "published-stamp"),
        (
            "Read more: US memo warns ‘Israel’ of reputational damage due to war on Gaza",
            "read-more",
        ),
        ("اقرأ أيضا: واشنطن تحذر من اجتياح رفح", "read-more"),
        ("Follow Al Jazeera English on Telegram", "follow-us"),
        ("Sign up for our daily newsletter", "newsletter"),
        ("© 2024 Al Jazeera Media Network", "copyright"),
        ("Advertisement", "advertisement"),
        ("We use cookies to improve your experience on our site.", "cookie-notice"),
        ("Skip to content", "navigation"),
        ("Photo: Reuters", "image-credit"),
        ("To view the full story, please subscribe to The Example Times.", "paywall"),
        ("Pour lire la suite et accéder gratuitement à 3 articles par mois, créez votre compte",
         "paywall"),
        ("Dieser Artikel ist nur für Abonnenten verfügbar.", "paywall"),
        ("Para seguir leyendo, suscríbete a El Ejemplo.", "paywall"),
        ("If you enjoyed reading this post – would you consider supporting our work?",
         "support-appeal"),
        ("For the latest stories download the Example News apps for iOS and Android.",
         "support-appeal"),
        ("Anzeige, enthält Affiliate Links", "affiliate-disclosure"),
        ("This post contains references to products from one or more of our advertisers.",
         "affiliate-disclosure"),
        ("This is a preview of subscription content, log in to check access.",
         "paywall-preview"),
        ("Sie lesen eine Vorschau", "paywall-preview"),
        ("Kontakt:", "press-contact"),
        ("Telefon: +49 - (30) - 123 45 - 678", "press-contact"),
        ("Pressesprecherin Anna Beispiel", "press-contact"),
        ("Lea: El consejo aprueba el presupuesto de carreteras", "read-more"),
        ("Mehr zum Thema auf example.de", "read-more"),
        ("Top-Themen bei EXAMPLE MAGAZIN", "read-more"),
        ("Weitere Infos unter www.example.de.", "read-more"),
        ("Weitere Informationen zum Straßenbau im Landkreis:", "read-more"),
        ("For more information, visit www.example.org", "read-more"),
        ("Sie sind aktuell nicht eingeloggt.", "comment-form"),
        ("Follow The Example Times on Twitter and Instagram @ExampleTimes and on Facebook "
         "@ExampleTimes. Send us a message on WhatsApp or email us.", "follow-us"),
        ("¿Ya sabías que en Ejemplo.com tenemos canal de Telegram? Únete desde tu celular.",
         "follow-us"),
        ("Get The Example Times's Daily Edition by email and never miss our top stories",
         "newsletter"),
        ("Lust auf mehr? Melde dich hier für unseren Newsletter an!", "newsletter"),
        ("The best of The Example delivered directly to your inbox.", "newsletter"),
        ("Example Weekly Newsletter", "newsletter"),
        ("Gefällt dir unser Magazin? Wir haben keine Bezahlschranke.", "support-appeal"),
        ("Beitragsbild: Titelseite der Zeitung vom 2.4.2019, Ausriss.", "image-credit"),
        ("2024-03-26 02:21:30", "date-stamp"),
        ("Monday, 25 March 2024", "date-stamp"),
    ],
)
def test_debris_line_is_removed_with_its_reason(line: str, reason: str) -> None:
    result = clean_lines(f"{BODY_BEFORE}\n{line}\n{BODY_AFTER}", find_title=False)
    assert [(r.text, r.reason) for r in result.removed] == [(line, reason)]
    assert result.paragraphs == [BODY_BEFORE, BODY_AFTER]


@pytest.mark.parametrize(
    "sentence",
    [
        # Sentences that start like boilerplate but are article text.
        "Updated figures from the health ministry show that more than 130 captives remain in "
        "Gaza, and negotiators say the talks on their release will resume in Cairo next week.",
        "Read more about the resolution, the spokesman told reporters, in the statement the "
        "State Department released on Monday evening after the vote in New York.",
        "Share prices in Tel Aviv fell sharply on Tuesday after the announcement, which "
        "analysts described as the clearest sign yet of a rift between the two allies.",
        "Leave a comment was all the website offered, Miller joked, before he turned to the "
        "question of the delegation and the dangers of a large-scale invasion of Rafah.",
        "The meeting, held on 25 March 2024 at the State Department, lasted two hours.",
        "He pointed out that there are currently about 1.4 million people in Rafah.",
        "To read more about the history of the bridge, visitors can go to the town museum, "
        "which opens again in May.",
        "Werbung nervt, sagte der Sprecher des Verbands, und Tracking nervt noch mehr.",
        "We need your help to find the missing boy, the police said in a statement.",
        "Subscribers to the council newsletter were told of the road works a week earlier.",
        "#MeToo began as a hashtag in 2017 and became a movement that reshaped workplaces.",
        "Contact with the crew was lost at 10:40, the airline said in a statement on Monday.",
        "Kontakt zu den Entführern hatte die Polizei nach eigenen Angaben bis zum Abend.",
        "The exhibition is a preview of the museum's new wing, which opens in the spring.",
        "Mehr zum Thema Klimaschutz wollte der Minister am Montag nicht sagen.",
        "Weitere Informationen lagen der Polizei am Montagabend zunächst nicht vor.",
        "More details on the plan were not given, the spokesman said on Monday.",
        "Quelle der Zahlen ist das Statistische Bundesamt, das sie am Montag veröffentlichte.",
        "Quelle: Die Polizei sagte, die Straße sei gesperrt.",
        "Gefällt dir unser neuer Plan nicht, sagte der Bürgermeister, dann stimm dagegen.",
    ],
)
def test_article_sentence_is_kept(sentence: str) -> None:
    result = clean_lines(f"{BODY_BEFORE}\n{sentence}\n{BODY_AFTER}", find_title=False)
    assert result.removed == []
    assert result.paragraphs == [BODY_BEFORE, sentence, BODY_AFTER]


def test_packaged_rules_have_unique_names_and_descriptions() -> None:
    rules = load_rules()
    names = [r.name for r in rules.rules]
    assert len(names) == len(set(names)) >= 15
    assert all(r.description for r in rules.rules)


def test_bad_pattern_names_its_rule() -> None:
    with pytest.raises(ValueError, match="rule 'broken': bad pattern"):
        parse_rules('[[rule]]\nname = "broken"\npattern = "(unclosed"\n', "custom.toml")


def test_duplicate_rule_names_rejected() -> None:
    text = '[[rule]]\nname = "a"\npattern = "x"\n[[rule]]\nname = "a"\npattern = "y"\n'
    with pytest.raises(ValueError, match="duplicate rule names"):
        parse_rules(text)


def test_custom_rule_file_is_data_not_code() -> None:
    custom = parse_rules(
        '[[rule]]\nname = "site-promo"\npattern = "^Download the Example News app"\n'
        "max_words = 10\n"
    )
    result = clean_lines(
        f"{BODY_BEFORE}\nDownload the Example News app today\n{BODY_AFTER}",
        rules=custom,
        find_title=False,
    )
    assert [r.reason for r in result.removed] == ["site-promo"]


def test_max_words_spares_long_lines() -> None:
    long_line = "Advertisement " + " ".join(["word"] * 20) + "."
    result = clean_lines(f"{BODY_BEFORE}\n{long_line}\n{BODY_AFTER}", find_title=False)
    assert long_line in result.paragraphs


STUB_LINE = "To continue reading this article, please subscribe to The Example Times."
OFFER = [
    "When you join The Example Times family, you get unlimited digital access to our reporting.",
    "Join now or renew to get:",
    "— Local news from our communities",
    "— Profiles of people at the top of their fields",
    "First-time subscribers also receive a welcome gift.",
]
OFFER_FR = [
    "et accéder gratuitement à 3 articles par mois,",
    "Ou si vous avez déjà un compte, connectez-vous ici",
    "Profitez de notre Offre découverte.",
    "1€ * le 1er mois puis 12€ par mois",
]


@pytest.mark.parametrize("offer", [OFFER, OFFER_FR])
def test_the_paywall_offer_after_its_stub_is_removed(offer: list[str]) -> None:
    result = clean_lines("\n".join([BODY_BEFORE, STUB_LINE, *offer]), find_title=False)
    assert result.paragraphs == [BODY_BEFORE]
    assert [r.reason for r in result.removed] == ["paywall"] + ["paywall-offer"] * len(offer)


@pytest.mark.parametrize("line", [*OFFER, *OFFER_FR])
def test_an_offer_line_alone_is_article_text(line: str) -> None:
    """The same words with no stub before them: the rule never judges a line alone."""
    result = clean_lines(f"{BODY_BEFORE}\n{line}\n{BODY_AFTER}", find_title=False)
    assert [r.reason for r in result.removed if r.reason == "paywall-offer"] == []


def test_the_offer_stops_at_the_first_article_line() -> None:
    """A stub box inside a whole article: its offer goes, the article after it stays."""
    item = "- the bus contracts will be tendered again in the summer, the mayor said."
    result = clean_lines("\n".join([BODY_BEFORE, STUB_LINE, OFFER[0], BODY_AFTER, item]),
                         find_title=False)  # fmt: skip
    assert result.paragraphs == [BODY_BEFORE, BODY_AFTER, item]
    assert [r.reason for r in result.removed] == ["paywall", "paywall-offer"]


def test_a_rule_must_follow_a_rule_that_exists() -> None:
    text = '[[rule]]\nname = "offer"\npattern = "x"\nfollows = "no-such-rule"\n'
    with pytest.raises(ValueError, match="do not exist: \\['no-such-rule'\\]"):
        parse_rules(text)


@pytest.mark.parametrize("line", ["Quelle: Landesamt für Statistik", "kk/PAP"])
def test_closing_source_line_is_removed(line: str) -> None:
    result = clean_lines(f"{BODY_BEFORE}\n{BODY_AFTER}\n{line}", find_title=False)
    assert [(r.text, r.reason) for r in result.removed] == [(line, "source-credit")]
