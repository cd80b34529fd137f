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
fn a_horizontal_bar_signs_off_a_quote_as_a_dash_does() {
    // U+2015, the quotation dash, with a plain or a no-break space after it; the
    // quote keeps the mark as written.
    let text = "What the crowd said\n\n\
                “We came to hear about jobs,” said Ann Beck, a nurse from Ohio.\n\n\
                “The roads here are falling apart.” ― Luis Ortega, 52, Dayton\n\n\
                “Nobody in Washington listens.”―\u{a0}Grace Kim, teacher";
    assert_eq!(speaker_of(text, "The roads"), Some("Luis Ortega".into()));
    assert_eq!(speaker_of(text, "Nobody"), Some("Grace Kim".into()));
    let sentences = crate::analysis::sentences::split(text);
    let entities = crate::analysis::entities::extract(text, &sentences);
    let cues: Vec<String> =
        extract(text, &sentences, &entities).into_iter().filter_map(|q| q.cue).map(|c| c.text).collect();
    assert!(cues.contains(&"―".to_string()), "{cues:?}");
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

// Woven quotes and quotes without a cue of their own (session 6).

#[test]
fn woven_words_belong_to_a_subject_behind_its_appositive_or_party_tag() {
    // The nearest clause's subject keeps its verb across an appositive in commas.
    let text = "Senator Lee filed a bill on Monday, while Anna Ortiz, the former mayor of Tulsa, urged voters \
                to “take back city hall from the developers.”";
    assert_eq!(speaker_of(text, "take back"), Some("Anna Ortiz".into()));
    // And across a party tag in parentheses.
    let text = "After the court struck down the map, Gov. Ann Hale (R) blamed the judges for a “partisan \
                ruling against the people of this state.”";
    assert_eq!(speaker_of(text, "partisan"), Some("Ann Hale".into()));
}

#[test]
fn a_quote_opening_mid_sentence_without_a_cue_is_its_clause_subjects() {
    // After a dash: the subject of the clause the quote ends, adverb and all.
    let text = "Rally in Ohio\n\n\
                “We did nothing wrong,” said Mayor Tom Reilly.\n\n\
                When Governor Ann Ortiz finally took the stage — “We will win this state!” — confetti filled the hall.";
    assert_eq!(speaker_of(text, "We will win"), Some("Ann Ortiz".into()));
    // After a comma, a pronoun subject.
    let text = "Rally in Ohio\n\n\
                “We did nothing wrong,” said Mayor Tom Reilly.\n\n\
                Governor Ann Ortiz spoke next. But she wanted to know, “Who approved the contract in secret?”";
    assert_eq!(speaker_of(text, "Who approved"), Some("Ann Ortiz".into()));
}

#[test]
fn woven_words_belong_to_a_surname_the_entities_type_as_a_person() {
    // "Hale" never has a first name here, but the entity stage makes it a person (an
    // age in commas).
    let text = "Budget fight\n\n\
                Hale, 61, has vetoed two bills this year. On Monday Hale bluntly dismissed the \
                “reckless spending spree of the legislature.”";
    assert_eq!(speaker_of(text, "reckless"), Some("Hale".into()));
}

#[test]
fn a_continued_quote_keeps_its_cue_pronoun_over_one_later_in_that_sentence() {
    let text = "Factory life\n\n\
                Ann Ortiz has worked on the line for 14 years.\n\n\
                “It is good work,” she said, describing how she builds “tubular mixers,” batches of rods for \
                furnaces. “And when you do it for years, people are like family.”";
    let sentences = crate::analysis::sentences::split(text);
    let entities = crate::analysis::entities::extract(text, &sentences);
    let quotes = extract(text, &sentences, &entities);
    let cue_she = text.find("she said").unwrap();
    let q = quotes.iter().find(|q| q.text.starts_with("And when")).expect("the continued quote");
    assert_eq!(q.speaker.name.as_deref(), Some("Ann Ortiz"));
    assert_eq!(q.speaker.start, Some(cue_she), "the cue's pronoun, not the one in “how she builds”");
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
    // The speaker is Ellis; "he" refers to him (the subject of the sentence before),
    // not to Grant, named last, so "he" is the nearest mention of the speaker.
    let text = "Budget fight heats up\n\n\
                “We will win,” said Mark Ellis, a state senator.\n\n\
                Ellis later met Tom Grant backstage. Then he had a question for the crowd.\n\n\
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
fn woven_words_in_an_absolute_phrase_are_its_subjects() {
    let text = "Senator Tom Walsh has pushed for more air strikes, with Governor Ann Ortiz recently promising \
                to “flatten their camps within a month.”";
    assert_eq!(speaker_of(text, "flatten"), Some("Ann Ortiz".into()));
}

#[test]
fn a_speech_noun_keeps_its_owner_across_a_phrase_before_that() {
    // "claim on Monday that": the owner of the claim said the words, not the critics.
    let text = "Critics pounced on Governor Ann Ortiz's claim on Monday that the deficit was “a rounding error.”";
    assert_eq!(speaker_of(text, "a rounding"), Some("Ann Ortiz".into()));
    let text = "Ann Ortiz defended her budget on Tuesday. Senator Tom Walsh mocked her assertion during the \
                debate that the plan was “fully paid for.”";
    assert_eq!(speaker_of(text, "fully paid"), Some("Ann Ortiz".into()));
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

#[test]
fn a_described_subject_before_a_colon_owns_the_quote_after_it() {
    let text = "Vote fails\n\n\
                “We did what we could,” said Mayor Tom Reilly.\n\n\
                Minutes after the vote, a longtime aide vented on Facebook: “This is a betrayal of every voter.”";
    let who = speaker_of(text, "This is").unwrap_or_default();
    assert_eq!(who, "a longtime aide");
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

// Cues the frames used to miss, so the quote fell back to a cue-less rule (session 6,
// s6-cue2).

#[test]
fn a_name_and_cue_right_after_the_mark_attribute_a_long_sentence() {
    // The quote ends without a comma and its attribution sentence runs on long past
    // the cue; the name and verb right after the mark still attribute it.
    let text = "Mayor Tom Reilly defended the budget on Monday.\n\n\
                \"Cutting the bus routes is cruel, short-sighted and wrong. Shame on you. -E\" \
                Ellen Ruiz tweeted, quoting a local reporter's tweet about the council vote and \
                the angry meeting that followed on Tuesday night.";
    assert_eq!(speaker_of(text, "Cutting the"), Some("Ellen Ruiz".into()));
    // A possessive name is no subject: the cue belongs to the aides.
    let text = "Mayor Tom Reilly defended the budget on Monday.\n\n\
                \"Cutting the bus routes is cruel, short-sighted and wrong. Shame on you. -E\" \
                Ellen Ruiz's aides said nothing else about the council vote and the angry meeting \
                that followed on Tuesday night.";
    assert_ne!(speaker_of(text, "Cutting the"), Some("Ellen Ruiz".into()));
}

#[test]
fn barked_and_opined_are_cues() {
    // A short quote with a cue verb after it is speech, attributed to its subject.
    let text = "Mayor Tom Reilly cut the reporter off on Monday.\n\n\
                “Sit down, please,” Reilly barked as an aide led the man out.";
    assert_eq!(speaker_of(text, "Sit down"), Some("Tom Reilly".into()));
    // An inverted opinion cue names the outlet that speaks.
    let text = "Editorial pages across the state urged caution on Monday.\n\n\
                \"Voters should reject the levy,\" opined the Des Moines Register.";
    assert_eq!(speaker_of(text, "Voters should"), Some("Des Moines Register".into()));
}

#[test]
fn will_before_a_past_tense_cue_is_a_first_name() {
    // "Will" before "wrote" is a columnist, not the modal.
    let text = "The columnist turned on the front-runner this week.\n\n\
                “The party is choosing a candidate, not an entertainer,” Will wrote.";
    assert_eq!(speaker_of(text, "The party"), Some("Will".into()));
    // The modal stays a common word: "Will" opening a question names no one.
    let text = "Ellen Ruiz spoke to the council on Monday. “Will the county pay for it?” she asked.";
    assert_eq!(speaker_of(text, "Will the"), Some("Ellen Ruiz".into()));
}

#[test]
fn welcomed_and_labeling_take_quoted_words() {
    // Words quoted as the object of "welcomed" are the subject's.
    let text = "Ellen Ruiz, who leads the tenants' group, welcomed \"the first honest look at what \
                rents have done to this city in a decade.\"";
    assert_eq!(speaker_of(text, "the first honest"), Some("Ellen Ruiz".into()));
    // So are words a participle "labeling" quotes.
    let text = "Mayor Tom Reilly, for his part, is labeling the council's vote \"a reckless \
                abuse of the budget process.\"";
    assert_eq!(speaker_of(text, "a reckless"), Some("Tom Reilly".into()));
}

// --- s6-colon: colon clauses that go on after woven words ---

#[test]
fn a_colon_clause_after_woven_words_keeps_the_sentence_subject() {
    // "and that …" after a woven quote continues what the subject said; the name in
    // the reported clause is what is reported, not the speaker.
    let text = "Ellen Ruiz said the levy was a \"costly mistake\" and that Tom Reilly has learned \
                his lesson: \"He will not ask voters for more money this year.\"";
    assert_eq!(speaker_of(text, "He will not"), Some("Ellen Ruiz".into()));
    // A verb opening the clause after a title: the name after it is an object.
    let text = "Ellen Ruiz, the former host of the radio show \"City Desk,\" named a Des Moines \
                diner as her favourite place to eat: \"Nothing beats their pie on a Friday night.\"";
    assert_eq!(speaker_of(text, "Nothing beats"), Some("Ellen Ruiz".into()));
    // A clause with a subject of its own after the woven words keeps its subject.
    let text = "Ellen Ruiz called the levy a \"costly mistake\" and Tom Reilly answered her: \
                \"The county cannot wait another year.\"";
    assert_eq!(speaker_of(text, "The county"), Some("Tom Reilly".into()));
}

#[test]
fn a_name_after_a_gerund_before_a_colon_is_quoted_not_quoting() {
    // "by quoting Abraham Lincoln": the gerund's object is whom the subject quotes;
    // the subject before the colon ("The mayor") speaks.
    let text = "Ellen Ruiz spoke to the council on Monday night.\n\n\
                The mayor closed her speech by quoting Abraham Lincoln: \"A house divided \
                against itself cannot stand.\"";
    assert_eq!(speaker_of(text, "A house divided"), Some("The mayor".into()));
    // A name opening the clause stays its subject.
    let text = "Ellen Ruiz closed her speech by quoting Abraham Lincoln: \"A house divided \
                against itself cannot stand.\"";
    assert_eq!(speaker_of(text, "A house divided"), Some("Ellen Ruiz".into()));
}

#[test]
fn a_name_after_a_dash_ending_a_heading_line_speaks() {
    // A digest line: heading, dash, source, colon. The cue in the heading ("warned")
    // is what it reports; the name after the dash is the quote's source.
    let text = "Economists warned about the levy - Ellen Ruiz: \"The county cannot borrow its \
                way out of this, and every month of delay costs more.\"";
    assert_eq!(speaker_of(text, "The county"), Some("Ellen Ruiz".into()));
}

// --- cued (session 7) ---

#[test]
fn a_name_suffix_period_does_not_hide_the_subject() {
    // "Jr." ends the name, not the sentence: the name before the cue is its subject,
    // and an appositive after the suffix's period still reaches the cue.
    let text = "\"The river will crest on Friday,\" Mayor Thomas E. Hale Jr. said.";
    assert_eq!(speaker_of(text, "The river"), Some("Thomas E. Hale Jr".into()));
    let text = "\"The river will crest on Friday and the levee is holding for now,\" Thomas E. \
                Hale Jr., the mayor of the riverside town of Burlington, said at a briefing.";
    assert_eq!(speaker_of(text, "The river"), Some("Thomas E. Hale Jr".into()));
    let text = "Thomas E. Hale Jr., the mayor, said the levee was \"holding for now.\"";
    assert_eq!(speaker_of(text, "holding"), Some("Thomas E. Hale Jr".into()));
}

#[test]
fn a_cue_word_after_an_article_or_possessive_is_a_noun() {
    // "those claims" names claims; the quote is introduced by the participle after.
    let text = "Tom Hale pushed back on those claims on Monday, arguing that he and the mayor \
                share \"almost all the same goals on taxes.\"";
    assert_eq!(speaker_of(text, "almost all"), Some("Tom Hale".into()));
    // "the announced expansion" reports nothing: no indirect quote of the sentence.
    let text = "Despite the announced expansion, the county will close two parks next year.";
    assert!(speakers(text).is_empty(), "{:?}", speakers(text));
}

#[test]
fn a_person_opening_a_long_appositive_is_the_subject() {
    // The appositive runs past the comma look-back; the person opening the sentence,
    // closed by a comma or a party tag, is the cue's subject.
    let text = "Sen. Ellen Ruiz (D-Iowa), a former teacher who has made school funding the \
                centre of her campaign for a third term in the state Senate, said the levy was \
                \"a costly mistake for every family.\"";
    assert_eq!(speaker_of(text, "a costly"), Some("Ellen Ruiz".into()));
    let text = "Tom Hale, a retired farmer from Boone who backed the levy in 2012 and again in \
                2016 before turning against it last spring, said it had become \"a burden on \
                every family.\"";
    assert_eq!(speaker_of(text, "a burden"), Some("Tom Hale".into()));
}

#[test]
fn will_before_a_present_tense_cue_is_a_name() {
    // A modal never takes the "-s" form: "Will claims" is the columnist and his cue,
    // also after a relative pronoun, which is then the cue's object, not its subject.
    let text = "George Will spoke at the forum in Ames on Friday.\n\n\
                The forum met in Ames, which Will claims affirmed \"the conservative belief in \
                the sovereignty of nations.\"";
    assert_eq!(speaker_of(text, "the conservative"), Some("George Will".into()));
    let text = "George Will spoke at the forum in Ames on Friday.\n\n\
                While Will acknowledges the senator's appeal as a \"forceful persona,\" he sees \
                the governor as sharing it.";
    assert_eq!(speaker_of(text, "forceful persona"), Some("George Will".into()));
}

#[test]
fn a_pronoun_after_an_opening_time_phrase_is_the_participles_subject() {
    // "last week he used …, saying": the time phrase opens the clause without a comma;
    // "he" is its subject, not the person the sentence named first.
    let text = "Mayor Ellen Ruiz has been criticized for calling the flood a setback, though in \
                a briefing last week she used stronger language, saying the levee \"must be \
                rebuilt.\"";
    let mention = {
        let sentences = crate::analysis::sentences::split(text);
        let entities = crate::analysis::entities::extract(text, &sentences);
        let q = extract(text, &sentences, &entities).into_iter().find(|q| q.text.starts_with("must be"));
        q.and_then(|q| Some(&text[q.speaker.start?..q.speaker.end?]))
    };
    assert_eq!(mention, Some("she"));
    assert_eq!(speaker_of(text, "must be"), Some("Ellen Ruiz".into()));
}

#[test]
fn a_described_subject_after_a_comma_owns_the_cue_before_its_quote() {
    // A clause after a comma, with a determiner-led subject and a cue of its own, is
    // the quote's clause: the crowd member yelled it, not the speaker thanked first.
    let text = "Ellen Ruiz thanked the crowd in Ames and said it was good to be home, a man \
                yelled \"Stay there!\"";
    assert_eq!(speaker_of(text, "Stay there"), Some("a man".into()));
    let text = "Ellen Ruiz said the levy would pass, but one voter shouted \"Not this year!\"";
    assert_eq!(speaker_of(text, "Not this year"), Some("one voter".into()));
    // A determiner phrase that is no subject of the cue keeps the sentence's speaker.
    let text = "Ellen Ruiz said, a day after the council voted, that the levy was \"a costly \
                mistake.\"";
    assert_eq!(speaker_of(text, "a costly"), Some("Ellen Ruiz".into()));
}

#[test]
fn coordinated_verb_phrases_go_back_to_their_clause_subject() {
    // "he looked …, furrowed his brow and said": the verbs share the subject of the
    // clause they continue, not the reporter's "I" in the opening clause.
    let text = "Last month, when I asked Tom Hale if he would back the levy, he looked at the \
                camera, furrowed his brow and said, \"Not in a hundred years.\"";
    let sentences = crate::analysis::sentences::split(text);
    let entities = crate::analysis::entities::extract(text, &sentences);
    let q = extract(text, &sentences, &entities).into_iter().find(|q| q.text.starts_with("Not in"));
    let mention = q.as_ref().and_then(|q| Some(&text[q.speaker.start?..q.speaker.end?]));
    assert_eq!(mention, Some("he"));
    assert_eq!(q.and_then(|q| q.speaker.name), Some("Tom Hale".into()));
    // A clause of its own between the verbs has another subject, not theirs.
    let text = "Tom Hale met voters in Ames, where Ellen Ruiz had spoken, smiled and said, \"We \
                will win.\"";
    assert_eq!(speaker_of(text, "We will"), Some("Tom Hale".into()));
}

#[test]
fn a_belief_in_the_past_tense_is_a_cue() {
    // "thought" and "believed" report a view as "thinks" and "believes" do: the
    // clause's own subject holds it, not the subject of the earlier verb.
    let text = "In 2010, Ellen Ruiz warned the council against the levy, because Tom Hale \
                thought it \"risks higher taxes for every family in town.\"";
    assert_eq!(speaker_of(text, "risks higher"), Some("Tom Hale".into()));
    let text = "Tom Hale believed the plan was \"a costly mistake for the county.\"";
    assert_eq!(speaker_of(text, "a costly"), Some("Tom Hale".into()));
}

#[test]
fn a_colon_before_a_capital_opens_the_quotes_own_clause() {
    // The clause after the colon has its own subject and cue; a cue word before the
    // colon ("calling card") does not speak for the quote woven into it.
    let text = "Tom Hale comes with the right calling card: He ran the county's flood \
                response in 1993, in what Ellen Ruiz, then the county's emergency manager, \
                called \"the hardest summer of our lives.\"";
    assert_eq!(speaker_of(text, "the hardest"), Some("Ellen Ruiz".into()));
}

#[test]
fn a_participle_after_an_opening_subordinate_clause_takes_the_main_clause_subject() {
    // "Even before X took the stage, …": an adverb and a subordinate clause open the
    // sentence; the participle hangs on the main clause after its comma, whose noun
    // phrase ends before its verb ("sent").
    let text = "Even before Ellen Ruiz took the stage on Tuesday night, her campaign sent out \
                a text message to supporters saying: \"We won! Reply GIVE to keep up the \
                momentum.\"";
    assert_eq!(speaker_of(text, "We won"), Some("her campaign".into()));
}

// --- recall (session 7) ---

/// Quote texts, without speakers.
fn quote_texts(text: &str) -> Vec<String> {
    speakers(text).into_iter().map(|(t, _)| t).collect()
}

#[test]
fn words_woven_into_a_sentence_opening_with_a_person_are_theirs() {
    // No cue verb and no verb right after the subject: the person opening the
    // sentence (after a conjunction) is the one whose words are woven in.
    let text = "But Mayor Ellen Ruiz would not comment on a council plan \"to cut the parks budget in half.\"";
    assert_eq!(speaker_of(text, "to cut the parks"), Some("Ellen Ruiz".into()));
    // Title words before the name, and a progressive verb.
    let text = "Republican front-runner Tom Reilly is questioning whether the governor would have \
                gone to the dinner \"if it were held in a union hall.\"";
    assert_eq!(speaker_of(text, "if it were held"), Some("Tom Reilly".into()));
    // An opening participle phrase, then a pronoun for the person named before.
    let text = "Ellen Ruiz spoke to the council on Monday.\n\n\
                Flying home that night, she vented to her aides that the vote would be \"a long, ugly fight.\"";
    assert_eq!(speaker_of(text, "a long, ugly fight"), Some("Ellen Ruiz".into()));
    // A role-noun phrase with a determiner.
    let text = "The former secretary of state talked about continuing the \"progress we made together \
                over eight years.\"";
    assert_eq!(speaker_of(text, "progress we made"), Some("The former secretary of state".into()));
}

#[test]
fn woven_words_without_a_person_opening_the_sentence_stay_dropped() {
    // A title of a work after a person is no speech of theirs.
    let text = "But Ellen Ruiz would never skip \"Parks and Recreation.\"";
    assert!(quote_texts(text).is_empty(), "{:?}", quote_texts(text));
    // Words right after the name go on someone else's speech, not the name's.
    let text = "Mayor Ellen Ruiz apologised on Monday. \"It was a slip,\" said Tom Reilly, a county \
                commissioner. Ruiz \"simply misspoke and should say so.\"";
    let all = speakers(text);
    assert!(all.iter().all(|(t, s)| !t.starts_with("simply") || s.as_deref() != Some("Ellen Ruiz")), "{all:?}");
    // No person opens the sentence: emphasis, not speech.
    let text = "Across the county there is growing worry about what some see as \"a burden on every family.\"";
    assert!(quote_texts(text).is_empty(), "{:?}", quote_texts(text));
    // A possessive opening the sentence is not its subject.
    let text = "Given Sanders' strong showing, his endorsements will carry \"a great deal of weight.\"";
    assert!(quote_texts(text).is_empty(), "{:?}", quote_texts(text));
}

// --- woven and cue-less (session 7) ---

#[test]
fn they_and_it_resolve_to_the_group_or_organisation_last_named_as_subject() {
    let text = "Groups sue over voting rules\n\n\
                Democrats objected to the plan on Tuesday. They said it was \"a cynical ploy to keep \
                voters from the polls.\"\n\n\
                The lawsuit names the secretary of state. It says the rules \"place an undue burden on \
                the right to vote.\"\n\n\
                The Heritage Foundation released a report on Wednesday. It said the rules were \"long \
                overdue and carefully drawn.\"\n\n\
                The groups filed their papers in federal court. They argue the county \"cannot move \
                polling places without notice.\"";
    assert_eq!(speaker_of(text, "a cynical"), Some("Democrats".into()));
    assert_eq!(speaker_of(text, "place an undue"), Some("The lawsuit".into()));
    assert_eq!(speaker_of(text, "long overdue"), Some("The Heritage Foundation".into()));
    assert_eq!(speaker_of(text, "cannot move"), Some("The groups".into()));
    // In an opening subordinate clause "they" refers ahead to the main subject.
    let text = "Ellen Ruiz spoke first.\n\n\
                As they marched past the bank, “a monument to greed and to nothing else,” on Main \
                Street, the protesters raised their signs.";
    assert_eq!(speaker_of(text, "a monument"), Some("the protesters".into()));
}

#[test]
fn they_stays_unresolved_without_a_group_subject() {
    // A plural that only opens a sentence ("Wages") is no group; a person subject
    // is not "they"; a singular phrase is not "they".
    let text = "Wages fell sharply last year. They said the decline was \"the worst in a decade.\"";
    assert_eq!(speaker_of(text, "the worst"), None);
    let text = "Ellen Ruiz met the council on Monday. They said the budget was \"simply out of reach.\"";
    assert_eq!(speaker_of(text, "simply out"), None);
    let text = "The committee met on Monday. They said the budget was \"simply out of reach.\"";
    assert_eq!(speaker_of(text, "simply out"), None);
    // The organisation only modifies the plural that heads the subject.
    let text = "Ford executives have not commented on the strike. They said the offer was \"final \
                and generous.\"";
    assert_eq!(speaker_of(text, "final and"), None);
}

/// Speaker name and mention, as written, of the quote that starts with `begins`.
fn mention_of(text: &str, begins: &str) -> (Option<String>, Option<String>) {
    let sentences = crate::analysis::sentences::split(text);
    let entities = crate::analysis::entities::extract(text, &sentences);
    let quotes = extract(text, &sentences, &entities);
    let q = quotes.iter().find(|q| q.text.starts_with(begins));
    assert!(q.is_some(), "no quote starting {begins:?}");
    let sp = q.map(|q| q.speaker.clone()).unwrap_or_default();
    let written = sp.start.zip(sp.end).map(|(s, e)| text[s..e].to_string());
    (sp.name, written)
}

#[test]
fn woven_words_in_a_clause_opened_by_a_pronoun_are_that_pronouns() {
    // The clause's own subject ("she") is the mention; the name stays resolved.
    let text = "Fire chief Ellen Ruiz closed the station on Monday, even though she found \
                “no structural damage” in the building a week earlier.";
    assert_eq!(mention_of(text, "no structural"), (Some("Ellen Ruiz".into()), Some("she".into())));
    // The subject of a that-clause is what is reported: the sentence subject speaks.
    let text = "Ellen Ruiz made it clear on Monday that she has “serious concerns” about the plan.";
    assert_eq!(mention_of(text, "serious concerns"), (Some("Ellen Ruiz".into()), Some("Ellen Ruiz".into())));
}

#[test]
fn a_possessive_pledge_or_call_owns_the_words_that_complete_it() {
    // No cue in the sentence: the owner of "her pledge to …" is the source.
    let text = "Ellen Ruiz won the race for mayor in November.\n\n\
                The new budget, including her pledge to cut “every unnecessary dollar” from city \
                hall, passed on Monday.";
    assert_eq!(mention_of(text, "every unnecessary"), (Some("Ellen Ruiz".into()), Some("her".into())));
    let text = "Tom Reilly's call for “a full and independent audit” of the pension fund went \
                unanswered.";
    assert_eq!(mention_of(text, "a full and"), (Some("Tom Reilly".into()), Some("Tom Reilly".into())));
    // A pledge with no owner is nobody's in particular.
    let text = "Ellen Ruiz won the race for mayor in November.\n\n\
                The new budget, including a pledge to cut “every unnecessary dollar” from city \
                hall, passed on Monday.";
    let all = speakers(text);
    assert!(all.iter().all(|(_, s)| s.as_deref() != Some("Ellen Ruiz")), "{all:?}");
}

#[test]
fn a_cue_after_words_that_finish_the_quoted_sentence_attributes_it() {
    // "“…” income, Tom Hale said, …": a word finishes the quoted sentence; the name and
    // cue after its comma are the quote's own attribution, not the cue of the
    // sentence before.
    let text = "The levy is not the problem, Ellen Ruiz argued in a speech.\n\n\
                \"Most of the trouble in the levy comes from efforts to measure\" income, Tom \
                Hale said, rather than from the rates.";
    assert_eq!(speaker_of(text, "Most of the trouble"), Some("Tom Hale".into()));
}

#[test]
fn a_parenthetical_attribution_is_the_source_of_its_clause() {
    // ", he said," reports the clause around it: its pronoun is the mention.
    let text = "Tom Hale backs the mayor. He sincerely believes, he said, that \"Ellen Ruiz \
                is a really good mayor.\"";
    let mention = {
        let sentences = crate::analysis::sentences::split(text);
        let entities = crate::analysis::entities::extract(text, &sentences);
        let q = extract(text, &sentences, &entities).into_iter().find(|q| q.text.starts_with("Ellen"));
        q.and_then(|q| Some((q.speaker.start?, q.speaker.name?)))
    };
    assert_eq!(mention, Some((text.find("he said").unwrap(), "Tom Hale".to_string())));
    // A parenthetical in an earlier clause, with another cue before the quote, is not it.
    let text = "Over the years, she said, the levy helped Ellen Ruiz stay in touch with voters \
                - although at the mention of taxes Ruiz laughed and admitted \"the levy has been \
                a curse too.\"";
    let sentences = crate::analysis::sentences::split(text);
    let entities = crate::analysis::entities::extract(text, &sentences);
    let q = extract(text, &sentences, &entities).into_iter().find(|q| q.text.starts_with("the levy has"));
    assert_eq!(q.and_then(|q| q.cue).map(|c| c.text), Some("admitted".to_string()));
}

#[test]
fn the_statement_speaks_as_a_whole_noun_phrase() {
    // "statement" is skipped in "in a statement, she said"; after "the" it is the
    // head of the subject, and the speaker is the statement, not "the".
    let text = "The council issued a statement on Tuesday.\n\n\
                \"We stand with the families of the flood,\" the statement said.";
    assert_eq!(speaker_of(text, "We stand"), Some("the statement".into()));
    let text = "Ellen Ruiz in a statement said the levy was \"a costly mistake.\"";
    assert_eq!(speaker_of(text, "a costly"), Some("Ellen Ruiz".into()));
}

#[test]
fn a_name_in_apposition_before_the_cue_names_the_descriptor() {
    // "a spokesman for X, NAME, said": the name set off by commas is the speaker,
    // not the object of "for"; before the quote and after it alike.
    let text = "A spokesman for Gov. Ellen Ruiz, Tom Hale, said, \"The governor will sign the \
                bill on Friday.\"";
    assert_eq!(speaker_of(text, "The governor"), Some("Tom Hale".into()));
    let text = "\"The governor will sign the bill on Friday,\" Iowa Gov. Ellen Ruiz's chief of \
                staff, Tom Hale, told reporters.";
    assert_eq!(speaker_of(text, "The governor"), Some("Tom Hale".into()));
    // A person closed by an earlier comma stays the subject.
    let text = "\"The governor will sign the bill on Friday,\" Tom Hale, the editor of the \
                county's newspaper, The Ames Ledger, said.";
    assert_eq!(speaker_of(text, "The governor"), Some("Tom Hale".into()));
}

#[test]
fn a_chant_is_the_chanting_crowds() {
    // Words after "chants of" are the crowd's, not the subject who roused it.
    let text = "Mayor Ellen Ruiz roused the crowd to loud chants of “Four more years!” on Monday.";
    assert_eq!(mention_of(text, "Four more"), (Some("the crowd".into()), Some("the crowd".into())));
    let text = "Outside city hall, about 50 protesters gathered on Monday morning, chanting “No \
                contract, no peace” as the council met.";
    assert_eq!(speaker_of(text, "No contract"), Some("50 protesters".into()));
    // Without a chant, woven words stay the subject's.
    let text = "Mayor Ellen Ruiz roused the crowd with a promise of “four more years of progress” \
                on Monday.";
    assert_eq!(speaker_of(text, "four more"), Some("Ellen Ruiz".into()));
}

#[test]
fn a_list_of_phrases_in_a_persons_clause_is_their_wording() {
    // The first item sits in the clause of a person opening the sentence (an
    // unlisted verb, "vented"): the listed phrases are hers, not terms.
    let text = "Ellen Ruiz vented to her aides that the budget vote would be \"incredibly ugly,\" \
                \"a huge shock\" and \"a fight from start to finish.\"";
    assert_eq!(speaker_of(text, "incredibly ugly"), Some("Ellen Ruiz".into()));
    // Titles in such a list stay names of works.
    let text = "Ellen Ruiz vented that the station had dropped \"Parks and Recreation,\" \"Wild Kingdom\" \
                and \"Nova\" from its schedule.";
    assert!(quote_texts(text).is_empty(), "{:?}", quote_texts(text));
}

// --- cued follow-up (session 7) ---

#[test]
fn the_object_before_an_infinitive_cue_speaks_its_quote() {
    // "led her to declare": the object pronoun is the infinitive's subject, not the
    // clause subject (Tom Hale's win).
    let text = "Tom Hale's loss in Ames on Tuesday led her to declare that the nomination was \
                \"all but settled.\"";
    assert_eq!(mention_of(text, "all but").1, Some("her".into()));
    // A name as the object, the cue coordinated with the infinitive in its bare form.
    let text = "The attack ad prompted Mayor Ellen Ruiz to hold a news conference and declare \
                that the governor was \"a coward on taxes.\"";
    assert_eq!(speaker_of(text, "a coward"), Some("Ellen Ruiz".into()));
    // After a preposition the pronoun is no subject: the words stay Tom Hale's.
    let text = "Tom Hale turned to her to say that the vote was \"long overdue.\"";
    assert_eq!(speaker_of(text, "long overdue"), Some("Tom Hale".into()));
    // A finite verb after "and" goes back to the clause subject.
    let text = "Judge Tom Hale asked Ellen Ruiz to respond and said the filing was \"a mess.\"";
    assert_eq!(speaker_of(text, "a mess"), Some("Tom Hale".into()));
}

#[test]
fn a_title_quoted_inside_the_attribution_does_not_stop_it() {
    // The button's slogan sits between the speaker and the cue after the quote.
    let text = "\"We came here to win this thing,\" Ames delegate Tom Hale, wearing a straw hat \
                and a \"Ruiz for Mayor\" button, said as the balloons fell.";
    assert_eq!(speaker_of(text, "We came"), Some("Tom Hale".into()));
}

#[test]
fn a_cue_word_after_a_modifier_is_a_noun() {
    // "repeated calls": a noun after a participle modifying it, so the participle
    // cue later in the sentence ("noting") names the speaker.
    let text = "Ellen Ruiz, who chairs the panel, also decried the mayor’s repeated calls to \
                close the library, noting he has \"never once visited\" it.";
    assert_eq!(speaker_of(text, "never once"), Some("Ellen Ruiz".into()));
    // A plain subject before the -s word keeps it a cue.
    let text = "Tom Hale says the library is \"never once visited\" by the mayor.";
    assert_eq!(speaker_of(text, "never once"), Some("Tom Hale".into()));
}

// --- recall2 (session 7) ---

#[test]
fn a_title_case_name_after_a_calling_verb_and_its_object_is_coined_by_the_caller() {
    // "called his rival “Little Tom”": a nickname the speaker coins, not a title.
    let text = "Within minutes, he called his rival “Little Tom” and left the stage.";
    assert_eq!(mention_of(text, "Little Tom").1, Some("he".into()));
    let text = "Mayor Ellen Ruiz is now calling Tom Hale the “Most Valuable Player” of the race.";
    assert_eq!(speaker_of(text, "Most Valuable"), Some("Ellen Ruiz".into()));
    // A thing "called" something is named, not quoted.
    let text = "The city opened a new park, called the “Green Mile”, last spring.";
    assert!(speakers(text).is_empty(), "{:?}", speakers(text));
}

#[test]
fn a_short_quote_in_a_sentence_a_person_opens_is_theirs() {
    let text = "Ellen Ruiz, the mayor, was back to boasting about “winning” at the fair.";
    assert_eq!(speaker_of(text, "winning"), Some("Ellen Ruiz".into()));
    let text = "He is promising to “fix the roads” by the spring.";
    assert_eq!(mention_of(text, "fix the").1, Some("He".into()));
    // Marks in front of a word they modify are the reporter's label.
    let text = "He is skipping the “undercard” debate on Tuesday.";
    assert!(speakers(text).is_empty(), "{:?}", speakers(text));
}

// --- nocue2 (session 7, round 2) ---

#[test]
fn a_verb_phrase_after_an_infinitive_is_no_speaker() {
    // "to run a cover saying": the verb phrase is not a noun phrase; the object before
    // "to" does the running and owns the cover's words.
    let text = "The gaffe prompted the tabloid to run a cover saying \"Ames Deserves Better!\" \
                on Friday.";
    assert_eq!(mention_of(text, "Ames Deserves").1, Some("the tabloid".into()));
    // A noun phrase opening the clause before "to" is the subject, infinitive and all.
    let text = "The first woman to lead the city council says she is \"not going anywhere.\"";
    let m = mention_of(text, "not going").1.unwrap_or_default();
    assert!(m.starts_with("The first woman"), "{m}");
}

// --- cue-less and colon (session 8) ---

#[test]
fn the_subject_of_the_sentence_before_a_cueless_quote_speaks_across_an_appositive() {
    // The sentence right before the quote names its speaker, past a parenthesis and
    // an appositive, rather than the speaker of the quote before it.
    let text = "Council passes budget\n\n\
                “This budget keeps every library open,” said Mayor Ellen Ruiz on Tuesday.\n\n\
                On the other side, Sen. Tom Hale (R-Ohio), a longtime critic of the mayor who \
                has fought every tax increase since 2010, tweeted a warning. \
                “Voters will remember this vote in November.”";
    assert_eq!(speaker_of(text, "Voters will"), Some("Tom Hale".into()));
    // A second subject after the appositive ("and …") is no verb: the rule stays out.
    let text = "Council passes budget\n\n\
                “This budget keeps every library open,” said Mayor Ellen Ruiz on Tuesday.\n\n\
                On the other side, Sen. Tom Hale, a longtime critic of the mayor, and his staff \
                were not in the chamber. “Voters will remember this vote in November.”";
    assert_eq!(speaker_of(text, "Voters will"), Some("Ellen Ruiz".into()));
}

#[test]
fn the_owner_of_the_words_named_before_a_quote_speaks() {
    // "in X's words," hands the quote to X, not to the sentence's subject or the
    // speaker before.
    let text = "Tech firms flock to Ames\n\n\
                “We expect more,” said Mayor Ellen Ruiz on Tuesday.\n\n\
                Investors keep coming because, in Forbes’ words, “it is the most \
                entrepreneurial town in the state.”";
    assert_eq!(speaker_of(text, "it is the most"), Some("Forbes".into()));
    // A colon after "in Hale’s word:" credits Hale, not the clause's subject.
    let text = "Tech firms flock to Ames\n\n\
                The council's plan rests on a blind faith in Tom Hale’s word:\n\n\
                “We will bring 500 jobs here by the spring.”";
    assert_eq!(speaker_of(text, "We will bring"), Some("Tom Hale".into()));
    let text = "Tech firms flock to Ames\n\n\
                “We expect more,” said Mayor Ellen Ruiz on Tuesday.\n\n\
                The town is, in the words of Sen. Tom Hale, “the best-kept secret in Iowa.”";
    assert_eq!(speaker_of(text, "the best-kept"), Some("Tom Hale".into()));
    // "In other words" names nobody: the quote goes on with the previous speaker.
    let text = "Tech firms flock to Ames\n\n\
                “We expect more,” said Mayor Ellen Ruiz on Tuesday.\n\n\
                In other words, “we are only getting started.”";
    assert_eq!(speaker_of(text, "we are only"), Some("Ellen Ruiz".into()));
}

#[test]
fn a_dash_credit_after_words_woven_into_the_sentence_is_the_byline() {
    // A brief that ends in the reporter's "--Name." credit: the woven words are the
    // sentence's speaker's, not the reporter's.
    let text = "In brief\n\n\
                Mayor Ellen Ruiz said the budget would \"balance itself\" and insisted that \
                the city was \"still on a firm footing.\"--Tom Hale.\n\n\
                Storm closes schools in Ames.";
    assert_eq!(speaker_of(text, "still on a firm"), Some("Ellen Ruiz".into()));
    // A quote opening its line and signed with a dash is still the signer's.
    let text = "What voters told us\n\n\
                “Prices are terrible this year.” — Jim Carter, 70, Boone\n\n\
                “I want someone who will fix health care.” — Angela Ruiz, 38, Ames";
    assert_eq!(speaker_of(text, "Prices are"), Some("Jim Carter".into()));
    // Signed on the next line with wire copy's double hyphen: the signer's, not a
    // continuation of the voice before.
    let text = "What voters told us\n\n\
                Gary Lee, 70, Boone: “I am voting for the first time in twenty years.”\n\n\
                “Nobody listens to us out here.”\n-- Dan Cole, 45, truck driver";
    assert_eq!(speaker_of(text, "Nobody listens"), Some("Dan Cole".into()));
}

#[test]
fn a_line_listing_a_person_introduces_the_quote_after_it() {
    // "Name, age, particulars, town:" heads a voice in a reader panel; the town
    // before the colon is where the speaker lives, not the speaker, on the same
    // line as the quote or the line before it.
    for text in [
        "What voters told us\n\nLinda Moore, 38, teacher, Des Moines: “I want someone who will fix the schools.”",
        "What voters told us\n\nLinda Moore, 38, teacher, Des Moines:\n“I want someone who will fix the schools.”",
    ] {
        assert_eq!(speaker_of(text, "I want someone"), Some("Linda Moore".into()), "{text:?}");
    }
}

#[test]
fn a_cueless_quote_in_a_sentence_a_person_opens_is_theirs() {
    // No cue: the person opening the sentence speaks, not the previous speaker nor
    // the person named last before the quote.
    let text = "Council rejects budget\n\n\
                “We expect more,” said Mayor Ellen Ruiz on Tuesday.\n\n\
                Former council member Tom Hale had a message for Ellen Ruiz and her staff, \
                “Your budget will not pass.”";
    assert_eq!(speaker_of(text, "Your budget"), Some("Tom Hale".into()));
    // A sentence no person opens leaves the quote to the speaker going on.
    let text = "Council rejects budget\n\n\
                “We expect more,” said Mayor Ellen Ruiz on Tuesday.\n\n\
                In the end the meeting had a message for Ellen Ruiz and her staff, \
                “Your budget will not pass.”";
    assert_eq!(speaker_of(text, "Your budget"), Some("Ellen Ruiz".into()));
}

// --- recall (session 8) ---

#[test]
fn a_last_clause_of_he_or_she_and_a_cue_attributes_woven_words() {
    // ", she said in a radio interview": the sentence's last clause attributes the
    // words woven into it, though a phrase follows the cue.
    let text = "Mayor Ellen Ruiz spoke on Monday. Voters had “run out of patience” with the \
                city council over the budget, she said in a radio interview.";
    assert_eq!(speaker_of(text, "run out"), Some("Ellen Ruiz".into()));
    assert_eq!(mention_of(text, "run out").1, Some("she".into()));
    // The same quote opening its sentence.
    let text = "Tom Hale toured the plant. “We were stunned” by the closure of the plant, he \
                said on Friday.";
    assert_eq!(speaker_of(text, "We were"), Some("Tom Hale".into()));
}

#[test]
fn a_weekday_may_stand_between_a_speech_noun_and_its_that() {
    // "her comment Tuesday that …": the owner of the speech noun speaks the quote.
    let text = "Ellen Ruiz stood by her comment Tuesday that the budget was “a disaster for the parks.”";
    assert_eq!(speaker_of(text, "a disaster"), Some("Ellen Ruiz".into()));
    assert_eq!(mention_of(text, "a disaster").1, Some("her".into()));
}

#[test]
fn a_headline_may_name_its_speaker_after_the_quote() {
    // "…, Ellen Ruiz Tells Council.": the headline's last clause names the speaker.
    let text = "Parks Are ‘The Best Thing We Have,’ Ellen Ruiz Tells Council.\n\nThe mayor spoke on Monday.";
    assert_eq!(mention_of(text, "The Best").1, Some("Ellen Ruiz".into()));
    let text = "‘Reckless’ Budget Will Cost The City Jobs, Tom Hale Says.\n\nThe vote is on Monday.";
    assert_eq!(mention_of(text, "Reckless").1, Some("Tom Hale".into()));
    // No cue after the comma: the words stay a label.
    let text = "The ‘Reckless’ Budget, Explained.\n\nThe vote is on Monday.";
    assert!(speakers(text).is_empty(), "{:?}", speakers(text));
}

#[test]
fn a_contracted_he_or_she_opening_the_sentence_owns_woven_words() {
    // "She’s predicting …": "she" contracted with its verb still opens the sentence.
    let text = "Ellen Ruiz spoke on Monday. She’s predicting she will do “very, very well” in the vote.";
    assert_eq!(speaker_of(text, "very, very"), Some("Ellen Ruiz".into()));
    assert_eq!(mention_of(text, "very, very").1, Some("She".into()));
    let text = "Tom Hale toured the plant. He'd been hoping for “a quiet summer” at the plant.";
    assert_eq!(mention_of(text, "a quiet").1, Some("He".into()));
}

#[test]
fn words_in_an_opening_phrase_are_the_main_subjects() {
    // The phrase before the comma has no subject of its own; the main clause's speaks.
    let text = "Ellen Ruiz spoke on Monday. But while denouncing the “cruelty” of the cuts to \
                crowds, she has offered no plan of her own.";
    assert_eq!(mention_of(text, "cruelty").1, Some("she".into()));
    assert_eq!(speaker_of(text, "cruelty"), Some("Ellen Ruiz".into()));
    let text = "In a speech that spoke to the “anger and fear of working families” in the \
                county, Mayor Ellen Ruiz struck a hopeful note.";
    assert_eq!(speaker_of(text, "anger and"), Some("Ellen Ruiz".into()));
    // A subordinate clause with its own subject: its words are not the main clause's.
    let text = "As they weigh the mayor's “bold plan” for the parks, Tom Hale and other members \
                of the council are wary.";
    assert!(speakers(text).is_empty(), "{:?}", speakers(text));
}

// --- woven (session 8) ---

#[test]
fn a_subordinate_clause_after_an_attributed_quote_continues_its_report() {
    // "if he signed …": the clause is part of what the mayor said, not Hale's words.
    let text = "At the meeting, Mayor Ellen Ruiz said Tom Hale \"should resign at once\" if he \
                signed \"the worst contract in the city's history.\"";
    let all = speakers(text);
    assert!(!all.is_empty() && all.iter().all(|(_, s)| s.as_deref() == Some("Ellen Ruiz")), "{all:?}");
    // Without a quote before it, the clause's subject is still the one found.
    let text = "The council was stunned because Tom Hale signed \"the worst contract in the \
                city's history.\"";
    assert_eq!(speaker_of(text, "the worst"), Some("Tom Hale".into()));
}

#[test]
fn an_ed_word_after_the_article_modifies_the_subject_noun() {
    // "The embattled mayor": the participle's speaker is the clause's subject, not the
    // pronoun of the "how" clause inside it.
    let text = "The embattled mayor has offered no details about how she would pay for the \
                plan, saying only that she was “looking at every option on the table.”";
    assert_eq!(mention_of(text, "looking at").1, Some("The embattled mayor".into()));
    // After a verb the "-ed" word is still the verb: the group is the subject.
    let text = "The group released a statement on Monday, saying it was “deeply troubled by \
                the decision.”";
    assert_eq!(mention_of(text, "deeply troubled").1, Some("The group".into()));
}

#[test]
fn a_possessive_phrase_opening_the_quotes_clause_is_its_subject() {
    // The campaign's clause holds the words, not the opening clause's "she".
    let text = "That is the bet Ellen Ruiz is making. While she has dropped direct attacks on \
                Tom Hale from her stump speech, her campaign is planning to reprint an editorial \
                that accuses Hale of running a “fiction-filled campaign” and hand it out.";
    assert_eq!(mention_of(text, "fiction-filled").1, Some("her campaign".into()));
    // A possessive phrase in a clause before the subject's own is passed over.
    let text = "Her old manager quit last week, and Ellen Ruiz is now calling Hale a “career \
                politician” at every stop.";
    assert_eq!(speaker_of(text, "career politician"), Some("Ellen Ruiz".into()));
}

#[test]
fn the_agent_after_an_according_to_source_phrase_is_the_source() {
    // "a court filing made by …": the filing's author is the source.
    let text = "“The evidence does not support a prosecution,” according to a court filing \
                made by District Attorney Ann Hale on Friday.";
    assert_eq!(speaker_of(text, "The evidence"), Some("Ann Hale".into()));
}

// --- cued (session 8) ---

#[test]
fn according_to_a_document_filed_by_someone_is_theirs() {
    // The participle's agent wrote the document; its own noun stops at "by".
    let text = "The charges were dropped on Friday.\n\n\
                “The evidence does not support a prosecution,” according to a court filing \
                submitted by county prosecutor Dana Whitfield.";
    assert_eq!(speaker_of(text, "The evidence"), Some("Dana Whitfield".into()));
    // Who obtained a document did not write it.
    let text = "The budget was cut again.\n\n\
                “We cannot keep the library open,” according to a memo obtained by The Ledger.";
    let m = mention_of(text, "We cannot").1.unwrap_or_default();
    assert!(m.starts_with("a memo"), "{m}");
}

#[test]
fn who_obtained_a_document_is_not_its_voice() {
    // "obtained by The Ledger" modifies the letter, which speaks.
    let text = "The library will close in May. A letter from the county board obtained by \
                The Ledger warns that “no further money will be found for the branch.”";
    let m = mention_of(text, "no further").1.unwrap_or_default();
    assert!(!m.contains("Ledger"), "{m}");
    assert!(m.contains("county board"), "{m}");
}

#[test]
fn the_place_or_occasion_before_a_cue_is_not_the_subject() {
    // "in Ames", "in her budget speech": where the subject spoke, not who.
    let text = "The council met on Monday. Ellen Ruiz in Ames said the plan was \
                “a costly mistake for every family.”";
    assert_eq!(speaker_of(text, "a costly"), Some("Ellen Ruiz".into()));
    let text = "The council met on Monday. Ellen Ruiz in her budget speech called the plan \
                “a costly mistake for every family.”";
    assert_eq!(speaker_of(text, "a costly"), Some("Ellen Ruiz".into()));
    // A descriptor with a place keeps its place.
    let text = "The council met on Monday. A nurse in Ames said the plan was \
                “a costly mistake for every family.”";
    assert_eq!(speaker_of(text, "a costly"), Some("A nurse in Ames".into()));
}

#[test]
fn a_quote_after_a_colon_paragraph_keeps_its_own_cue() {
    // The colon paragraph sets the scene; the cue after the quote names the speaker.
    let text = "The mayor took questions at the library.\n\n\
                Halfway through, Ellen Ruiz interrupted the mayor:\n\n\
                “You closed our branch,” Tom Hale shouted from the back of the room.";
    assert_eq!(speaker_of(text, "You closed"), Some("Tom Hale".into()));
    // With no cue of its own, the quote is the colon paragraph's.
    let text = "The mayor took questions at the library.\n\n\
                Halfway through, Ellen Ruiz interrupted the mayor:\n\n\
                “You closed our branch.”";
    assert_eq!(speaker_of(text, "You closed"), Some("Ellen Ruiz".into()));
}

#[test]
fn a_clause_after_and_past_the_quote_comma_is_a_new_statement() {
    // The comma inside the marks closes the quote; "and Hale, who says" is the next
    // speaker's own clause, with its own quote.
    let text = "The plan divides the council, with Ruiz, who has called the budget \
                \"a disgrace,\" and Hale, who says it is \"fair to everyone.\"";
    assert_eq!(mention_of(text, "a disgrace").1, Some("who".into()));
    assert_eq!(speaker_of(text, "a disgrace"), Some("Ruiz".into()));
}

#[test]
fn a_quantified_relative_clause_has_its_own_speaker() {
    // "both of which Ruiz praised": the relative clause's subject and cue own the
    // words at its end, not the main clause's "aides say".
    let text = "Aides say the library and the pool will stay open, both of which Ellen Ruiz \
                praised on Monday \"for keeping the town together.\"";
    assert_eq!(speaker_of(text, "for keeping"), Some("Ellen Ruiz".into()));
}

#[test]
fn an_absolute_phrase_with_a_descriptor_names_its_own_speaker() {
    let text = "Ellen Ruiz attacked Tom Hale all week, with one of her ads asking, \
                “Is Tom Hale honest enough to serve the city?”";
    assert_eq!(speaker_of(text, "Is Tom"), Some("one of her ads".into()));
    // Without "with", the participle goes on with the clause's subject.
    let text = "Ellen Ruiz attacked Tom Hale all week, asking, \
                “Is Tom Hale honest enough to serve the city?”";
    assert_eq!(speaker_of(text, "Is Tom"), Some("Ellen Ruiz".into()));
}

#[test]
fn a_quote_set_off_by_dashes_belongs_to_the_clause_before() {
    // The aside is Ruiz's; the cue after the closing dash is the voters'.
    let text = "The debate went badly. And although Ellen Ruiz lamented his habit of making slips - \
                \"does he have to keep handing them so much ammunition?\" - Republicans in Ohio who \
                watched the Tuesday forum said they were not worried.";
    assert_eq!(speaker_of(text, "does he"), Some("Ellen Ruiz".into()));
}

#[test]
fn a_person_of_a_place_speaks_not_the_place() {
    let text = "The council met on Monday. Democratic Mayor Ellen Ruiz of Ames said the plan \
                was “a costly mistake for every family.”";
    assert_eq!(speaker_of(text, "a costly"), Some("Ellen Ruiz".into()));
    let text = "The council met on Monday. “We will not back down,” Tom Hale from Boone said.";
    assert_eq!(speaker_of(text, "We will"), Some("Tom Hale".into()));
}

#[test]
fn a_spokesman_for_someone_speaks_not_the_one_he_speaks_for() {
    let text = "The council met on Monday. A spokesman for Ellen Ruiz said the plan was \
                “a costly mistake for every family.”";
    assert_eq!(speaker_of(text, "a costly"), Some("A spokesman for Ellen Ruiz".into()));
}

// --- pronouns (session 8) ---

#[test]
fn a_long_chain_of_pronouns_keeps_the_topic() {
    // Four "he"s back to the topic: the chain is followed to Mark Ellison, not cut off
    // at the governor named in passing as a possessive.
    let text = "Mark Ellison toured farms in Ames on Tuesday. He said Governor Tom Reyes's \
                budget would hurt farmers, and he said he knows what a drought costs because \
                he grew up on a farm. “I worked the fields every summer,” he said.";
    assert_eq!(speaker_of(text, "I worked"), Some("Mark Ellison".into()));
}

// --- cued (session 8, round 3) ---

#[test]
fn a_sign_or_an_editorial_says_its_own_words() {
    // The participle hangs on the written medium right before it, not on the person
    // holding it or the reader it addresses.
    let text = "Hundreds marched in Ames on Saturday. Ellen Ruiz held up a sign saying \
                “Keep the library open.”";
    assert_eq!(speaker_of(text, "Keep the"), Some("a sign".into()));
    let text = "Tom Hale visited Boone last week, days after the newspaper’s editorial telling \
                him to “stop ignoring the farm towns.”";
    assert_eq!(speaker_of(text, "stop ignoring"), Some("the newspaper’s editorial".into()));
}

// --- names3 (session 8, round 3) ---

#[test]
fn a_surname_that_is_a_nationality_word_carries_the_pronoun() {
    // "Cuban" reads as a nationality word; as Mark Cuban's surname it is the subject the
    // later "he" refers to, not the candidate named in passing before it.
    let text = "Mark Cuban, the team owner, spoke on Sunday. Donald Trump's plans \
                are worrying, Cuban said. \
                Cuban also gave a preview of his own plans, which he said would cut \
                tuition that has grown because of “easy money.”";
    assert_eq!(speaker_of(text, "easy money"), Some("Mark Cuban".into()));
}

// --- cued (session 9) ---

#[test]
fn words_woven_into_a_reported_clause_belong_to_the_report() {
    // The sentence ends on ", according to X": the report the reader is given is the
    // source, as for a quote with its cue after it.
    let text = "The bridge reopened last week. On Monday, Mayor Ellen Ruiz said she was \
                “glad to see” the traffic return, according to The Ames Tribune.";
    assert_eq!(speaker_of(text, "glad to"), Some("Ames Tribune".into()));
    let text = "The vendor was paid twice. Critics called the contract “a costly mistake” \
                after the audit, according to a source at the station.";
    assert_eq!(speaker_of(text, "a costly"), Some("a source".into()));
    // Without the report, the clause's subject keeps the words.
    let text = "The bridge reopened last week. On Monday, Mayor Ellen Ruiz said she was \
                “glad to see” the traffic return.";
    assert_eq!(speaker_of(text, "glad to"), Some("Ellen Ruiz".into()));
}

#[test]
fn a_report_owned_by_a_name_is_that_names() {
    // "according to Hale’s memoir": the possessive name owns the report that is the
    // source, as a bare "according to Tom Hale" would be.
    let text = "The council met on Monday. “We will fix the budget,” Ellen Ruiz replied at \
                the time, according to Hale’s account.";
    assert_eq!(speaker_of(text, "We will"), Some("Hale".into()));
    let text = "Ellen Ruiz ran against Tom Hale in 2012. She later compared the race to a \
                “root canal,” according to Hale’s memoir.";
    assert_eq!(speaker_of(text, "root canal"), Some("Tom Hale".into()));
}

#[test]
fn a_naming_verb_before_the_next_quote_is_not_a_cue_after() {
    // "called the “Main Street Fund”" names the next quote; the words before it keep
    // the cue before them.
    let text = "Planes circled the stadium on Saturday. One banner read “savethelibrary.org,” \
                a website run by a group called the “Main Street Fund.”";
    assert_eq!(speaker_of(text, "savethelibrary"), Some("One banner".into()));
}

#[test]
fn an_inverted_speaker_may_be_followed_by_a_clause() {
    // After an inverted cue the speaker may be followed by "as …", "before …" or a
    // "known as" phrase; the words were theirs.
    let text = "Clinton arrived in Ames on Monday.\n\n“I’m with her,” chanted the crowd as \
                Clinton took the stage.";
    assert_eq!(speaker_of(text, "I’m with"), Some("the crowd".into()));
    let text = "The council met on Monday.\n\n“We will not back down,” said the mayor before \
                the vote.";
    assert_eq!(speaker_of(text, "We will"), Some("the mayor".into()));
    // "as" before a quote or an article gives the object its role: "described the
    // plan as “…”" has no inverted speaker.
    let text = "Ann Hale, who says her costs were “in the seven figures,” described the \
                ruling as “a disaster.”";
    assert_eq!(speaker_of(text, "in the seven"), Some("Ann Hale".into()));
}

// --- woven (session 9) ---

#[test]
fn a_name_after_a_clause_opening_participle_is_its_object_not_a_speaker() {
    // "advising Dana Kerr graduates to": the participle's clause has no subject of its
    // own; the woven words are the sentence subject's.
    let text = "Graduation season\n\n\
                Senator Ellen Ruiz spoke at three colleges this spring, advising Dana Kerr \
                graduates to “never stop asking hard questions.”";
    assert_eq!(speaker_of(text, "never stop"), Some("Ellen Ruiz".into()));
}

#[test]
fn words_a_passive_names_by_an_agent_are_the_agents() {
    // "seen by local farmers as a “…”": the agent of the passive, not the sentence
    // subject, calls the plan so.
    let text = "The council meets on Monday\n\n\
                Mayor Ellen Ruiz unveiled a water plan on Tuesday, a measure seen by local \
                farmers as a “lifeline” after two dry summers.";
    assert_eq!(speaker_of(text, "lifeline"), Some("local farmers".into()));
}

// --- recall2 (session 9, round 2) ---

#[test]
fn a_report_or_organisation_finding_or_listing_the_words_owns_them() {
    // A document or organisation noun opening its clause, a verb of finding, citing,
    // listing or seeking, and the quote as its object: the words are the report's.
    let text = "The water board meets on Tuesday\n\n\
                A 2019 state audit found “no evidence that any grant money was misspent by \
                the board or its staff.”";
    assert_eq!(speaker_of(text, "no evidence"), Some("A 2019 state audit".into()));
    let text = "The agency's budget grows again\n\n\
                On its website, the EPA lists “clean air and safe drinking water as the \
                agency’s top priorities.”";
    assert_eq!(speaker_of(text, "clean air"), Some("the EPA".into()));
    let text = "Housing for veterans\n\n\
                The nonprofit is seeking “fresh proposals” for housing veterans in the county.";
    assert_eq!(speaker_of(text, "fresh proposals"), Some("The nonprofit".into()));
    // Only a document or organisation noun: a city that "found" the words is not
    // made their source by this rule.
    let text = "The water board meets on Tuesday\n\n\
                The city found “no evidence that any grant money was misspent by the board \
                or its staff.”";
    assert!(speakers(text).iter().all(|(_, s)| s.as_deref() != Some("The city")));
}

#[test]
fn a_sentence_a_quote_opens_is_attributed_by_its_closing_clause() {
    // The quote opens the sentence, unquoted words run on past the cue-after frame,
    // and the sentence ends on its attribution: that clause names the speaker.
    let text = "The council met on Monday.\n\n\
                “Higher taxes” would hurt small businesses, Republican candidate Tom Hale \
                said after the vote.";
    assert_eq!(speaker_of(text, "Higher taxes"), Some("Tom Hale".into()));
    let text = "Tom Hale visited Ames on Monday.\n\n\
                “I held and hugged” grieving family members before laying flowers at a \
                memorial for the victims of the attack on the downtown nightclub, he said. \
                Police found nothing.";
    assert_eq!(speaker_of(text, "I held"), Some("Tom Hale".into()));
    let text = "The union met on Monday.\n\n\
                “We’re extremely happy” about the decision, said Ann Ruiz, executive \
                director of the Ames Tenants Union, a union that has broken away from many \
                other housing groups and endorsed Hale.";
    assert_eq!(speaker_of(text, "We’re extremely"), Some("Ann Ruiz".into()));
    // Only a quote opening its sentence: words in parentheses inside the writer's
    // clause are not made the closing clause's.
    let text = "Tom Hale spoke in Ames on Monday.\n\n\
                Free markets (“Uber everything”) and active citizens can fix the country, \
                he tells one audience.";
    assert!(speakers(text).iter().all(|(t, s)| t != "Uber everything" || s.is_none()));
}

// --- recall3 (session 9, round 3) ---

#[test]
fn a_title_set_off_in_the_subject_does_not_hide_the_cue() {
    // A capitalised title closing on a comma or question mark, set off in the
    // subject's apposition by "author of", a naming word or a work noun, is no
    // speech: the frame runs on past it to the subject, and the cue owns the quote.
    let text = "Radio loses its audience\n\n\
                Ann Porter has studied local radio for years. Porter, the co-author of \
                \"Quiet Streets,\" about small-town radio, said the days when every town \
                had \"a shared evening broadcast\" are gone.";
    assert_eq!(speaker_of(text, "a shared evening"), Some("Ann Porter".into()));
    let text = "A new ad hits the mayor\n\n\
                The ad, titled \"Unifier?\", concludes that the mayor is too \
                \"dangerous and reckless\" to lead the city.";
    assert_eq!(speaker_of(text, "dangerous and reckless"), Some("The ad".into()));
    // Speech that closes on a comma is no title: "“We Can Win,” Hale said, …" keeps
    // its own cue after the marks.
    let text = "The race tightens\n\n\
                Tom Hale spoke in Ames. \"We Can Win,\" Hale said, and the crowd called \
                the plan \"a real chance\" for the town.";
    assert_eq!(speaker_of(text, "We Can Win"), Some("Tom Hale".into()));
}

// --- cued (session 10) ---

#[test]
fn a_participle_hangs_on_the_main_clause_not_an_opening_subordinate_clause() {
    // An opening phrase and then a subordinate clause, each closed by a comma, come
    // before the main clause: the participle cue goes on from the main clause's
    // subject, not from the subordinate clause's ("after Ruiz lost").
    let text = "Tom Hale and Ellen Ruiz worked together for years on the council.\n\n\
                In June 2009, after Ruiz lost the primary, Hale wrote to her, thanking her \
                for her service and telling her, “you are a fighter and we need you for the \
                long run!” She replied a week later.";
    assert_eq!(speaker_of(text, "you are a fighter"), Some("Tom Hale".into()));
    // Without a subordinate clause the opening phrase alone is skipped as before.
    let text = "Tom Hale and Ellen Ruiz worked together for years on the council.\n\n\
                In June 2009, Hale wrote to Ruiz, thanking her for her service and telling \
                her, “you are a fighter and we need you for the long run!”";
    assert_eq!(speaker_of(text, "you are a fighter"), Some("Tom Hale".into()));
}

#[test]
fn a_pronoun_opening_the_main_clause_after_a_subordinate_one_is_the_mention() {
    // "When she returned she began by saying": the first "she" is the subordinate
    // clause's subject, the second opens the main clause the participle hangs on and
    // is the mention annotators mark.
    let text = "Judge Ann Ruiz heard the case on Monday.\n\n\
                The judge left the courtroom for ten minutes. When she returned she began \
                by saying, “I do not think it is necessary for Mr. Hale to go to jail.” The \
                room fell silent.";
    let sentences = crate::analysis::sentences::split(text);
    let entities = crate::analysis::entities::extract(text, &sentences);
    let quotes = extract(text, &sentences, &entities);
    let q = quotes.iter().find(|q| q.text.starts_with("I do not think")).expect("the judge's quote");
    assert_eq!(q.speaker.name.as_deref(), Some("Ann Ruiz"));
    let main = text.find("she began").unwrap();
    assert_eq!((q.speaker.start, q.speaker.end), (Some(main), Some(main + 3)));
    // A later pronoun with a comma after it before the participle opens no main
    // clause that runs on to it: "she" here is the subordinate clause's object's.
    let text = "Tom Hale runs the plant.

                When he told her she was fired, Hale began saying, “We have no choice.”";
    assert_eq!(speaker_of(text, "We have no choice"), Some("Tom Hale".into()));
}

#[test]
fn words_in_a_clause_without_that_after_a_set_off_noun_are_its_subjects() {
    // A noun phrase set off by a comma or a dash, then a clause without "that" whose
    // own subject and cue come before the words: the words are that subject's, not
    // the first cue's in the sentence.
    let text = "Hale's wedding\n\n\
                In 1977, Tom Hale asked his brother Ed Hale to be the best man at his \
                wedding, an honor Ed said he hoped would be “a good thing for him.” But the \
                drinking continued.";
    assert_eq!(speaker_of(text, "a good thing"), Some("Ed Hale".into()));
    let text = "The county files\n\n\
                Mayor Ellen Ruiz has repeatedly called for the files to be made public — \
                even the ones Sheriff Tom Hale now says are “too sensitive to release.” \
                Critics disagree.";
    assert_eq!(speaker_of(text, "too sensitive"), Some("Tom Hale".into()));
    // A descriptor subject there is not taken ("the ones the county now says"): the
    // words stay with the sentence's first cue, as before.
    let text = "The county files\n\n\
                Mayor Ellen Ruiz has repeatedly called for the files to be made public — \
                even the ones the county now says are “too sensitive to release.”";
    assert_eq!(speaker_of(text, "too sensitive"), Some("Ellen Ruiz".into()));
    // An aside closed before the words is not their clause: the plan is what the
    // mayor calls “a disaster”, whoever described it.
    let text = "The bridge plan

                Mayor Ellen Ruiz said the plan, the one Tom Hale described on Tuesday, is                 “a disaster for the town.” Critics disagree.";
    assert_eq!(speaker_of(text, "a disaster"), Some("Ellen Ruiz".into()));
}

// --- nocue (session 10) ---

#[test]
fn a_that_clause_after_an_attributed_quote_continues_its_report() {
    // "… and that the mayor faced …": the second quote sits in a second "that"
    // clause of the same report; the clause's subject is what the report is about.
    let text = "Ann Porter said it was \"perfectly clear\" that the budget was short, and \
                that Tom Hale faced a \"very tough\" vote next week.";
    let all = speakers(text);
    assert!(!all.is_empty() && all.iter().all(|(_, s)| s.as_deref() == Some("Ann Porter")), "{all:?}");
    assert!(all.iter().any(|(t, _)| t.contains("very tough")), "{all:?}");
    // Without "that", a clause joined by "and" is a new statement of its own
    // subject's.
    let text = "Ann Porter said the budget was \"perfectly clear,\" and Tom Hale then \
                faced a \"very tough\" vote next week.";
    assert_eq!(speaker_of(text, "very tough"), Some("Tom Hale".into()));
}

#[test]
fn a_pronoun_opening_sentences_in_a_row_keeps_its_person() {
    // The second "He" is the first one's: the names between are a phrase's
    // modifiers, not the person spoken of.
    let text = "Network chief leaves\n\n\
                Roger Ailes left the network on Thursday after two decades. He drove it \
                to cover the strife of the Clinton, Bush and Obama eras. He made it a \
                home for \"patriotic\" coverage of every war.";
    assert_eq!(mention_of(text, "patriotic"), (Some("Roger Ailes".into()), Some("He".into())));
    // Across a paragraph break too.
    let text = "Senate race\n\n\
                Ann Porter won the county on Tuesday.\n\n\
                She said that as long as the count held, Ellen Ruiz would have to \
                concede the race.\n\n\
                She called the night \"a turning point\" for the party.";
    assert_eq!(speaker_of(text, "a turning point"), Some("Ann Porter".into()));
}

#[test]
fn a_cue_after_an_attributed_quote_keeps_its_subject() {
    // "and asking, “…”": the cue's subject stands before the first quote, out of the
    // second quote's reach; the person named in between ("for Mayor Ellen Ruiz")
    // is not the speaker.
    let text = "Budget fight\n\n\
                Republicans were quick to respond, with Governor Tom Hale tweeting that \
                the plan was a \"disaster\" for Mayor Ellen Ruiz and asking, \"How can \
                anyone trust this council?\"";
    assert_eq!(speaker_of(text, "How can anyone"), Some("Tom Hale".into()));
}

// --- recall (session 10) ---

#[test]
fn words_woven_into_a_sentence_are_its_closing_attributions() {
    // A few words in marks inside the reporter's sentence, no cue of their own, and
    // the sentence ends on its attribution clause: that clause names the speaker.
    let text = "Budget talks resume\n\n\
                Many council members became more “comfortable” with the budget and more \
                willing to cut spending, Mayor Ellen Ruiz said.";
    assert_eq!(speaker_of(text, "comfortable"), Some("Ellen Ruiz".into()));
    // A noun phrase opened by a determiner before the cue, and a time phrase after it.
    let text = "Tenants fight the tower\n\n\
                The tower is a “giveaway” to developers that would cost the county \
                millions, the tenant groups say on their website.";
    assert_eq!(speaker_of(text, "giveaway"), Some("the tenant groups".into()));
    // A closing report.
    let text = "The campaign grows\n\n\
                The campaign is paying “dozens” of canvassers to knock on doors across the \
                county this month, according to campaign manager Tom Hale.";
    assert_eq!(speaker_of(text, "dozens"), Some("Tom Hale".into()));
    // Not when more of the sentence runs on after the cue: 'he tells one joke' is the
    // writer's clause, not an attribution of the words before it.
    let text = "Tom Hale spoke in Ames on Monday.\n\n\
                Free markets and “active citizens” can fix the roads and the schools of \
                the whole county, he tells one audience.";
    assert!(speakers(text).iter().all(|(t, s)| t != "active citizens" || s.as_deref() != Some("Tom Hale")));
}

#[test]
fn capitalised_words_right_after_a_speaker_and_cue_are_speech_not_a_title() {
    // "the mayor said “The State Of Iowa”": capitalised words in marks right after a
    // subject's cue verb are what was said, not a title.
    let text = "Bridge talks stall\n\n\
                Asked who would pay for the new bridge, Mayor Ellen Ruiz said “The State Of \
                Iowa” and walked off the stage.";
    assert_eq!(speaker_of(text, "The State Of Iowa"), Some("Ellen Ruiz".into()));
    // A title the reporter names after a preposition stays a title.
    let text = "Bridge talks stall\n\n\
                Mayor Ellen Ruiz spoke about “The Art Of The Deal” at the library.";
    assert!(speakers(text).iter().all(|(t, _)| t != "The Art Of The Deal"));
}

#[test]
fn words_in_marks_inside_the_source_of_according_to_name_it() {
    // "according to her “safe streets” plan": the marks name the plan the report
    // comes from; nobody is quoted.
    let text = "Paving plans\n\n\
                Mayor Ellen Ruiz wants new roads. The county would spend $2 million on \
                paving, according to her “safe streets” plan.";
    assert!(speakers(text).iter().all(|(t, _)| t != "safe streets"), "{:?}", speakers(text));
    let text = "Paving plans\n\n\
                The county would spend $2 million on paving, according to the \
                “Better Roads” report the mayor released.";
    assert!(speakers(text).iter().all(|(t, _)| t != "Better Roads"), "{:?}", speakers(text));
    // Words after the source are still its wording.
    let text = "Paving plans\n\n\
                According to Mayor Ellen Ruiz, the roads are “a disgrace” this spring.";
    assert_eq!(speaker_of(text, "a disgrace"), Some("Ellen Ruiz".into()));
}

#[test]
fn a_title_or_term_in_a_sentence_its_closing_clause_attributes_is_said() {
    // Title-case words or a marked term inside a sentence that ends on its
    // attribution clause are part of what the speaker said.
    let text = "Race tightens\n\n\
                That could carry her through the early contests and into the \
                “Super Tuesday” primary on March 1 that includes Texas, which she is \
                expected to win, pollster Ann Porter said.";
    assert_eq!(speaker_of(text, "Super Tuesday"), Some("Ann Porter".into()));
    let text = "Race tightens\n\n\
                Over the next three months the word “socialist” was used on the station \
                in more than 80 separate broadcasts, according to a review by the Ames \
                Tribune.";
    assert!(speakers(text).iter().any(|(t, s)| t == "socialist" && s.is_some()), "{:?}", speakers(text));
    // Without the closing clause the title is no speech.
    let text = "Race tightens\n\n\
                That could carry her through the early contests and into the \
                “Super Tuesday” primary on March 1 that includes Texas.";
    assert!(speakers(text).iter().all(|(t, _)| t != "Super Tuesday"));
}

// --- naming (session 10) ---

#[test]
fn a_noun_then_any_naming_verb_names_the_quote() {
    // "nicknamed", "entitled" and "headlined" after a noun name a thing, as
    // "called" does: the words are no one's speech, not the subject's.
    for verb in ["nicknamed", "entitled", "headlined"] {
        let text =
            format!("City news\n\nMayor Ellen Ruiz spent the evening at a bar {verb} \"the last stop before home.\"");
        let all = speakers(&text);
        assert!(all.iter().all(|(t, _)| !t.contains("last stop")), "{verb}: {all:?}");
    }
}

#[test]
fn a_judging_verb_after_a_noun_does_not_make_a_name() {
    // "labeled" and "branded" also give a judgement ("policies labeled “cruel”");
    // after a noun they do not drop the quote as a name by themselves.
    for verb in ["labeled", "branded"] {
        let text =
            format!("City news\n\nMayor Ellen Ruiz spent the evening at a bar {verb} \"the last stop before home.\"");
        let all = speakers(&text);
        assert!(all.iter().any(|(t, _)| t.contains("last stop")), "{verb}: {all:?}");
    }
}

#[test]
fn headlined_marks_a_short_quote_as_a_title() {
    // A naming verb within two words before a short quote marks it as a term,
    // "headlined" like "titled".
    let text = "Budget fight\n\nSenator Tom Hale wrote an op-ed, headlined \"enough already,\" for the \
                Sunday paper.";
    let all = speakers(text);
    assert!(all.iter().all(|(t, _)| !t.contains("enough already")), "{all:?}");
}

#[test]
fn a_naming_verb_before_the_comma_is_no_cue() {
    // "nicknamed, “…”" and "branded, “…”" introduce a name, not speech: the verb
    // before the comma is not the quote's cue (an unlisted "-ed" verb would be).
    for verb in ["nicknamed", "branded"] {
        let text = format!(
            "Boxing\n\nTom Hale fought a young boxer {verb}, \"the pride of the Bronx,\" in the summer of 1998."
        );
        let sentences = crate::analysis::sentences::split(&text);
        let entities = crate::analysis::entities::extract(&text, &sentences);
        let quotes = extract(&text, &sentences, &entities);
        let cues: Vec<_> = quotes.iter().map(|q| q.cue.as_ref().map(|c| c.text.clone())).collect();
        assert!(cues.iter().all(|c| c.as_deref() != Some(verb)), "{verb}: {cues:?}");
    }
}

#[test]
fn a_title_set_off_by_headlined_is_passed_over() {
    // The quoted title inside the attribution after a quote does not end the
    // search for its cue.
    let text = "Budget fight\n\n\"We cannot keep paying for this,\" Tom Hale, whose column headlined \
                \"Who Pays?\" ran on Sunday, said.";
    assert_eq!(speaker_of(text, "We cannot"), Some("Tom Hale".into()));
}

// --- pronoun (session 10, round 2) ---

#[test]
fn a_pronoun_passes_over_an_organisation_word_taken_for_a_person() {
    // "Police" and "State" open their clauses like a person would; a name whose
    // last word marks an organisation is no "he", so the person before them is.
    let text = "Truck attack\n\n\
                Tom Hale, a shop owner on the promenade, was outside when the truck struck.\n\n\
                Police said people in the area should stay home. Police urged residents \
                not to spread rumors.\n\n\
                \"We saw people hit and debris flying everywhere,\" he said.";
    assert_eq!(speaker_of(text, "We saw people"), Some("Tom Hale".into()));
    let text = "Email review\n\n\
                Senator Tom Hale, who has seen the messages, agreed with that point. \
                Officials at State now say the emails are secret.\n\n\
                \"Some of this information presents a risk to our security,\" he said.";
    assert_eq!(speaker_of(text, "Some of this"), Some("Tom Hale".into()));
    // A surname that is also such a word stays a person's ("Kristen Day").
    let text = "Platform fight\n\n\
                Ann Day, director of a pro-life group, spoke on Monday. Day said the \
                platform drives voters away.\n\n\
                \"This has been the message for years,\" she said.";
    let day = speaker_of(text, "This has been");
    assert!(day.as_deref().is_some_and(|n| n.ends_with("Day")), "{day:?}");
}

#[test]
fn a_courtesy_title_tells_which_of_two_people_a_shared_name_means() {
    // "Mr. Clinton" and "Mrs. Clinton" are one name for two people; the "Mrs." at the
    // nearer mention says that "he" is not her, so the man named before is.
    let text = "Holiday photos\n\n\
                Representative Tom Hale lined up to be photographed with Mr. Clinton and \
                his wife.\n\n\
                ''It felt like we had patched it up,'' Mr. Hale said. But Mrs. Clinton \
                was not as friendly. ''There was some iciness there,'' he said.";
    assert_eq!(speaker_of(text, "There was some iciness"), Some("Tom Hale".into()));
    // A role noun is no such title: "spokesman Ann Porter" is still a "she".
    let text = "Campaign group\n\n\
                Campaign spokesman Ann Porter confirmed that the group was independent. \
                \"They are not affiliated with us,\" she said.";
    assert_eq!(speaker_of(text, "They are not"), Some("Ann Porter".into()));
}

// --- home institution (session 10, lead) ---

#[test]
fn a_persons_institution_after_of_is_not_the_speaker() {
    // The institution after "of" may open with "the" and hold an "of" of its own;
    // either way it says who the person is, not who speaks.
    let text = "Church vote\n\n\
                Bishop Tom Hale of the Diocese of Ames told reporters, “We will stay.”";
    assert_eq!(speaker_of(text, "We will stay"), Some("Tom Hale".into()));
    let text = "Tax plan\n\n\
                Ann Porter of the Brookings Institution said, “The numbers do not add up.”";
    assert_eq!(speaker_of(text, "The numbers"), Some("Ann Porter".into()));
    // A home town right after "of", as before.
    let text = "Bridge\n\nMayor Ellen Ruiz of Ames said, “The bridge is safe.”";
    assert_eq!(speaker_of(text, "The bridge"), Some("Ellen Ruiz".into()));
}

// --- descriptor names shown (session 11, lead) ---

#[test]
fn a_descriptor_speaker_ends_where_its_verb_begins() {
    // The noun phrase, not the auxiliary, adverb and verb it runs on into.
    let text = "Housing\n\nThe city council has always called the plan a “giveaway” to developers.";
    assert_eq!(speaker_of(text, "giveaway"), Some("The city council".into()));
    // A subordinator before the phrase is not part of it.
    let text = "Vote\n\nThe measure passed easily, even though a number of residents said they opposed the new tax.";
    assert!(speakers(text).iter().any(|(_, s)| s.as_deref() == Some("a number of residents")), "{:?}", speakers(text));
    // A "subject" that opens with a verb names nobody.
    let text =
        "Rent\n\nBut tenant groups that have backed him say they want the rent freeze extended to every borough.";
    assert_eq!(speaker_of(text, "they want"), None);
}

#[test]
fn a_title_case_headline_names_the_person_before_its_verb() {
    // Every headline word is capitalised, so the name run goes on into the verb; the
    // person the entity stage finds at its start speaks.
    let text = "Ellen Ruiz Addresses Flood Victims: ‘We Will Rebuild.’\n\n\
                Mayor Ellen Ruiz spoke to residents of Ames on Monday.";
    assert_eq!(speakers(text)[0], ("We Will Rebuild.".into(), Some("Ellen Ruiz".into())));
    let text = "Ann Lee Endorses Tom Hale: ‘He Will Fight For Us.’\n\n\
                Former governor Ann Lee endorsed Tom Hale on Monday in Ames.";
    assert_eq!(speakers(text)[0].1, Some("Ann Lee".into()));
    // A role noun after the first person makes it a modifier: the challenger speaks.
    let text = "Hale Challenger Ann Lee: Tax Plan ‘Will Not Work.’\n\n\
                Ann Lee, who is running against Mayor Tom Hale, spoke in Ames on Monday.";
    assert_eq!(speakers(text)[0].1, Some("Ann Lee".into()));
}

#[test]
fn a_name_with_initials_runs_past_them() {
    // "J.J." keeps its period in the name, as "J." does; "U.S." before a name does not.
    let text = "Militias\n\n“This is a real threat,” says J.J. Hale, an expert on militias.";
    assert_eq!(speaker_of(text, "This is"), Some("J.J. Hale".into()));
    let text = "Budget\n\n“We will not back down,” said U.S. Sen. Ann Lee of Iowa.";
    assert_eq!(speaker_of(text, "We will"), Some("Ann Lee".into()));
}

#[test]
fn a_news_agency_that_spoke_is_no_he() {
    // The agency spoke last, but "he" is the admiral the agency wrote about.
    let text = "Beijing targets an admiral\n\n\
                Admiral Tom Ward has angered Beijing with his patrols.\n\n\
                “His views are plainly hostile,” Xinhua, the official news agency, wrote.\n\n\
                The comments were meant to smear him, the admiral said. “It is not true,” he said.";
    assert_eq!(speaker_of(text, "It is not"), Some("Tom Ward".into()));
}

#[test]
fn a_first_name_both_sexes_bear_does_not_bar_he() {
    // "Robin" is no woman's name only: "he" after Robin Hale is Robin Hale, not the
    // man named before him.
    let text = "Plant closing hits workers\n\n\
                The economist Paul Reed studied the plant for a decade.\n\n\
                “I am good with my hands,” said Robin Hale, a welder. He has worked there for 20 years. \
                “But the work is gone.”";
    assert_eq!(speaker_of(text, "But the work"), Some("Robin Hale".into()));
}

#[test]
fn a_subordinate_clause_set_off_by_commas_is_an_aside_to_the_main_cue() {
    // The debate's cue ("concluded") sits in the aside; the main clause's subject
    // states the words.
    let text = "Budget fight\n\n\
                Later in the evening, after the debate concluded, Ellen Ruiz stated of the budget \
                that the plan “was a costly mess.”";
    assert_eq!(speaker_of(text, "was a costly"), Some("Ellen Ruiz".into()));
    // With no cue of its own in the main clause, the cue before the aside still speaks.
    let text = "Budget fight\n\nEllen Ruiz said, after the vote, that the plan “was a costly mess.”";
    assert_eq!(speaker_of(text, "was a costly"), Some("Ellen Ruiz".into()));
}

#[test]
fn a_report_after_a_quote_with_a_cue_before_is_its_source() {
    // The mayor's words reach the reader through the newspaper's report.
    let text = "Bridge plan\n\n\
                Asked about the bridge, Mayor Ellen Ruiz said: “We will rebuild it by spring,” \
                the Ames Tribune reported.";
    assert_eq!(speaker_of(text, "We will rebuild"), Some("Ames Tribune".into()));
    let text = "Bridge plan\n\n\
                Mayor Ellen Ruiz said: “We will rebuild it by spring,” according to the \
                Ames Tribune.";
    assert_eq!(speaker_of(text, "We will rebuild"), Some("Ames Tribune".into()));
    // Without a report, the cue before speaks.
    let text = "Bridge plan\n\nMayor Ellen Ruiz said: “We will rebuild it by spring.”";
    assert_eq!(speaker_of(text, "We will rebuild"), Some("Ellen Ruiz".into()));
}

#[test]
fn words_woven_into_a_relative_clause_are_its_subjects() {
    // The foundation's mission statement, not the couple who started it.
    let text = "Giving back\n\n\
                The couple started a foundation that focuses on the “health of rivers and lakes.”";
    assert_eq!(speaker_of(text, "health of rivers"), Some("a foundation".into()));
    // A participle phrase between the noun and "that" is skipped for the name.
    let text = "Climate fight\n\n\
                The school worked with two reports published in May that examined “the gap between \
                the firm's words and its plans.”";
    assert_eq!(speaker_of(text, "the gap between"), Some("two reports".into()));
    // "that" opening a verb's complement is no relative pronoun: the subject speaks.
    let text = "Budget fight\n\nMayor Ellen Ruiz complained that the plan “goes too far.”";
    assert_eq!(speaker_of(text, "goes too far"), Some("Ellen Ruiz".into()));
}

// --- names shown for descriptors and pronouns (session 12) ---

#[test]
fn a_share_of_people_is_named_with_its_number() {
    // "percent" alone tells the reader nothing; the share is the number and the noun.
    let text = "Poll\n\nAround that time, 47 percent said they would vote for the mayor in the fall.";
    assert_eq!(speakers(text)[0].1.as_deref(), Some("47 percent"));
    let text = "Poll\n\nNow, 52 percent of registered voters said the city was on the wrong track.";
    assert_eq!(speakers(text)[0].1.as_deref(), Some("52 percent of registered voters"));
}

#[test]
fn a_year_after_the_article_is_part_of_the_noun_phrase() {
    // The phrase finders stop at the number; the name runs on to the phrase's head.
    let text = "Wages\n\nWages fell by a fifth, according to a 2014 Labor Department study.";
    assert_eq!(speakers(text)[0].1.as_deref(), Some("a 2014 Labor Department study"));
}

#[test]
fn a_contracted_pronoun_is_the_pronoun() {
    // "he’s alleged": the pronoun stands for the man named before, not for "he’s".
    let text = "Race\n\nTom Reilly spoke in Ames on Monday. The mill will close, he’s alleged, \
                because of the tariffs.";
    let all = speakers(text);
    assert!(all.iter().any(|(_, s)| s.as_deref() == Some("Tom Reilly")), "{all:?}");
    assert!(all.iter().all(|(_, s)| s.as_deref() != Some("he’s")), "{all:?}");
}

#[test]
fn a_no_break_space_in_a_descriptor_is_shown_as_a_space() {
    let text = "Budget\n\nThe plan will fail, a\u{a0}city official said on Monday.";
    assert_eq!(speakers(text)[0].1.as_deref(), Some("a city official"));
}

#[test]
fn an_intensifier_after_the_subject_is_not_part_of_its_name() {
    // "himself", "both", "however" float between subject and verb: the speaker is
    // the person named before them, resolved to the full name given earlier.
    let text = "Budget talks resume\n\n\
                Mayor Ellen Ruiz met council members on Monday.\n\n\
                Ruiz herself said the plan was “a long shot at best.”";
    assert_eq!(speaker_of(text, "a long shot"), Some("Ellen Ruiz".into()));
    let text = "Budget talks resume\n\n\
                Mayor Ellen Ruiz met council members on Monday.\n\n\
                Ruiz however said the plan was “a long shot at best.”";
    assert_eq!(speaker_of(text, "a long shot"), Some("Ellen Ruiz".into()));
}

#[test]
fn a_source_close_to_a_person_is_not_that_person() {
    // Anonymous sources are described by their ties ("close to", "familiar with",
    // "with knowledge of", "briefed on"): the person after the formula is who the
    // source knows, not who speaks.
    let text = "Budget talks stall\n\n\
                Mayor Ellen Ruiz met council members on Monday.\n\n\
                A source close to Mayor Ellen Ruiz said, “She will not sign the budget this week.”";
    assert_eq!(speaker_of(text, "She will not"), Some("A source close to Mayor Ellen Ruiz".into()));
    let text = "Budget talks stall\n\n\
                Officials briefed on the talks said, “The council will vote again in March.”";
    assert_eq!(speaker_of(text, "The council"), Some("Officials briefed on the talks".into()));
}

#[test]
fn people_who_speak_for_a_person_are_not_that_person() {
    // The noun before "to", "for" or "of" is who speaks ("aides", "a spokesman",
    // "supporters"); the person or body after it is whom they speak for.
    let text = "Budget talks stall\n\n\
                Mayor Ellen Ruiz met council members on Monday.\n\n\
                Aides to Ellen Ruiz said, “She will not sign the budget this week.”";
    assert_eq!(speaker_of(text, "She will not"), Some("Aides to Ellen Ruiz".into()));
    let text = "Budget talks stall\n\n\
                The county agreed to sell the bridge on Monday.\n\n\
                A spokesman for the buyer said, “The deal will close in March.”";
    assert_eq!(speaker_of(text, "The deal"), Some("A spokesman for the buyer".into()));
}

#[test]
fn an_organisation_named_with_of_or_for_speaks_whole() {
    // The name finder sees only the last part of "the University of Ames"; the
    // entity stage names it whole, and so does the speaker.
    let text = "Rents keep climbing\n\n\
                “Rents rose faster than wages,” the University of Ames reported on Monday.";
    assert_eq!(speaker_of(text, "Rents rose"), Some("University of Ames".into()));
    // A person "of" such an organisation is the speaker, not the organisation.
    let text = "Rents keep climbing\n\n\
                “Rents rose faster than wages,” Jeff Lee of the Ames Center for Housing Studies wrote in May.";
    assert_eq!(speaker_of(text, "Rents rose"), Some("Jeff Lee".into()));
}

#[test]
fn a_share_written_as_a_ratio_is_named_whole() {
    // "one in five", "six in 10": the ratio's "in" ends no phrase.
    let text = "Poll shows a split\n\n\
                Six in 10 registered voters said the council was “badly divided.”";
    assert_eq!(speaker_of(text, "badly"), Some("Six in 10 registered voters".into()));
    let text = "Poll shows a split\n\n\
                About one in five say they want “a new mayor.”";
    assert_eq!(speaker_of(text, "a new mayor"), Some("one in five".into()));
}

#[test]
fn a_name_classifying_the_noun_after_an_inverted_cue_speaks_with_it() {
    // "wrote Ames Weekly magazine": the name and its lowercase head noun are the
    // speaker, which had been left without one.
    let text = "Council rejects budget\n\n\
                “The vote settles nothing,” wrote Ames Weekly magazine. “The fight moves to the courts.”";
    assert_eq!(speaker_of(text, "The vote settles"), Some("Ames Weekly magazine".into()));
    let text = "Council rejects budget\n\n“We have no comment,” said Ruiz spokeswoman on Monday.";
    assert_eq!(speaker_of(text, "We have no"), Some("Ruiz spokeswoman".into()));
}

#[test]
fn a_kinship_noun_tells_the_sex_of_the_name_it_introduces() {
    // "his wife, Lonnie": a woman here, whatever the first-name tables say of
    // "Lonnie", so "he" passes over her.
    let text = "Coach Dale Reyes was met at the airport by his wife, Lonnie, and their two sons. \
                “We are proud of the team,” he said.";
    assert_eq!(speaker_of(text, "We are proud"), Some("Dale Reyes".into()));
    // Without the comma too: "her son Deon" is a man, so "she" is his mother.
    let text = "Carla Green found her son Deon at the scene. “I begged him to stay home,” she said.";
    assert_eq!(speaker_of(text, "I begged"), Some("Carla Green".into()));
}

#[test]
fn a_name_in_a_list_is_no_more_a_topic_than_the_list() {
    // The names after the list's commas and "and" do not open clauses: "he" is the
    // subject, not the last name listed.
    let text = "Lyle Ford apologized on Monday. In a short reply, Ford pointedly named the paper's \
                Jim Hale, Tom Boyd and Paul Reyes. He did not apologize for the mailer, he said.";
    assert_eq!(speaker_of(text, "He did not"), Some("Lyle Ford".into()));
}

// --- session 21 (bugs) ---

#[test]
fn a_verb_before_an_object_ends_the_subject_and_is_the_cue() {
    // "struck a … note": the irregular past ends the subject and stands as the weak
    // cue; "cautious" is no verb.
    let text = "The treasurer struck a cautious note about the “snow day” reserve.";
    let sentences = crate::analysis::sentences::split(text);
    let entities = crate::analysis::entities::extract(text, &sentences);
    let q = extract(text, &sentences, &entities).into_iter().find(|q| q.text.starts_with("snow"));
    let q = q.expect("a quote");
    assert_eq!(q.cue.map(|c| c.text), Some("struck".to_string()));
    let sp = q.speaker;
    assert_eq!(sp.start.zip(sp.end).map(|(s, e)| text[s..e].to_string()), Some("The treasurer".into()));
    // A verb in no table leaves no subject ending in it: not "The treasurer hit".
    let text = "The treasurer hit a cautious note about the “snow day” reserve.";
    let sentences = crate::analysis::sentences::split(text);
    let entities = crate::analysis::entities::extract(text, &sentences);
    for q in extract(text, &sentences, &entities) {
        let sp = q.speaker;
        let written = sp.start.zip(sp.end).map(|(s, e)| text[s..e].to_string());
        assert_ne!(written.as_deref(), Some("The treasurer hit"));
        assert_ne!(q.cue.map(|c| c.text).as_deref(), Some("cautious"));
    }
}

#[test]
fn a_subject_after_a_dashed_aside_reports_its_clause() {
    // The opener's aside closes with a dash, as with a comma; the name after it speaks.
    let text = "Inside the depot - which looks like a greenhouse - Tara Quinn said she and the \
                other drivers are trying to keep the buses running.";
    assert_eq!(speaker_of(text, "she and the"), Some("Tara Quinn".into()));
}
