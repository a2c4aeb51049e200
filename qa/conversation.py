"""Follow-up questions resolved from the conversation, without a language model.

Classic ellipsis and pronoun resolution over the previous turn:
  * a fragment swaps the slot it fills in the previous question:
      "What was the turnout in the 2017 regional elections?" + "And in 2013?"
        → "What was the turnout in the 2013 regional elections?"
      … + "What about the 2007 referendum?" → "What was the turnout in the 2007 referendum?"
      "How many governorships did the PSUV win in 2017?" + "And the opposition?"
        → "How many governorships did the opposition win in 2017?"
  * "How many did the opposition win?" takes what the previous question counted
    ("governorships"); "By how many votes?" asks about the previous question's event
  * a pronoun takes the previous answer's name ("he" → "Nicolás Maduro") or the previous
    question's subject, and the previous question's time is carried over when none is given.
    That holds for longer questions too when a pronoun has no name before it or a
    demonstrative points back ("Did anyone on the electoral council support him?", "Was
    anyone arrested over that?", "Who was heading the council at that time?"): see
    question.points_outside.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from .question import (AFTER_AUXILIARY, APOLOGY_WORDS, AUXILIARIES, AUXILIARIES_OR_MODALS, BARE_COUNT, CHAT_LEAD, NOD_WORDS,
                       CORRECTION, GREETING_LEAD, SENTENCE_BREAK, SUMMARY_ASKED, THANKS_WORDS, analyse, as_question,
                       COUNT, DATE, ENTITY, EVENT_NOUN, MONTH, PERCENT, PERSON, TIME,
                       LOCATIVE_THERE, MONTH_NAME, PERSON_NOUNS, QUESTION_WORD_ANYWHERE, REQUEST, NOUN_BEFORE, PLACE, POSSESSIVE_END, RIVAL, SOURCE_REF, WHO_IS_NAMED, YEAR, answer_type, as_who_is,
                       asks_who_is, is_acknowledgment, is_follow_up, points_outside, post_asked, question_entities)
from .extraction import ACRONYM, CAMPS, ORG_WORDS, PART_LABEL, START_ASKED
from .text import IRREGULAR_PAST, STOPWORDS, fold, stem

LEAD = re.compile(rf"^\s*(?:{CHAT_LEAD}|(?:and|but|also)\b[\s,.!]*)*(?:(?:what|how) about\s+|{CORRECTION}"
                  # the other side of a comparison named bare: "compared to Japan?", "versus the USA?"
                  # (a name or a year: not "compared with last time?", asked of the last question's own figure)
                  r"|(?:(?:as\s+)?compared\s+(?:to|with)|versus|vs\.?)\s+(?=(?:the\s+)?(?-i:[A-Z0-9]))"
                  # not a day named by its month ("compared to October 7?"): a time, not the other side ("July 2000" is)
                  rf"(?!(?-i:{MONTH_NAME})\b(?!\s+(?:1[89]|20)\d\d\b)))"
                  rf"|^\s*(?:{CHAT_LEAD}|(?:and|but|also)\b[\s,.!]*)+", re.I)
# an apology or a thank-you before a follow-up, no part of it: "Sorry, who won?", "thanks, and in
# 2004?" ("ok"/"so" stay: measured, stripping them answered two conversation turns wrongly); a
# greeting goes by question.GREETING_LEAD
FILLER_LEAD = re.compile(rf"^\s*(?:(?:{APOLOGY_WORDS}|{THANKS_WORDS}|great|cool|nice|perfect|got\s+it)\s*[,.!]+\s*)+", re.I)
CORRECTION_LEAD = re.compile(rf"^\s*{CHAT_LEAD}*{CORRECTION}", re.I)
WH = re.compile(r"^\s*(?:(?:by|in|on|at|for|from|to|with|since|until)\s+)?"
                r"(what|which|who|whom|whose|when|where|why|how|whether)(?:['’]?s)?\b", re.I)     # "By how many votes?", "whats"


# The noun a "which / what / how many / how much" question asks for, read in five ways, all by one
# pattern (asking_noun) and one bound of its words (noun_phrase): the question phrase, the noun
# phrase (the fewest words that will do), what follows it. The bounds differ where each use needs:
#   NOUN_ASKED       which|what|how many  ≤3 words, no auxiliary, a plural last (-s, "people"…)   before an auxiliary
#   PLURAL_ASKED     which|what, anywhere ≤3 words, a plural in -s last                         before an auxiliary but "is"
#   COUNTED          how many|much, anywhere  ≤4 words, any                                     before an auxiliary
#   COUNTED_SUBJECT  how many|much        ≤2 words, not "of"                                    before "was"/"has been"…
#   COUNTED_DOER     how many             ≤3 words, a plural last (-s, "people", not "children") before another verb
# (one bound for all would change what follow-ups resolve to: see each pattern's comment)
def asking_noun(opening: str, noun: str, then: str, anywhere: bool = False) -> str:
    """The pattern of a question phrase (`opening`: "which", "how many") asking for the noun phrase
    after it (group "noun", bounded by `noun`: noun_phrase), then `then`; at the question's start,
    or `anywhere` in it."""
    start = r"\b" if anywhere else r"^\W*"
    return rf"{start}(?:{opening})\s+(?P<noun>{noun})\s+{then}"


def noun_phrase(word: str, last: str, most: int) -> str:
    """The pattern of up to `most` words, each a `word` but the `last`, as few as will do: "states",
    "international observers" ("which international observers were…" asks for both words)."""
    return rf"(?:{word}\s+){{0,{most - 1}}}?{last}"


NOUN_WORD = r"[a-z][\w'’-]*"
NOT_AUXILIARY = rf"(?!(?:{AUXILIARIES})\b)"
BEFORE_AUXILIARY = rf"(?=(?:{AUXILIARIES})\b)"
# the plural noun a "which/how many" question asks for, before its auxiliary: "which companies did…",
# "how many houses were…", "how many people were…" (not "how much", not "how many did they…"): what
# a bare plural ("and the banks?", plural_asked_swapped) or "ones" (ones_named) takes the place of
NOUN_ASKED = re.compile(asking_noun(r"which|what|how\s+many", noun_phrase(
    NOT_AUXILIARY + NOUN_WORD, rf"{NOT_AUXILIARY}(?:{NOUN_WORD}s|people|men|women|children)", 3), BEFORE_AUXILIARY), re.I)
# the plural noun a question asks about ("Which officers were detained…"), anywhere in it, which
# "they", "them", "their" in the next question stand for; not "how many seats" (counted, not doing:
# "How many seats did the PSUV win?" + "how many did they lose?" is no "…did the seats lose").
# Its words are not NOUN_ASKED's, and neither reads every follow-up better: here a word may open with
# a quote ("Which 'yes' votes were annulled?" + "who counted them?": the 'yes' votes) or be an auxiliary
# ("What did the chavistas do?": "did the chavistas"), and the last ends in -s ("what percent of people
# was poor?": "they" are not the percent; nor, though, "which people were arrested?")
PLURAL_ASKED = re.compile(asking_noun(r"which|what", noun_phrase(r"[a-z'’-]+", r"[a-z'’-]+s", 3),
                                      r"(?=(?:were|was|did|do|does|had|have|has|are)\b)", anywhere=True)
                          # …or its plural subject: "What were the officers carrying?"
                          + r"|^\W*(?:what|which|how|why|when|where)\b[^?]*?\b(?:were|did|do|have|had|are)\s+the\s+"
                          r"(?P<subject>(?:[a-z'’-]+\s+)?[a-z'’-]+s)\b(?!['’])", re.I)
# what a count asks for, before its auxiliary, anywhere in the question: any noun of up to four words
# ("votes", "registered voters", "of the votes") or an amount ("how much oil"): the noun "how many did
# the opposition win?" takes (with_counted_noun), "the number of…" or "the amount of…" a pronoun stands
# for (figure_asked: "How much oil was produced in 2013?" + "why did it fall?": the amount of oil)
COUNTED = re.compile(asking_noun(r"how\s+(?:many|much)", noun_phrase(r"[\w'’-]+", r"[\w'’-]+?", 4), BEFORE_AUXILIARY,
                                 anywhere=True), re.I)
# a count whose noun is the subject of a passive or a state: "How many houses were short", "how many
# people were arrested on referendum day" (not "how many votes did Chávez get": its noun is an object);
# two words at most, not "of": "How many changes to the constitution was Chávez proposing?" counts an
# object ("Why?" would become "Why was changes to the constitution Chávez proposing?")
NOT_OF_WORD = rf"(?!of\b){NOUN_WORD}"
COUNTED_SUBJECT = re.compile(asking_noun(r"how\s+(?:many|much)", noun_phrase(NOT_OF_WORD, NOT_OF_WORD, 2),
                                         r"(?P<verb>(?:was|were|is|are)|(?:has|have|had)\s+been)\s+(?P<rest>\w.*)$"), re.I)
# a count whose noun does the verb after it: "how many international observers monitored the vote".
# Its words may be auxiliaries, unlike NOUN_ASKED's: "How many votes did Capriles get in 2013?" reads
# "votes did Capriles" + "get in 2013", and "who said that?" still names what was told ("Who said
# that 7,363,980 votes did Capriles get in 2013?", not "Who said that in 2013?"); and "children" is
# no plural here (as it was written: "How many children died?" + "who said that?" stays as asked)
COUNTED_DOER = re.compile(asking_noun(r"how\s+many", noun_phrase(NOUN_WORD, rf"(?:{NOUN_WORD}s|people|men|women)", 3),
                                      rf"(?P<rest>(?!(?:{AUXILIARIES_OR_MODALS})\b)[a-z].*)$"), re.I)

PREPOSITION = re.compile(r"^(?:(?:at|by|around)\s+the\s+time\s+of|in|for|of|during|on|at|from)\s+", re.I)
# words after a year that say when or how the reader asks, not which event ("2013 now", "2004 again")
WHEN_ASKED = r"(?:now|then|please|again|instead|too|also|only|though|anyway|thanks)\b"
NOT_EVENT_WORD = rf"(?!{WHEN_ASKED})"
EVENT = re.compile(r"(?:\bthe\s+)?(?:[A-Z][a-z]+\s+)?\b(?:1[89]\d\d|20\d\d)\b(?:\s+" + NOT_EVENT_WORD + r"[a-z]+){0,3}?"
                   r"(?=\s*[?,.;]|\s+(?:in|on|at|for|of|and|by|after|before|when|while|was|were|is|are|had|has|against)\b"
                   r"|\s+" + WHEN_ASKED + r"|\s*$)")
# how a question's time phrase opens: "in 2013", "during the 2007 referendum", "after the 2013 election"
TIME_OPENING = re.compile(r"(?:(?:at|by|around)\s+the\s+time\s+of|in|of|during|after|before|at)\s+", re.I)
TIME_PHRASE = re.compile(r"\b" + TIME_OPENING.pattern + r"(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:1[89]\d\d|20\d\d)\b"
                         r"(?:\s+" + NOT_EVENT_WORD + r"[a-z]+){0,3}?(?=\s*[?,.;]|\s+" + WHEN_ASKED + r"|\s*$)")
# the measure a question asks ("What was the unemployment rate in January 2008?"), which a
# fragment naming another measure replaces
MEASURES = (r"(?:rate|turnout|participation|abstention|inflation|unemployment|share|percentage|proportion|number|"
            r"total|margin|majority)")
MEASURE_NOUN = re.compile(rf"\b{MEASURES}\b", re.I)
MEASURE_SLOT = re.compile(r"^(?P<head>(?:what|which|how\s+high|how\s+low)\s+(?:was|is|were|are)\s+(?:the\s+)?)"
                          rf"(?P<measure>(?:[\w'’-]+\s+){{0,2}}?{MEASURES})"
                          r"(?:\s+of\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+?)??"          # the measure's own "of the vote"
                          r"(?P<rest>\s+(?:in|for|at|during|on)\b.*)$", re.I)
# the measure a question asks ("What was the turnout in…", "What was inflation like…"), which
# "it" stands for when the follow-up says how high it was or how it moved ("Why was it so high?",
# "what made it worse?"), and not when it is the event ("Who won it?")
ASKED_MEASURE = re.compile(rf"^\W*(?:what|which|how\s+high|how\s+low)\s+(?:was|is|were|are)\s+"
                           rf"((?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?{MEASURES}"
                           r"(?:\s+of\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+?)?)"      # its own "of voters", kept
                           r"(?=\s+(?:like|in|for|at|during|on|among|under|when|after|before)\b|\s*[?.!]*$)",   # the head:
                           re.I)                                                       # not "the majority party"
# "it" after a preposition is where or when ("who came out on top in it?"): the event, not the measure
AFTER_PREPOSITION = re.compile(r"\b(?:in|at|during|on|after|before|since|from|of)\s+$", re.I)
DEGREE = re.compile(r"\b(?:high|higher|highest|low|lower|lowest|worse|better|up|down|rise|rose|risen|fall|fell|fallen|"
                    r"drop|dropped|increased?|decreased?|grow|grew|grown|compared?)\b", re.I)
AUXILIARY_BEFORE = re.compile(rf"\b(?:{AUXILIARIES})\s+$", re.I)
# "What was the 2007 constitutional referendum?": the event is what is asked, no subject of a verb after it
ASKED_AS_WHAT = re.compile(r"\b(?:what|which|who)\s+(?:was|is|were|are)\s+$", re.I)
# a last word that ends the question, not the event's name ("What was the 2007 referendum about?")
NOT_NAME_END = re.compile(r"(?:about|like|for|over|with|from|to|known|called|named|held|fought|meant)", re.I)
PERSONAL = re.compile(r"\b(he|she|him|her|his|hers)\b", re.I)
# "this"/"that" standing alone ("over that?"); as a determiner ("that October election") the
# noun it goes with stays, and the previous question's time is added
SINGULAR_OTHER_PATTERN = r"\b(?:it|its)\b|\b(?:this|that)\b(?!\s+(?:[A-Z][a-z]+\s+)?[a-z])"
OTHER = re.compile(r"\b(?:they|them|their)\b|" + SINGULAR_OTHER_PATTERN, re.I)
SINGULAR_OTHER = re.compile(SINGULAR_OTHER_PATTERN, re.I)          # an event is never "they"
# "Why did that fail?" after a question about an event: "that" is the event; after a figure
# ("How did that compare with…?") it is the figure, which no phrase of the question names
THAT_AS_SUBJECT = re.compile(AFTER_AUXILIARY + r"(?:this|that)\b(?!\s+(?-i:[A-Z]))", re.I)   # not "that London paper"
# "and counting the referendum, how many times had he won?": a whole question after a lead-in
CLAUSE_THEN_QUESTION = re.compile(r",\s*(?:what|which|who|whom|whose|when|where|why|how)\b.{8,}"
                                  # …or after a time it opens with, unmarked: "in the 2007 referendum how many states did the no win"
                                  r"|^(?:in|during|for|at)\s+[^?,]*?\b(?:1[89]|20)\d\d\b[^?,]*?\s"
                                  r"(?:what|which|who|whom|whose|when|where|why|how)\s+\w+\s+\w+", re.I)
# a question about someone or something put first, then asked with a pronoun: "and Lula, what was
# his advice?", "and the foreign minister, who was that?", "Potro Alvarez, who's he?": the pronoun is
# the one put first, not the last question's person (a name, or "the" and a noun; not a time or a
# clause: "in 2007, who won?", "counting the referendum, how many…")
# (not a word said before the question, "Wow, what share did he get?", "Good, how many…")
SAID_BEFORE = (rf"{NOD_WORDS}|{APOLOGY_WORDS}|{THANKS_WORDS}|now|yes|yeah|yep|no|nope|well|wow|hm|indeed|exactly|"
               r"interesting|then|sure|so|alright|really|true|correct|anyway|also|still|next")
TOPIC_THEN_QUESTION = re.compile(rf"^(?!(?i:{SAID_BEFORE})\s*,)"
                                 r"(?P<topic>the\s+[a-z][\w'’-]*(?:\s+(?:[a-z][\w'’-]*|[A-ZÁÉÍÓÚÑ][\w'’.-]*)){0,3}"
                                 r"|[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w'’.-]*){0,2})"
                                 r"\s*,\s*(?P<asked>(?:what|which|who|whom|whose|when|where|why|how)\b.*)$")
TOPIC_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|it|its)\b|\b(?:that|this)\b(?!\s+(?:[A-Z][a-z]+\s+)?[a-z])", re.I)


def topic_put_first(fragment: str) -> str | None:
    """The question a fronted topic is asked of (TOPIC_THEN_QUESTION), its first pronoun the
    topic: "what was Lula's advice?", "who was the foreign minister?"; None for any other."""
    found = TOPIC_THEN_QUESTION.match(fragment)
    if not found:
        return None
    topic, asked = found.group("topic"), found.group("asked")
    pronoun = TOPIC_PRONOUN.search(asked)
    if pronoun is None:
        return None
    owner = pronoun.group(0).lower() in ("his", "its") or pronoun.group(0).lower() == "her" and \
        re.match(r"\s+[a-z]", asked[pronoun.end():]) is not None
    said = topic + ("'s" if owner else "")
    return asked[:pronoun.start()] + said + asked[pronoun.end():] + "?"


SUBJECT_AFTER_AUXILIARY = re.compile(rf"\b(?:{AUXILIARIES})\s+(the\s+[a-z][\w'’-]*)\s+(?!of\b)[a-z]+",
                                     re.I)
PLURAL = re.compile(r"\b(?:they|them|their)\b", re.I)
# the subject after the auxiliary, named by a common noun ("How high did oil get…", "What did the
# opposition do…"), which a bare noun fragment ("and poverty?", "and the government?") replaces
PLAIN_SUBJECT = re.compile(rf"\b(?:{AUXILIARIES})\s+(['‘\"“]?(?:the\s+)?['‘\"“]?(?!(?:it|he|she|they|there|this|that|you|i|we)\b)"
                           r"[a-z][\w'’-]*[\"”]?)\s+(?!of\b)[a-z]+", re.I)     # a side quoted: "the 'yes' vote"
# an article pointed back to ("that piece", "this article"): the one the last question named
ARTICLE_NOUNS = {"article", "piece", "blog", "report", "story", "column"}     # not "post": also a job
THAT_ARTICLE = re.compile(r"\b(?:that|this|the same)\s+(?:article|piece|blog|report|story|column)\b"
                          r"|\bthe\s+(?:article|piece|blog|story|column)\b(?=\W*$)", re.I)   # "who wrote the piece?": the one read
# a question word on its own: "Why?", "How come?", "When?"
# "why not?" (after "Did he accept the result?") asks why as "why?" does
BARE_WH = re.compile(r"(?P<wh>why|how|how come|when|where|how so)(?:\s+(?:exactly|precisely)|(?<=why)\s+not)?", re.I)
# the question phrase a previous question opens with, when nothing asked goes with it: "By how
# much", "When", "Where" ("How many votes did Maduro get?" keeps its "votes": not swapped)
ASKED_PHRASE = re.compile(r"^(?:(?:by|in|on|at|for|from|to|with)\s+)?(?:how\s+(?:many|much|long|far)|what|who|whom|when|where|"
                          rf"why|how)\s+(?=(?:{AUXILIARIES_OR_MODALS})\b)", re.I)
# a question whose question phrase is its subject: "which baseball player got attacked…", "who announced…"
ASKED_SUBJECT = re.compile(r"^(?:who|which(?:\s+[\w'’-]+){1,3}?)\s+(?=(?:got|was|were|is|are|had|has|\w+ed|\w+s|"
                           + "|".join(IRREGULAR_PAST) + r")\b)", re.I)
# "was it the same in 2017?", "is that different in 2013", "same in 2004?"
SAME_AGAIN = re.compile(r"^(?:(?:was|is|were|are|did)\s+(?:it|that|this|they|there)\s+)?(?:the\s+same|similar|any\s+different|"
                        r"different)\b.*?(?P<when>\b(?:in|for|during)\s+(?:the\s+)?\d{4}\b.*)$", re.I)
AUXILIARY_START = re.compile(rf"^\s*(?:{AUXILIARIES_OR_MODALS})\b", re.I)
# a question asking when something first, ever or originally happened: "When did he first win power?";
# the last question's year is no time of it (it took place before: "in 2007" would ask another event)
FIRST_TIME = re.compile(r"^\W*(?:and\s+)?(?:when|(?:in\s+)?(?:what|which)\s+year)\b.*\b(?:first|ever|originally|"
                        r"initially)\b", re.I)


def previous_turn(history: Sequence | None, searches: bool = False) -> tuple[str, str | None]:
    """(question as resolved, short answer) of the last turn. Items may be question strings,
    dicts in the JSON contract, or Answer objects (`searches`: see last_turn)."""
    item = last_turn(history, searches)
    return turn_question(item), (None if item is None else turn_field(item, "short_answer"))


def last_turn(history: Sequence | None, searches: bool = False):
    """The last turn a follow-up can be completed from: not an empty one, a thank-you, a
    fragment nothing completed, nor one that asked for more on the turn before. None when there
    is none. With `searches`, a search typed as a few words is one ("psuv 2017", searched_when):
    a question phrase alone asks of it (form_asked_of_topic); a fragment's slot it has none of
    ("and the other side?" is no "psuv 2017, the other side?")."""
    for item in reversed(list(history or [])):
        question = turn_question(item)
        if question.strip() and not is_acknowledgment(question) and not asked_more(item) \
                and (not unresolved_fragment(question) or searches and searched_when(question)):
            return item
    return None


def turn_question(item) -> str:
    """A turn's question as resolved ("" when it has none)."""
    if isinstance(item, str):
        return item
    question = turn_field(item, "resolved_question") or turn_field(item, "question")
    return question if isinstance(question, str) else ""


def turn_field(item, name: str):
    """A field of a turn given as a dict (the JSON contract) or an object (an Answer); None for
    a bare question string or a field it lacks."""
    if isinstance(item, str):
        return None
    return item.get(name) if isinstance(item, dict) else getattr(item, name, None)


def unresolved_fragment(question: str) -> bool:
    """A turn that was itself a fragment nothing completed ("And in 2013?" or "Why?" opening a
    conversation): it says nothing a later follow-up could be completed from."""
    if not is_follow_up(question):
        return False
    fragment = LEAD.sub("", question).strip().rstrip("?").strip()
    return not fragment or bool(BARE_WH.fullmatch(fragment)) or (
        len(fragment.split()) <= 4 and not WH.match(fragment) and not AUXILIARY_START.match(fragment))


def searched_when(question: str) -> bool:
    """A search of two words or more naming a year, typed to open a conversation ("psuv 2017",
    "2013 election turnout"); not a fragment ("And in 2013?", "in 2013", "2013")."""
    bare = question.strip().rstrip("?").strip()
    return len(bare.split()) >= 2 and bool(YEAR.search(bare)) and not PREPOSITION.match(bare) \
        and LEAD.sub("", bare) == bare and typed_as_search(bare)


def event_phrase(question: str) -> tuple[int, int] | None:
    """Where the question names its dated event ("the 2017 regional elections"). When the event
    is the subject of an auxiliary ("why did the 2007 referendum fail?"), the word after it is
    the verb, not part of the name; not when it is what is asked ("What was the 2007
    constitutional referendum?")."""
    m = EVENT.search(question)
    if m is None:
        return None
    start, end = m.span()
    words = m.group(0).split()
    if AUXILIARY_BEFORE.search(question[:start]) and not YEAR.fullmatch(words[-1]) \
            and not (ASKED_AS_WHAT.search(question[:start]) and not NOT_NAME_END.fullmatch(words[-1])):
        end = start + m.group(0).rindex(words[-1]) - 1
    return start, end


# an event of one year only (a recall, a lock-out), which another year does not have; not a
# referendum or an election, which Venezuela held in several, nor a coup (2002, and the attempt of 2013)
ONE_OFF_EVENT = re.compile(r"\b(?:recall|lock-?out)\b", re.I)


# "Maduro in 2013": a name, then when
NAME_AND_TIME = re.compile(r"^(?P<name>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+"
                           r"(?P<time>(?:in|of|during|for|at)\s+.*\b(?:1[89]\d\d|20\d\d)\b.*)$")


# a thing written in lower case with no article, possessive or preposition ("kidnappings", "food
# prices"), its last word not one the articles write as a name ("japan", "zulia"): after a
# question asking a measure it is the next thing measured, not a name to put in place of the
# question's country or person ("the US murder rate" + "what about kidnappings?")
COMMON_NOUN = re.compile(r"(?!the\b)[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?")


# a fragment about someone's someone: "and his rival?", "what about her deputy?"
HIS_OR_HER = re.compile(r"^(?:his|her)\s+([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)$", re.I)


# someone asked of as the other one of a two-way race ("and the other guy?" after Maduro's votes)
OTHER_ONE = re.compile(r"(?:the\s+)?other\s+(?:guy|one|candidate|man|woman|person|contender|fellow|chap|bloke)", re.I)
# a question ending on when its time was ("who was the head of the CNE then?"): a time given after it
# ("and the 2017 governor elections?") takes that place
THEN_END = re.compile(r"\s+(?:then|back\s+then|at\s+(?:that|the)\s+time)\W*$", re.I)


# a word typed in lower case
LOWER_WORD = re.compile(r"(?<![\w’'-])[^\W\d_A-Z][\w’'-]*")


def names_capitalised(text: str, is_name: Callable[[str], object]) -> str:
    """`text` with each lower-case word the articles write as a name (`is_name`: "maduro" →
    "Maduro"), but a function word ("no": "the NO"): a name with a time typed in lower case ("and
    maduro in 2013?") fills the name's slot of the question before it, which is found by its
    capitals, in either question (swap_fragment)."""
    def written(match: re.Match) -> str:
        word = match.group(0)
        name = None if fold(word) in STOPWORDS else is_name(word)
        return name if isinstance(name, str) else word
    return LOWER_WORD.sub(written, text) if text else text


CAMP_STEMS = CAMPS[0] | CAMPS[1]
# another kind of the things the last question asked of: "and national ones?", "the smaller ones?"
OTHER_KIND = re.compile(r"(?:the\s+)?([a-z][\w-]*)\s+ones", re.I)
# …and the word saying which kind it asked, before its plural noun ("how many international observers"),
# or none: the kind then goes before the noun ("How many observers was the referendum monitored by?" +
# "and international ones?"); neither word an auxiliary ("how many governorships has the PSUV won?" had
# become "how many opposition has the PSUV won?", "what is his party?" is no plural asked)
KIND_ASKED = re.compile(rf"\b(?:how\s+many|which|what)\s+(?:(?!(?:{AUXILIARIES})\b)([a-z][\w-]*)\s+)??"
                        rf"(?!(?:{AUXILIARIES})\b)([a-z][\w-]*s)\b(?!\s+(?:of|per)\b)", re.I)


# a bare plural common noun, with "the" or not ("and the banks?", "and shacks?", "what about governors?");
# not a singular in -s ("the press", "the census", "the crisis", "politics") nor a word of three letters ("yes")
PLURAL_FRAGMENT = re.compile(r"(?:the\s+)?(?P<noun>(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]{2,}s(?<!ss)(?<!us)(?<!is)(?<!ics)(?<!news))")


# a plural noun for people ("workers", "voters", "activists", "officials"): someone who acts or
# sides, which does not take the slot of a thing counted or asked for ("votes", "states")
PEOPLE_NOUN = re.compile(rf"{PERSON_NOUNS}|[a-z][\w'’-]*(?:ers|ors|ists|ians)", re.I)


def plural_asked_swapped(last: str, bare: str, is_name: Callable[[str], object] | None) -> str | None:
    """The last question with a bare plural noun fragment in place of the plural noun it asked for:
    "which companies did chavez nationalise?" + "and the banks?" asks "which banks did chavez
    nationalise?" (not "…did the banks nationalise?"); None for a name, a camp ("and the chavistas?"
    are who acts) or a question asking for no plural noun."""
    fragment, asked = PLURAL_FRAGMENT.fullmatch(bare), NOUN_ASKED.match(last)
    if fragment is None or asked is None:
        return None
    words = fragment.group("noun").split()
    if any(stem(fold(w)) in CAMP_STEMS or (is_name and isinstance(is_name(w), str)) for w in words):
        return None
    if PEOPLE_NOUN.fullmatch(words[-1]) and not PEOPLE_NOUN.fullmatch(asked.group("noun").split()[-1]):
        return None                 # "and the workers?" after "how many votes did chavez get?": who got them, not a count of workers
    return last[:asked.start("noun")] + fragment.group("noun") + last[asked.end("noun"):]


# a later time asked by a word alone: "and after that?", "afterwards?", "later?", "the next time?"
AFTER_THEN = re.compile(r"(?:after|later|afterwards?|after\s+(?:that|then)|(?:the\s+)?next(?:\s+(?:time|one))?)", re.I)


# a value before a change asked by a word alone: "how long was the presidential term to be?" + "and before?"
BEFORE_ALONE = re.compile(r"(?:before|earlier|previously|beforehand|originally|at\s+first)", re.I)


def before_the_change(last: str) -> str | None:
    """The last question asked of the value before the change it spoke of, in the words
    extraction.START_ASKED reads: "how long was the presidential term to be?" + "and before?" asks
    "how long was the presidential term to be before the change?" (not "how long was before term…").
    None after a dated question, whose "before" is an earlier time ("turnout in 2013?" + "and before?")."""
    if YEAR.search(last) or THEN_END.search(last) or START_ASKED.search(last):
        return None
    return f"{last.rstrip().rstrip('?').rstrip()} before the change?"


# an earlier time asked by a word alone: "and before?", "before that?", "earlier?"
BEFORE_THEN = re.compile(r"(?:before|earlier|previously|beforehand|before\s+(?:that|then)|prior\s+to\s+(?:that|then)|"
                         r"(?:the\s+)?(?:last|previous|time\s+before)(?:\s+(?:time|one))?)", re.I)
# a question of a change or of what was proposed, whose "before" is the value before it ("how long was
# the presidential term to be?"): before_the_change
CHANGE_ASKED = re.compile(r"\bto\s+be\b|\b(?:would|proposed?|proposals?|reforms?|chang(?:e|es|ed)|amend\w*|new|"
                          r"increased?|reduced?|extended?|cut)\b", re.I)


def before_that_time(fragment: str, last: str, year: str | None) -> str | None:
    """"and before?" after a question of a time asks the same of an earlier time: "what was the
    turnout in 2013?" → "what was the turnout before 2013?" (other_time). Not the same question
    again, which gave the same 78.71%, nor a "before" put in as its subject ("what was the before
    in 2004?"). None when the fragment asks no earlier time, or the last question asks of a
    change (before_the_change) or names no time to go before."""
    if not BEFORE_THEN.fullmatch(fragment.strip()) or CHANGE_ASKED.search(last) and not YEAR.search(last):
        return None
    return other_time("before", last, year)


def after_that_time(fragment: str, last: str, year: str | None) -> str | None:
    """"and after that?" after a question of a time asks the same of a later time: "what was the
    turnout in 2013?" → "what was the turnout after 2013?" (other_time; not "what was the after
    that in 2013?"). None when the fragment asks no later time."""
    return other_time("after", last, year) if AFTER_THEN.fullmatch(fragment.strip()) else None


def other_time(side: str, last: str, year: str | None) -> str | None:
    """The last question asked of the time `side` ("before", "after") its time phrase, or when it
    named no time, the year of the turn's answer (`year`, turn_year). A time it was "in" becomes
    its year alone ("what was the turnout in the 2017 elections?" → "…before 2017?": an earlier
    time, question.RELATIVE_YEAR; "before the 2017 elections" reads as their run-up); one it was
    "after" or "before" keeps its event ("what did the opposition do after the 2013 election?" →
    "…before the 2013 election?"). None when it already asks of that side or names no time."""
    time = TIME_PHRASE.search(last)
    if time:
        opening = TIME_OPENING.match(time.group(0))
        said = opening.group(0).strip().lower()
        if said == side:
            return None                              # already before (after) it: no other time told
        when = time.group(0)[opening.end():]
        if said in ("in", "of", "during"):
            when = YEAR.search(when).group(0)
        return f"{last[:time.start()]}{side} {when}{last[time.end():]}"
    if YEAR.search(last) or not year:
        return None
    return f"{last.strip().rstrip('?.').strip()} {side} {year}?"


# a past participle alone ("murdered", "arrested", "hurt"): what a passive question's subject underwent
DONE_FORM = re.compile(r"[a-z][a-z'’-]+ed|" + "|".join(IRREGULAR_PAST), re.I)
# the participle of a passive question: "how many people were kidnapped…", "how many were arrested…"
PASSIVE_DONE = re.compile(r"\b(?:was|were|been|got|get)\s+(" + DONE_FORM.pattern + r")\b", re.I)


def swap_fragment(last: str, fragment: str, short: str | None = None,
                  is_name: Callable[[str], object] | None = None) -> str:
    """Put a fragment ("in 2013", "the 2007 referendum", "the opposition") in its slot; a name
    with a time ("and Maduro in 2013?") fills both slots, the name's first. `is_name` tells a word
    the articles write as a name ("japan", "zulia" typed in lower case)."""
    bare = PREPOSITION.sub("", fragment).strip()
    if (side := OTHER_KIND.fullmatch(bare)) and stem(fold(side.group(1))) in CAMP_STEMS and question_entities(last):
        # a camp's ones are its own (extraction.CAMPS): "how many governorships has the PSUV won?" + "and
        # the opposition ones?" swaps the opposition in, not "opposition governorships"
        bare = fragment = f"the {side.group(1)}"
    elif (kind := OTHER_KIND.fullmatch(bare)) and (asked := KIND_ASKED.search(last)):
        # "how many international observers were there?" + "and national ones?": national observers
        if asked.group(1) is None or asked.group(1).lower() in ("more", "other", "different"):
            return last[:asked.start(2)] + kind.group(1) + " " + last[asked.start(2):]
        return last[:asked.start(1)] + kind.group(1) + last[asked.end(1):]
    if (undergone := PASSIVE_DONE.search(last)) and DONE_FORM.fullmatch(bare):
        # "how many people were kidnapped in caracas?" + "and murdered?": what else they underwent
        return last[:undergone.start(1)] + bare + last[undergone.end(1):]
    if BEFORE_ALONE.fullmatch(bare) and (changed := before_the_change(last)):
        return changed
    both = NAME_AND_TIME.match(bare)
    if not both and is_name and (both := NAME_AND_TIME.match(names_capitalised(bare, is_name))):
        last = names_capitalised(last, is_name)     # "and maduro in 2013?" after "how many votes did chavez get…"
    if both and question_entities(last):
        return swap_fragment(swap_fragment(last, both.group("name"), short), both.group("time"), short)
    new_years, old_years = YEAR.findall(bare), YEAR.findall(last)
    if YEAR.fullmatch(bare) and not old_years and not THEN_END.search(last):
        # "What percentage did Maduro get?" + "in 2013": the year the last question left unsaid
        return f"{last.rstrip().rstrip('?').rstrip()} {fragment.strip() if PREPOSITION.match(fragment) else 'in ' + bare}?"
    if new_years and old_years:
        event = event_phrase(last)
        if YEAR.fullmatch(bare) and event and ONE_OFF_EVENT.search(last[event[0]:event[1]]) \
                and not (AUXILIARY_BEFORE.search(last[:event[0]]) and not ASKED_AS_WHAT.search(last[:event[0]])):
            # "what was inflation like around the 2004 recall vote?" + "and 2017?": a recall is of
            # its year; 2017 had none, but what was so in 2017 is asked
            head = last[event[0]:event[1]].split()[-1]
            if OF_EVENT.fullmatch(head):          # "the 2004 recall result" + "and 2007?": the 2007 result
                return f"{last[:event[0]]}the {bare} {head}{last[event[1]:]}"
            before = re.sub(r"\b(?:in|during|at|of|for|on|around|to)\s+$", "", last[:event[0]])
            return f"{before}in {bare}{last[event[1]:]}"
        if YEAR.fullmatch(bare):      # "October 2017" → "2013": the month belonged to the old year
            return re.sub(rf"(?:{MONTH.pattern}\s+)?\b{old_years[0]}\b", bare, last, count=1, flags=re.I)
        if event:
            start = event[0]
            owner = re.search(r"\b[\w-]+['’]s\s+$", last[:start])
            if owner and bare.lower().startswith("the "):   # "Maduro's 2013 election" → "the 2017 governor elections"
                start = owner.start()
            kept = "" if owner else kept_head(last[event[0]:event[1]], bare)   # someone's victory is the event
            return last[:start] + bare + kept + last[event[1]:]
        return last.replace(old_years[0], new_years[0], 1)
    if new_years and THEN_END.search(last):      # "who was the head of the CNE then?" + "and the 2017 elections?"
        return THEN_END.sub(f" in {bare}?", last)
    if MEASURE_NOUN.search(bare) and new_years and not old_years and not MEASURE_SLOT.match(last):
        return f"What was {bare}?"              # "and inflation back at the time of the 2004 recall?" after
                                                # "how were the banks doing?": a question of its own
    if MEASURE_NOUN.search(bare) and not new_years:                  # "And inflation?", "And the turnout?"
        return with_measure(last, owned(re.sub(r"^the\s+", "", bare, flags=re.I), last, short))
    if (bare == fragment and COMMON_NOUN.fullmatch(bare) and MEASURE_SLOT.match(last)
            and not (is_name and is_name(bare.split()[-1]))):           # "caracas kidnappings": kidnappings
        return with_measure(last, bare)                              # "what about kidnappings?" after a rate
    if PART_LABEL.search(bare) and not PART_LABEL.search(last) and not new_years:
        # "and the second block?" after "What was the No vote in the December 2007 referendum?": the
        # part of that vote (not "What was the second block vote…", the side swapped out)
        event = event_phrase(last)
        if event:
            return last[:event[0]] + f"{bare} of " + last[event[0]:]
        return f"{last.rstrip().rstrip('?')} in {bare}?"
    if not new_years and (kind := plural_asked_swapped(last, bare, is_name)):
        return kind                             # "which companies…" + "and the banks?": which banks
    last = with_place_written(last, fragment, is_name)       # "who won in zulia in 2017?" + "and in miranda?"
    entities = question_entities(last)
    if entities and not new_years:
        target = placed_entity(fragment, last, entities) or entities[0]
        if bare.lower().startswith("the ") and re.search(rf"\bthe\s+{re.escape(target)}", last, re.I):
            target = re.search(rf"\bthe\s+{re.escape(target)}", last, re.I).group(0)
        head = re.search(rf"{re.escape(target)}\s+{re.escape(bare.split()[-1])}\b", last, re.I)
        if head and len(bare.split()) > 1:          # "the no side" for "the Yes side", not "the no side side"
            target = head.group(0)
        owner = HIS_OR_HER.match(bare)
        # "and his rival?" after "…did Nicolás Maduro get?": Maduro's rival; not after a who-question,
        # whose "his" is the answer's ("Who is the governor of Sucre?" + "and his party?": not Sucre's)
        if owner and target == entities[0] and not re.match(r"\W*who\b", last, re.I):
            bare = f"{target}’s {owner.group(1)}"
        elif OTHER_ONE.fullmatch(bare) and target == entities[0] and answer_type(last) in (COUNT, PERCENT):
            bare = f"{target}’s rival"                  # "and the other guy?" after a figure of a race: the one who
                                                        # ran against him (not after "What did Baduel ask for?")
        return last.replace(target, bare, 1)
    subject = plain_subject(last, bare)
    if subject and not new_years and len(bare.split()) <= 3:   # "How high did oil get?" + "and poverty?"
        return last[:subject[0]] + bare + last[subject[1]:]
    thing = the_thing_asked(last) if not new_years and THE_NOUN.fullmatch(bare) else None
    if thing:                                   # "what would it have done to the working week in the
        return last[:thing[0]] + bare + last[thing[1]:]     # 2007 reform?" + "and the presidential term?"
    return f"{last.rstrip('?')}, {bare}?"


def with_place_written(last: str, fragment: str, is_name: Callable[[str], object] | None) -> str:
    """The last question with its names capitalised (names_capitalised) when a fragment with a
    preposition ("and in miranda?") takes the place of one it typed in lower case after the same
    preposition ("who won in zulia in 2017?"): names are found by their capitals, and without them
    the fragment was tacked on ("who won in zulia in 2017, miranda?"). As it is otherwise."""
    if not is_name or not PREPOSITION.match(fragment) or question_entities(last):
        return last
    written = names_capitalised(last, is_name)
    return written if placed_entity(fragment, written, question_entities(written)) else last


def placed_entity(fragment: str, last: str, entities: list[str]) -> str | None:
    """The name of the last question a fragment with a preposition takes the place of: the one
    after the same preposition ("and in Toronto?" after "…rallied outside Bolivar Hall in London…":
    London; "and in Zulia?" after "How many votes did Capriles get in Miranda…": Miranda, not
    Capriles). None when the fragment has no preposition or the last question none before a name."""
    preposition = PREPOSITION.match(fragment)
    if preposition is None:
        return None
    word = preposition.group(0).strip()
    for e in entities:                     # with its "the" ("in the Capital District" → "in Zulia")
        found = re.search(rf"\b{word}\s+((?:the\s+)?{re.escape(e)})\b", last, re.I)
        if found:
            return found.group(1)
    return None


# a noun phrase with "the" of up to three words, none a preposition, conjunction or auxiliary
THE_NOUN = re.compile(r"\bthe(?:\s+(?!(?:in|of|on|at|to|for|from|by|with|during|after|before|and|or|but|was|were|is|are|"
                      r"did|do|does|has|have|had|that|which|who)\b)[a-z][\w'’-]*){1,3}", re.I)


def the_thing_asked(last: str) -> tuple[int, int] | None:
    """Where the last question's one noun phrase with "the" that is not its event is ("the
    working week" of "…done to the working week in the 2007 reform?"); None for none or several."""
    event = event_phrase(last)
    things = [m.span() for m in THE_NOUN.finditer(last) if not (event and m.start() < event[1] and event[0] < m.end())
              and not WHEN_OR_WHERE_BEFORE.search(last[:m.start()])]
    return things[0] if len(things) == 1 else None


# a preposition that makes what follows a time or a place ("killed during the coup"), no thing asked of
WHEN_OR_WHERE_BEFORE = re.compile(r"\b(?:during|after|before|since|until|in|at|on|from|by|outside|inside|near)\s+$", re.I)


# who tells, not who acts: "What does the article say about oil prices?" + "and poverty?" is not
# "What does poverty say…"
SOURCE_NOUNS = ARTICLE_NOUNS | {"author", "writer", "blogger", "reporter", "journalist"}
# a verb after the auxiliary, not a subject: "How many people were killed…", "Who was leading…"
VERB_FORM = re.compile(r"[a-z'’-]+(?:ed|ing)|" + "|".join(IRREGULAR_PAST), re.I)


def plain_subject(last: str, fragment: str) -> tuple[int, int] | None:
    """Where the last question's plain subject is (PLAIN_SUBJECT), which the fragment replaces;
    None when the word after the auxiliary is a verb ("were killed during the coup" + "and the
    army?") or the source the question reads ("the article") and the fragment names none. The
    subject runs on over the next word when the fragment ends with it: "oil prices" for "food
    prices", not "food prices prices"."""
    found = PLAIN_SUBJECT.search(last)
    if found is None:
        return None
    subject = found.group(1)
    if VERB_FORM.fullmatch(subject):
        return None
    if subject.split()[-1].lower() in SOURCE_NOUNS and fragment.split()[-1].lower() not in SOURCE_NOUNS:
        return None
    end = found.end(1)
    head = re.match(rf"\s+{re.escape(fragment.split()[-1])}\b", last[end:], re.I) if len(fragment.split()) > 1 else None
    return found.start(1), end + (head.end() if head else 0)


# what a dated phrase may ask of its event ("the 2013 result", "the 2013 turnout")
OF_EVENT = re.compile(rf"(?:results?|outcomes?|figures?|count|{MEASURES})", re.I)


def kept_head(old_event: str, new_event: str) -> str:
    """What the old dated phrase said of its event, when the new one names only an event: "the
    2013 result" corrected to "the 2007 referendum" asks for "the 2007 referendum result". Only a
    result or a measure is kept: "the 2007 defeat" is itself the event, and "the 2002 coup" takes
    its place, not "the 2002 coup defeat"."""
    old_words = old_event.split()
    after_year = [w for w in old_words[next((i for i, w in enumerate(old_words) if YEAR.fullmatch(w)), len(old_words)):][1:]]
    if (after_year and OF_EVENT.fullmatch(after_year[-1])
            and EVENT_NOUN.fullmatch(new_event.split()[-1])):
        return " " + " ".join(after_year)
    return ""


def owned(measure: str, last: str, short: str | None) -> str:
    """"his share of the vote" after "How many votes did Maduro get?": "Maduro's share of the
    vote" (his/her: the last answer's name or the last question's first; its/their: its subject)."""
    found = re.match(r"(his|her|its|their)\s+", measure, re.I)
    if not found:
        return measure
    entities = names_of(last)
    if found.group(1).lower() in ("his", "her"):
        owner = short if short and short[:1].isupper() else (entities[0] if entities else "")
    else:
        subject = SUBJECT_AFTER_AUXILIARY.search(last)
        owner = subject.group(1) if subject else (entities[0] if entities else "")
    return f"{owner}'s {measure[found.end():]}" if owner else measure[found.end():]


def with_measure(last: str, measure: str) -> str:
    """The previous question asked of another measure: in its slot ("What was the unemployment
    rate in January 2008?" + "inflation"), or asked anew at the previous question's time."""
    slot = MEASURE_SLOT.match(last)
    if slot:
        head = slot.group("head")
        if measure[:1].isupper():                     # "Capriles's share": no "the" before a name
            head = re.sub(r"the\s+$", "", head, flags=re.I)
        return head + measure + slot.group("rest")
    time = TIME_PHRASE.search(last)
    event = event_phrase(last)
    when = time.group(0) if time else (f"in {last[event[0]:event[1]]}" if event else "")
    the = "" if measure[:1].isupper() or measure.lower().startswith("the ") else "the "
    return f"What was {the}{measure} {when}".rstrip() + "?"


def with_counted_noun(question: str, last: str) -> str:
    """'How many did the opposition win?' after 'How many governorships did the PSUV win…?'
    → 'How many governorships did the opposition win?'; "which ones did the opposition take?"
    after "How many states did Maduro win…?" → "which states did the opposition take?" (ones_named)."""
    question = ones_named(question, last)
    counted = COUNTED.search(last)
    if counted is None:
        return question
    return BARE_COUNT.sub(lambda m: f"{m.group(1)} {counted.group('noun')} ", question, count=1)


# "which ones", "what ones": the things of the last question, named by "ones" alone
ONES_ASKED = re.compile(r"\b(which|what)\s+ones\b", re.I)


def ones_named(question: str, last: str) -> str:
    """"which ones …?" after a question that counted or asked for a plural noun ("How many states
    did Maduro win in 2013?", "which companies did…") asks for those things ("which states …"):
    "ones" names nothing a retrieval can find. "which ones?" alone asks the last question of them
    ("which states did Maduro win in 2013?"). As it is when the last question asked for none."""
    ones = ONES_ASKED.search(question)
    asked = NOUN_ASKED.match(last) if ones else None
    if asked is None:
        return question
    phrase = f"{ones.group(1)} {asked.group('noun')}"
    if not LEAD.sub("", question[:ones.start()]).strip() and not question[ones.end():].strip(" ?.!"):
        return f"{phrase}{last[asked.end('noun'):].rstrip()}"
    return question[:ones.start()] + phrase + question[ones.end():]


# the place or occasion a question puts after "at": "at Maduro's closing rally", "at the polling
# stations"; not a time or an amount ("at what time", "at 3 am", "at around noon", "at least"), "at
# fault", nor the "at" of a verb ("looked at the results"); it ends before another preposition.
# Each word is matched possessively (++): a long word with no ending after it fails at once.
AT_PLACE = re.compile(r"(?<!\blook )(?<!\blooks )(?<!\blooked )(?<!\blooking )(?<!\baim )(?<!\baimed )(?<!\bpoint )"
                      r"(?<!\bpointed )\bat\s+(?!(?:what|which|least|most|all|first|last|that|this|the\s+time|around|about|"
                      r"noon|midnight|night|dawn|fault|the\s+(?:end|start|beginning))\b|\d)"
                      r"((?:(?!(?:in|on|during|after|before|for|with|to|by|from|when|while|and|or)\b)[\w’'-]++\s*){1,5})"
                      r"(?=[?.!,;]|\s+(?:in|on|during|after|before|for|with|to|by|from|when|while|and|or)\b|$)", re.I)


# a place named again: "what did Maduro get in that state?"
THAT_PLACE = re.compile(r"\b(?:in|at)\s+(?:that|this|the\s+same)\s+(?:state|city|town|region|province|country|place|area)\b", re.I)


def named_place(last: str, short: str | None, entities: list[str]) -> str:
    """Where "there" points, with its preposition: the last answer when it answered "where",
    else the place the last question put after "in", else the place or occasion it put after
    "at" ("Was anyone hurt there?" after "…the PDVSA worker at Maduro's closing rally?"), else
    its first name that owns nothing ("why is Bolivar important?"; not "Maduro's rally")."""
    if short and answer_type(last) == PLACE:
        return f"in {short}"
    after_in = re.search(r"\bin\s+([A-ZÁÉÍÓÚÑ][\w’'-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w’'-]*)*)", last)
    if after_in:
        return f"in {after_in.group(1)}"
    after_at = AT_PLACE.search(last)
    if after_at:
        return f"at {after_at.group(1).strip()}"
    place = next((e for e in entities if not re.search(rf"\b{re.escape(e)}['’]s?(?!\w)", last)), "")
    return f"in {place}" if place else ""      # not an owner: "Maduro's closing rally" is no place


def named_person(entities: list[str]) -> str:
    """The first name of the previous question that may be a person's: not an acronym, which
    names an organisation ("According to the CWI, why did Chávez lose…?": he is Chávez)."""
    return next((e for e in entities if not e.replace(".", "").isupper()), "")


def names_of(question: str) -> list[str]:
    """The question's names without a possessive ending: "he" after "Why did so many of
    Chávez's own supporters stay home?" is Chávez, not "Chávez's". Not one named as whose rival
    is asked: "he" after "how many votes did Maduro's rival get?" is not Maduro."""
    rivalled = {m.group(1) for m in RIVAL.finditer(question)}
    names = [POSSESSIVE_END.sub("", e) for e in question_entities(question)]
    return [n for n in names if n.split()[-1] not in rivalled]



def as_written(text: str, is_name: Callable[[str], object] | None) -> str:
    """`text` with the words the articles write as names capitalised (names_capitalised), for
    finding what a pronoun stands for: chat is typed in lower case, and names are found by their
    capitals. Only the search reads it so: the question asked keeps its own words."""
    return names_capitalised(text, is_name) if is_name else text


# where a name typed in lower case is someone or something a later pronoun stands for: the subject
# after an auxiliary ("what did chavez promise…?", "what did the psuv win?"), the one asked who or what
# they are ("who is jim mcilroy?", a given name the articles write too seldom left as typed) or what
# happened to; not a word describing an event ("the 2013 venezuelan presidential election")
REFERRED_BEFORE = re.compile(rf"(?:\b(?:{AUXILIARIES})\s+(?:the\s+)?|\bhappened\s+to\s+"
                             r"|^\W*(?:who|what)\s+(?:is|was)\s+(?:the\s+)?(?:(?!the\b)[a-z][\w’'-]*\s+)?)$", re.I)
# a name after a preposition of place or time, no one a pronoun stands for ("in caracas", "from 23 de enero")
PLACE_BEFORE = re.compile(r"\b(?:in|at|from|of|on|during|near|outside|across|around|throughout)\s+(?:the\s+)?$", re.I)


def referred_names(question: str, last: str, is_name: Callable[[str], object] | None) -> list[str]:
    """The name of the previous question typed in lower case that a pronoun of `question` stands
    for (REFERRED_BEFORE), as the articles write it: "did he?" after "what did chavez promise…?" is
    "did Chávez?". None when the previous question names any with capitals, or two that may be
    people ("what did capriles offer maduro?" + "what did he say back?": either), or the question
    names someone before its pronoun itself ("what had chavez promised if he lost?": points_outside)."""
    written = as_written(last, is_name)
    if not is_name or names_of(last) or not points_outside(as_written(question, is_name)):
        return []
    people = [(n, written[:written.find(n)]) for n in names_of(written)]
    people = [(n, before) for n, before in people if not PLACE_BEFORE.search(before)]
    return [people[0][0]] if len(people) == 1 and REFERRED_BEFORE.search(people[0][1]) else []


# "who is Jim McIlroy?", "who is jim McIlroy?" (as_written): a who-is question of someone named, whose
# answer describes them
WHO_IS_SOMEONE = re.compile(r"^\W*(?i:who)\s+(?i:is|was)\s+(?:(?!(?i:the|a|an|this|that|he|she|it|there)\b)[a-z][\w’'-]*\s+)?"
                            r"[A-ZÁÉÍÓÚÑ][\w’'.-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w’'.-]*)*\s*\??$")


def answered_person(written: str, short: str | None) -> bool:
    """Whether the previous answer (`short`) is the person "he" stands for: a name answering "who"
    (`written`: the previous question, as_written); not the description a who-is question of
    someone named is answered with ("who is jim mcilroy?": "Australia-Venezuela Solidarity Network";
    "he" is McIlroy)."""
    return bool(short and short[:1].isupper() and answer_type(written) == PERSON and not WHO_IS_SOMEONE.match(written))


def named_thing(entities: list[str], typed: bool, written: str) -> str:
    """What "it"/"they" stands for when the previous question (`written`, as_written) names no
    event: its first name; one typed in lower case (not `typed`) only when it names a body, with
    its "the" ("what did the psuv win?" + "what did it promise?": "the PSUV"), not a person ("what
    was chavez's reform?" + "why did it fail?": not Chávez)."""
    if not entities or not (typed or is_a_body(entities[0])):
        return ""
    the = None if typed else re.search(rf"\bthe\s+{re.escape(entities[0])}\b", written)
    return the.group(0) if the else entities[0]


# a question whether there was something: "Was there a coup attempt after Maduro's win?" ("who
# stopped it?": the coup attempt, not Maduro)
EXISTENTIAL = re.compile(r"^\W*(?:was|were|is|are|has|have|had)\s+there\s+(?:ever\s+)?(?:been\s+)?(?:a|an|any)\s+"
                         r"((?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*?)(?=\s+(?:after|before|in|on|at|during|around|when|"
                         r"against|of|over|since|by|to)\b|\s*[?.!]|\s*$)", re.I)


def replace_pronouns(question: str, last: str, short: str | None, dated: str = "", placed: str = "",
                     is_name: Callable[[str], object] | None = None) -> str:
    """'he'/'his' → the previous answer's name when it answered "who", else the previous
    question's person; 'it'/'they' → the previous question's subject; "there" → the place the
    previous question names or answered, else `placed`, the latest earlier answer of a "where"
    (placed_turn). The time goes last from the previous question, or when it names none from
    `dated`, the latest earlier turn that does (dated_turn). The previous question's names are
    read as the articles write them (`is_name`: as_written), the question left as typed."""
    written = as_written(last, is_name)
    typed = names_of(last)
    entities = typed or referred_names(question, last, is_name)
    person = short if answered_person(written, short) else named_person(entities)
    event = event_phrase(last)
    asked_if_any = EXISTENTIAL.match(last)
    thing = last[event[0]:event[1]] if event else f"the {asked_if_any.group(1)}" if asked_if_any else \
        named_thing(entities, bool(typed), written)
    if YEAR.fullmatch(thing):                        # "in 2017" is when, not what
        the_entity = next((m.group(0) for e in entities if (m := re.search(rf"\bthe\s+{re.escape(e)}", written))), None)
        subject = SUBJECT_AFTER_AUXILIARY.search(last)
        # "it" is the PSUV ("the PSUV"), the opposition ("did the opposition do…"); not Chávez of
        # "What did Chávez propose in 2007?" (a person): then "it" stays and the time is added
        thing = the_entity or (subject.group(1) if subject else "")

    def sub(pattern, referent, text):
        if not referent:
            return text
        return pattern.sub(lambda m: referent + ("'s" if m.group(0).lower() in ("his", "its", "their") else ""),
                           text, count=1)

    resolved = the_same_thing(sub(PERSONAL, person, question), last)
    place = named_place(last, short, typed) or placed
    if place:                                       # "who won the governorship there?" after "why is Bolivar important?"
        resolved = THAT_PLACE.sub(place, LOCATIVE_THERE.sub(place, resolved, count=1), count=1)
    asked = PLURAL_ASKED.search(last)
    if asked:                                       # "Which officers were detained…?" + "What were they carrying?"
        noun = asked.group("noun") or asked.group("subject")
        resolved = PLURAL.sub(lambda m: f"the {noun}" + ("'" if m.group(0).lower() == "their" else ""),
                              resolved, count=1)
    measure = ASKED_MEASURE.match(last)
    it = SINGULAR_OTHER.search(resolved)
    figure = measure.group(1) if measure else figure_asked(last) if (
        FIGURE_MOVED.search(resolved) and it and it.group(0).lower() != "its"
        and not DID_WELL.search(resolved)) else None
    if figure and it and DEGREE.search(resolved) and not AFTER_PREPOSITION.search(resolved[:it.start()]):
        resolved = sub(SINGULAR_OTHER, figure, resolved)   # "Why was it so high?" after "What was the turnout in 2017?"
    elif measure and DEGREE.search(resolved) and THAT_AS_SUBJECT.search(resolved):
        # "How does that compare with 2017?" after "What was the turnout in the 2013 election?":
        # the figure is the measure at the last question's time, said with it when the question
        # names another time (else the time goes last, below: "is the turnout high in 2017?")
        time = TIME_PHRASE.search(last) if YEAR.search(resolved) else None
        resolved = sub(THAT_AS_SUBJECT, measure.group(1) + (f" {time.group(0)}" if time else ""), resolved)
    if short and answer_type(last) == PERSON and is_a_body(short) and not asked and BODY_AS_DOER.search(resolved):
        resolved = sub(BODY_AS_DOER, short, resolved)   # "How many states did they win?" after "Who won the
                                                        # 2017 governor elections?" (the PSUV): a body is "they"
    if YEAR.search(thing) and (doer := doer_of_last(last, event)):
        resolved = IT_AS_DOER.sub(lambda m: m.group(1) + doer, resolved, count=1)  # "how many states did it lose?" after "…did the psuv win in
                                                    # the 2017 elections?": the PSUV lost them, not the elections
    if YEAR.search(thing):                          # an event is no "they" ("who spoke to them" after
        resolved = sub(SINGULAR_OTHER, thing, resolved)   # "what happened at Miraflores in 2007"); the
        subject = SUBJECT_AFTER_AUXILIARY.search(last)    # subject asked about may be ("what is the
        plural = PLURAL.search(resolved)                  # opposition coalition called…": them), unless
        if subject and not asked and plural and not NOUN_BEFORE.search(resolved[:plural.start()]):   # the question
            resolved = PLURAL.sub(lambda m: subject.group(1) + ("'s" if m.group(0).lower() == "their" else ""),
                                  resolved, count=1)                                                  # names it
    else:
        resolved = sub(OTHER, thing, resolved)
    if not short:
        resolved = sub(THAT_AS_SUBJECT, thing, resolved)
    timed, event = (last, event) if event else (dated, event_phrase(dated) if dated else None)
    if not YEAR.search(resolved) and event and not about_someone_new(question, last, short) \
            and not FIRST_TIME.match(question):
        return with_time(resolved, timed, timed[event[0]:event[1]])
    return resolved


# "it" doing what a verb says ("did it lose", "has it won"), not what an event does ("did it take place",
# "when did it happen", "did it pass")
IT_AS_DOER = re.compile(r"\b((?:did|does|do|has|have|had|will|would|can|could)\s+)it\b"
                        r"(?!\s+(?:take|taken|took|happen\w*|occur\w*|end\w*|start\w*|begin|began|last\w*|go|went|gone|"
                        r"pass\w*|fail\w*|come|came|turn\s+out)\b)", re.I)


def doer_of_last(last: str, event: tuple[int, int] | None) -> str:
    """The subject after the last question's auxiliary, named with "the" ("the psuv" of "how many
    governorships did the psuv win in the 2017 regional elections?"): who "it" is when it does
    something ("how many states did it lose?"), where the event would have taken its place. ""
    when the last question has none, or its subject is the event itself."""
    subject = SUBJECT_AFTER_AUXILIARY.search(last)
    if subject is None or event and subject.start(1) < event[1] and event[0] < subject.end(1) \
            or not re.match(r"(?:did|does|do|has|have|had)\b", subject.group(0), re.I):
        return ""                                   # "What was the majority party…": no doer, a thing asked
    return subject.group(1)


# the body as the doer: "did they win", "do they have", "their share"; not "them" ("who disputed them?",
# "how many voted in them?": the elections) nor "were they held"/"were they fair" (the elections, results)
BODY_AS_DOER = re.compile(r"(?:(?<=\bdo\s)|(?<=\bdid\s)|(?<=\bdoes\s)|(?<=\bhave\s)|(?<=\bhas\s)|(?<=\bhad\s)|(?<=\bwill\s)|"
                          r"(?<=\bwould\s)|(?<=\bcan\s)|(?<=\bcould\s))they\b|\btheir\b", re.I)


def is_a_body(name: str) -> bool:
    """A party, council or other body ("PSUV", "the National Electoral Council"), which a reader
    calls "they"; not a person, whom one does not."""
    return bool(ACRONYM.fullmatch(name)) or any(fold(w) in ORG_WORDS for w in name.split())


# how high a figure not named as a measure was or how it moved ("why did it grow?", "why did it go
# up?"; not "how was it set up?")
FIGURE_MOVED = re.compile(r"\b(?:high|higher|highest|low|lower|lowest|worse|better|rise|rose|risen|fall|fell|fallen|"
                          r"drop|dropped|increased?|decreased?|grow|grew|grown)\b|"
                          r"\b(?:go|goes|went|gone|going|come|came|move[sd]?|shot|jump(?:ed)?)\s+(?:up|down)\b"
                          r"(?!\s+(?:with|to\s+defeat)\b)", re.I)     # not "came up with it", "went down to defeat"
# how well someone did ("did it do better?", "why did it fare worse?"): the party, not its figure
DID_WELL = re.compile(r"\b(?:do|does|did|done|doing|fared?|fares|faring|perform(?:s|ed|ing)?)(?:\s+(?:much|any|no|even|far))?\s+"
                      r"(?:better|worse|well|badly)\b", re.I)
# a measure named before its verb ("What inflation rate was Venezuela facing…?")
MEASURE_FIRST = re.compile(rf"^\W*(?:what|which)\s+((?:[\w'’-]+\s+){{0,2}}?{MEASURES})\s+(?:{AUXILIARIES})\b", re.I)


def figure_asked(last: str) -> str | None:
    """The figure a question asks that a pronoun with a degree points back to, where ASKED_MEASURE
    finds none: "the inflation rate" of "What inflation rate was Venezuela facing…?" ("what made it
    worse?"), "the number of voters" of "How many voters were registered…?" ("why did it grow?")."""
    first = MEASURE_FIRST.match(last)
    if first:
        return f"the {first.group(1)}"
    counted = COUNTED.search(last)
    if counted and counted.start() == len(last) - len(last.lstrip(" ¿\"'“")):
        much = re.match(r"\W*how\s+much\b", last[counted.start():], re.I)
        return f"the {'amount' if much else 'number'} of {counted.group('noun')}"
    return None


# "that rally", "this worker": a thing the last question named, pointed back to by its noun
THAT_NOUN = re.compile(r"\b(?:that|this)\s+(?!(?:the|a|an)\b)([a-z][a-z-]+)\b(?!\s+(?:of|who|which|that)\b)")
# …but not a time ("that day", "this time": with_time's), nor a phrase of the last question that runs over
# a preposition ("…of Miranda in the first time") or on past the noun ("the state of Bolivar", "the
# governor Rangel": "that governor" is Rangel)
POINTED_TIMES = {"day", "days", "night", "time", "times", "year", "years", "week", "month", "morning", "evening",
                 "afternoon", "moment", "point", "period"}
PHRASE_BREAKS = {"in", "on", "at", "of", "to", "the", "a", "an", "for", "by", "from", "with", "and", "or", "that", "this"}


def the_same_thing(question: str, last: str) -> str:
    """"When was that rally?" after "…at Maduro's closing rally in the 2013 campaign?": the last
    question's noun phrase with that noun ("Maduro's closing rally"), not the rally of the event
    ("the 2013 campaign rally", which no article names) or "that" as the event."""
    pointed = THAT_NOUN.search(question)
    if pointed is None:
        return question
    noun = pointed.group(1)
    if noun in POINTED_TIMES:
        return question
    named = re.search(rf"\b(?:the|a|an|at|of|to|in|on|for|by|from|with)\s+((?!(?:the|a|an)\s)(?:[\w'’-]+\s+){{0,2}}?{re.escape(noun)})\b(?!['’-])",
                      last, re.I)
    if named is None or YEAR.search(named.group(1)):
        return question                                   # (a dated event: with_time puts its year)
    if set(named.group(1).lower().split()[:-1]) & PHRASE_BREAKS or re.match(r"\s+(?:of\b|[A-Z])", last[named.end():]):
        return question
    phrase = named.group(1)
    if not re.match(r"[\w-]+['’]s?\s", phrase):
        phrase = f"the {phrase}"                          # "the PDVSA worker"; "Maduro's closing rally"
    return question[:pointed.start()] + phrase + question[pointed.end():]


def placed_turn(history: Sequence | None) -> str:
    """Where the conversation is, as "in <place>": the latest turn that answered a "where"
    ("" if none). "Who was the governor there?" after "Which state did the opposition take?"
    and a "why does that matter?" between them asks of that state."""
    between = None                                      # the latest turn that named its own event
    for item in reversed(list(history or [])):
        short = turn_field(item, "short_answer")
        question = turn_question(item)
        if isinstance(short, str) and short and answer_type(question) == PLACE:
            if between is None or turn_year(between) in (None, turn_year(item)):
                return f"in {short}"                    # "What was the yes vote in 2007?" after "Where were the
            event = event_phrase(turn_question(between))   # polling stations harassed?" (2007): still there
            # a turn between named another event ("Who won the 2007 referendum?" after Miranda of
            # 2013): "there" points to that event, no longer to the place before
            return f"in {turn_question(between)[event[0]:event[1]]}" if event else ""
        if between is None and (event_phrase(question) or YEAR.search(question)):
            between = item
    return ""


def turn_year(item) -> str | None:
    """The year a turn is about: the one its question names, else its first citation's."""
    found = YEAR.search(turn_question(item))
    return found.group(0) if found else cited_year(item)


def cited_year(item) -> str | None:
    """The year of the article a turn's answer cited first (None without one)."""
    citations = turn_field(item, "citations") or []
    date = turn_field(citations[0], "date") if citations else None
    found = YEAR.search(date if isinstance(date, str) else "")
    return found.group(0) if found else None


# a follow-up pointing back at the aside's time ("when was that?", "what was his share then?",
# "how much did it recover since then?"): asked of the aside, not of the turn before it
ASIDE_POINTED_AT = re.compile(r"^\W*when\b|\b(?:then|that\s+year|that\s+time)\b", re.I)


def before_the_aside(history: Sequence | None) -> str:
    """The question of the turn before the last (as resolved), when the last was an aside about
    another year ("and in 2012?") that was answered from that turn's own article ("…won 18 of 23
    governorships (compared to the 20 it won in the 2012 elections)"): the conversation is still
    about that turn's election, and a question naming no time next ("what was the turnout this
    time?") asks of it, not of 2012, of which the articles tell nothing else. So too after an aside
    asking an earlier time ("and last time?", before_that_time). "" otherwise."""
    items = [item for item in (history or []) if turn_question(item)]
    if len(items) < 2:
        return ""
    aside, before = items[-1], items[-2]
    asked = turn_field(aside, "question")
    fragment = PREPOSITION.sub("", LEAD.sub("", asked if isinstance(asked, str) else "").strip().rstrip("?").strip())
    if any(other(fragment, turn_question(before), turn_year(before)) for other in (before_that_time, after_that_time)):
        main = turn_question(before)              # "and last time?" asked of an earlier time: no longer the
        year = turn_year(before)                  # conversation's ("what was the turnout?" next is of the main turn)
        return main if YEAR.search(main) or not year else f"{main.strip().rstrip('?')} in {year}?"
    if not YEAR.fullmatch(fragment.strip()):
        return ""
    cited = cited_year(aside)
    if not cited or cited == fragment.strip() or cited != turn_year(before):
        return ""
    main = turn_question(before)                  # (its year said, when only its article's date gave it)
    return main if YEAR.search(main) else f"{main.strip().rstrip('?')} in {cited}?"


def dated_turn(history: Sequence | None) -> str:
    """The latest turn's question (as resolved) that names a dated event ("" if none): the time
    a conversation is about when its last question named none ("What was the turnout?" after
    "What happened in the 2004 recall referendum?" and two questions on how it came about)."""
    for item in reversed(list(history or [])):
        question = turn_question(item)
        if event_phrase(question):
            return question
    return ""


# the words that tell one event from another ("the recall referendum" is not "the 2007 referendum")
EVENT_KIND = re.compile(r"\b(?:recall|coup|elections?|referendums?|strike|lock-out|governors?|presidential|parliamentary|"
                        r"regional|constitutional|constituent|attempt)\b")


def same_event_dated(question: str, history: Sequence | None) -> str:
    """A question that names the conversation's event without its year ("what date was the coup
    exactly?" after "What happened to the 2002 coup against Chávez?") asks of that event: its
    year is put back ("the 2002 coup"); the articles tell of more than one coup, referendum or
    election."""
    if YEAR.search(question):
        return question
    dated = dated_turn(history)
    span = event_phrase(dated) if dated else None
    if span is None:
        return question
    event = dated[span[0]:span[1]]
    undated = " ".join(w for w in event.split() if not YEAR.fullmatch(w) and w.lower() != "the")
    if set(EVENT_KIND.findall(question.lower())) - set(EVENT_KIND.findall(event.lower())):
        return question             # "when was the recall referendum?" after "the 2004 recall": its year is
                                    # the answer; "the referendum on Chávez's recall" after "the 2007 referendum"
    named = re.search(rf"\bthe\s+{re.escape(undated)}\b", question, re.I) if undated else None
    return question[:named.start()] + event + question[named.end():] if named else question


def about_someone_new(question: str, last: str, short: str | None) -> bool:
    """"who is Luis Almagro?" after a question about 2017 asks who he is, not what he did then:
    a who-is question about a name neither the last question nor its answer gave starts afresh,
    without the last question's time (it had made the who-is question a place question). Any
    other question keeps the time ("How many did Chávez get?" after 2004's opposition vote). A post
    asked of someone named is such a question ("What was Baduel's rank?" after a 2013 question:
    question.as_who_is)."""
    asked = as_who_is(question) if post_asked(question) else question
    if not WHO_IS_NAMED.match(asked.strip()):
        return False
    name = re.sub(r"^\s*who\s+(?:is|was)\s+", "", asked, flags=re.I)
    return not any(w.lower() in f"{last} {short or ''}".lower() for w in re.findall(r"\w{3,}", name))


def with_time(question: str, last: str, event: str) -> str:
    """The previous question's time added: "the recall" becomes "the 2004 recall" where the
    question names the event without it, else its time phrase ("in the 2004 recall") goes last."""
    undated = " ".join(w for w in event.split() if not YEAR.fullmatch(w) and w.lower() != "the")
    named = re.search(rf"\bthe\s+{re.escape(undated)}\b", question, re.I) if undated else None
    if named:
        return question[:named.start()] + event + question[named.end():]
    time = TIME_PHRASE.search(last)
    phrase = time.group(0) if time else f"in {event}"
    return f"{question.rstrip('?').rstrip()} {phrase}?"


# the figure just given asked for in another form: "and how many votes was that?" after "What share
# did Chávez get…?" (58.25%), "what percentage was it?" after a count
OTHER_FORM = re.compile(r"^(?P<asked>how\s+many(?:\s+[\w'’-]+){1,2}?|what\s+(?:percentage|percent|share|proportion)"
                        r"(?:\s+of\s+the\s+(?:vote|total))?)\s+(?:was|is|were|are)\s+(?:that|it|this)"
                        r"(?:\s+in\s+(?:votes|percent))?$", re.I)
# what a figure question opens with, up to its verb: "What share of the vote did", "How many votes did"
FIGURE_ASKED = re.compile(rf"^\W*(?:what|which|how\s+many|how\s+much)(?:\s+[\w'’%-]+){{0,5}}?\s+(?=(?:{AUXILIARIES_OR_MODALS})\b)", re.I)


# …the form named after the figure: "what is that in percent?", "what's that as a percentage?", "and
# in votes?"
FORM_AFTER = re.compile(r"^(?:(?:what|how\s+much)(?:['’]?s|\s+(?:was|is|were|are))\s+(?:that|it|this)\s+)?(?:in|as)\s+(?:an?\s+)?"
                        r"(?P<form>percent(?:age)?|share|votes)(?:\s+terms)?$", re.I)


SHARE = re.compile(r"%|percent", re.I)      # a figure given as a share


def in_other_form(fragment: str, last: str, short: str | None) -> str | None:
    """"And how many votes was that?" after "What share of the vote did Chávez get in the 2004
    recall?" answered 58.25%: the same figure asked as a count, "How many votes did Chávez get in
    the 2004 recall?"; "what is that in percent?" the other way (None when the fragment asks no
    such thing, or the last answer gave no figure)."""
    other = OTHER_FORM.match(fragment)
    after = FORM_AFTER.match(fragment) if other is None else None
    asked_last = last.strip().rstrip("?.").strip()
    clause = FIGURE_ASKED.sub("", asked_last, count=1)
    if not (other or after) or not short or not re.search(r"\d", short) or clause == asked_last:
        return None
    asked = other.group("asked") if other else "how many votes" if after.group("form").lower() == "votes" \
        else "what percentage"
    if after and not votes_and_share(asked, short, asked_last[:len(asked_last) - len(clause)], clause):
        return None
    counted = re.match(r"how\s+many\s+", asked, re.I)
    if counted and not SHARE.search(short) \
            and not re.search(rf"\b{re.escape(asked[counted.end():].split()[-1][:5])}", last, re.I):
        return None                   # another thing counted: "how many dwellings was that?" after 2.7 million
                                      # houses, "how many votes was that?" after 3,200 irregularities
    return f"{asked[0].upper()}{asked[1:]} {clause}?"


def votes_and_share(asked: str, short: str, opening: str, clause: str) -> bool:
    """Whether the form named after a figure ("in percent", "in votes") asks one the last answer
    gave or its other form: only someone's votes and their share are one figure in two forms
    ("How many votes did Chávez get…" ↔ "What share did Chávez get…"; `opening`: the last
    question up to its `clause`); not "What was the turnout?" + "in votes?", nor 18 governorships
    or 2.7 million houses "in percent" (a review's)."""
    if asked == "what percentage":
        already = bool(SHARE.search(short))                       # "What was inflation?" + "in percent?"
        other = re.search(r"\bvotes?\b", opening, re.I)
    else:
        already = not SHARE.search(short) and bool(re.search(r"\bvotes?\b", opening, re.I))
        other = re.search(r"\b(?:share|percent(?:age)?|proportion)\b", opening, re.I)
    return already or bool(other and re.match(r"(?:did|does|do)\b", clause, re.I))


NOT_ASKED = re.compile(r"\bnot$", re.I)      # "why not"


def said_nothing(last: str) -> bool:
    """A yes/no question of an auxiliary and its subject alone ("Did he?", "Did Chávez?"): "why
    not?" after it has no clause to ask of ("Why: did Chávez?" finds anything), so it stays as typed."""
    words = last.strip().rstrip("?.").split()
    return bool(AUXILIARY_START.match(last)) and len(words) <= 3


# who told what the last answer gave: "who said that?", "who claimed so?" (not "who wrote that?": the
# writer of the article or of words quoted, AUTHOR_OF_IT)
WHO_SAID = re.compile(r"^\W*who\s+(said|says|claimed|claims|stated|states|reported|reports|announced|announces|"
                      r"argued|argues)\s+(?:that|so|this|it)\W*$", re.I)


def who_said_the_answer(fragment: str, last: str, short: str | None) -> str | None:
    """"Who said that?" after an answer asks who said what it told, put as a statement from the
    last question and its short answer: "How many international observers monitored the vote?"
    answered "more than 100" → "Who said that more than 100 international observers monitored
    the vote?"; "Who won the 2013 election?" answered "Nicolás Maduro" → "Who said that Nicolás
    Maduro won the 2013 election?" ("that" had become the event: "who said the 2013 election?",
    or stayed and found nothing). None when the fragment asks no such thing, the last turn gave
    no short answer, or its question cannot be put as a statement."""
    said = WHO_SAID.match(fragment)
    if said is None or not short:
        return None
    asked = last.strip().rstrip("?.!").strip()
    counted = COUNTED_DOER.match(asked)
    if counted:
        noun = counted.group("noun")
        told = short if re.search(rf"\b{re.escape(noun.split()[-1])}\b", short, re.I) else f"{short} {noun}"
        statement = f"{told} {counted.group('rest')}"
    elif (subject := ASKED_SUBJECT.match(asked)) and asked[:subject.end()].strip().lower() == "who":
        statement = f"{short} {asked[subject.end():]}"
    else:
        return None
    return f"Who {said.group(1).lower()} that {statement}?"


def asked_anew(wh: str, last: str, short: str | None = None) -> str:
    """"Why?" after "By how much did the number of voters grow before the recall?": the
    previous question with its question phrase replaced ("Why did the number of voters grow
    before the recall?")."""
    wh = "Why" if wh.lower() in ("why", "how come", "how so") else wh.capitalize()
    last = last.strip().rstrip("?.").strip()
    clause = ASKED_PHRASE.sub("", last, count=1)
    if clause != last and AUXILIARY_START.match(clause):
        return f"{wh} {clause}?"
    counted = COUNTED_SUBJECT.match(last)
    if counted:                                      # "How many houses were short?" + "Why?": "Why were houses short?"
        return f"{wh} {counted.group('verb')} {counted.group('noun')} {counted.group('rest')}?"
    subject = ASKED_SUBJECT.match(last)
    if subject and short:                            # "Which player got attacked…?" answered: "Where: Potro Alvarez got attacked…?"
        return f"{wh}: {short} {last[subject.end():]}?"
    if wh in ("When", "Where") and (OF_EVENT_ASKED.match(last) or subject) and (event := named_event(last)):
        return f"{wh} {'were' if event.endswith('s') else 'was'} {event}?"    # "When?" after "what happened in the 2002 coup?"
    return f"{wh}: {last}?"                          # nothing to swap: ask it of the whole


# a question of what an event was or who did it ("what happened in the 2002 coup?", "who led the
# 2002 coup?"), whose "when?" is the event's time; not one asking of a thing said in it ("In his April
# 2013 victory speech, what did Maduro say…?": when that was offered)
OF_EVENT_ASKED = re.compile(r"^\W*what\s+(?:happened|took\s+place|went\s+on)\b", re.I)


def named_event(question: str) -> str:
    """The dated event a question names with a noun ("the 2002 coup", "the December 2007
    referendum"), which a bare "when?" or "where?" asks of when no question phrase of the question
    can be swapped ("When: what happened in the 2002 coup?" asked what happened again); "" for
    none or a year alone ("in 2013" names no event)."""
    span = event_phrase(question)
    if span is None:
        return ""
    event = question[span[0]:span[1]].strip()
    if not [w for w in event.split() if not YEAR.fullmatch(w) and w.lower() != "the" and not MONTH.fullmatch(w)]:
        return ""
    return event if re.match(r"the\b", event, re.I) else f"the {event}"


# a follow-up that is only a question phrase asking the answer's form, naming no topic of its own:
# "what percentage?", "what share of the vote?", "how many people?", "by how much?", "what party?",
# "what time?" (not "how many arrested?" nor "what foods?": a verb or a thing of its own)
ANSWER_FORMS = (r"(?:percentage|percent|share|proportion|number|margin|votes?|people|party|time|date|day|month|year|"
                r"state|city|country|place)")
FORM_ONLY = re.compile(r"^(?:by\s+how\s+much|how\s+(?:many|much)\s+" + ANSWER_FORMS +
                       r"|(?:what|which)\s+" + ANSWER_FORMS + r"(?:\s+of\s+the\s+(?:vote|votes|total))?)$", re.I)
# the answer types one question phrase may take the place of another's in: a figure for a figure
# ("How many votes did Maduro get?" + "what percentage?"), a time for a time ("When did she
# announce it?" + "what time?")
ALIKE_ANSWERS = ({COUNT, PERCENT}, {DATE, TIME})
# "What was the turnout in 2013?": its question phrase asks the subject after "was", which another
# question phrase does not take the place of ("How many people was the turnout…")
WHAT_IS = re.compile(r"^\W*(?:what|which)\s+(?:was|is|were|are)\b", re.I)
COPULA_START = re.compile(r"^(?:was|is|were|are)\b", re.I)
# a question asking what took place, its place or time after it: "What happened in Toronto?"
WHAT_HAPPENED = re.compile(r"^\W*what\s+(?:happened|took\s+place|went\s+on)\s+"
                           r"(?P<where>(?:in|at|on|during|after|before)\s+.+)$", re.I)


def form_asked_of_topic(fragment: str, last: str, short: str | None) -> str | None:
    """"What percentage?" after "How many votes did Maduro get?": a question phrase naming no
    topic (FORM_ONLY) asks of the last question's: its clause after the question phrase, when the
    two ask alike answers ("What percentage did Maduro get?", asked_anew) or the last asked who
    someone is ("what party?" after "Who is Ramón Martinez?": "What party is Ramón Martinez?");
    a figure of the one a who-question found ("by how much?" after "Who won the 2013 election?");
    else the place or time of what happened ("how many people?" after "What happened in
    Toronto?": "How many people in Toronto?"), or a search typed as keywords ("psuv 2017"). None
    when the fragment names a topic or the last question gives none to take."""
    if not FORM_ONLY.match(fragment):
        return None
    asked, last_asked = answer_type(f"{fragment}?"), answer_type(last)
    alike = any(asked in kinds and last_asked in kinds for kinds in ALIKE_ANSWERS)
    bare = last.strip().rstrip("?.").strip()
    figure_clause = FIGURE_ASKED.sub("", bare, count=1)
    if alike and asked in (COUNT, PERCENT) and figure_clause != bare and AUXILIARY_START.match(figure_clause) \
            and not WHAT_IS.match(bare):
        return f"{fragment[0].upper()}{fragment[1:]} {figure_clause}?"      # "What share of the vote did…"
    clause = ASKED_PHRASE.sub("", bare, count=1)
    if clause != bare and AUXILIARY_START.match(clause) and (
            asks_who_is(last) and asked in (ENTITY, PLACE) or alike and not COPULA_START.match(clause)):
        return asked_anew(fragment, last, short)
    if alike or asked in (COUNT, PERCENT) and last_asked == PERSON:
        if short and ASKED_SUBJECT.match(bare):          # "By how much: Nicolás Maduro won the 2013 election?"
            return asked_anew(fragment, last, short)
    happened = WHAT_HAPPENED.match(bare)
    if happened:
        return f"{fragment[0].upper()}{fragment[1:]} {happened.group('where')}?"
    if typed_as_search(bare):
        return f"{fragment[0].upper()}{fragment[1:]} {bare}?"       # "What share of the vote psuv 2017?"
    return None


ASKING_WORD = re.compile(QUESTION_WORD_ANYWHERE, re.I)


def typed_as_search(question: str) -> bool:
    """A few words typed as a search, no question word, auxiliary or request among them ("psuv
    2017", "2013 election turnout"; not "summarise it", "list the states")."""
    return (len(question.split()) <= 5 and not ASKING_WORD.search(question) and not REQUEST.match(question)
            and not SUMMARY_ASKED.search(question))


# the author asked of no article named: "who was the writer?", "who wrote it?" (not "who wrote that?",
# which after "what did Koerner write?" asks whose the words quoted are: a review)
AUTHOR_OF_IT = re.compile(r"^\W*(?:who\s+(?:was|is)\s+the\s+(?:writer|author)|who\s+wrote\s+(?:it|this))\W*$", re.I)


def with_named_article(question: str, last: str, cited: str = "") -> str:
    """"Who wrote that piece?" after "… in the 2017 article?": the article the last question
    named ("the author of the 2017 article" names the article, not "the author"); when it named
    none, the article the last answer was drawn from (`cited`, its title); else as it is."""
    pointed = THAT_ARTICLE.search(question) or AUTHOR_OF_IT.match(question)
    if pointed is None:
        return question
    if pointed.re is AUTHOR_OF_IT:                # "who was the writer?": of the article just read
        named = next((m for m in SOURCE_REF.finditer(last) if m.group(2).lower().rstrip("s") in ARTICLE_NOUNS), None)
        if named:                                 # "who was the author of the 2008 article?" is found
            return f"Who was the author of {named.group(0)}?"
        return f"Who wrote the article “{cited}”?" if cited else question
    if re.match(r"the\s+blog\b", pointed.group(0), re.I) and "blog" not in cited.lower():
        return question               # "who wrote the blog?" after an answer from an essay: the live blog, not it
    named = next((m for m in SOURCE_REF.finditer(last) if m.group(2).lower().rstrip("s") in ARTICLE_NOUNS), None)
    article = named.group(0) if named else f"the article “{cited}”" if cited else ""
    return question[:pointed.start()] + article + question[pointed.end():] if article else question


# a summary asked of what the reader just read: "summarise it", "give me the gist of this" (not
# "an overview of what happened after that")
SUMMARY_OF_IT = re.compile(r"\b(?:summar(?:ise|ize)|sum\s+up|(?:summary|gist|overview)\s+of)\s+"
                           r"(it|this|that|this\s+one|that\s+one)\W*$", re.I)


def summary_of_cited(question: str, cited: str) -> str:
    """A summary asked after an answer is of an article, never a slot of the last question
    ("summarise that article" had become "How many votes did summarise that article get?"):
    "it" or "this" is the article the last answer cited; any other summary asked is left as it
    is ("summary?", "an overview of what happened after that")."""
    pointed = SUMMARY_OF_IT.search(question)
    if pointed and cited:
        return question[:pointed.start(1)] + f"the article “{cited}”" + question[pointed.end(1):]
    return question


def cited_title(history: Sequence | None) -> str:
    """The title of the article the last answer cited first: what the reader just read, which
    "that article" points to when the question before named none. The turn is the one the
    follow-up is completed from (last_turn). "" when it is a bare question, cited nothing (an
    abstention) or gives its citations in no form of the contract (a list of dicts or Citations):
    a string's own `title` is a method, not a title."""
    return turn_title(last_turn(history))


def turn_title(item) -> str:
    """The title of the article a turn's answer cited first ("" as for cited_title)."""
    citations = turn_field(item, "citations")
    if not isinstance(citations, (list, tuple)) or not citations or isinstance(citations[0], str):
        return ""
    title = turn_field(citations[0], "title")
    return title if isinstance(title, str) else ""


def read_title(history: Sequence | None) -> str:
    """The title of the article the latest answer that cited one drew from: what "who was the
    writer?" asks of after an abstention ("why did the writer think…?" had found nothing)."""
    return next((title for item in reversed(list(history or [])) if (title := turn_title(item))), "")


# a follow-up asking for more on the question before: "tell me more", "go on", "explain", "more details?"
MORE_OF_IT = re.compile(r"^(?:(?:please|ok|okay|so|and|now|interesting|wow|great|cool|nice|thanks|thank\s+you|really)\W+)*"
                        r"(?:(?:can|could|would)\s+you\s+(?:please\s+)?|i\s+(?:want|need|would\s+like|'d\s+like|’d\s+like)\s+)?"
                        r"(?:tell\s+(?:me|us)\s+more(?:\s+(?:about|on)\s+(?:that|it|this|him|her|them))?|say\s+more|go\s+on|"
                        r"(?:give\s+(?:me|us)\s+)?more(?:\s+(?:details?|info(?:rmation)?))?(?:\s+(?:on|about)\s+(?:that|it|this))?|"
                        r"(?:give\s+(?:me|us)\s+)?(?:some\s+|more\s+|the\s+)?details?|"
                        r"explain(?:\s+(?:more|further|that|it|this))?(?:\s+to\s+(?:me|us))?|"
                        r"elaborate(?:\s+on\s+(?:that|it|this))?|what\s+else|anything\s+else|keep\s+going)"
                        r"(?:[\s,]+(?:please|then))?\W*$", re.I)
MORE_ABOUT = "Tell me more about "
# "What was the turnout in 2013?" asks of "the turnout in 2013"
ASKS_OF_THING = re.compile(r"^\s*(?:what|which)\s+(?:was|is|were|are)\s+(?=(?:the|a|an)\b|[A-ZÁÉÍÓÚÑ])", re.I)
# a question's first word that is no name, written lower case after "Tell me more about"
OPENING_WORD = re.compile(r"^(?:the|a|an|what|which|who|whom|whose|when|where|why|how|whether|did|does|do|was|were|is|are|"
                          r"has|have|had|in|on|at|by|for|from|to)\b", re.I)


def more_about(last: str) -> str:
    """"Tell me more" after "What was the turnout in 2013?": more of what the articles say on
    the question before ("Tell me more about the turnout in 2013", which asks a description,
    question.answer_type), not a fragment to put in it ("What was Tell me more in 2013?"). Of the
    question it asked (a preamble left out) in one sentence: a topic's colon or a second
    sentence would split it again, and names keep their capitals."""
    if last.startswith(MORE_ABOUT):
        return last
    asked = analyse(last).text             # (the question as analysed: a preamble's event kept, its telling not)
    thing = " ".join(re.sub(r"[.:?!]+(?=\s|$)", ",", ASKS_OF_THING.sub("", asked)).split()).strip(" ,.")
    if OPENING_WORD.match(thing):
        thing = thing[:1].lower() + thing[1:]
    return MORE_ABOUT + thing


def asked_more(item) -> bool:
    """A turn that asked for more on the one before ("tell me more"): a later follow-up is
    completed from the turn it asked more about."""
    asked = turn_field(item, "question")
    return isinstance(asked, str) and bool(MORE_OF_IT.match(asked.strip())) and turn_question(item).startswith(MORE_ABOUT)


def resolve(question: str, history: Sequence | None, is_name: Callable[[str], object] | None = None) -> str:
    """The question to retrieve with: itself, or completed from the previous turn (`is_name`:
    see swap_fragment)."""
    last, short = previous_turn(history)
    searched, searched_short = previous_turn(history, searches=True)     # "psuv 2017" too
    if not searched or is_acknowledgment(question):
        return question
    asked, question = question, FILLER_LEAD.sub("", GREETING_LEAD.sub("", question))   # "Sorry, who won?", "hey, and in 2004?"
    fragment = LEAD.sub("", question).strip().rstrip("?").strip()
    if (form := form_asked_of_topic(fragment, searched, searched_short)) is not None:
        return form                                  # "what share of the vote?": longer, yet it names no topic
    if not last:
        return asked
    if MORE_OF_IT.match(question.strip()):
        return more_about(last)
    request = as_question(question)
    if request != question and not SENTENCE_BREAK.search(question.strip()) and is_follow_up(request):
        question = request                              # "Explain why it was so high": "Why it was so high?"
    if not is_follow_up(question) and ones_named(question, last) == question:    # "which ones did the opposition take"
        return same_event_dated(question, history)
    fragment = LEAD.sub("", question).strip().rstrip("?").strip()
    if not fragment:
        return last
    question = CORRECTION_LEAD.sub("", question)       # "no, I meant who won in 2013?": the question itself
    if (bare_wh := BARE_WH.fullmatch(fragment)) and not (NOT_ASKED.search(fragment) and said_nothing(last)):
        return asked_anew(bare_wh.group("wh"), last, short)
    if (other := in_other_form(fragment, last, short)) is not None:
        return other
    if (source := who_said_the_answer(fragment, last, short)) is not None:
        return source                                # "who said that?" after an answer: who said what it told
    again = SAME_AGAIN.match(fragment)
    if again:                                        # "was it the same in 2017?" = "And in 2017?"
        return swap_fragment(last, again.group("when"))
    fronted = topic_put_first(fragment) or topic_put_first(as_written(fragment, is_name))    # "and rosales, what…"
    if fronted is not None:                          # "and Lula, what was his advice?": Lula's
        question = fronted
        return replace_pronouns(with_counted_noun(question, last), last, short, "", placed_turn(history), is_name)
    cited = cited_title(history)
    author = AUTHOR_OF_IT.match(question)
    named = with_named_article(question, last, read_title(history) if author else cited)
    if author and named != question:                 # the article's author: no year of the last turn to add
        return named
    if SUMMARY_ASKED.search(fragment):               # "summarise that article", "summarise it", "summary?"
        return named if named != question else summary_of_cited(question, cited)
    question = named
    if WH.match(fragment) or AUXILIARY_START.match(fragment) or CLAUSE_THEN_QUESTION.search(fragment):
        dated = "" if points_outside(question) else dated_turn(history)    # "What was the turnout?": an ellipsis
        main = "" if ASIDE_POINTED_AT.search(fragment) else before_the_aside(history)
        if main and not YEAR.search(question):        # "what was the turnout?" after the aside "and in 2012?"
            last, short, dated = main, None, ""
        return replace_pronouns(with_counted_noun(question, last), last, short, dated, placed_turn(history), is_name)
    if (earlier := before_that_time(fragment, last, turn_year(last_turn(history)))) is not None:
        return earlier                               # "and before?" after "what was the turnout in 2013?"
    if (later := after_that_time(fragment, last, turn_year(last_turn(history)))) is not None:
        return later                                 # "and after that?": the same of a later time
    main = before_the_aside(history) if MEASURE_NOUN.search(fragment) and not YEAR.search(fragment) \
        and not ASIDE_POINTED_AT.search(fragment) else ""
    return swap_fragment(main or last, fragment, None if main else short, is_name)    # "turnout?" after the aside
