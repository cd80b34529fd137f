//! Quote extraction tests: tables of (text, expected quotes) with news-style sentences.

use super::*;

/// Sentences by a naive split at ". " / newline, standing in for the sentence stage.
fn naive_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices(['\n']) {
        out.push(Sentence { start, end: i });
        start = i + 1;
    }
    out.push(Sentence { start, end: text.len() });
    out
}

/// (text, speaker name, kind) of every quote.
fn run(text: &str) -> Vec<(String, Option<String>, QuoteKind)> {
    extract(text, &naive_sentences(text), &[]).into_iter().map(|q| (q.text, q.speaker.name, q.kind)).collect()
}

type Case<'a> = (&'a str, &'a [(&'a str, Option<&'a str>, QuoteKind)]);

fn check(cases: &[Case]) {
    for (text, want) in cases {
        let got = run(text);
        let want: Vec<(String, Option<String>, QuoteKind)> =
            want.iter().map(|(t, s, k)| (t.to_string(), s.map(str::to_string), *k)).collect();
        assert_eq!(got, want, "\n{text}");
    }
}

use QuoteKind::{Direct, Indirect, Partial};

#[test]
fn speaker_after_the_quote() {
    check(&[
        ("\"These guys were heroes,\" Smith said.", &[("These guys were heroes,", Some("Smith"), Direct)]),
        (
            "“It’s not going to happen any time soon,” said Geoff Garin, a Democratic pollster.",
            &[("It’s not going to happen any time soon,", Some("Geoff Garin"), Direct)],
        ),
        (
            "''That would be a very big story,'' the economist Jared Bernstein said.",
            &[("That would be a very big story,", Some("Jared Bernstein"), Direct)],
        ),
        (
            "“This charter school question is a wolf in sheep’s clothing,” Douglas Tolman, a teacher in Boston, told reporters.",
            &[("This charter school question is a wolf in sheep’s clothing,", Some("Douglas Tolman"), Direct)],
        ),
        (
            "“Trump says he’s with the American working class,” says campaign chairman John Podesta.",
            &[("Trump says he’s with the American working class,", Some("John Podesta"), Direct)],
        ),
    ]);
}

#[test]
fn speaker_before_the_quote() {
    check(&[
        (
            "Mitt Romney tweeted in response: “Important distinction: thug Putin kills journalists.”",
            &[("Important distinction: thug Putin kills journalists.", Some("Mitt Romney"), Direct)],
        ),
        (
            "Spokeswoman Haley Morris says the candidate has “always run a lean campaign.”",
            &[("always run a lean campaign.", Some("Haley Morris"), Partial)],
        ),
        (
            "According to Sen. Ted Cruz, “the Republican Party no longer stands for anything.”",
            &[("the Republican Party no longer stands for anything.", Some("Ted Cruz"), Direct)],
        ),
        ("Trump: 'I will win this race easily'", &[("I will win this race easily", Some("Trump"), Direct)]),
    ]);
}

#[test]
fn open_class_verbs_and_long_appositives() {
    check(&[
        (
            "“If they were serious, they would have passed the bill,” Toomey fumed on Tuesday.",
            &[("If they were serious, they would have passed the bill,", Some("Toomey"), Direct)],
        ),
        (
            "“This is fantastic!” beamed Donald Hartley of Madison.",
            &[("This is fantastic!", Some("Donald Hartley"), Direct)],
        ),
        (
            "“The hourly wage figure is the one to watch,” Douglas Holtz-Eakin, an economic adviser to Republicans \
             and former director of the nonpartisan Congressional Budget Office, said.",
            &[("The hourly wage figure is the one to watch,", Some("Douglas Holtz-Eakin"), Direct)],
        ),
        (
            "“We will fight this in court,” state Sen. Jason Holsman (D) said.",
            &[("We will fight this in court,", Some("Jason Holsman"), Direct)],
        ),
    ]);
}

#[test]
fn headline_shorthand() {
    check(&[
        (
            "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance\nThe senator spoke on Thursday.",
            &[("Incredibly Hateful Rhetoric", Some("Graham"), Partial)],
        ),
        (
            "Francois Hollande Says Donald Trump ‘Makes You Want To Retch’\nThe French president spoke.",
            &[("Makes You Want To Retch", Some("Francois Hollande"), Partial)],
        ),
    ]);
}

#[test]
fn split_quotes_are_one_quote() {
    check(&[(
        "“I can't tell Hillary how to behave,” Donald Trump said, “but I can think for myself.”",
        &[("I can't tell Hillary how to behave, but I can think for myself.", Some("Donald Trump"), Direct)],
    )]);
}

#[test]
fn pronouns_and_continuations_resolve() {
    let text = "Senator Elizabeth Warren spoke in Boston on Monday.\n\
                “We are not going back,” she said.\n\
                “This fight is about our families and our future.”";
    check(&[(
        text,
        // A new paragraph of quote with no cue goes on with the same speech.
        &[(
            "We are not going back, This fight is about our families and our future.",
            Some("Elizabeth Warren"),
            Direct,
        )],
    )]);
}

#[test]
fn a_quote_split_by_its_attribution_is_one_quote() {
    check(&[
        (
            "“She’s caused so many deaths,” Trump said. “You look at so many decisions that she made.”",
            &[("She’s caused so many deaths, You look at so many decisions that she made.", Some("Trump"), Direct)],
        ),
        (
            "''I don't think the industry is over,'' she said. ''I think it's just changing.''",
            &[("I don't think the industry is over, I think it's just changing.", None, Direct)],
        ),
        (
            "“Ted Cruz is not my favorite by any means,” Graham, a former candidate, told CBS News on Tuesday. \
             “But he is the only way to stop Donald Trump.”",
            &[(
                "Ted Cruz is not my favorite by any means, But he is the only way to stop Donald Trump.",
                Some("Graham"),
                Direct,
            )],
        ),
        // Adjacent quotes after one attribution.
        (
            "Sanders wrote: “We must stand together.” “The stakes are too high.”",
            &[("We must stand together. The stakes are too high.", Some("Sanders"), Direct)],
        ),
        // Each quote with its own cue stays its own.
        (
            "“We will win,” Cruz said. “No, you won’t,” Rubio replied.",
            &[("We will win,", Some("Cruz"), Direct), ("No, you won’t,", Some("Rubio"), Direct)],
        ),
        // A paragraph with a cue of its own is a new attribution.
        (
            "The letter went out on Friday.\n“Millions of voters are angry,” Sanders wrote.\n\n\
             “It is a pivotal moment,” he continued.",
            &[
                ("Millions of voters are angry,", Some("Sanders"), Direct),
                ("It is a pivotal moment,", Some("Sanders"), Direct),
            ],
        ),
        (
            "The letter went out on Friday.\n“Millions of voters are angry,” he continued.\n\n\
             “In this pivotal moment, we must act.”",
            &[("Millions of voters are angry, In this pivotal moment, we must act.", None, Direct)],
        ),
        // Words quoted in the reporter's clause do not run on into the next paragraph.
        (
            "The letter went out on Friday.\n\
             Donors waited to see how a “turbulent election cycle” played out, Gilbert said.\n\n\
             “There is a sense of stability now.”",
            &[
                ("turbulent election cycle", Some("Gilbert"), Partial),
                ("There is a sense of stability now.", Some("Gilbert"), Direct),
            ],
        ),
    ]);
}

#[test]
fn partial_quotes_need_a_speaker() {
    check(&[
        ("Trump called the deal “a disaster” on Tuesday.", &[("a disaster", Some("Trump"), Partial)]),
        // Scare quotes: nobody says them.
        ("The so-called “experts” were wrong about the “surge” again.", &[]),
        ("He read “The Art of the Deal” twice.", &[]),
    ]);
}

#[test]
fn indirect_speech() {
    check(&[
        (
            "O’Malley’s campaign says it will shift staff from its Baltimore headquarters to the early states.",
            &[(
                "it will shift staff from its Baltimore headquarters to the early states",
                Some("O’Malley’s campaign"),
                Indirect,
            )],
        ),
        (
            "The plan will cost $3 billion over ten years, according to the Congressional Budget Office.",
            &[("The plan will cost $3 billion over ten years", Some("Congressional Budget Office"), Indirect)],
        ),
        (
            "Clinton told reporters that she would release the transcripts soon.",
            &[("she would release the transcripts soon", Some("Clinton"), Indirect)],
        ),
    ]);
}

#[test]
fn seed_article_heio_chinji() {
    let text = include_str!("../../../tests/fixtures/quotes/seed_heio.txt");
    let quotes = extract(text, &naive_sentences(text), &[]);
    let starts: Vec<&str> = quotes
        .iter()
        .filter(|q| q.kind != Indirect)
        .map(|q| {
            assert_eq!(q.speaker.name.as_deref(), Some("Heio Chinji"), "{}", q.text);
            assert_eq!(q.kind, Direct, "{}", q.text);
            &q.text[..q.text.len().min(24)]
        })
        .collect();
    assert_eq!(
        starts,
        [
            "Russia is demanding not ",
            "When Trump mentions powe",
            "Russia is not rushing to",
            "Trump may ask Putin why "
        ]
    );
    // The scare-quoted terms are not quotes.
    for term in ["land", "nuclear power plants", "specific assets"] {
        assert!(quotes.iter().all(|q| !q.text.starts_with(term)), "{term}");
    }
    // "He noted" is the attribution of the third quote.
    let he = quotes.iter().find(|q| q.text.starts_with("Russia is not")).unwrap();
    assert_eq!(he.speaker.span().map(|s| s.slice(text)), Some("He"));
    assert_eq!(he.cue.as_ref().map(|c| c.text.as_str()), Some("noted"));
}

#[test]
fn total_on_odd_input() {
    let odd = [
        "",
        "\"",
        "'",
        "“",
        "”",
        "''",
        "``",
        "\"\"\"",
        "' ' '",
        "said",
        "according to",
        "“a” “b” “c",
        "He said: “",
        "\n\n“\n\n”",
        "X said, ",
        "“é,” dit-il. « Oui »",
        "Mr.",
        "'90s 'n'",
        ",\"said\"",
        // A quote mark, a comma and a cue ending the text: the reported words after a
        // new clause's cue open past the last token.
        "« x\" , '90s said",
    ];
    for text in odd {
        let sentences = naive_sentences(text);
        for q in extract(text, &sentences, &[]) {
            assert!(q.start <= q.end && q.end <= text.len(), "{text:?}");
        }
    }
}

#[test]
fn quotes_are_sorted_and_sentence_indexed() {
    let text = "“One thing,” he said.\nSmith said the plan works well enough.\n“Another thing,” Jones said.";
    let quotes = extract(text, &naive_sentences(text), &[]);
    let s: Vec<usize> = quotes.iter().map(|q| q.sentence).collect();
    assert_eq!(s, [0, 1, 2]);
}

proptest::proptest! {
    /// Extraction is total on any text, spans stay on char boundaries and in order.
    #[test]
    fn never_panics_and_spans_are_valid(text in "[a-zA-Zé日 .,:;!?\n\"'“”‘’«»„`—-]{0,120}") {
        let sentences = naive_sentences(&text);
        let quotes = extract(&text, &sentences, &[]);
        for q in &quotes {
            proptest::prop_assert!(q.start <= q.end && q.end <= text.len());
            proptest::prop_assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
            if let Some(s) = q.speaker.span() {
                proptest::prop_assert!(s.end <= text.len() && text.is_char_boundary(s.start));
            }
        }
        proptest::prop_assert!(quotes.windows(2).all(|w| w[0].start <= w[1].start));
    }
}

/// Debug aid: `QUOTES_FILE=path cargo test show_file -- --ignored --nocapture` prints
/// every quote of a text file with its speaker mention and cue.
#[test]
#[ignore = "debug aid; needs QUOTES_FILE"]
fn show_file() {
    let Ok(path) = std::env::var("QUOTES_FILE") else { return };
    let text = std::fs::read_to_string(path).unwrap();
    for q in extract(&text, &[], &[]) {
        let mention = q.speaker.span().map(|s| s.slice(&text).to_string());
        let cue = q.cue.map(|c| c.text);
        let head: String = q.text.chars().take(60).collect();
        println!("{:?} {head:?} — {:?} [{:?}] cue {:?}", q.kind, q.speaker.name, mention, cue);
    }
}

#[test]
fn entities_resolve_speakers_when_given() {
    use crate::model::{Entity, EntityType, Mention};
    let text = "Heio Chinji spoke to NHK. Heio noted, 'Russia is not rushing to a ceasefire.'";
    let at = |s: &str| text.find(s).unwrap();
    let heio = Entity {
        name: "Heio Chinji".into(),
        kind: EntityType::Person,
        mentions: vec![Mention { start: 0, end: 11 }, Mention { start: at("Heio noted"), end: at("Heio noted") + 4 }],
        aliases: vec!["Heio".into()],
    };
    let quotes = extract(text, &naive_sentences(text), &[heio]);
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0].speaker.name.as_deref(), Some("Heio Chinji"));
    assert_eq!(quotes[0].speaker.entity, Some(0));
    assert_eq!(quotes[0].speaker.span().map(|s| s.slice(text)), Some("Heio"));
}

#[test]
fn run_on_text_stays_fast() {
    // No sentence ends and thousands of quotes: every pass must stay linear. Measured
    // as a ratio on this machine, not a time: four times the text may take about four
    // times as long (a quadratic pass would take sixteen), whatever else is running.
    // The two sizes take turns, five times each, and the best of each counts, so the
    // other tests running beside this one (or a build on a shared machine) weigh on
    // both alike.
    let line = "He said “yes” and she said “no” and ";
    let (short, long) = (line.repeat(250), line.repeat(1000));
    let time = |text: &str| {
        let start = std::time::Instant::now();
        assert!(!extract(text, &[], &[]).is_empty());
        start.elapsed()
    };
    let (mut small, mut large) = (std::time::Duration::MAX, std::time::Duration::MAX);
    for _ in 0..5 {
        small = small.min(time(&short));
        large = large.min(time(&long));
    }
    assert!(large < small * 9, "250 repeats: {small:?}, 1000 repeats: {large:?}");
}

#[test]
fn descriptor_subjects_with_unlisted_verbs() {
    check(&[
        ("“Build the wall!” the crowd chanted back.", &[("Build the wall!", Some("the crowd"), Direct)]),
        ("“Choke!” blared the front page of the Herald.", &[("Choke!", Some("the front page"), Direct)]),
    ]);
}

/// (text, speaker name) of every quote, through the real sentence and entity stages.
fn run_full(text: &str) -> Vec<(String, Option<String>)> {
    let sentences = crate::analysis::sentences::split(text);
    let entities = crate::analysis::entities::extract(text, &sentences);
    extract(text, &sentences, &entities).into_iter().map(|q| (q.text, q.speaker.name)).collect()
}

/// Speaker of the quote that starts with `begins`, through the real stages.
fn speaker_of(text: &str, begins: &str) -> Option<String> {
    run_full(text).into_iter().find(|(t, _)| t.starts_with(begins)).and_then(|(_, s)| s)
}

#[test]
fn places_platforms_and_time_phrases_do_not_speak() {
    let cases: &[(&str, &str, &str)] = &[
        // A name after a preposition is a place, not the subject.
        (
            "Kasich Wins Ohio\nTuesday at Baldwin Wallace University in Berea, OH, after winning Ohio, \
             Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”",
            "I’m getting ready",
            "John Kasich",
        ),
        (
            "Carson Hits Back\nBen Carson posted a syllabus for the class on his Facebook page, writing \
             “Allow me also to do the research for the Wall Street Journal reporter.”",
            "Allow me also",
            "Ben Carson",
        ),
        // A time phrase between subject and cue.
        (
            "Trump and the Fees\nDonald Trump was asked about the fees. Trump at the time said he’d asked \
             his “people” to “look into” paying the fees.",
            "people",
            "Donald Trump",
        ),
        // A capitalised sentence opener is no name.
        (
            "Rubio on Zika\nMarco Rubio attacked Patrick Murphy on Monday. Shortly after, Rubio’s campaign sent \
             out a press release saying Murphy owes “Florida an explanation for voting against Zika funding.”",
            "Florida an explanation",
            "Rubio’s campaign",
        ),
    ];
    for (text, begins, want) in cases {
        let got = speaker_of(text, begins);
        assert!(
            got.as_deref().is_some_and(|g| g.ends_with(want.split(' ').next_back().unwrap())),
            "{text}\n{:?}",
            run_full(text)
        );
    }
}

#[test]
fn interviews_and_reporter_paragraphs_break_a_quote() {
    check(&[
        (
            "Clinton on Running Mates\nMaddow asked, \"You don’t have to choose some mountain man?\"\n\n\
             \"Well, yes. I’m going to look at a lot of different people…\" Clinton said. \"Grizzly Adams?\" Maddow repeated.",
            &[
                ("You don’t have to choose some mountain man?", Some("Maddow"), Direct),
                ("Well, yes. I’m going to look at a lot of different people…", Some("Clinton"), Direct),
                ("Grizzly Adams?", Some("Maddow"), Direct),
            ],
        ),
        (
            "Carter in Singapore\n“The uncertainty is the main concern,” Minister Hishammuddin Hussein said.\n\n\
             Ashton Carter said that some critics had been predicting a U.S. withdrawal.\n\n\
             “That’s because this region remains the most consequential for America.”",
            &[
                ("The uncertainty is the main concern,", Some("Hishammuddin Hussein"), Direct),
                ("some critics had been predicting a U.S. withdrawal", Some("Ashton Carter"), Indirect),
                ("That’s because this region remains the most consequential for America.", Some("Ashton Carter"), Direct),
            ],
        ),
    ]);
}

#[test]
fn reported_reports_and_subordinate_clauses() {
    let cases: &[(&str, &str, &str)] = &[
        // PolNeAR's convention: the report a quote reaches us through is its source.
        (
            "Sanders Asks Delegates\nBernie Sanders met his delegates on Monday.\n\n“I ask you as a personal courtesy \
             to me not to engage in any kind of protest on the floor,” Sanders said, according to CNN.",
            "I ask you",
            "CNN",
        ),
        (
            "Walker on Delegates\nScott Walker spoke in Madison.\n\n“Delegates are and should be able to vote the way \
             they see fit,” Walker said, according to an Associated Press account.",
            "Delegates are",
            "an Associated Press account",
        ),
        // Without the report, the speaker stays.
        (
            "Walker on Delegates\nScott Walker spoke in Madison.\n\n“Delegates should vote the way they see fit,” \
             Walker said on Monday.",
            "Delegates should",
            "Scott Walker",
        ),
        // The subject of the main clause, not of the opening subordinate clause.
        (
            "Novelist Waits\nMaureen Sherry and Megyn Kelly spoke on Tuesday.\n\nWhen asked whom she supported, \
             Ms. Sherry smiled and said, ''I'm waiting for Michael Bloomberg to get in the race.''",
            "I'm waiting",
            "Maureen Sherry",
        ),
    ];
    for (text, begins, want) in cases {
        let got = speaker_of(text, begins);
        assert_eq!(got.as_deref(), Some(*want), "{text}\n{:?}", run_full(text));
    }
}

#[test]
fn pronouns_pass_over_people_of_the_other_sex() {
    check(&[
        (
            "Fed Governor Speaks\nLaurence Meyer met Lael Brainard on Monday. Mr. Meyer spoke first.\n\
             “We are not the world’s central bank,” she said.",
            &[("We are not the world’s central bank,", Some("Lael Brainard"), Direct)],
        ),
        (
            "Clinton in Iowa\nHillary Clinton thanked Bernie Sanders for the debate.\n\
             “I am ready to lead on day one,” she said.",
            &[("I am ready to lead on day one,", Some("Hillary Clinton"), Direct)],
        ),
        (
            "Trump in Iowa\nSpokeswoman Hope Hicks introduced Donald Trump at the rally.\n\
             “We are going to win Iowa,” he said.",
            &[("We are going to win Iowa,", Some("Donald Trump"), Direct)],
        ),
    ]);
}

#[test]
fn attributions_that_close_a_long_sentence() {
    check(&[
        (
            "''The most impressive aspect has been a newfound resilience by consumers,'' like the recent volatility \
             of markets, said Richard Curtin, the chief economist for the survey.",
            &[("The most impressive aspect has been a newfound resilience by consumers,", Some("Richard Curtin"), Direct)],
        ),
        (
            "\"Thanks, Clarkston, for welcoming these refugees,\" said master of ceremonies Asab Al-Tabchi, a Syrian engineer.",
            &[("Thanks, Clarkston, for welcoming these refugees,", Some("Asab Al-Tabchi"), Direct)],
        ),
        (
            "\"The first line of defense is within the community,\" said former secretary of state Hillary Clinton, \
             who praised George W. Bush.",
            &[("The first line of defense is within the community,", Some("Hillary Clinton"), Direct)],
        ),
        (
            "\"Many would consider that an embarrassment for Hillary Clinton\" if she did not win by a larger margin, \
             said David Wasserman, an elections analyst at the Cook Political Report.",
            &[("Many would consider that an embarrassment for Hillary Clinton", Some("David Wasserman"), Direct)],
        ),
    ]);
}

#[test]
fn colon_attributions_skip_hearers_and_topics() {
    check(&[
        (
            "Bush on Trump\nJeb Bush gave an interview on Tuesday. He told the Dutch newspaper NRC Handelsblad: \
             “What Trump did was so insensitive.”",
            &[("What Trump did was so insensitive.", Some("Jeb Bush"), Direct)],
        ),
        (
            "Gillibrand on Hillary Releasing Her Transcripts: ‘I Think She Will.’\nSen. Kirsten Gillibrand spoke on CNN.",
            &[("I Think She Will.", Some("Kirsten Gillibrand"), Direct)],
        ),
    ]);
}

#[test]
fn nested_closing_marks_and_signed_quotes() {
    check(&[
        (
            "''I would use the word 'old-school,''' said Gregory W. Slayton, a former ambassador.",
            &[("I would use the word 'old-school,", Some("Gregory W. Slayton"), Direct)],
        ),
        (
            "Fact Check\nThe claims were reviewed.\n\n\"The idea that I would dismantle health care is just not accurate.\"\n\n\
             - Bernie Sanders.\n\nThe senator is relying on old numbers.",
            &[("The idea that I would dismantle health care is just not accurate.", Some("Bernie Sanders"), Direct)],
        ),
    ]);
}

#[test]
fn a_sentence_ending_in_its_cue_introduces_the_next_quote() {
    check(&[
        (
            "Sanders Raises Millions\nThe campaign raised $20 million in January. Jeff Weaver, Sanders’ campaign manager, \
             said in a statement. “Working Americans are beating the greatest fundraising machine ever assembled.”",
            &[("Working Americans are beating the greatest fundraising machine ever assembled.", Some("Jeff Weaver"), Direct)],
        ),
        // A cue early in a long sentence introduces nothing.
        (
            "Sanders Raises Millions\nJeff Weaver said the campaign raised $20 million in January from small donors \
             across the country. “Working Americans are beating the machine.”",
            &[
                ("the campaign raised $20 million in January from small donors across the country", Some("Jeff Weaver"), Indirect),
                ("Working Americans are beating the machine.", Some("Jeff Weaver"), Direct),
            ],
        ),
    ]);
}

#[test]
fn a_participle_belongs_to_the_clause_opener() {
    check(&[
        (
            "Jane Ortiz threw her support behind Sen. Tom Walsh on Wednesday, saying he is a “real conservative.”",
            &[("real conservative.", Some("Jane Ortiz"), Partial)],
        ),
        (
            "The spokesman would not say whom Ms. Ortiz backed, adding: “If one is proposed we will consider it.”",
            &[("If one is proposed we will consider it.", Some("The spokesman"), Direct)],
        ),
        (
            "The governor left no doubt of his support for Tom Walsh, saying he was “the best man for the job.”",
            &[("the best man for the job.", Some("The governor"), Partial)],
        ),
    ]);
}

#[test]
fn a_capitalised_word_opening_the_frame_is_the_subject() {
    check(&[
        (
            "“Our work in this area has changed,” Twitter said in a statement.",
            &[("Our work in this area has changed,", Some("Twitter"), Direct)],
        ),
        (
            "“Our work in this area has changed,” Ms. Ortiz on Twitter said.",
            &[("Our work in this area has changed,", Some("Ortiz"), Direct)],
        ),
    ]);
}

#[test]
fn a_possessive_apostrophe_opens_no_quote() {
    check(&[(
        "“Working families are beating the machine,” Jeff Weaver, Sanders’ campaign manager, said in a statement.",
        &[("Working families are beating the machine,", Some("Jeff Weaver"), Direct)],
    )]);
}

#[test]
fn a_nested_question_ends_the_quote_not_the_attribution() {
    check(&[(
        "“She is the only one who came to ask us, ‘What can I do?’” Weaver said.",
        &[("She is the only one who came to ask us, ‘What can I do?’", Some("Weaver"), Direct)],
    )]);
}

#[test]
fn woven_words_belong_to_their_own_clause() {
    check(&[
        (
            "When Tom Walsh accused Ms. Ortiz of being too close to the banks, she said she had “stood up to them.”",
            &[("stood up to them.", Some("Ortiz"), Partial)],
        ),
        (
            "Mr. Walsh met the governor on Monday, although Ms. Ortiz later claimed the talks were “a waste of time.”",
            &[("a waste of time.", Some("Ortiz"), Partial)],
        ),
        (
            "Jane Ortiz said the plan favours the regional boards, which Tom Walsh called “a cartel for higher education.”",
            &[("a cartel for higher education.", Some("Tom Walsh"), Partial)],
        ),
    ]);
}

#[test]
fn a_coordinated_cue_after_an_adverb_shares_its_clause_subject() {
    check(&[
        (
            "Col. Tom Walsh started the row when he brought up the bombing and later said, “It is not just one group.”",
            &[("It is not just one group.", Some("Tom Walsh"), Direct)],
        ),
        (
            "When asked whom she backed, Ms. Ortiz smiled and said, “I am waiting for the governor to run.”",
            &[("I am waiting for the governor to run.", Some("Ortiz"), Direct)],
        ),
    ]);
}

#[test]
fn an_unlisted_verb_before_the_quote_is_a_cue() {
    check(&[
        (
            "Ms. Ortiz interjected, “Ladies and gentlemen, the governor.”",
            &[("Ladies and gentlemen, the governor.", Some("Ortiz"), Direct)],
        ),
        (
            "Tom Walsh circled the boat as his friends jeered, “Goodbye and good luck!”",
            &[("Goodbye and good luck!", Some("his friends"), Direct)],
        ),
        (
            "Jane Ortiz thanked her home state and then boomed, “There is no place like home.”",
            &[("There is no place like home.", Some("Jane Ortiz"), Direct)],
        ),
    ]);
}

#[test]
fn a_cue_coordinated_after_the_quote_shares_the_sentence_subject() {
    check(&[(
        "Chancellor Jane Ortiz condemned “such a murderous attack” and declared a determination to stay open.",
        &[("such a murderous attack", Some("Jane Ortiz"), Partial)],
    )]);
}

#[test]
fn a_manner_adverb_sits_between_subject_and_cue() {
    check(&[
        ("Jane Ortiz, who was off-screen, then loudly asked, “Really?”", &[("Really?", Some("Jane Ortiz"), Direct)]),
        ("“We will be there,” the family said.", &[("We will be there,", Some("the family"), Direct)]),
    ]);
}

#[test]
fn an_inverted_speaker_may_be_followed_by_for() {
    check(&[(
        "“Utilities will get paid for keeping their oldest plants,” noted a report for the group on energy policy.",
        &[("Utilities will get paid for keeping their oldest plants,", Some("a report"), Direct)],
    )]);
}

#[test]
fn plural_subjects_speak_in_the_base_form() {
    check(&[
        (
            "“We do not accept the finding,” the two senators write. “We do not understand the need for it.”",
            &[(
                "We do not accept the finding, We do not understand the need for it.",
                Some("the two senators"),
                Direct,
            )],
        ),
        ("“The plan will not work,” critics argue.", &[("The plan will not work,", Some("critics"), Direct)]),
        // "note" is a verb only after a plural subject ("a note to staff" is a noun).
        (
            "Harbor pilots note the port would not really “close” the channel.",
            &[("close", Some("Harbor pilots"), Partial)],
        ),
        ("“The levy is a tax,” the two auditors note.", &[("The levy is a tax,", Some("the two auditors"), Direct)]),
    ]);
}

/// (speaker name, mention as written) of the quote that starts with `begins`, with
/// naive sentences and no entities.
fn mention_of(text: &str, begins: &str) -> (Option<String>, Option<String>) {
    let q = extract(text, &naive_sentences(text), &[]).into_iter().find(|q| q.text.starts_with(begins));
    let q = q.unwrap_or_else(|| panic!("no quote starting {begins:?} in\n{text}"));
    let mention = q.speaker.start.zip(q.speaker.end).map(|(a, b)| text[a..b].to_string());
    (q.speaker.name, mention)
}

#[test]
fn a_relative_pronoun_is_the_mention_and_its_antecedent_the_name() {
    // PolNeAR marks "who" as the source of "X, who declared"; the name comes from X.
    let text = "Cruz won an endorsement from Mike Lee, who declared in the spin room, “It is time to unite.”";
    assert_eq!(mention_of(text, "It is time"), (Some("Mike Lee".into()), Some("who".into())));
    let text = "Rubio spoke to Pete Wilson. He was joined by Anna Kerr, a donor, who said, “We will win this.”";
    assert_eq!(mention_of(text, "We will win"), (Some("Anna Kerr".into()), Some("who".into())));
    // "which" after a comma: the report speaks.
    let text = "Pence linked to the report, which notes, “More than half the people were donors.”";
    assert_eq!(mention_of(text, "More than half"), (Some("the report".into()), Some("which".into())));
}

#[test]
fn a_participle_closing_a_descriptor_is_no_part_of_its_name() {
    // "released Monday", "involved in the talks": a reduced relative clause.
    let text = "“We will not sign this,” said one lawyer involved in the harbor talks.";
    assert_eq!(mention_of(text, "We will not").0.as_deref(), Some("one lawyer"));
    let text = "“The county must start over,” the ruling released Monday said.";
    assert_eq!(mention_of(text, "The county must").0.as_deref(), Some("the ruling"));
    let text = "“Turnout will fall,” says a county survey released Tuesday.";
    assert_eq!(mention_of(text, "Turnout will").0.as_deref(), Some("a county survey"));
    // A finite verb of a relative clause stays: the phrase is not cut at it.
    let text = "“Turnout fell by half,” the figures her office compiled say.";
    assert_eq!(mention_of(text, "Turnout fell").0.as_deref(), Some("the figures her office compiled"));
}

#[test]
fn a_descriptor_name_ends_before_the_verb_it_runs_on_into() {
    let text = "The memo goes on to say: “The council wants to write fear into our laws.”";
    assert_eq!(mention_of(text, "The council").0.as_deref(), Some("The memo"));
    let text = "The film shows Carl wanting to leave, and depicts one guard asking, “Why should we stay?”";
    assert_eq!(mention_of(text, "Why should").0.as_deref(), Some("The film"));
    // A participle modifying the noun is no verb: the name keeps it.
    let text = "“We will appeal,” the embattled mayor said.";
    assert_eq!(mention_of(text, "We will").0.as_deref(), Some("the embattled mayor"));
}

#[test]
fn a_local_office_before_a_name_is_a_title() {
    let text = "“Dealers must be held to account,” Lakeside City Public Advocate Trish Jameson said.";
    assert_eq!(mention_of(text, "Dealers must").0.as_deref(), Some("Trish Jameson"));
    let text = "“The count is accurate,” said Pima County Recorder Dale Ortiz.";
    assert_eq!(mention_of(text, "The count").0.as_deref(), Some("Dale Ortiz"));
}

#[test]
fn an_initialism_inside_a_descriptor_is_no_name() {
    // The period of "U.N." ends no phrase when a lowercase word follows.
    let text = "“Nobody could have stopped it,” said a former U.N. relief official who ran the camp.";
    assert_eq!(mention_of(text, "Nobody could").0.as_deref(), Some("a former U.N. relief official"));
    let text = "The firm paid $3 million, according to U.K. filing records.";
    let got = run(text);
    assert_eq!(got[0].1.as_deref(), Some("U.K. filing records"), "{got:?}");
}

#[test]
fn a_quote_without_a_cue_takes_the_nearest_pronoun_for_its_speaker() {
    let text = "Donald Trump spoke for an hour.\nHe then had a question for the crowd.\n“Who is going to pay for it?”";
    assert_eq!(mention_of(text, "Who is going"), (Some("Donald Trump".into()), Some("He".into())));
    // A pronoun of the other sex is someone else: the name stays the mention.
    let text = "Donald Trump spoke for an hour. She left early.\n“Who is going to pay for it?”";
    assert_eq!(mention_of(text, "Who is going").1.as_deref(), Some("Donald Trump"));
}

#[test]
fn a_quote_after_a_colon_belongs_to_the_clause_subject_even_unnamed() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "As if addressing him directly, the state board of elections was conclusive in its findings: \
             “Further discussion on this issue is unnecessary.”",
            "Further discussion",
            "the state board of elections",
        ),
        (
            "Some of it was not new. From the report: “Samples with more elaborate weighting did better.”",
            "Samples with",
            "the report",
        ),
    ];
    for (text, begins, want) in cases {
        assert_eq!(mention_of(text, begins).1.as_deref(), Some(*want), "{text}");
    }
}

#[test]
fn a_verbless_appositive_introduction_names_the_speaker() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "The home is now a museum.\nDorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”",
            "We were all",
            "Dorothy Poynter",
        ),
        ("Ann Stevens, 30, of Gainesville, “Our ideas of success are different.”", "Our ideas", "Ann Stevens"),
        // "Said X, …": an inverted cue opening the sentence.
        ("The home is now a museum. Said James Comey, “The thought is very painful to us.”", "The thought", "James Comey"),
    ];
    for (text, begins, want) in cases {
        assert_eq!(mention_of(text, begins).0.as_deref(), Some(*want), "{text}");
    }
    // A verb after the quote makes it woven words, not an introduced quote.
    let text = "Dorothy Poynter, who grew up with Ali, “the greatest” was a word she used often.";
    assert!(run(text).iter().all(|(_, s, _)| s.as_deref() != Some("Dorothy Poynter")), "{text}");
}

#[test]
fn a_participle_after_a_finite_cue_keeps_its_speaker() {
    let text = "Omar Mateen came to the mosque. Mateen left as soon as prayers were finished, Adel Nefzi said, \
                adding, “He was not very religious.”";
    assert_eq!(mention_of(text, "He was not").0.as_deref(), Some("Adel Nefzi"));
}

#[test]
fn a_quote_without_a_cue_belongs_to_the_subject_of_the_sentence_before() {
    let text = "Chris Christie was joined by Buddy Valastro at a town hall.\n\
                Valastro praised Christie’s leadership in the aftermath of Hurricane Sandy.\n\
                “We need someone who is going to cut through it.”";
    assert_eq!(mention_of(text, "We need someone"), (Some("Buddy Valastro".into()), Some("Valastro".into())));
}

#[test]
fn a_sentence_reporting_speech_gives_the_next_quote_its_speaker() {
    // The pronoun subject of the reporting cue, not the last name, is the mention.
    let text = "Hillary Clinton invoked Barack Obama. In response, she said she and Obama had made progress. \
                “I really believe that the president has done an incredible job.”";
    assert_eq!(mention_of(text, "I really"), (Some("Hillary Clinton".into()), Some("she".into())));
}

#[test]
fn a_quote_signed_on_its_own_line_belongs_to_the_signature() {
    // Left open at the paragraph's end, the closing mark after the signature.
    let text = "Economists disagree.\n\n\"I worry that we may see a resurgence of budget hawks.\n\
                Dean Baker, Center for Economic and Policy Research.\"\n\nClinton spoke next.";
    let quotes = extract(text, &naive_sentences(text), &[]);
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    assert_eq!(quotes[0].text, "I worry that we may see a resurgence of budget hawks.");
    assert_eq!(quotes[0].speaker.name.as_deref(), Some("Dean Baker"));
    assert!(quotes[0].cue.is_none());
    // A signature paragraph inside the marks is cut off the quote too.
    let text = "Voters spoke.\n\n\"We need someone who can win.\n\n\"Former NAACP president Ben Jealous.\"";
    let q = &extract(text, &naive_sentences(text), &[])[0];
    assert_eq!((q.text.as_str(), q.speaker.name.as_deref()), ("We need someone who can win.", Some("Ben Jealous")));
    // A photo credit or a bare byline after a quote signs nothing.
    for credit in ["Paras Griffin via Getty Images.", "Igor Bobic"] {
        let text = format!("Voters spoke.\n\n\"We need someone who can win,\" Ann Lee said.\n\"We do.\"\n{credit}");
        assert!(
            run(&text)
                .iter()
                .all(|(_, s, _)| s.as_deref() != Some("Paras Griffin") && s.as_deref() != Some("Igor Bobic")),
            "{text}"
        );
    }
}

#[test]
fn a_participle_hangs_on_the_nearest_clause_and_its_pronoun() {
    let text = "Chris Christie spoke first. Even as he defended Melania Trump and the campaign, saying, \
                “Ninety-three percent of the speech is completely different.”";
    assert_eq!(mention_of(text, "Ninety-three"), (Some("Chris Christie".into()), Some("he".into())));
    // A coordinated cue after a comma shares that clause's subject.
    let text = "Asked about the campaign of Hillary Clinton prior to Election Day, he laughed and said, “We’ll see.”";
    assert_eq!(mention_of(text, "We’ll see").1.as_deref(), Some("he"));
}

#[test]
fn shows_and_cited_headlines_are_not_speech() {
    for text in [
        "Sunday on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said the plan failed.",
        "Rubio said that by refusing, he erred, he told NBC’s “Today” on Monday.",
        "Clinton said so in an interview with “Fox News Sunday.” Aides agreed.",
        "NOW OPEN—“Pop-up art show strives to confront gentrification,” by DNAinfo’s Eddie Small: a review.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
    // Speech after a possessive cue word stays: "Trump’s words: “We will win.”"
    let text = "Donald Trump said on Monday, “We Will Win.”";
    assert_eq!(run(text).len(), 1, "{text}");
}

#[test]
fn according_to_a_bare_noun_phrase_names_the_source() {
    let text = "“We are still winning,” Mr. Pence said during the session, according to audio provided to reporters.";
    assert_eq!(mention_of(text, "We are still").1.as_deref(), Some("audio provided"));
    // Indirect speech too.
    let got = run("The deal is off, according to officials familiar with the talks.");
    assert_eq!(got, vec![("The deal is off".to_string(), Some("officials".to_string()), Indirect)]);
}

#[test]
fn according_to_a_phrase_opened_by_a_party_or_nationality_adjective() {
    // A capitalised adjective before a lowercase noun names no one, but the phrase
    // it opens is the source.
    let got = run("The garrison will leave the river port by spring, according to Canadian army officers.");
    assert_eq!(
        got,
        vec![(
            "The garrison will leave the river port by spring".to_string(),
            Some("Canadian army officers".to_string()),
            Indirect
        )]
    );
    let got = run("According to Republican aides, the vote on the farm bill will slip to March.");
    assert_eq!(
        got,
        vec![(
            "the vote on the farm bill will slip to March".to_string(),
            Some("Republican aides".to_string()),
            Indirect
        )]
    );
}

#[test]
fn a_headline_ending_on_a_semicolon_reports_its_clause() {
    // The semicolon ends the headline before its deck, as a period would.
    let got = run("Mayor says the river levy will pass;\n\nCouncil backs the plan in a close vote.");
    assert_eq!(got, vec![("the river levy will pass".to_string(), Some("Mayor".to_string()), Indirect)]);
}

#[test]
fn a_short_headline_after_says_reports_three_words() {
    let got = run("Union chief says Ruiz can win.\n\nThe head of the teachers union spoke to reporters on Monday.");
    assert_eq!(got, vec![("Ruiz can win".to_string(), Some("Union chief".to_string()), Indirect)]);
    // In the body a clause needs four words.
    let got = run("The vote was close. Hale says Ruiz can win.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_name_before_a_colon_speaks_only_when_it_opens_its_clause() {
    let text = "At a conference in Aspen, Carly Fiorina ended her speech by quoting Leonardo da Vinci in Italian: \
                “Every obstacle yields to stern resolve.”";
    assert_eq!(mention_of(text, "Every obstacle").0.as_deref(), Some("Carly Fiorina"));
    let text = "Jeb Bush endorsed Cruz. From Bush's Facebook post: “We must move to overcome the divisiveness.”";
    assert_eq!(mention_of(text, "We must move").1.as_deref(), Some("Bush's Facebook post"));
    let text = "The debate ended. Ted Cruz: “We will win.”";
    assert_eq!(mention_of(text, "We will win").0.as_deref(), Some("Ted Cruz"));
}

#[test]
fn an_unlisted_participle_before_the_quote_is_a_cue() {
    let text = "The debate turned sharp. Donald Trump tried to laugh it off by interjecting, “Only Rosie O’Donnell.”";
    assert_eq!(mention_of(text, "Only Rosie").0.as_deref(), Some("Donald Trump"));
    let text = "Hillary Clinton clashed with Ron Johnson, chiding him, “What difference does it make?”";
    assert_eq!(mention_of(text, "What difference").0.as_deref(), Some("Hillary Clinton"));
    // "including" introduces items, not speech: it is no cue.
    let text = "Donald Trump listed his rivals, including, “Low Energy Jeb.”";
    let quotes = extract(text, &naive_sentences(text), &[]);
    assert!(quotes.iter().all(|q| q.cue.as_ref().is_none_or(|c| c.text != "including")), "{quotes:?}");
}

#[test]
fn a_pronoun_clause_reported_by_a_cue_is_that_cues_speakers() {
    // "X said he …, “…”": the pronoun's clause is what X said, and PolNeAR marks X.
    let text = "Senator John McCain said he rarely asks colleagues to campaign for him, “except for people I’m \
                very close to.”";
    assert_eq!(mention_of(text, "except for").1.as_deref(), Some("John McCain"));
    let text = "The president told reporters that he thinks, “This deal is a good one for the country.”";
    assert_eq!(mention_of(text, "This deal").1.as_deref(), Some("The president"));
    // Not when the pronoun opens a clause of its own after a comma.
    let text = "Mr. Obama spoke to Angela Merkel on Monday. Afterward she said, “We agreed on the next steps.”";
    assert_eq!(mention_of(text, "We agreed").1.as_deref(), Some("she"));
}

#[test]
fn scare_quotes_do_not_hide_the_previous_sentences_speaker() {
    // The dropped “articulate conservative” leaves the board the subject of the report
    // that introduces the next quote.
    let text = "Haley is an “articulate conservative” who has won two elections in the state, the editorial \
                board writes. “It is a sign of the party’s distemper that some conservatives denounced her.”";
    assert_eq!(mention_of(text, "It is a sign").1.as_deref(), Some("the editorial board"));
}

#[test]
fn a_name_after_a_preposition_and_an_article_is_an_object() {
    // "in the Observer" is where he wrote, not who spoke; the subject is the
    // appositive pair, whose name PolNeAR's source span covers with the descriptor.
    let text = "Writing in the Observer, her senior policy adviser, Jake Sullivan, said: “Cooperation across the \
                Atlantic is essential.”";
    assert_eq!(mention_of(text, "Cooperation").1.as_deref(), Some("Jake Sullivan"));
}

#[test]
fn the_subject_of_an_absolute_participle_speaks_before_a_colon() {
    // "with X yelling:" — X yells, not the clause's subject.
    let text = "At a rally in Birmingham, some supporters punched a Black Lives Matter protester, with Donald Trump \
                reportedly yelling: “Get him the hell out of here!”";
    assert_eq!(mention_of(text, "Get him").0.as_deref(), Some("Donald Trump"));
}

#[test]
fn a_share_of_respondents_speaks_through_its_poll() {
    // The poll is the source of what a share of its respondents said.
    let text = "In a September Washington Post-ABC News poll, 75 percent of Republicans said “most people in \
                politics” cannot be trusted.";
    assert_eq!(mention_of(text, "most people").1.as_deref(), Some("a September Washington Post-ABC News poll"));
    // Without a poll in the sentence the respondents stay the subject.
    let text = "At the rally, 75 percent of Republicans said “most people in politics” cannot be trusted.";
    assert_eq!(mention_of(text, "most people").1.as_deref(), Some("Republicans"));
    let text = "In a new CNN poll, Senator Bernie Sanders said “the numbers are moving our way.”";
    assert_eq!(mention_of(text, "the numbers").0.as_deref(), Some("Bernie Sanders"));
}

/// The mention as written of the quote that starts with `begins`, through the real
/// sentence and entity stages.
fn mention_full(text: &str, begins: &str) -> Option<String> {
    let sentences = crate::analysis::sentences::split(text);
    let entities = crate::analysis::entities::extract(text, &sentences);
    let q = extract(text, &sentences, &entities).into_iter().find(|q| q.text.starts_with(begins));
    let q = q.unwrap_or_else(|| panic!("no quote starting {begins:?} in\n{text}"));
    q.speaker.start.zip(q.speaker.end).map(|(a, b)| text[a..b].to_string())
}

#[test]
fn an_unlisted_verb_closing_the_quotes_clause_beats_a_later_cue() {
    // "continued" belongs to the "as" clause; "he demanded" is the quote's own.
    let text = "Jeb Bush kept talking. “Quiet,” he demanded, as Bush continued to interject.";
    assert_eq!(mention_full(text, "Quiet").as_deref(), Some("he"));
}

#[test]
fn a_participle_skips_an_opening_prepositional_phrase_for_its_subject() {
    let text = "In three separate interviews, the justice sounded off on Trump, saying she did not “want to \
                contemplate” a Trump court.";
    assert_eq!(mention_full(text, "want to").as_deref(), Some("the justice"));
}

#[test]
fn words_woven_into_an_adverbial_clause_are_its_subjects() {
    let text = "David Axelrod tweeted a correction after Hillary Clinton argued in the debate that “if everyone \
                had voted as he voted, we would not have rescued the auto industry.”";
    assert_eq!(speaker_of(text, "if everyone").as_deref(), Some("Hillary Clinton"));
    // A participle in the clause hangs on the main clause: no change there.
    let text = "Bernie Sanders slammed the deal after two weeks of talks, saying it goes “nowhere near far enough.”";
    assert_eq!(speaker_of(text, "nowhere near").as_deref(), Some("Bernie Sanders"));
}

#[test]
fn a_cue_in_an_opening_subordinate_clause_yields_to_the_main_clause() {
    let text = "When Donald Trump suggested that Cuba would sue, Marco Rubio fired back forcefully: “If they sue \
                us in a court in Miami, they’re going to lose.”";
    assert_eq!(speaker_of(text, "If they sue").as_deref(), Some("Marco Rubio"));
}

#[test]
fn the_owner_of_a_speech_noun_speaks_its_that_clause() {
    let text = "Hillary Clinton campaigned in Ohio. The miners' union is unlikely to back her after her March \
                comment that, “We're going to put a lot of coal companies and coal miners out of business.”";
    assert_eq!(mention_of(text, "We're going").1.as_deref(), Some("her"));
    assert_eq!(mention_of(text, "We're going").0.as_deref(), Some("Hillary Clinton"));
    let text = "Mike Pence blamed the media for making an issue out of Donald Trump’s claim that President Obama \
                “founded ISIS,” saying reporters missed the larger truth.";
    assert_eq!(mention_of(text, "founded ISIS").0.as_deref(), Some("Donald Trump"));
    // A bare noun before the quote is its topic: the one who calls it so speaks.
    let text = "Brian Fallon responded on Twitter, calling Donald Trump’s charge “pathetic and dangerous.”";
    assert_eq!(mention_of(text, "pathetic").0.as_deref(), Some("Brian Fallon"));
}

#[test]
fn a_coordinated_clause_or_object_relative_with_its_own_subject_owns_woven_words() {
    let text = "“The dream is still there,” Michelle Stevens says, but she cautions that she sees “two different \
                sides to it.”";
    assert_eq!(mention_of(text, "two different").1.as_deref(), Some("she"));
    let text = "Bernie Sanders reiterated his support for Hillary Clinton against Donald Trump, who he blasted as a \
                “bully and demagogue” on Monday.";
    assert_eq!(mention_of(text, "bully and").1.as_deref(), Some("he"));
}

#[test]
fn cue_verbs_news_uses_for_quotes_beyond_said() {
    let text = "“Donald Trump is not a racist, guys,” Bruce LeVell assured the mostly white crowd.";
    assert_eq!(mention_of(text, "Donald Trump is").0.as_deref(), Some("Bruce LeVell"));
    let text = "Asked about the server, Sidney Blumenthal answered, “I have no idea. We’re old friends.”";
    assert_eq!(mention_of(text, "I have no idea").0.as_deref(), Some("Sidney Blumenthal"));
}

#[test]
fn an_unlisted_present_tense_verb_before_the_speaker_attributes() {
    // Features and vox-pops write the inverted cue in the present tense; "links his
    // support" after a title is no attribution.
    check(&[
        (
            "“We have waited long enough,” agrees Dana Whitfield, 45, of Tulsa.",
            &[("We have waited long enough,", Some("Dana Whitfield"), Direct)],
        ),
        (
            "“I will vote, no matter what,” declares Omar Haddad, a student in Dearborn.",
            &[("I will vote, no matter what,", Some("Omar Haddad"), Direct)],
        ),
    ]);
}

#[test]
fn auxiliaries_and_possessive_determiners_do_not_speak() {
    // The words before a passive or noun cue are no noun phrase that speaks.
    for text in [
        "The actress opened up about being described as a “real woman” in a blog post.",
        "Critics noted the senator had praised Assad, having referred to him as a “reformer.”",
        "The leader wouldn’t say whether the vote was “a done deal.”",
        "Trump did post on Twitter that his claims were “sarcasm” but it took a while.",
    ] {
        for (quote, speaker, _) in run(text) {
            let speaker = speaker.unwrap_or_default();
            assert!(
                !["being", "having", "wouldn’t", "his"].contains(&speaker.as_str()),
                "{quote:?} given to {speaker:?} in {text}"
            );
        }
    }
}

#[test]
fn a_new_voice_opening_a_sentence_takes_the_next_paragraph_of_quote() {
    // Vox-pop layout: a voter is introduced by name, age and town, and the next
    // paragraph is their quote, with no cue of its own; it is not the previous
    // speaker going on.
    let text = "Iowa voters weigh the race\n\n\
                “We need change,” said Tom Reilly, a retiree in Dubuque.\n\n\
                Angela Ruiz, 38, a nurse from Ames, has not decided.\n\n\
                “I want to hear more about health care.”";
    assert_eq!(
        run(text),
        [
            ("We need change,".to_string(), Some("Tom Reilly".to_string()), Direct),
            ("I want to hear more about health care.".to_string(), Some("Angela Ruiz".to_string()), Direct),
        ]
    );
}

#[test]
fn a_new_voice_introduced_inside_a_sentence_takes_the_next_paragraph_of_quote() {
    // The voter is introduced by an appositive that does not open the sentence; the
    // quote after it is theirs, not the previous speaker's going on.
    let text = "Iowa voters weigh the race\n\n\
                “We need change,” said Tom Reilly, a retiree in Dubuque.\n\n\
                Among the undecided is Angela Ruiz, 38, a nurse from Ames.\n\n\
                “I want to hear more about health care.”";
    assert_eq!(
        run(text),
        [
            ("We need change,".to_string(), Some("Tom Reilly".to_string()), Direct),
            ("I want to hear more about health care.".to_string(), Some("Angela Ruiz".to_string()), Direct),
        ]
    );
    // A name in passing, with no appositive, does not interrupt the speaker.
    let text = "Iowa voters weigh the race\n\n\
                “We need change,” said Tom Reilly, a retiree in Dubuque.\n\n\
                He has backed candidates since Bill Clinton ran.\n\n\
                “I want to hear more about health care.”";
    assert_eq!(run(text)[1].1.as_deref(), Some("Tom Reilly"));
}

#[test]
fn a_woven_quote_shares_the_attribution_of_the_quote_before_it() {
    check(&[
        (
            "Governor Smith condemned \"such a cowardly attack\" and declared a resolve to \"keep our open, tolerant life.\"",
            &[
                ("such a cowardly attack", Some("Smith"), Partial),
                ("keep our open, tolerant life.", Some("Smith"), Partial),
            ],
        ),
        (
            "Mr. Jones said of the vote, \"I don't like it,\" adding that \"they have anger that's unbelievable.\"",
            &[("I don't like it,", Some("Jones"), Direct), ("they have anger that's unbelievable.", Some("Jones"), Partial)],
        ),
        // A new sentence is a new frame: the woven words there have nobody saying them.
        (
            "Mr. Jones said, \"I don't like it.\" The rally was a \"circus of grievance and anger\" at best.",
            &[("I don't like it.", Some("Jones"), Direct)],
        ),
    ]);
}

#[test]
fn fragments_woven_into_one_reported_clause_are_one_quote() {
    check(&[
        (
            "Mayor Lee said the goal was not to \"build more roads\" but to \"build better ones.\"",
            &[("build more roads … build better ones.", Some("Lee"), Partial)],
        ),
        (
            "The senator admitted \"one or two instances\" where donations may have \"slipped through the cracks.\"",
            &[("one or two instances … slipped through the cracks.", Some("The senator"), Partial)],
        ),
        // A cue verb of its own between them makes two reports.
        (
            "Governor Smith condemned \"such a cowardly attack\" and said the state would \"keep our open, tolerant life.\"",
            &[
                ("such a cowardly attack", Some("Smith"), Partial),
                ("keep our open, tolerant life.", Some("Smith"), Partial),
            ],
        ),
    ]);
}

#[test]
fn a_list_of_quoted_words_someone_is_reported_saying_is_a_quote() {
    check(&[
        (
            "Perez hammered Smith, calling him a \"train wreck\" and \"outsourcer in chief,\" and left.",
            &[("train wreck … outsourcer in chief,", Some("Perez"), Partial)],
        ),
        (
            "He adds that the mayor is \"like a spoiled child\" and \"not a smart man\" because of the budget.",
            &[("like a spoiled child … not a smart man", None, Partial)],
        ),
        // Nobody says the terms of an unattributed list: they stay terms.
        ("The talks may cover 'land,' 'nuclear power plants,' and 'specific assets' this week.", &[]),
    ]);
}

#[test]
fn curly_marks_typed_the_wrong_way_round_read_by_their_place() {
    check(&[
        (
            "Sen. Ann Ruiz called the plan “a costly mistake for every farmer“ in a tweet Sunday.",
            &[("a costly mistake for every farmer", Some("Ann Ruiz"), Partial)],
        ),
        (
            "Her post drew replies.\n\n”Thanks Ann, you said what we all think!” posted Sharon Reed.",
            &[("Thanks Ann, you said what we all think!", Some("Sharon Reed"), Direct)],
        ),
    ]);
    check(&[(
        "Top stories.\n\nPollsters under fire - Jane Cohen: “Pollsters are taking heat for not seeing it coming. Why? Because polls are all we have.“[HuffPost.]\n\nMore news.",
        &[(
            "Pollsters are taking heat for not seeing it coming. Why? Because polls are all we have.",
            Some("Jane Cohen"),
            Direct,
        )],
    )]);
}

#[test]
fn woven_words_belong_to_the_subject_of_their_clause() {
    check(&[
        // The subject after an opening phrase and its commas.
        (
            "At the rally in Ames, a town of 60,000, Senator Reyes denounced the \"reckless spending spree in Washington.\"",
            &[("reckless spending spree in Washington.", Some("Reyes"), Partial)],
        ),
        // The subject of a clause opened by "when".
        (
            "The dispute echoes a fight in May when Governor Hale attacked the board for its \"secret budget deals made at night.\"",
            &[("secret budget deals made at night.", Some("Hale"), Partial)],
        ),
        // The nearest clause's subject.
        (
            "Mayor Ruiz spoke first, and Senator Diaz then took aim at the \"bloated program of the last decade.\"",
            &[("bloated program of the last decade.", Some("Diaz"), Partial)],
        ),
        // A phrase with a determiner opening the sentence.
        (
            "The housing director also praised the council for its \"bold and overdue reforms of the permit office.\"",
            &[("bold and overdue reforms of the permit office.", Some("The housing director"), Partial)],
        ),
        // No subject and verb: emphasis, not speech.
        ("In a town of 60,000, the \"reckless spending spree in Washington\" is a distant worry.", &[]),
        // A plural noun before a verb heads the phrase; it is no verb itself.
        ("The city council members became more \"fluent in the language of budgets\" last year.", &[]),
    ]);
}

#[test]
fn titles_after_a_work_noun_or_of_in_told_are_works() {
    check(&[
        (
            "“It is a mess,” said Ann Lee, the author of “America’s Broken Roads,” a history of the highway bill.",
            &[("It is a mess,", Some("Ann Lee"), Direct)],
        ),
        (
            "“I was a dad first,” Mr. Wells said in May on his podcast “Here’s the Deal.”",
            &[("I was a dad first,", Some("Wells"), Direct)],
        ),
        // Words quoted after a cue are speech, capitals or not.
        ("Mr. Wells said the bill was “Dead On Arrival.”", &[("Dead On Arrival.", Some("Wells"), Partial)]),
    ]);
}

#[test]
fn dropped_regions_say_which_rule_dropped_them() {
    let text = "The talks may cover 'land,' 'power plants,' and 'assets' this week, a \"historic\" moment.";
    let (quotes, dropped) = extract_explained(text, &naive_sentences(text), &[]);
    assert!(quotes.is_empty());
    let rules: Vec<(&str, &str)> = dropped.iter().map(|&(a, b, why)| (&text[a..b], why)).collect();
    assert_eq!(
        rules,
        [
            ("'land,'", "list of terms"),
            ("'power plants,'", "list of terms"),
            ("'assets'", "list of terms"),
            ("\"historic\"", "short, unattributed"),
        ]
    );
}

// --- precision (session 8) ---

#[test]
fn a_title_set_off_by_a_comma_after_a_work_noun_is_a_work() {
    check(&[
        // A work noun, a comma, then capitalised words: the work's name, not speech.
        ("The family moved to Denver, Ms. Ortiz wrote in her 2014 memoir, “A Road Through the Mountains.”", &[]),
        // After a work noun a title may carry a long subtitle.
        (
            "Mr. Hale, who covered the company for years, wrote the book “Cold Start: How One Small Firm Beat the Giants of the Valley.”",
            &[],
        ),
        // Words after a work noun and a comma that read as a sentence are speech.
        (
            "Ms. Ortiz said of her new book, “It took me six years to write.”",
            &[("It took me six years to write.", Some("Ortiz"), Direct)],
        ),
    ]);
}

#[test]
fn a_show_name_before_a_role_and_a_name_is_a_work() {
    check(&[
        // Marks opening with a capital, then "star"/"host" and a name: the show.
        ("“Life is a Circus” star Ana Lopez opened up about her years growing up in Ohio.", &[]),
        (
            "Senator Lopez had some explaining to do. “Late Night” host Sam Ortiz on Monday showed that she had changed her story.",
            &[],
        ),
        // A role word that is no show role leaves speech alone.
        (
            "“We will win this,” campaign manager Ana Lopez told the crowd.",
            &[("We will win this,", Some("Ana Lopez"), Direct)],
        ),
    ]);
}

#[test]
fn one_or_two_capitalised_words_between_a_given_name_and_a_surname_are_a_nickname() {
    check(&[
        ("Mayor Ruiz picked the retired engineer Thomas “Tad” Whitley to run the water board.", &[]),
        // Words in marks after a name and before a new sentence are not a nickname.
        (
            "The council heard from Thomas Whitley. “Water Is Life,” Mr. Whitley told them.",
            &[("Water Is Life,", Some("Thomas Whitley"), Direct)],
        ),
    ]);
}

// --- precision (session 9) ---

#[test]
fn a_story_excerpt_after_a_cited_headline_and_its_byline_is_no_speech() {
    check(&[
        // A roundup: a quoted headline, its byline, a colon and the story's opening.
        (
            "LOCAL NEWS—“Ames bakery closes after forty years,” by the Tribune's Ellen Ruiz: “The Corner Bakery, which fed three generations of students, will close its doors on Friday.” http://example.com/a.",
            &[],
        ),
        (
            "CITY HALL—“Council delays vote on the bus plan,” by Ledger's Tom Hale: “The Ames City Council on Tuesday put off a vote on the new bus routes until March.”",
            &[],
        ),
        // A colon after a quote that no byline follows opens more speech.
        (
            "“We will rebuild,” Ellen Ruiz said on Monday, and she added: “The Corner Bakery will reopen under new owners.”",
            &[
                ("We will rebuild,", Some("Ellen Ruiz"), Direct),
                ("The Corner Bakery will reopen under new owners.", Some("Ellen Ruiz"), Direct),
            ],
        ),
    ]);
}

#[test]
fn a_capitalised_title_with_a_byline_is_a_work_even_inside_a_speech_clause() {
    check(&[
        // "…," by an author: a work's title, though the sentence has a cue.
        (
            "According to “The Ruiz Family: Three Generations on the Farm,” by Tom Hale, Ellen Ruiz told her brother that the farm would be sold.",
            &[],
        ),
        (
            "One of his favourite books, “The Long Winter,” by Ana Lopez, taught him patience, the senator said.",
            &[],
        ),
    ]);
}

#[test]
fn a_quote_nested_with_the_same_curly_marks_stays_inside_its_quote() {
    check(&[
        // “ … “ … ” … ”: the inner pair is a quote in the quote, which runs to the second close.
        (
            "POLLS NOT WRONG - Ana Lopez: “The misfire traces to the fast growing number of “cell phone only” households and to late shifts.” [Ledger.]",
            &[(
                "The misfire traces to the fast growing number of “cell phone only” households and to late shifts.",
                Some("Ana Lopez"),
                Direct,
            )],
        ),
    ]);
    // An opener while open with one close after it: the earlier opener was stray.
    let text = "The mayor had “no comment. Later she said “We will rebuild the bakery,” to the crowd.";
    let got: Vec<&str> = marks::regions(text).iter().map(|r| &text[r.pieces[0].0..r.pieces[0].1]).collect();
    assert_eq!(got, ["We will rebuild the bakery,"]);
}

#[test]
fn a_garbled_wire_close_before_a_bracket_closes_the_quote() {
    check(&[
        // ''…'.') : the closing '' of wire text, garbled inside parentheses.
        (
            "The bakery will reopen. (Mayor Ellen Ruiz said, ''We will have bread on the shelves again by the spring.'.')",
            &[("We will have bread on the shelves again by the spring.", Some("Ellen Ruiz"), Direct)],
        ),
    ]);
    // An inner single quote closing before the outer '' keeps its own close.
    let text = "He said, ''They call it the 'wrong track.'.'' Then he left.";
    let got: Vec<&str> = marks::regions(text).iter().map(|r| &text[r.pieces[0].0..r.pieces[0].1]).collect();
    assert_eq!(got, ["They call it the 'wrong track.'."]);
}

#[test]
fn a_closing_curly_mark_opening_a_paragraph_opens_a_quote() {
    check(&[
        // The editorial's words after an ellipsis open with the wrong-way mark.
        (
            "The Ledger urged the mayor to visit.\n\n” … if the governor can visit Ames, then surely the mayor can do the same,” the editorial read.",
            &[("… if the governor can visit Ames, then surely the mayor can do the same,", Some("the editorial"), Direct)],
        ),
    ]);
}

#[test]
fn words_in_marks_with_a_year_in_brackets_after_them_are_a_cited_item() {
    check(&[
        // Campaign posters listed with their years: no one says them.
        (
            "The party's posters grew harsher over the years.\n\n“Lose the farm? Lose your job? No to the treaty” (2005) — “Free pass for all? No.” (2007) — “Yes to the wall” (2009).",
            &[],
        ),
        // A year in brackets after a cued quote leaves it speech.
        (
            "“We will not stop,” Ellen Ruiz said (in 2009) of the campaign.",
            &[("We will not stop,", Some("Ellen Ruiz"), Direct)],
        ),
    ]);
}

#[test]
fn a_title_joined_to_a_title_is_a_work_too() {
    check(&[("Ruiz, who starred in “Life on the Farm” and “Nights in Ames,” posted the clip on Thursday.", &[])]);
}

#[test]
fn attribute_values_of_markup_are_no_quotes() {
    let text = "Watch the video at <a href=\"http://video.example.com\">video.example.com</a>. <tweet tweet-author=\"@ruiz\" tweet-date=\"May 2, 2016\">“We will rebuild,” Ruiz wrote.</tweet>";
    let got: Vec<&str> = marks::regions(text).iter().map(|r| &text[r.pieces[0].0..r.pieces[0].1]).collect();
    assert_eq!(got, ["We will rebuild,"]);
    // A value left open to the end of the line skips nothing.
    let text = "a=\"b and then “Yes,” she said.";
    let got: Vec<&str> = marks::regions(text).iter().map(|r| &text[r.pieces[0].0..r.pieces[0].1]).collect();
    assert_eq!(got, ["Yes,"]);
}

#[test]
fn a_pseudonym_alias_or_moniker_in_marks_is_a_name_not_speech() {
    check(&[
        ("Mr. Hale wrote under the pseudonym “Tom Sawyer,” but it did not hide him for long.", &[]),
        ("Mr. Hale posted under the alias “Big Ed,” but it did not hide him for long.", &[]),
        ("Mr. Hale wrote under the moniker “Big Ed,” but it did not hide him for long.", &[]),
    ]);
}

// --- precision (session 9, round 2) ---

#[test]
fn a_title_may_open_with_a_number() {
    // "60 Minutes", "13 Hours: …": a numeral before capitalised words is still the
    // name of a show or a film, not speech.
    check(&[
        ("Mayor Ellen Ruiz defended the plan last week in an interview on CBS’ “60 Minutes.”", &[]),
        ("The council met on Monday.\n\nThe movie, “13 Days: The Ames Flood Story,” is based on a book by two farmers.", &[]),
    ]);
}

#[test]
fn participle_of_saying_reports_a_clause() {
    check(&[
        (
            "Mayor Ruth Alvarez defended the budget on Monday, saying the new taxes would fall on the richest residents.",
            &[("the new taxes would fall on the richest residents", Some("Ruth Alvarez"), Indirect)],
        ),
        // The participle ends the first reported clause and reports its own.
        (
            "Alvarez said the vote would be close, adding that she expected the council to back her.",
            &[
                ("the vote would be close", Some("Alvarez"), Indirect),
                ("she expected the council to back her", Some("Alvarez"), Indirect),
            ],
        ),
        // "adding to" adds a thing, not words.
        ("Alvarez won the primary in Ohio, adding to her lead over her two rivals in the race.", &[]),
    ]);
}

#[test]
fn participle_of_saying_after_a_quote() {
    check(&[
        (
            "“We will not raise taxes,” Alvarez said, noting that the city had a surplus for the third year running.",
            &[
                ("We will not raise taxes,", Some("Alvarez"), Direct),
                ("the city had a surplus for the third year running", Some("Alvarez"), Indirect),
            ],
        ),
        // The speaker is named after the quote, not inside it.
        (
            "Mayor Ruth Alvarez spoke for an hour.\n“I am proud of this budget,” she added, stressing that the schools would get more money.",
            &[
                ("I am proud of this budget,", Some("Ruth Alvarez"), Direct),
                ("the schools would get more money", Some("Ruth Alvarez"), Indirect),
            ],
        ),
    ]);
}

#[test]
fn reported_clause_before_a_quote() {
    check(&[
        // The clause ends where a clause of its own leads to the quote.
        (
            "Ortiz said she saw no reason to change her plan, telling the panel that “we keep our word.”",
            &[
                ("she saw no reason to change her plan", Some("Ortiz"), Indirect),
                ("we keep our word.", Some("Ortiz"), Partial),
            ],
        ),
        (
            "Ortiz said the bridge would open in the spring and called the delay “a scandal.”",
            &[("the bridge would open in the spring", Some("Ortiz"), Indirect), ("a scandal.", Some("Ortiz"), Partial)],
        ),
        (
            "Ortiz said the fund had run dry last year, which she called “a warning.”",
            &[("the fund had run dry last year", Some("Ortiz"), Indirect), ("a warning.", None, Partial)],
        ),
        // A clause end right after an inverted cue.
        (
            "The bridge will reopen in the spring, Ortiz said, adding, “We are on schedule.”",
            &[
                ("The bridge will reopen in the spring", Some("Ortiz"), Indirect),
                ("We are on schedule.", Some("Ortiz"), Direct),
            ],
        ),
        // A quote inside the clause is the clause's: nothing more is reported.
        (
            "Ortiz said the new bridge levy would “sail through” the council.",
            &[("sail through", Some("Ortiz"), Partial)],
        ),
        // A relative clause inside the subject cuts no clause: the words before it hold no verb.
        (
            "Ortiz said the new city bridge levy, which she called “a scandal,” would fail.",
            &[("a scandal,", None, Partial)],
        ),
        // Nor does the comma of a list of names.
        (
            "Ortiz said she would meet Hale, Ruiz, and Park to “settle this once and for all.”",
            &[("settle this once and for all.", Some("Ortiz"), Partial)],
        ),
    ]);
}

#[test]
fn reported_clause_of_its_own_after_a_quote() {
    check(&[
        // A cue coordinated with the verb before the quote shares its subject.
        (
            "Ortiz called the toll plan “a disaster” and said the council would vote it down in May.",
            &[
                ("a disaster", Some("Ortiz"), Partial),
                ("the council would vote it down in May", Some("Ortiz"), Indirect),
            ],
        ),
        // The quote may take the coordinated cue for its own: it still reports.
        (
            "Ortiz called the toll plan “reckless,” but said the council would vote on it in May.",
            &[("reckless,", Some("Ortiz"), Partial), ("the council would vote on it in May", Some("Ortiz"), Indirect)],
        ),
        // A comma inside the closing mark ends the clause that held the quote.
        (
            "Even as Ortiz claimed on Monday that “the bridge is safe,” one of the engineers said the repairs would take a year.",
            &[
                ("the bridge is safe,", Some("Ortiz"), Partial),
                ("the repairs would take a year", Some("one of the engineers"), Indirect),
            ],
        ),
        // A new clause after the quote's own frame, with its own subject.
        (
            "Mayor Ruth Ortiz spoke for an hour.\n“The bridge is safe,” Ortiz said on Monday, but she said the repairs would take another year.",
            &[
                ("The bridge is safe,", Some("Ruth Ortiz"), Direct),
                ("the repairs would take another year", Some("Ruth Ortiz"), Indirect),
            ],
        ),
        // The quote's own cue reports nothing more, nor do words that open no clause.
        ("“The bridge is safe,” Ortiz said on Monday in a packed hall in the town of Ames.", &[("The bridge is safe,", Some("Ortiz"), Direct)]),
        (
            "“The bridge is safe,” Ortiz said, and her aide said Friday in a packed hall in the town of Ames.",
            &[("The bridge is safe,", Some("Ortiz"), Direct)],
        ),
    ]);
}

#[test]
fn participle_joined_to_the_clause_of_a_quote() {
    check(&[
        // After the comma inside the closing mark: the subject opens the sentence.
        (
            "Mayor Ruth Ortiz mocked the claim that she had “emptied the fund,” saying the reserve had grown for three years.",
            &[
                ("emptied the fund,", Some("Ruth Ortiz"), Partial),
                ("the reserve had grown for three years", Some("Ruth Ortiz"), Indirect),
            ],
        ),
        // After "but" or "and".
        (
            "Ortiz called the levy “fair on paper” but suggesting that it might not pass the council.",
            &[("fair on paper", Some("Ortiz"), Partial), ("it might not pass the council", Some("Ortiz"), Indirect)],
        ),
    ]);
}

#[test]
fn headline_name_and_colon_report_a_statement() {
    check(&[
        (
            "Alvarez: City budget will not raise taxes\n\nMayor Ruth Alvarez presented her budget on Monday.",
            &[("City budget will not raise taxes", Some("Ruth Alvarez"), Indirect)],
        ),
        // A label before the colon names no one.
        ("Breaking: City budget will not raise taxes\n\nMayor Ruth Alvarez presented her budget on Monday.", &[]),
        // Nor is a question a statement.
        ("Alvarez: Will the city budget raise taxes?\n\nMayor Ruth Alvarez presented her budget on Monday.", &[]),
    ]);
}

#[test]
fn coordinated_cue_reports_a_clause() {
    check(&[
        (
            "Senator Ruth Alvarez met the union leaders on Monday and said the strike would end before the holidays.",
            &[("the strike would end before the holidays", Some("Ruth Alvarez"), Indirect)],
        ),
        // An infinitive reports no one.
        ("It is still too early to say whether the strike will end before the holidays.", &[]),
    ]);
}

#[test]
fn reported_clause_beside_a_comma() {
    check(&[
        // An inverted cue after the clause: the speaker follows, appositive and all.
        (
            "Mayor Ruth Alvarez spoke on Monday.\nThe budget will pass easily, said Alvarez, the council president who has led its majority since 2019.",
            &[("The budget will pass easily", Some("Ruth Alvarez"), Indirect)],
        ),
        // A clause after the cue is the reported one, not the opening phrase.
        (
            "Mayor Ruth Alvarez spoke on Monday.\nAfter the vote ended, she said that the budget would pass.",
            &[("the budget would pass", Some("Ruth Alvarez"), Indirect)],
        ),
    ]);
}

#[test]
fn a_first_line_that_ends_like_a_sentence_is_no_headline() {
    check(&[
        // A one-line text (its line ends in a newline) or a body without a headline.
        (
            "Mayor Ruth Alvarez said the new taxes would fall on the richest residents.\n",
            &[("the new taxes would fall on the richest residents", Some("Ruth Alvarez"), Indirect)],
        ),
        (
            "Officials said the bridge would reopen in May.\nThe repairs cost $4 million.\n",
            &[("the bridge would reopen in May", Some("Officials"), Indirect)],
        ),
    ]);
}

#[test]
fn a_dateline_is_no_part_of_a_reported_clause() {
    check(&[
        (
            "MARLOW — The council voted on Tuesday to close the pool, officials said.",
            &[("The council voted on Tuesday to close the pool", Some("officials"), Indirect)],
        ),
        (
            "EAST BEXLEY, Ohio (AP) -- The plant will close in May, its owners said.",
            &[("The plant will close in May", Some("its owners"), Indirect)],
        ),
        // Nor does it keep the subject after it from opening the sentence.
        (
            "MARLOW (AP) — Officials said the pool would close in May.",
            &[("the pool would close in May", Some("Officials"), Indirect)],
        ),
    ]);
}

#[test]
fn a_cue_word_after_a_modal_and_another_verb_is_no_cue() {
    // "claims" is a noun here: after "could" the verb is "blunt".
    check(&[("Solid gains, with a rise in hourly wages, could blunt Republican claims.", &[])]);
}

#[test]
fn a_cue_looked_for_past_the_last_token_is_none() {
    // A low opening mark, then cue words with nothing quoted after the last one: the
    // closing-clause scan ran one token past the text (found by the property tests).
    let text = "„ said \" said , Heio Chinji";
    let analysis = crate::analysis::analyze(text, None);
    assert!(analysis.quotes.is_empty(), "{:?}", analysis.quotes);
    assert_eq!(analysis.entities.len(), 1);
}

#[test]
fn a_share_written_with_digits_is_the_subject() {
    // "Six in 10 say": the ratio's base in digits still ends the subject; a year
    // after "in" is no share.
    check(&[
        (
            "Six in 10 say the council should cut the sales tax.",
            &[("the council should cut the sales tax", Some("Six in 10"), Indirect)],
        ),
        ("The owner is Tom Hale, who in 2012 added to his string of golf courses.", &[]),
    ]);
}

#[test]
fn a_poll_or_a_record_reports_its_finding() {
    check(&[
        (
            "A new county poll shows Ruth Alvarez leading the mayoral race by nine points.",
            &[("Ruth Alvarez leading the mayoral race by nine points", Some("A new county poll"), Indirect)],
        ),
        (
            "The state auditors found that the agency had overpaid its contractors for years.",
            &[("the agency had overpaid its contractors for years", Some("The state auditors"), Indirect)],
        ),
        (
            "County land records indicate the farm was sold twice in the same year.",
            &[("the farm was sold twice in the same year", Some("County land records"), Indirect)],
        ),
        // The poll opening the sentence is the source, not the month nearer the verb.
        (
            "A county poll in June showed that most voters opposed the new stadium.",
            &[("most voters opposed the new stadium", Some("A county poll"), Indirect)],
        ),
        // Most subjects find or show things, not findings; a noun or passive is no cue.
        ("The firefighters found a dog in the burning barn on Monday night.", &[]),
        ("The missing ledger was found in a drawer at the county office.", &[]),
    ]);
}

#[test]
fn a_reported_question_after_asked() {
    check(&[
        (
            "A reporter asked the governor whether the bridge would reopen before winter.",
            &[("whether the bridge would reopen before winter", Some("A reporter"), Indirect)],
        ),
        // The one asked is no source; a question asked by no one named leaves the
        // sentence to its later cue.
        ("The governor was asked whether the bridge would reopen before winter.", &[]),
        (
            "When asked whether the plan would pass, the mayor said the council would back it by a wide margin.",
            &[("the council would back it by a wide margin", Some("the mayor"), Indirect)],
        ),
        // A request is no question.
        ("The mayor asked residents to explain why the park should stay open.", &[]),
    ]);
}

#[test]
fn a_long_title_before_the_name_keeps_it_the_subject() {
    check(&[
        (
            "The former Democratic presidential candidate Ruth Alvarez said the county would not raise taxes next year.",
            &[("the county would not raise taxes next year", Some("Ruth Alvarez"), Indirect)],
        ),
        (
            "WASHINGTON (AP) — U.S. District Magistrate Judge Ruth Alvarez said the plant could stay open until May.",
            &[("the plant could stay open until May", Some("Ruth Alvarez"), Indirect)],
        ),
        // A name deep in the sentence after a participle is no subject of it.
        ("Among the voters backing the new stadium plan Ruth Alvarez said nothing at all about the costs.", &[]),
    ]);
}

#[test]
fn a_relative_clause_of_saying_ends_before_the_main_cue() {
    check(&[(
        "Ruth Alvarez, who said she had voted for the plan, said the county would not raise taxes next year.",
        &[
            ("she had voted for the plan", Some("Ruth Alvarez"), Indirect),
            ("the county would not raise taxes next year", Some("Ruth Alvarez"), Indirect),
        ],
    )]);
    // A short clause after the main cue is still what the subject said, not a tail.
    check(&[(
        "Ruth Alvarez, who said she had voted for the plan, said taxes would not rise.",
        &[
            ("she had voted for the plan", Some("Ruth Alvarez"), Indirect),
            ("taxes would not rise", Some("Ruth Alvarez"), Indirect),
        ],
    )]);
}

#[test]
fn according_to_inside_the_sentence() {
    check(&[
        // The source phrase splits the subject from its verb: the whole sentence.
        (
            "Turnout, according to the county clerk, was the highest in twenty years.",
            &[(
                "Turnout, according to the county clerk, was the highest in twenty years",
                Some("the county clerk"),
                Indirect,
            )],
        ),
        // After a short opener the source phrase opens the clause after it.
        (
            "But according to the new survey, most renters in the city expect higher costs.",
            &[("most renters in the city expect higher costs", Some("the new survey"), Indirect)],
        ),
        (
            "In addition, according to the agency, nearly two thousand homes will lose power.",
            &[("nearly two thousand homes will lose power", Some("the agency"), Indirect)],
        ),
    ]);
}

#[test]
fn an_inverted_said_after_the_clause_names_a_descriptor_or_a_titled_name() {
    check(&[
        (
            "The new stadium will cost far more than the council expected, said several local economists.",
            &[(
                "The new stadium will cost far more than the council expected",
                Some("several local economists"),
                Indirect,
            )],
        ),
        (
            "The library levy could decide the race for mayor this fall, said Democratic strategist Ruth Alvarez.",
            &[("The library levy could decide the race for mayor this fall", Some("Ruth Alvarez"), Indirect)],
        ),
        // Another verb's descriptor after the comma is its object.
        ("The council member, a longtime critic of the levy, tweeted a warning.", &[]),
    ]);
}

#[test]
fn a_title_case_headline_says_reports_its_clause() {
    let text = "Mayor Hale Says The Library Levy Will Pass In November.\n\
                Ruth Hale spoke on Monday at the city council meeting.";
    let got = run(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "The Library Levy Will Pass In November");
    assert_eq!(got[0].1.as_deref(), Some("Hale"));
    // In the body a capitalised "Says" is a word of a name, not a cue.
    let text = "Council Notes.\nThe band Simon Says The Word played at the fair on Monday night.";
    assert!(run(text).is_empty(), "{:?}", run(text));
}

#[test]
fn a_short_clause_with_its_own_subject_and_verb_is_reported() {
    check(&[
        // Two or three words: a subject pronoun and a finite verb make a clause.
        (
            "Mayor Ruth Alvarez was asked about the levy.\nAlvarez said she backed it.",
            &[("she backed it", Some("Ruth Alvarez"), Indirect)],
        ),
        (
            "Mayor Ruth Alvarez was asked about the levy.\nAlvarez said she would.",
            &[("she would", Some("Ruth Alvarez"), Indirect)],
        ),
        ("The county clerks said they're ready.", &[("they're ready", Some("The county clerks"), Indirect)]),
        // Three words without a subject pronoun and verb are no clause.
        ("Mayor Ruth Alvarez was asked about the levy.\nAlvarez said no such thing.", &[]),
    ]);
}

#[test]
fn a_long_noun_phrase_opening_the_sentence_is_the_subject() {
    check(&[
        // An infinitive, a participle and prepositional phrases modify the head.
        (
            "Organizers of the drive to recall the county sheriff said they are worried about turnout.",
            &[(
                "they are worried about turnout",
                Some("Organizers of the drive to recall the county sheriff"),
                Indirect,
            )],
        ),
        (
            "Large shares of Democratic voters in four counties going to the polls said the levy should pass.",
            &[(
                "the levy should pass",
                Some("Large shares of Democratic voters in four counties going to the polls"),
                Indirect,
            )],
        ),
        // After a relative pronoun any words belong to the phrase.
        (
            "Parents who have spoken directly with the school board say the new timetable is confusing.",
            &[("the new timetable is confusing", Some("Parents"), Indirect)],
        ),
        // So do the words of an aside between dashes.
        (
            "Teachers — and a few parents — say the new timetable is confusing.",
            &[("the new timetable is confusing", Some("Teachers — and a few parents"), Indirect)],
        ),
        // A finite verb makes the words before the cue a clause of their own.
        ("The council is expected to vote on the plan before most of the residents say what they think.", &[]),
    ]);
}

#[test]
fn a_pronoun_deep_in_the_sentence_is_its_clause_subject() {
    check(&[
        // A cue in a subordinate clause: its pronoun is the subject.
        (
            "Mayor Ruth Alvarez was heckled at the long town meeting when she said the levy would pass.",
            &[("the levy would pass", Some("Ruth Alvarez"), Indirect)],
        ),
        // So is a relative pronoun after the noun it stands for.
        (
            "The plan won the most support on the east side among the older residents who said the levy was overdue.",
            &[("the levy was overdue", Some("the older residents"), Indirect)],
        ),
    ]);
}

#[test]
fn a_party_tag_before_the_appositive_comma_closes_the_name() {
    check(&[(
        "Rep. Tom Reyes (D-Ore.), the ranking member of the budget panel, said he backs the compromise.",
        &[("he backs the compromise", Some("Tom Reyes"), Indirect)],
    )]);
}

#[test]
fn a_descriptor_opening_the_clause_is_the_subject_of_a_coordinated_cue() {
    check(&[
        (
            "The county auditor reviewed the budget on Monday and said the deficit had doubled.",
            &[("the deficit had doubled", Some("The county auditor"), Indirect)],
        ),
        (
            "At the end of the hearing, some council members walked out and said the vote was rigged.",
            &[("the vote was rigged", Some("some council members"), Indirect)],
        ),
    ]);
}

#[test]
fn a_short_noun_phrase_clause_after_the_cue_is_reported_not_the_opener() {
    check(&[(
        "Late on Tuesday night, the county clerk said the recount was over.",
        &[("the recount was over", Some("the county clerk"), Indirect)],
    )]);
}

#[test]
fn a_capitalised_skip_word_after_the_opening_comma_is_the_subject() {
    check(&[(
        "In a short reply, Twitter said the company removes abusive accounts within a day.",
        &[("the company removes abusive accounts within a day", Some("Twitter"), Indirect)],
    )]);
}

#[test]
fn a_source_closing_the_sentence_reports_its_first_cue_too() {
    check(&[
        (
            "Nearly two in three renters say they would move closer to work, according to the housing survey.",
            &[("Nearly two in three renters say they would move closer to work", Some("the housing survey"), Indirect)],
        ),
        (
            "The ferry operator said the route would close in winter, the Harbor Gazette reported on Friday.",
            &[("The ferry operator said the route would close in winter", Some("Harbor Gazette"), Indirect)],
        ),
    ]);
}

#[test]
fn reported_words_end_where_a_clause_with_its_own_subject_begins() {
    check(&[
        // A noun phrase and a reporting verb: a second attribution.
        (
            "Several shop owners said the new parking rules had hurt sales, while other residents said the street felt safer.",
            &[
                ("the new parking rules had hurt sales", Some("Several shop owners"), Indirect),
                ("the street felt safer", Some("other residents"), Indirect),
            ],
        ),
        // A pronoun after the conjunction: the same speaker's next clause.
        (
            "Mayor Ana Ortiz said the board would vote in March, but she added that the budget was not final.",
            &[
                ("the board would vote in March", Some("Ana Ortiz"), Indirect),
                ("the budget was not final", Some("Ana Ortiz"), Indirect),
            ],
        ),
        // Its verb reports nothing: the words just end.
        (
            "Mayor Ana Ortiz said the board would vote in March, and she accused the auditors of delay.",
            &[("the board would vote in March", Some("Ana Ortiz"), Indirect)],
        ),
    ]);
}

#[test]
fn reported_words_in_a_fronted_clause_end_at_its_comma() {
    check(&[
        (
            "Although Mayor Ana Ortiz said the levy was fair, she voted against it on Monday.",
            &[("the levy was fair", Some("Ana Ortiz"), Indirect)],
        ),
        // "As X reported, CLAUSE" names the main clause's source.
        (
            "As the Harbor Gazette reported, the levy was passed on Monday.",
            &[("the levy was passed on Monday", Some("Harbor Gazette"), Indirect)],
        ),
    ]);
}

#[test]
fn a_set_phrase_between_subject_and_cue_is_skipped() {
    check(&[
        (
            "Several tenant groups have in particular noted the rising cost of heating.",
            &[("the rising cost of heating", Some("Several tenant groups"), Indirect)],
        ),
        (
            "The two unions have in fact reported losing members since May.",
            &[("losing members since May", Some("The two unions"), Indirect)],
        ),
    ]);
}

#[test]
fn a_subject_right_after_a_subordinator_speaks_in_its_own_clause() {
    check(&[
        (
            "The council chamber went quiet for a long moment when the auditor revealed that the fund was empty.",
            &[("the fund was empty", Some("the auditor"), Indirect)],
        ),
        (
            "The mayor looked unsure of herself on Sunday when Ramirez asked whether the levy would pass.",
            &[("whether the levy would pass", Some("Ramirez"), Indirect)],
        ),
    ]);
}

#[test]
fn according_to_a_record_needs_no_comma() {
    check(&[
        (
            "Going into the last primaries, Ortiz leads Brandt by 140 delegates according to a count by the state party.",
            &[(
                "Going into the last primaries, Ortiz leads Brandt by 140 delegates",
                Some("a count"),
                Indirect,
            )],
        ),
        // A rule is no source.
        ("The board acted according to the rules of the county charter.", &[]),
    ]);
}

#[test]
fn a_that_inside_the_reported_clause_does_not_cut_it() {
    check(&[
        // "that" after the clause's own subject and verb belongs to the clause.
        (
            "Okafor said he is being questioned about payments that were made a decade ago.",
            &[("he is being questioned about payments that were made a decade ago", Some("Okafor"), Indirect)],
        ),
        // After the cue's object it is still the complementiser.
        (
            "Okafor told reporters on Friday that the depot would reopen in June.",
            &[("the depot would reopen in June", Some("Okafor"), Indirect)],
        ),
    ]);
}

#[test]
fn a_relative_clause_whose_subject_says_reports_its_words() {
    check(&[
        (
            "The council voted for a transit levy, which landlords said would push rents higher across the valley.",
            &[("which landlords said would push rents higher across the valley", Some("landlords"), Indirect)],
        ),
        (
            "The board backed the new depot budget, a plan that Okafor argued saved the county four million dollars.",
            &[("that Okafor argued saved the county four million dollars", Some("Okafor"), Indirect)],
        ),
    ]);
}

#[test]
fn a_cue_framed_by_a_long_phrase_reports_the_clause_before_it() {
    check(&[
        (
            "Ticket sales were slow all summer, Okafor said during a briefing for the county board on Monday.",
            &[("Ticket sales were slow all summer", Some("Okafor"), Indirect)],
        ),
        (
            "The depot used up its road salt twice in January, Ruth Brandt said, on condition of anonymity to discuss the budget.",
            &[("The depot used up its road salt twice in January", Some("Ruth Brandt"), Indirect)],
        ),
    ]);
}

#[test]
fn an_aside_between_dashes_or_brackets_sits_between_subject_and_cue() {
    check(&[
        (
            "The county judge -- who has sparred with the mayor over the budget for weeks -- said she regretted her remarks.",
            &[("she regretted her remarks", Some("The county judge"), Indirect)],
        ),
        (
            "Sen. Ann Okafor (a Democrat so soft-spoken she is often mistaken for an intern) says the depot will reopen in June.",
            &[("the depot will reopen in June", Some("Ann Okafor"), Indirect)],
        ),
    ]);
}

#[test]
fn a_short_clause_with_a_noun_or_demonstrative_subject_is_reported() {
    check(&[
        (
            "Okafor backed the depot plan and said funding is needed.",
            &[("funding is needed", Some("Okafor"), Indirect)],
        ),
        ("Ticket sales were slow, Okafor said.", &[("Ticket sales were slow", Some("Okafor"), Indirect)]),
        ("But the lawyers said that is unlikely.", &[("that is unlikely", Some("the lawyers"), Indirect)]),
    ]);
}

#[test]
fn an_inverted_said_names_a_speaker_closed_by_a_phrase_or_a_relative_clause() {
    check(&[
        (
            "The camp is hardly formal, but it has drawn a loyal crowd, said Ms. Okafor, with games of tag and hikes.",
            &[("The camp is hardly formal, but it has drawn a loyal crowd", Some("Okafor"), Indirect)],
        ),
        (
            "The mayor will not touch the levy before the fall, said an aide who was briefed on the meeting.",
            &[("The mayor will not touch the levy before the fall", Some("an aide"), Indirect)],
        ),
        (
            "Even Lisbon has more pull through its films, says political scientist Dana Serikova in Almaty.",
            &[("Even Lisbon has more pull through its films", Some("Dana Serikova"), Indirect)],
        ),
    ]);
}

#[test]
fn a_cue_after_the_quote_of_an_aside_reports_the_clause_after_it() {
    check(&[
        (
            "Okafor, who calls the levy “a tax on bread,” said it would fail when the board votes in May.",
            &[
                ("a tax on bread,", Some("Okafor"), Partial),
                ("it would fail when the board votes in May", Some("Okafor"), Indirect),
            ],
        ),
        (
            "Mr. Okafor, citing “the will of the voters,” said it would go on until every ballot is counted.",
            &[
                ("the will of the voters,", Some("Okafor"), Partial),
                ("it would go on until every ballot is counted", Some("Okafor"), Indirect),
            ],
        ),
    ]);
}
