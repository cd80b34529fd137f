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
fn a_participle_after_be_is_the_verb_of_its_own_clause() {
    // "is calling" is the finite verb; its subject stands before "is", past the long
    // opening phrase with other names in it.
    let text = "In a rare moment of agreement between Republicans and Democrats on the council, \
                the teachers’ union is calling on Mayor Ellen Ruiz to “reopen every school now.”";
    assert_eq!(speaker_of(text, "reopen"), Some("the teachers’ union".into()));
}

#[test]
fn an_outlet_before_a_participle_is_its_medium_not_its_subject() {
    let text = "Gov. Ellen Ruiz defended the veto in an interview with CNN explaining that the \
                budget was “a fantasy from the start.”";
    assert_eq!(speaker_of(text, "a fantasy"), Some("Ellen Ruiz".into()));
    // A person there is the participle's subject: "with X saying" is an absolute phrase.
    let text = "The plan drew mixed reviews, with Sen. Tom Reilly calling it “a good first step.”";
    assert_eq!(speaker_of(text, "a good"), Some("Tom Reilly".into()));
}

#[test]
fn the_name_after_told_is_the_hearer_of_the_participle_too() {
    let text = "Gov. Ellen Ruiz told Jake Tapper on Sunday, noting: “We cannot afford another shutdown.”";
    assert_eq!(speaker_of(text, "We cannot"), Some("Ellen Ruiz".into()));
}

#[test]
fn words_woven_into_a_coordinated_clause_are_its_subjects() {
    let text = "The city has been warning for months that the fund is running dry, and Mayor \
                Ellen Ruiz said the “emergency transfers” could not go on.";
    assert_eq!(speaker_of(text, "emergency"), Some("Ellen Ruiz".into()));
}

#[test]
fn a_quantifier_subject_stands_alone() {
    let text = "It was a title game many are calling “the best final in years.”";
    assert_eq!(speaker_of(text, "the best"), Some("many".into()));
}

#[test]
fn a_subject_after_a_conjunction_starts_a_new_statement() {
    // The cue after the quote belongs to a clause of its own, not to the quote.
    let text = "Ms. Ellen Ruiz refers to the mayor as “my old friend,” while Mr. Tom Reilly calls \
                him “the boss.”";
    assert_eq!(speaker_of(text, "my old"), Some("Ellen Ruiz".into()));
    let text = "Ellen Ruiz said she would “fight for every vote,” for instance, and Tom Reilly vowed \
                to win the county.";
    assert_eq!(speaker_of(text, "fight"), Some("Ellen Ruiz".into()));
}

#[test]
fn a_time_phrase_between_a_relative_and_its_cue_is_skipped() {
    // The relative pronoun is the mention annotators mark; it names Ruiz, not "the past".
    let text = "Ellen Ruiz, who has in the past described the plan as “a fantasy,” now backs it.";
    let quotes = speakers(text);
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    assert_eq!(quotes[0].1.as_deref(), Some("Ellen Ruiz"));
}

#[test]
fn a_title_quoted_earlier_in_the_sentence_does_not_cut_the_frame() {
    // "called" names the title; "writing" introduces the quote, and its subject
    // opens the sentence, before the title.
    let text = "Ellen Ruiz shared the syllabus of a course called “Perception” on her Facebook page, \
                writing “Here is the class you said never existed.”";
    assert_eq!(speaker_of(text, "Here is"), Some("Ellen Ruiz".into()));
}

#[test]
fn a_participle_goes_on_from_the_nearest_clause_subject() {
    let text = "“Too soon?” Tom Reilly asked on Twitter.\n\n\
                He laughed when Ellen Ruiz closed the debate with a joke about the weather, remarking, \
                “May the sun be with you.”";
    assert_eq!(speaker_of(text, "May the"), Some("Ellen Ruiz".into()));
}

#[test]
fn a_participle_after_a_reported_clause_goes_on_from_the_cues_subject() {
    // The mayor is the reported clause's subject; the strategist said it and goes on.
    let text = "Amid the protests, even a top party strategist said the mayor will have to choose a \
                side soon, saying, “At some point she has to come out on this.”";
    assert_eq!(speaker_of(text, "At some"), Some("a top party strategist".into()));
}

#[test]
fn a_name_inside_a_long_relative_clause_is_not_the_subject() {
    // Ames closes a comma nearer the cue; it describes Ruiz's home town.
    let text = "Ellen Ruiz, whose home town, Ames, is expected to be largely under water within the \
                next few decades as the river keeps rising and the levees age, argues that the plan \
                will “cost far too much.”";
    assert_eq!(speaker_of(text, "cost far"), Some("Ellen Ruiz".into()));
}

#[test]
fn an_absolute_phrase_with_its_own_speaker_owns_the_words_at_its_end() {
    let text = "The vote showed how the council responds to pressure, with Mayor Ellen Ruiz telling \
                reporters the budget was “a fantasy.”";
    assert_eq!(speaker_of(text, "a fantasy"), Some("Ellen Ruiz".into()));
}

#[test]
fn words_ending_in_a_preposition_are_no_speaker() {
    // "claims" has no subject: "Critics pushed back against" is a verb phrase, and
    // the relative clause's own cue gives the speaker.
    let text = "Critics pushed back against claims by the mayor, who said the plan was “fully funded.”";
    assert_eq!(speaker_of(text, "fully"), Some("the mayor".into()));
    // And no indirect quote is given to such words.
    let text = "In the face of claims that the emails were classified, the agency stayed silent.";
    assert!(speakers(text).iter().all(|(_, s)| s.as_deref() != Some("the face of")), "{:?}", speakers(text));
}

#[test]
fn a_time_adverb_between_subject_and_cue_is_skipped() {
    let text = "Fact-checkers soon noted that the figure was “wildly off.”";
    assert_eq!(speaker_of(text, "wildly"), Some("Fact-checkers".into()));
    let text = "The mayor’s critics have long insisted that the levy is “a tax on the poor.”";
    assert_eq!(speaker_of(text, "a tax"), Some("The mayor’s critics".into()));
}

#[test]
fn woven_words_keep_their_listed_cue_over_an_unlisted_verb_after() {
    let text = "Ellen Ruiz said she would “fight for every family,” the crowd cheered loudly.";
    assert_eq!(speaker_of(text, "fight"), Some("Ellen Ruiz".into()));
    // A quote opening its sentence still takes the verb after it.
    let text = "“Four more years,” the crowd chanted.";
    assert_eq!(speaker_of(text, "Four more"), Some("the crowd".into()));
}

#[test]
fn words_closing_an_opening_subordinate_clause_are_its_speakers() {
    let text = "While Ellen Ruiz calls the plan “a triumph for the city,” Tom Reilly says it is a \
                mistake.";
    assert_eq!(speaker_of(text, "a triumph"), Some("Ellen Ruiz".into()));
    // A clause closed by a comma before the quote leaves it to the main clause.
    let text = "When Ellen Ruiz said at a rally that she would veto the plan, she “spoke for the \
                whole city,” said Tom Reilly, a teacher.";
    assert_eq!(speaker_of(text, "spoke for"), Some("Tom Reilly".into()));
}

#[test]
fn proclaims_is_a_cue() {
    let text = "While Ellen Ruiz proclaims the plan “a triumph for the city,” Tom Reilly calls it \
                a mistake.";
    assert_eq!(speaker_of(text, "a triumph"), Some("Ellen Ruiz".into()));
}

#[test]
fn a_name_after_like_or_despite_is_no_subject() {
    let text = "Like Tom Reilly, Ellen Ruiz also rejected the notion that the county could pay, \
                arguing that there is “no money left” in the budget.";
    assert_eq!(speaker_of(text, "no money"), Some("Ellen Ruiz".into()));
}
