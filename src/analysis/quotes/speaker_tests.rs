//! Speaker-resolution tests for layouts and subjects: news-style sentences written
//! for these rules (none from the benchmark data), run through the real sentence and
//! entity stages.

use super::*;

/// (text, speaker name) of every quote, through the real sentence and entity stages.
fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    let sentences = crate::analysis::sentences::split(text);
    let entities = crate::analysis::entities::extract(text, &sentences);
    extract(text, &sentences, &entities).into_iter().map(|q| (q.text, q.speaker.name)).collect()
}

/// Speaker of the quote that starts with `begins`.
fn speaker_of(text: &str, begins: &str) -> Option<String> {
    let all = speakers(text);
    let found = all.iter().find(|(t, _)| t.starts_with(begins));
    assert!(found.is_some(), "no quote starting {begins:?} in {all:?}");
    found.and_then(|(_, s)| s.clone())
}

#[test]
fn a_voice_named_right_after_its_words_owns_them() {
    // Feature layout: the words first, then who said them, with no cue.
    let text = "Voters weigh the race\n\n\
                “We need change,” said Tom Reilly, a retiree in Dubuque.\n\n\
                “He tells it like it is.” Mark Benson, 52, drives a truck in Des Moines.";
    assert_eq!(speaker_of(text, "He tells"), Some("Mark Benson".into()));
    // A name in passing after the quote, with no appositive, is not the speaker.
    let text = "Voters weigh the race\n\n\
                “We need change,” said Tom Reilly, a retiree in Dubuque.\n\n\
                “I mean it.” Donald Trump won the county by 12 points.";
    assert_eq!(speaker_of(text, "I mean"), Some("Tom Reilly".into()));
}

#[test]
fn a_listed_voice_speaks_not_the_town_before_the_colon() {
    // Reader panels list each voice as "name, particulars, town:".
    let text = "What voters told us\n\n\
                Angela Ruiz, 38, nurse, Ames: “I want someone who will fix health care.”\n\n\
                Jim Carter, retired farmer, Boone, Iowa: “Prices are terrible this year.”";
    assert_eq!(speaker_of(text, "I want"), Some("Angela Ruiz".into()));
    assert_eq!(speaker_of(text, "Prices"), Some("Jim Carter".into()));
    // A name closing a clause with its own verb is still the speaker's hearer, and
    // the subject opening the line speaks.
    let text = "Bernie Sanders, on stage in Iowa, turned to Hillary Clinton: “You are wrong.”";
    assert_eq!(speaker_of(text, "You are"), Some("Bernie Sanders".into()));
}

#[test]
fn the_hearer_of_a_participle_phrase_is_not_the_subject() {
    let text = "A senior aide talking to Reuters said, “The budget talks will resume on Monday.”";
    assert_eq!(speaker_of(text, "The budget"), Some("A senior aide".into()));
}

#[test]
fn a_descriptor_from_a_place_speaks_not_the_place() {
    let text = "Voters weigh the race\n\n\
                “We need change,” said Tom Reilly, a retiree in Dubuque.\n\n\
                A nurse from Ames said she has not decided.\n\n\
                “I want someone who will fix health care.”";
    assert_eq!(speaker_of(text, "I want"), Some("A nurse from Ames".into()));
    // A person named after "of" is the speaker.
    let text = "Sen. Chuck Schumer of New York said, “We will vote on it.”";
    let who = speaker_of(text, "We will").unwrap_or_default();
    assert!(who.starts_with("Chuck Schumer"), "{who}");
}

#[test]
fn a_caption_line_names_the_voice_of_the_next_paragraph() {
    // Reader panels head each answer with a caption line, upper-case or not.
    let text = "What voters told us\n\n\
                “I like what he says about jobs,” said Tom Reilly, a retired machinist.\n\n\
                ANGELA RUIZ, 38, Ames\n\n\
                “Nobody is talking about health care.”";
    assert_eq!(speaker_of(text, "Nobody"), Some("ANGELA RUIZ".into()));
    // A subhead that is a place is no voice: the speaker goes on.
    let text = "What voters told us\n\n\
                “I like what he says about jobs,” said Tom Reilly, a retired machinist.\n\n\
                Des Moines, Iowa\n\n\
                “Nobody is talking about health care.”";
    assert_eq!(speaker_of(text, "Nobody"), Some("Tom Reilly".into()));
}

#[test]
fn a_sign_off_on_the_quote_line_names_the_voice() {
    let text = "What voters told us\n\n\
                “I like what he says about jobs,” said Tom Reilly, a retired machinist.\n\n\
                “Prices are terrible this year.” — Jim Carter, 70, Boone\n\n\
                “I just don't trust any of them.” (Carol Wu, 67, Ankeny)";
    assert_eq!(speaker_of(text, "Prices"), Some("Jim Carter".into()));
    assert_eq!(speaker_of(text, "I just"), Some("Carol Wu".into()));
}

#[test]
fn less_common_speech_verbs_are_cues() {
    // Without "interjected" as a cue, the earlier "said" would claim the quote.
    let text = "Clinton said her plan was tougher on banks, to which Sanders interjected: “That is just not true.”";
    assert_eq!(speaker_of(text, "That is"), Some("Sanders".into()));
    let text = "The mayor said the count was fair, and his daughter whispered to him: “You did it.”";
    assert_eq!(speaker_of(text, "You did"), Some("his daughter".into()));
}

#[test]
fn a_descriptor_keeps_the_phrase_it_heads() {
    // The phrase after "in" modifies the staffer; the room does not speak.
    let text = "“Is this the last budget we pass?” a senior clerk at the statehouse asked.";
    assert_eq!(speaker_of(text, "Is this"), Some("a senior clerk at the statehouse".into()));
}

#[test]
fn a_relative_clause_between_subject_and_cue_is_skipped() {
    let text = "A campaign official who asked not to be named because the talks were private said, \
                “We expect a deal by Friday.”";
    assert_eq!(speaker_of(text, "We expect"), Some("A campaign official".into()));
    // A conjunction after the relative clause goes back to the main clause.
    let text = "Sen. Jane Moss thanked the volunteers who stayed late but said, “We still lost.”";
    assert_eq!(speaker_of(text, "We still"), Some("Jane Moss".into()));
}

#[test]
fn a_name_signing_a_quote_on_its_line_is_the_voice() {
    // Reader round-ups sign each finished quote with the name alone, or after "--".
    let text = "What readers told us\n\n\
                “I like what he says about jobs,” said Tom Reilly, a retired machinist.\n\n\
                “I want someone who will fix health care.” Angela Ruiz, Ames, Iowa\n\n\
                “Prices are terrible this year.” -- Jim Carter, Boone, Iowa";
    // (The entity stage keeps only "Angela" of "Angela Ruiz, Ames, Iowa"; the
    // mention span still covers the full name.)
    let who = speaker_of(text, "I want").unwrap_or_default();
    assert!(who.starts_with("Angela"), "{who}");
    assert_eq!(speaker_of(text, "Prices"), Some("Jim Carter".into()));
}

#[test]
fn a_voice_identified_in_the_sentence_after_its_words_owns_them() {
    let text = "What voters told us\n\n\
                “I like what he says about jobs,” said Tom Reilly, a retired machinist.\n\n\
                “I want someone who will fix health care.” So says Angela Ruiz, a nurse from Ames.\n\n\
                “He tells it like it is.” That was the verdict of Mark Benson, a trucker from Des Moines.";
    assert_eq!(speaker_of(text, "I want"), Some("Angela Ruiz".into()));
    assert_eq!(speaker_of(text, "He tells"), Some("Mark Benson".into()));
}

#[test]
fn bulleted_voices_are_listed_voices() {
    let text = "What voters told us\n\n\
                “I like what he says about jobs,” said Tom Reilly, a retired machinist.\n\n\
                • Angela Ruiz, 38, Ames: “I want someone who will fix health care.”\n\n\
                • MARK BENSON, 52, Des Moines\n\n\
                “He tells it like it is.”";
    assert_eq!(speaker_of(text, "I want"), Some("Angela Ruiz".into()));
    let who = speaker_of(text, "He tells").unwrap_or_default();
    assert!(who.to_lowercase().starts_with("mark"), "{who}");
}

#[test]
fn a_pronoun_refers_to_the_subject_not_the_object_named_after_it() {
    // Recency alone would give both quotes to the governor, named last.
    let text = "Budget fight heats up\n\n\
                Senator Mark Ellis criticized Governor Tom Grant on Monday over the budget.\n\n\
                “It is a disgrace,” he said.";
    assert_eq!(speaker_of(text, "It is"), Some("Mark Ellis".into()));
    let text = "Budget fight heats up\n\n\
                In his statement on Saturday, Mark Ellis tried to hold Tom Grant accountable.\n\n\
                “There are no excuses,” he said.";
    assert_eq!(speaker_of(text, "There are"), Some("Mark Ellis".into()));
}

#[test]
fn a_pronoun_follows_an_earlier_pronoun_to_its_subject() {
    // "He" opening the second sentence is Ellis; the later "he" is the same man,
    // not Grant, whose name is nearer but only a possessive.
    let text = "Budget fight heats up\n\n\
                Mark Ellis spoke after Tom Grant left the stage. He thanked Tom Grant’s staff.\n\n\
                “We owe them a lot,” he said.";
    assert_eq!(speaker_of(text, "We owe"), Some("Mark Ellis".into()));
}

#[test]
fn with_no_subject_nearby_a_pronoun_takes_the_person_of_the_nearest_sentence() {
    // The sentence before names the governor only as an object; he is nearer than
    // the senator who spoke two sentences back, and more of a topic than the man
    // named after him after a preposition.
    let text = "Budget fight heats up\n\n\
                “It is a disaster,” said Mark Ellis, a state senator.\n\n\
                That may sound odd to anyone who watched Governor Tom Grant debate with Paul Hill on Tuesday.\n\n\
                “We will not retreat,” he said.";
    assert_eq!(speaker_of(text, "We will"), Some("Tom Grant".into()));
}

#[test]
fn a_name_inside_an_opening_clause_is_not_the_main_clauses_pronoun() {
    let text = "Budget fight heats up\n\n\
                “It is a fine plan,” said Ann Miller, the committee chairwoman.\n\n\
                Asked whether Laura Kent could win the primary, she replied: “I don’t know.”";
    assert_eq!(speaker_of(text, "I don"), Some("Ann Miller".into()));
}

#[test]
fn a_clause_subject_in_the_pronouns_sentence_beats_an_earlier_subject() {
    // The subject of the clause after "when" in the pronoun's own sentence is
    // nearer than the subject of the sentence before.
    let text = "Budget fight heats up\n\n\
                Mark Ellis spoke at the rally in Dayton.\n\n\
                Some cheer when Tom Grant talks about taxes; more cheer when he says, “The plant stays open.”";
    assert_eq!(speaker_of(text, "The plant"), Some("Tom Grant".into()));
}

#[test]
fn a_cue_less_quote_takes_the_nearest_pronoun_that_refers_to_its_speaker() {
    // The speaker is Ellis; "he" refers to him (the subject), not to Grant, named
    // last, so "he" is the nearest mention of the speaker.
    let text = "Budget fight heats up\n\n\
                “We will win,” said Mark Ellis, a state senator.\n\n\
                Ellis later met Tom Grant backstage, and he then had a question for the crowd.\n\n\
                “Who is with me?”";
    let sentences = crate::analysis::sentences::split(text);
    let entities = crate::analysis::entities::extract(text, &sentences);
    let quotes = extract(text, &sentences, &entities);
    let q = quotes.iter().find(|q| q.text.starts_with("Who")).expect("the cue-less quote");
    assert_eq!(q.speaker.name.as_deref(), Some("Mark Ellis"));
    assert_eq!(q.speaker.span().map(|s| s.slice(text)), Some("he"));
}

#[test]
fn a_pronoun_in_an_opening_phrase_refers_ahead_to_the_main_subject() {
    // The cue's subject search takes "he"; it is Grant, named after it, not Ellis.
    let text = "Budget fight heats up\n\n\
                “We will win,” said Mark Ellis, a state senator.\n\n\
                Speaking in Dayton ― much as he did in Toledo last week ― Tom Grant blamed the mayor, \
                and warned that a “budget hole” would grow.";
    assert_eq!(speaker_of(text, "budget hole"), Some("Tom Grant".into()));
}

#[test]
fn the_descriptor_is_the_person_introduced_with_its_role() {
    // Titles and appositives introduce roles, with the entity stage running.
    let text = "Budget fight heats up\n\n\
                President Barack Obama spoke on Monday in Ohio.\n\n\
                “We will prevail,” the president said.\n\n\
                Haley Morris, a spokeswoman for the campaign, declined to give numbers.\n\n\
                “We are doing fine,” the spokeswoman said.\n\n\
                “Nobody knows,” a spokeswoman said.";
    assert_eq!(speaker_of(text, "We will"), Some("Barack Obama".into()));
    assert_eq!(speaker_of(text, "We are"), Some("Haley Morris".into()));
    // "a spokeswoman" is someone new.
    assert_eq!(speaker_of(text, "Nobody"), Some("a spokeswoman".into()));
}

#[test]
fn of_two_senators_the_senator_is_the_one_mentioned_last() {
    let text = "Senators clash\n\n\
                Sen. Ted Cruz and Sen. Marco Rubio both spoke in Iowa on Monday.\n\n\
                Cruz then took questions from the crowd for an hour.\n\n\
                “The border comes first,” the senator said.";
    assert_eq!(speaker_of(text, "The border"), Some("Ted Cruz".into()));
}
