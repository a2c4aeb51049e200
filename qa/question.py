"""Question analysis: what kind of answer is wanted, about what, and when.

No model: ordered patterns over the question's wording (the classic approach of DrQA-era and
Watson-era pipelines). The result steers sentence scoring, short-answer extraction and
abstention.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .text import (DECADE, DECADE_PART, IRREGULAR_PAST, STOPWORDS, TURN_OUT, content_terms, decade_years, fold, stem,
                   verb_base)

# Answer types. FACTOID_TYPES want a short answer span; the others a few sentences.
COUNT, PERCENT, MONEY, DATE, TIME, PERSON, PLACE, ENTITY = (
    "count", "percent", "money", "date", "time", "person", "place", "entity")
REASON, MANNER, EVENT, COMPARISON, DESCRIPTION = "why", "how", "what-happened", "comparison", "description"
FACTOID_TYPES = {COUNT, PERCENT, MONEY, DATE, TIME, PERSON, PLACE, ENTITY}
# the year a figure asked is set against: "in 2017 compared with 2015", "in 2004 than in 2000"
BASELINE_YEAR = re.compile(r"\b(?:than|compared\s+(?:with|to))\s+(?:(?:in|at|the|of|with)\s+)*((?:1[89]|20)\d\d)\b", re.I)
# …but a difference asked is of both years ("How many more votes did the opposition get in 2007 than in
# 2006?": "…in relation to the 2006 presidential elections, the opposition has only increased…")
DIFFERENCE_ASKED = re.compile(r"\bhow\s+(?:many|much)\s+(?:[\w'-]+\s+){0,3}?(?:more|fewer|less)\b|\bby\s+how\s+(?:much|many)\b", re.I)
# Words that name the form of a figure, not the fact asked about ("what percentage did Chávez
# get"): a figure of the type answers them, the sentence need not repeat them.
ANSWER_FORM_WORDS = {
    PERCENT: {"percentage", "percent", "share", "proportion", "fraction", "portion", "slice", "rate", "figure"},
    COUNT: {"number", "amount", "figure", "total", "tally", "size", "count"},
    MONEY: {"amount", "figure", "total"},
    EVENT: {"happen", "happened", "happens", "occur", "occurred", "occurs"},    # "what happened in …"
    DATE: {"date", "day"},                                                       # "on what date did …"
    TIME: {"hour"},                   # "at what hour did …" ("what time" is said as the articles do: "Venezuelan time")
    # "Which was closer…?", "Was his win more comfortable than…?": how two figures compare, which the
    # figures themselves tell (composer.confidence_features, where the chosen sentences give them)
    COMPARISON: {"closer", "closest", "tighter", "narrower", "wider", "comfortable", "decisive", "bigger", "smaller",
                 "larger", "higher", "lower"},
    # "What explanation does the CWI piece offer for…", "To what does the author attribute…": the asking
    REASON: {"explanation", "explanations", "attribute", "attributes", "attributed", "offer", "offers", "offered"},
}

# "which state-owned company", "which state-run channel": the noun only starts an adjective
# (not "head-of-state", "president-elect")
COMPOUND_ADJECTIVE = r"(?!-(?:\w+ed|run|level|wide|backed|led)\b)"
PLACE_NOUNS = r"(?:city|cities|town|towns|country|countries|state|states|region|regions|neighbou?rhoods?|districts?|" \
              r"areas?|places?|province|provinces|capital|village|street|square|building|venue|location)" + COMPOUND_ADJECTIVE
PERSON_NOUNS = r"(?:(?:person|journalist|reporter|president|leader|minister|author|writer|candidate|governor|" \
               r"official|spokes(?:man|woman|person)|general|politician|deputy|member|activist|" \
               r"rector|secretary|head|chief|founder|coordinator|player|singer|student)s?|people|m[ae]n|wom[ae]n)" + COMPOUND_ADJECTIVE

# "What plots were uncovered?": things told as events or arguments, answered by sentences, not a name
# (plurals, and singulars that never ask for a name: "which policy change…" may well want one)
DESCRIBED_NOUNS = (r"(?:plots|attempts|incidents|events|measures|steps|actions|proposals|reforms|changes|"
                   r"problems|mistakes|concerns|criticisms|arguments|claims|accusations|allegations|"
                   r"demands|promises|warnings|signs|lessons|tactics|methods|policies|factors|"
                   r"tricks|ploys|schemes|ruses|manoeuvres|maneuvers|attacks|assaults|announcements|statements|things|"
                   r"violence|sabotage|stuff|thing|"
                   r"consequences|effects|threats|dangers|risks|challenges|weaknesses|limitations|results|outcomes?|"
                   # singular, but never a name: "what role did the US play", "what was the significance of…"
                   r"role|impact|effect|significance|importance|stance|attitude|reaction|response|strategy|"
                   r"purpose|aim|message|meaning|lesson|mood|atmosphere|result|trick|ploy|ruse|tactic|"
                   # what sorts of things happened: "what kinds of misinformation", "what acts of violence"
                   r"kinds?|types?|sorts?|forms?|acts|examples|instances|ways)")
# A leading phrase before the question word ("Looking back, why…", "In the 2013 article, how…")
# "According to the blog, who…", "In 2007, why…"; not a question that opens with its own wh-word
# ("Which party was the governor of Sucre in, who urged…": "who" opens a relative clause)
WH_WORD = r"(?:why|how|what|when|where|who|whom|which)"
# what comes before the question itself: "In the 2007 referendum, how many…", and a clause of time
# opened by "when" ("When the government party lost in 2015, what share…"), not a "when" asking
# ("When did…, and who…")
LEADING_PHRASE = re.compile(rf"^(?!{WH_WORD}\b(?<!when))(?!when\s+(?:did|does|do|was|were|is|are|has|have|had|will|would|"
                            rf"can|could)\b)[^,:?]{{1,90}}[,:]\s*(?={WH_WORD}\b)", re.I)

# The words between "which" and its noun ("what were the main proposals"); an auxiliary verb
# (is, did, has…) after them ends the phrase: in "which party was the governor of Sucre in" the
# noun is "party", not "governor"; so does a past verb ("which party won the governor elections")
# past forms not in -ed that end the phrase (WH_MODIFIERS) or ask the doer (WHICH_DID)
PAST_NOT_ED = r"won|lost|beat|took|got|gave|made|held|ran|came|went|became"
WH_MODIFIERS = (r"(?:(?:is|are|was|were) )?"
                r"(?:(?!(?:is|are|was|were|did|does|do|has|have|had|will|would|could|can|"
                rf"{PAST_NOT_ED}|said|told)\b"
                r"|\w+ed (?:the|a|an|his|her|its|their)\b)\w+ ){0,3}")
# what a figure of a rate is of ("what inflation figure", "Turnout, 2013: what figure…?")
RATE_MEASURES = r"(?:turnout|participation|abstention|inflation|unemployment|rate|share|percentage)"
# how a rate asked may be qualified ("what was official unemployment?", "what was the actual turnout in…")
RATE_QUALIFIER = r"((official|actual|real|overall|national|average|reported|recorded) )?"
# "What does PSUV stand for?", "what is the MUD short for", "the full name of the CNE": the long
# form of an acronym the articles define ("Democratic Unity Roundtable (MUD)")
EXPANSION_ASKED = re.compile(r"(?:\bwhat\s+(?:does|did|do)\s+(?:the\s+)?(?:acronym\s+|abbreviation\s+)?(?-i:([A-Z]{2,7}))\s+"
                             r"(?:stand\s+for|mean)|\bwhat\s+(?:is|was)\s+(?:the\s+)?(?-i:([A-Z]{2,7}))\s+(?:short|an?\s+"
                             r"(?:abbreviation|acronym))\s+for|\b(?:full|long)\s+(?:name|form)\s+(?:of|for)\s+(?:the\s+)?"
                             r"(?-i:([A-Z]{2,7})))\W*$", re.I)      # not "what does the PSUV stand for in its policies"
# the words that ask for a long form, no topic: "stand for", "short for", "full name"
EXPANSION_STEMS = {stem(w) for w in ("stand", "short", "abbreviation", "acronym", "full", "long", "name", "form", "mean")}


def expansion_asked(question: str) -> str:
    """The acronym whose long form the question asks ("What does PSUV stand for?" → "PSUV"), or ""."""
    found = EXPANSION_ASKED.search(question)
    return next((g for g in found.groups() if g), "") if found else ""


# "… cut to in 2007?", "… cut to under the reform?": when or by what, after the level asked
MOVED_TO_TAIL = r"(?:\s+(?:in|under|by|during|after|according\s+to)\b[^?]{0,40})?"
# a figure moved to another level: "cut to", "raised to"
MOVED_TO = (r"(?:cut|reduced|lowered|raised|increased|shortened|extended|lengthened|dropped|fallen|fell|risen|rose|"
            r"grown|grew|climbed|slashed)")
# "what would the working week have been cut to?": the week is what moved, not what the figure counts
MOVED_TO_ASKED_PATTERN = rf"^what\b.*\b{MOVED_TO}( down| up)? to{MOVED_TO_TAIL}\W*$|\b{MOVED_TO}\b[^?]{{0,50}}\bto what\W*$"
MOVED_TO_ASKED = re.compile(MOVED_TO_ASKED_PATTERN, re.I)
# a side's or someone's vote asked: "what was the NO vote in the second block?", "what was the
# opposition vote…", "what was chávez's vote…": the count the side got (COUNT), told as a count of
# votes or as a share of them, never as a count of something else ("won in 14 states";
# extraction.span_fit). A name's, not "the president's" or "the party's", which a sentence names otherwise.
SIDE_VOTE_PATTERN = (r"\b(what|which) (was|is|were|are) (the )?(yes|no|['\"‘“](yes|no)['\"’”]|opposition|government|"
                     r"(?!(?:president|party|state|city)['’]s)[\w-]+['’]s) votes?\b(?! (share|percentage|rate|margin)\b)")
SIDE_VOTE = re.compile(SIDE_VOTE_PATTERN, re.I)
# a cause asked in the academic way, whose asking words name no topic (ANSWER_FORM_WORDS[REASON])
REASON_ASKED_PATTERN = (r"(what|which) ((main|chief|principal|key) )?(explanations?|reasons?|causes?) (do|does|did|is|are|was|were|"
                        r"has|have|had)\b|to what (do|does|did|can|could|would|is|was|are|were) .{1,80}?\battribut")
REASON_ASKED = re.compile(r"^\W*(?:" + REASON_ASKED_PATTERN + ")", re.I)
# the last rule: any other "which"/"what" question asks for a thing (unless it names no kind of
# thing that has a name: told_not_named)
ENTITY_CATCH_ALL = r"^(which|what|name)\b|\b(which|what) \w+"
TYPE_PATTERNS: list[tuple[str, str]] = [
    # "Tell me more about the turnout in 2013", "… about who won in 2013": more of what the articles say
    (DESCRIPTION, r"^(?:(?:could|can|would) you )?(?:tell me |say )?more about\b"),
    (COMPARISON, r"\b(compare|(?<!for )(?<!of )(?<!by )(?<!in )(?<!as a )comparison|differ|difference between|both .+ and|according to (the )?.+ and the)\b"
                 # two times set side by side: "turnout: 2013 presidential vs 2017 governor races"
                 r"|\b(1[89]|20)\d\d\b[^?]*\b(vs\.?|versus)\s[^?]*\b(1[89]|20)\d\d\b"
                 # …or one weighed against the other: "Was Chávez's win in 2004 more comfortable than
                 # Maduro's in 2013?", "How did his side do in the 2004 recall compared with 2007?"
                 # (not a why asked of the difference, "Why did he pull in so many more votes in 2004 than
                 # in 2000?", nor one figure asked, "How many votes did Chávez lose in 2007 compared to 2006?",
                 # "What was turnout in 2000 compared with 2004?": a review of each way)
                 # ("How much closer was 2013 than 2007?" is one: its answer is both figures)
                 r"|^(?!\W*(?:why|what|how\s+(?:many|far|big|large|long))\b)"
                 r"(?!\W*how\s+much\s+(?!(?:closer|higher|lower|bigger|smaller|larger|narrower|wider|tighter)\b))"
                 r".*?\b(1[89]|20)\d\d\b[^?]*\b(than|compared\s+(with|to))\s[^?]*\b(1[89]|20)\d\d\b"
                 r"|\b(article|blog|report)s?\b.* and (in )?the\b.*\b(article|blog|report)\b"
                 r"|^(how|what) (do|did|does) (the|all|these) (articles|reports|pieces|sources)\b"
                 # a choice between two: "Was turnout higher in 2013 or in 2017?"
                 r"|^(is|was|were|are|did|does|do|which (?:is|was|were|are|had|has|saw|got))\b.*\b(more|less|fewer|higher|lower|larger|bigger|smaller|"
                 r"greater|better|worse|closer|narrower|wider|tighter|stronger|weaker|longer|shorter)\b.*\bor\b"
                 # …the thing chosen named, between two years: "Which election had higher turnout, 2013 or 2017?"
                 r"|^which (?:[\w'’-]+ ){1,2}(?:is|was|were|are|had|has|saw|got)\b.*\b(more|less|fewer|higher|lower|larger|"
                 r"bigger|smaller|greater|better|worse|closer|narrower|wider|tighter)\b.*\b(1[89]|20)\d\d\b.*\bor\b.*\b(1[89]|20)\d\d\b"),
    # "what made it worse?", "what led to the coup?": a cause asked without "why"
    (REASON, r"^(why|for what reason|what (were|was|are|is) the (main )?(reasons?|causes?)|how come"
             r"|what (caused|causes|led to|leads to|lay behind|lies behind|triggered|sparked|prompted|explains|explained"
             r"|accounts for|accounted for)"
             # the academic asking: "What explanation does the CWI piece offer for…", "To what does the
             # 2013 author attribute the opposition's gains…?" (REASON_ASKED)
             rf"|{REASON_ASKED_PATTERN}"
             r"|(so )?what (actually |really )?(went|goes|has gone|had gone) wrong"
             r"|what (made|makes|drove|drives) .{1,60}?\b(worse|better|higher|lower|rise|fall|grow|drop|fail|win|lose|so)\b)"),
    # "what became of the earlier attempts?", "what came of it?": what happened to it
    (EVENT, r"^(what happened|what occurred|what took place|what went on|what passed|what transpired|what unfolded"
            # "what was the story with the officers…?", "what went down on election day?": what happened
            r"|what(?: was|'s| is) the (?:story|deal) (?:with|about|behind)|what went down\b(?! (?:to|by|from|in value)\b)"
            r"|what (?:ever )?(?:became|has become|had become|came|has come|had come) of)\b"),
    # "What does the CWI article say the share was in 1996?": a figure the article is asked for
    (PERCENT, r"\b(say|said|says|put|puts|give|gives|gave) (that )?(the )?([\w'’-]+ ){0,2}(share|percentage|proportion|turnout|"
              r"participation|abstention|rate) (was|is|were|stood|had been)\b"),
    (COUNT, r"\b(say|said|says|put|puts|give|gives|gave) (that )?(the )?([\w'’-]+ ){0,2}(number|total|tally|count) (was|is|were|"
            r"stood|had been)\b"),
    (PERCENT, r"\b(what|which) (was|is|were|are) (the|its|their|his|her|(?:[\w-]+ ){0,2}[\w-]+['’]s?)( [\w'’-]+){0,2} (turnout|participation|abstention|"
              r"(?:inflation|unemployment)(?= (?:in|at|for|of|on|during|under|when|after|before|by)\b|\s*\?|$)|"
              r"(\w+ )?rate|share|percentage|percent|proportion|majority|margin)\b"
              r"|\bthe (turnout|participation|abstention|(\w+ )?rate|percentage|proportion) (was|is|were|had been)\b"
              r"|\b(what|which) (percentage|percent|share|proportion|fraction)\b|\b(what|which) (?:(?!(?:is|are|was|were|did|does|do|has|have|had)\b)[\w'’-]+ ){1,2}?(percentage|percent|share|proportion|fraction)(?=\s+(?:of|and|did|does|do|is|are|was|were|has|have|had)\b|\s*\?)|\b(what|which) %|\bwhat (portion|slice) of\b|\bhow (fast|quickly) (were|was|are|is|had|have) prices\b|\bwhat part of (the )?(votes?|vote share|electorate|voters|ballots)\b|\b(what|which) (level|rate) of (inflation|unemployment|turnout|participation|abstention)\b|\bhow (large|big) a (share|proportion|portion)\b|\bwhat (rate|turnout)\b|\bwhat (abstention|participation)\b(?! by\b)(?![^?]*\b(?:call(?:ed|s|ing)?\s+for|urg\w*|advocat\w*|means?|meant)\b)|\brate\b.*\?$"
              rf"|\b(what|which) (was|is|were|are) {RATE_QUALIFIER}"
              r"(voter )?(turnout|participation|abstention|inflation|unemployment)"
              r" ((running|standing|sitting|hovering) )?(in|at|for|of|on|during|like|around|then|now)\b"   # "what was turnout in 2013", "… inflation like", "… inflation running at", "… unemployment then?"
              # "what was official unemployment?" (not "what is inflation?", a definition)
              rf"|\b(what|which) (was|were) {RATE_QUALIFIER}"
              r"(voter )?(turnout|participation|abstention|inflation|unemployment)\s*(\?|$)"
              r"|\bhow (high|low|much|bad|severe|serious) (was|is|were|are) (the )?(voter )?(turnout|participation|abstention|inflation|unemployment|(\w+ )?rate|share)\b"
              r"|^(the )?(voter )?(turnout|participation|abstention|inflation|unemployment)\b[^?,]{0,40}\bhow (much|high|low)\b(?! did)"   # "inflation in Venezuela how much at…"
              # "what inflation figure does the article give?", "Turnout, 2013: what figure…?": the figure of a rate
              rf"|\b{RATE_MEASURES}\b.*\bwhat (?:[\w'’-]+ ){{0,3}}figure\b|\bwhat (?:[\w'’-]+ ){{0,3}}figure\b.*\b{RATE_MEASURES}\b"
              rf"|\bwhat (?:[\w'’-]+ )?{RATE_MEASURES} figure\b"),
    (MONEY, r"\bhow much (money|did .* cost|does .* cost)\b|\bwhat (price|cost)\b"),
    # "What margin does it give?", "by what difference did the opposition win?": a margin's figure
    (COUNT, r"\bby (what|how \w+ an?) margin\b|\b(what|which) ([\w'’-]+ )?margin\b|\bby what (difference|gap)\b|\bhow many\b|\bhow much\b|\bwhat (number|total)\b|\b(what|which) (was|is|were|are) (the|(?:[\w-]+ ){0,2}[\w-]+['’]s?)( [\w'’-]+){0,2} "
            r"(number|total|amount|count|tally|figure|population|size|death toll|toll)\b|\bnumber of\b|\bby how much\b|\bhow (large|big|high|long|far|old)\b"
            r"|\b(to|of) what size\b|\b(to|of|for) what length\b"
            # "what would the working week have been cut to?", "… shortened the work week to what?": the
            # level a figure was moved to ("reducing the working week from 44 to 36 hours")
            rf"|{MOVED_TO_ASKED_PATTERN}"
            # an ordinal asked: "the referendum was which electoral victory for Chávez", "Which attempt
            # to overthrow Chávez was the 2004 recall?" (the text's "the eighth time", "the third time")
            r"|\b(was|is|were|be) (the )?(which|what) ([\w-]+ )?(attempt|win|victory|defeat)\b"
            r"|^(which|what) ([\w-]+ )?(attempt|win|victory|defeat)\b[^?]*\b(was|is) the (?!(most|least|best|worst|biggest|largest|smallest|greatest|highest|lowest|narrowest|widest|closest|earliest|latest|longest|shortest|strongest|weakest|first|last|only)\b)"
            # "what figure does the CWI article give?", "what ballot total did…": a number asked by its form
            r"|\bwhat (?!(?:is|are|was|were|did|does|do|has|have|had)\b)(?:[\w'’-]+ ){0,2}(figure|total|tally|count|number)\b"
            rf"|{SIDE_VOTE_PATTERN}"),
    (TIME, r"\b(what|which) ((local|exact|precise|approximate|official) )?time\b|\bat what hour\b"),
    (DATE, r"^when\b|\b(on|by|in|since|until) (what|which) (date|day|year|month)\b|\b(what|which) (date|day|year|month)\b"
           # "on which autumn date did …" (one word before the noun, then the verb: not "what election day violence")
           r"|\b(what|which) [\w'’-]+ (date|day) (did|does|do|was|were|is|are|had|has|have|will|would)\b"
           # "what was the date of the coup?", "What is the exact date of…"
           r"|\b(what|which) (was|is|were|are) the ((exact|precise|official) )?(date|day|year|month) (of|when|on)\b"),
    # after the figures ("What did the CNE say the turnout was?" wants a percentage), before PERSON
    # ("What did the students say…" is not asking for a person)
    # "what violence happened to …", "what attacks took place": the events asked, not a name
    (EVENT, r"\bwhat (?!(?:year|day|date|time|month|hour|place|city|state|country)s?\b)(?:[\w'’-]+ ){0,2}[\w'’-]+ "
            r"(?:happened|occurred|took place|went on|unfolded|broke out)\b"),
    (EVENT, r"^what (did|does|do|has|have|had|would|will|could|might) .{1,80}?\b(say|tell|argue|claim|demand|declare|promise|warn|do|done|"
            r"propose|include|mean|want|offer|plan|call for|ask for|think|believe|suggest|recommend|expect|fear)\b"
            # the same asked in a statement's word order ("tell me what the opposition did while…")
            r"|^what (the|his|her|their|its|this|that|these|those) ([\w'’-]+ ){0,7}?(did|said|told|argued|claimed|demanded|"
            r"declared|promised|warned|proposed|offered|wanted|planned|called for|asked for)\b"),
    (PERSON, rf"^(who|whom|whose)\b|\b(which|what) {WH_MODIFIERS}{PERSON_NOUNS}\b|\bto whom\b"
             # "what was the name of the oil worker who was shot" (read as "which oil worker who…"): someone
             r"|^which ([\w'’-]+ ){0,3}?(?!(?:party|parties|state|states|city|cities|country|countries|group|groups|"
             r"organi[sz]ations?|newspapers?|stations?|compan(?:y|ies)|articles?|papers?|movements?|coalitions?|"
             r"unions?|councils?)\b)[\w'’-]+ who\b"
             r"|^(?!(?:(?:in|for|to|from|at|on|by|of|with|under|during)\s+)?(?:which|what|why|how|when|where)\b).*\bwho\b"
             r"(?!.*\b(?:which|what)\s+\w+)"),       # not "The governor who urged … belonged to which party?"
    # ^ "tell me who…"; not "which party …, who urged", "in which city were the journalists who…"
    (PLACE, rf"^where\b|\b(which|what) {WH_MODIFIERS}{PLACE_NOUNS}\b|\bwhere\b"),
    (MANNER, r"^how\b"),
    (DESCRIPTION, rf"^(what|which) {WH_MODIFIERS}{DESCRIBED_NOUNS}\b"
                  # "what had been predicted…", "what was promised…": a thing said or done, no name
                  r"|^what (?:had|has|have) been\b|^what (?:was|were) (?:\w+ly )?\w+ed\b"
                  # "what was in the 2007 reform": its contents
                  r"|^what (?:is|was|are|were) (?:in|inside)\b"
                  # "What is the PSUV?", "what was the Bolivarian revolution": a definition, no name
                  r"|^what(?:'s|’s| is| are| was| were) (?!(?:(?:the|a|an) )?(?:name|title|date|time|year|day)\b)(?:the |a |an )?"
                  r"(?:(?!(?:of|in|for|on|at|to|from|between|by|with|and|or)\b)[\w'’.-]+ ?){1,4}\??$"),
    (ENTITY, ENTITY_CATCH_ALL),
]
# A question typed as a search, with no question word or auxiliary ("turnout 2017 election",
# "chavez percentage in the recall vote"): the figure's noun says the answer type
QUESTION_WORD_ANYWHERE = (r"\b(why|how|who|whom|whose|what|when|where|which|was|were|is|are|did|does|do|has|have|"
                          r"had|can|could|will|would|should|name|tell|explain|describe)\b")
SEARCH_TYPES: list[tuple[str, str]] = [
    # "participation in 2017?", not "participation of students in the protests"
    (PERCENT, r"\b(turnout|abstention|percentage|percent|share|proportion|rate|inflation)\b|^(the )?participation (in|for|at)\b"
              r"|(?<![\d.,])%"),                                                                  # "psuv % of total vote"
    (COUNT, r"\b(number|total|tally|count|votes|seats)\b"),                                     # "maduro votes 2013"
    (DATE, r"\bdate\b"),                                                                         # not "election day violence"
]
# compiled at import: re's own cache compiled each on the first question that reached it
TYPE_RULES = [(kind, re.compile(pattern)) for kind, pattern in TYPE_PATTERNS]
SEARCH_RULES = [(kind, re.compile(pattern)) for kind, pattern in SEARCH_TYPES]
# … opening the question or one of its clauses: "chávez's vote share when re-elected in 2012" is
# still a search ("when" joins a clause to the noun), "turnout in 2013, what was it" is not
CLAUSE_QUESTION_WORD = re.compile(r"(?:^|[,;:(—–-]\s*|\band\s+)" + QUESTION_WORD_ANYWHERE)
# "What is the name of the CNE president?" asks for a person as "which CNE president" does
NAME_OF = re.compile(r"\b(what|which)\s+(?:is|was|are|were)\s+the\s+names?\s+of\s+(?:the\s+)?", re.I)
# "Who is Baduel?", "Who was Tibisay Lucena?": the name is given; what is wanted is what the
# articles say of that person, not another name.
WHO_IS_NAMED = re.compile(r"^(?i:who)\s+(?i:is|was)\s+(?!(?i:the|a|an|this|that)\b)(?:[A-ZÁÉÍÓÚÑ][\w’'.-]*\s*)+\??$")
# "What was Baduel's rank?", "What job had Ramón Carrizales held before?": a post of someone
# named, which the articles give as the title beside the name ("retired general Baduel", "the
# former housing minister, Ramón Carrizales"): a who-is question, the post noun no topic. Not
# "what role did Rodríguez get": a post given him, which a sentence tells otherwise.
NAMED = r"([A-ZÁÉÍÓÚÑ][\w’'.-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w’'.-]*)*?)"
POST_NOUN = r"(?:job|post|position|role|rank|title|office|occupation|profession)"
# … not a stance ("Chávez's position on the reform") nor a part played ("his role in the coup")
NOT_A_STANCE = r"(?!\s+(?i:on|towards?|about|regarding|over)\b)(?!(?<=role)\s+(?i:in|during|at)\b)"


def post_of(named: str) -> str:
    """The pattern of a post asked of someone `named` (a pattern with one group): "What was
    Baduel's rank?", "What job had Ramón Carrizales held before?"."""
    return (rf"^(?i:what|which)(?:\s+(?i:was|is|were|are)|['’]s)\s+{named}['’]s?\s+"
            rf"(?i:(?:previous|former|old|earlier|current|official|exact|military)\s+)?(?i:{POST_NOUN})\b{NOT_A_STANCE}"
            rf"|^(?i:what|which)\s+(?i:{POST_NOUN})\s+(?i:had|has|did|does)\s+{named}\s+"
            r"(?i:held|hold|had|have|occupied|occupy|filled|fill)\b")


POST_OF_NAMED = re.compile(post_of(NAMED))
# …typed in lower case ("what is vicente diaz's title", "what job did elias jaua have"), asked so
# when the articles write its words as names (with_name_capitalised)
POST_OF_LOWER = re.compile(post_of(r"((?:[^\W\d_A-Z][\w’'.-]*?)(?:\s+[^\W\d_A-Z][\w’'.-]*?){0,2}?)"))
# "How many did the opposition win?": what is counted was said in the previous question ("How
# many have died…?", "How much did it cost?" are whole questions)
BARE_COUNT = re.compile(r"^(\s*how\s+many)\s+(?=(?:did|do|does)\b)", re.I)
# chat words a follow-up may open with ("ok and what about 2013?", "Right. Who won?")
# the auxiliaries a question turns on ("did the opposition win…", "was it…"), and with the modals
AUXILIARIES = "did|does|do|was|were|is|are|has|have|had"
AUXILIARIES_OR_MODALS = AUXILIARIES + "|can|could|will|would"
# what a reader says around a question that is no part of it: an apology or a pause, thanks, a nod
APOLOGY_WORDS = r"sorry|oops|wait|hmm+|oh|ah|actually"
THANKS_WORDS = r"thanks|thank\s+you|thx|cheers"
NOD_WORDS = r"ok(?:ay)?|great|cool|nice|perfect|good|fine|right|got\s+it|i\s+see"
GREETING_WORDS = (r"(?:hello|hi|hey|hiya|howdy|good\s+(?:morning|afternoon|evening|day))(?:\s+there)?"
                  r"(?:[\s,]+how\s+are\s+you(?:\s+doing)?)?")
CHAT_LEAD = rf"(?:(?:ok|okay|so|well|right|{APOLOGY_WORDS})\b[\s,.!]*)"
# a reader correcting the last question: "no sorry, I meant the 2007 referendum", "make that 2013",
# "I meant to ask about the 2004 recall" (what is meant follows "to ask about", "to say"), "not
# 2013, 2004"
CORRECTION = (r"(?:(?:no|nope|sorry|oops|actually)\b[\s,.!]*)*(?:(?:i\s+meant|i\s+mean|make\s+that)\b"
              r"(?:\s+to\s+(?:ask|say)(?:\s+about)?\b)?[\s,.!:]*"
              # "not 2013, 2004", "not Maduro but Capriles": what is meant follows; not a clause that
              # opens a question of its own ("Not counting Caracas, did Maduro…", "Not surprisingly, …",
              # "Not long after, did…")
              r"|not\s+(?!(?:\w+ing|\w+ly|long|only|just|even|yet)\b)(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?"
              r"\s*(?:,\s*(?:but\s+)?|\s+but\s+)"
              rf"(?!(?:what|which|who|whom|whose|when|where|why|how|{AUXILIARIES_OR_MODALS})\b))")
FOLLOW_UP = re.compile(rf"^{CHAT_LEAD}*(and|but|what about|how about|what of|and what about|same for|also|{CORRECTION})\b",
                       re.I)
PRONOUN_START = re.compile(r"^(what|how|why|when|where|who)\b.*\b(it|they|them|that|this|those|he|she|his|her|its|their)\b", re.I)
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTH_NAME = "|".join(m.capitalize() for m in MONTHS)     # as written in running text, capitalised ("October")
MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?", re.I)
# a day of a month: "October 15", "15 October", "the 3rd of December"
DAY_DATE = re.compile(rf"{MONTH.pattern}\s+(\d{{1,2}}(?:st|nd|rd|th)?)\b|\b(\d{{1,2}}(?:st|nd|rd|th)?)\s+(?:of\s+)?{MONTH.pattern}",
                      re.I)
QUESTION_WORDS = {"what", "which", "who", "whom", "whose", "when", "where", "why", "how", "many", "much",
                  "did", "does", "do", "done", "is", "are", "was", "were", "name", "according", "article", "say", "says",
                  "describe", "described", "give", "tell", "mention", "mentions", "mentioned",
                  "cite", "cites", "cited", "citing",           # "the deficit the CWI cited": who tells, not what
                  "ok", "okay",                                 # "ok, who won in 2013?": a reader's filler
                  # "what was inflation like…": the idiom's word, not the topic
                  "like",
                  # how the article holds the view, not what the view is about ("why does the blogger argue that…")
                  "think", "thinks", "believe", "believes", "argue", "argues", "suggest", "suggests", "view",
                  # time relative to the question's own frame ("what earlier attempts…"), not a topic
                  "earlier", "previous", "previously", "prior", "later", "recent", "recently", "afterwards", "afterward",
                  # what is left of a negated auxiliary ("didn't" → "didn", "t"): no topic
                  "didn", "doesn", "don", "wasn", "weren", "isn", "aren", "hasn", "haven", "hadn",
                  "couldn", "wouldn", "shouldn",
                  # how exact the figure asked is to be ("roughly how many…"), not what it is of
                  "roughly", "approximately", "approximate", "around", "about", "nearly", "almost",
                  "exact", "exactly", "precise", "precisely", "raw",
                  # someone or something besides the one already given ("who else met him?"): no topic
                  "else"}
# Words that are no topic as written, though a word of the same stem may be one (so they are
# matched before stemming): courtesy anywhere in the question ("…, thanks", "give the numbers
# pls"; not "pleased", "thank" the verb), and the thing asked as it ordinarily is ("the normal
# working week": the text names it bare; not "normalise relations")
AS_WRITTEN_NO_TOPIC = {"please", "pls", "plz", "thanks", "thx",
                       "normal", "normally", "usual", "usually", "ordinary", "typical",
                       # what sets two things side by side ("2013 presidential vs 2017 governor races")
                       "vs", "versus"}
# (not "How many did it win?": no thing counted is named)
FOCUS = re.compile(r"\b(?:how many(?!\s+(?:did|does|do|was|were|is|are|had|has|have|would|could|can|will)\s)|what number of|which|what)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?:\s+"
                   r"(?:(?:did|does|do|was|were|is|are|had|has|have|had|in|of|on|at|for|would|could|can|will|to|that)\b"
                   r"|(?:got|gets?)(?=\s+\w+ed\b))"                   # "how many army officers got arrested"
                   r"|\s*\??\s*$)", re.I)


# a word between a reference's determiner and its noun ("the January 2008 CWI article"), not the
# start of another reference
REF_WORD = r"(?:(?!(?:the|this|that|a|an|his|her|their|its)\s)[\w'’.“”\"-]+\s+)"
SOURCE_NOUNS = {"article", "blog", "blogger", "report", "piece", "post", "column", "author", "writer", "website",
                "analysis", "account", "blogging", "commentary", "editorial", "essay", "op-ed",
                "site", "magazine", "newspaper", "paper"}
SOURCE_REF = re.compile(
    rf"\b(?:the|this|that|a|an)\s+({REF_WORD}{{0,5}}?)({'|'.join(sorted(SOURCE_NOUNS))})s?\b"
    r"(?!\s+(?:of|in|to)\s+(?:the\s+)?\w+\s+(?:election|referendum))", re.I)
# "the green left article on governor elections" names an article, "the Reuters report on the
# referendum" may name none: such a reference counts only if an article fits it (weak)
ON_AN_ELECTION = re.compile(r"\s+on\s+(?:the\s+)?\w+\s+(?:election|referendum)", re.I)
# "in his January 2008 article", "her blog": an article named by its author's possessive (only the
# nouns that can mean nothing else: "his post", "its paper mills", "his account of the coup" are not)
POSSESSIVE_SOURCE = re.compile(rf"\b(?:his|her|their|its)\s+({REF_WORD}{{0,4}}?)(article|blog|column|piece)s?\b", re.I)
# how a reference says the article tells it: "as posted in the live blog", "as reported by the CWI piece",
# "per the CWI analysis"
TOLD_IN = re.compile(r"\bas\s+(?:posted|reported|published|given|stated|noted|recorded|listed|quoted|described|shown|"
                     r"written|told|put|cited|presented)\s+(?:in|by|on)\s+|\bper\s+", re.I)
PUBLISHED = re.compile(r"\b(?:published|written|posted|dated)\s+(?:in|on)\s+(?:\w+\s+){0,2}?(?:1[89]\d\d|20\d\d)\b", re.I)
# "Who won the 2013 election?", "Who has led…", "Who was elected…": the answer is whoever did
# the verb, a name before it in the sentence. Not "Who is…", "Who did Chávez offer…" (an object).
# (a participle: "elected", "chosen", "sworn", "re-elected"; not "has been president")
WHO_DID = re.compile(r"^who\s+(?:(?P<passive>(?:(?:has|have|had)\s+been|was|were|got|gets|get)\s+)(?=[\w-]+(?:ed|en|wn|rn)\b)"
                     r"|(?:has|have|had)\s+(?!been\b))?"
                     r"(?!(?:is|are|was|were|be|been|has|have|had|did|does|do|will|would|can|could|should|may|might|must|"
                     r"else|among|of|in|on|from|at|the|a|an|this|that|these|those|most|more|his|her|its|their)\b)"
                     r"(?![\w-]+['’]t\b)([a-z][\w-]+)\b")
# "Which party won …?", "what coalition controlled …": a past verb right after the asked noun,
# whose doer is the answer as for "who won" (not "which states did the PSUV lose": an object)
# (a participle before a noun describes it: "which recently elected governor", and one with "by"
# after it: "which party backed by Chávez won")
WHICH_DID = re.compile(r"^(?:which|what)\s+(?:of\s+(?:the|these|those)\s+)?"
                       r"(?:(?!(?:is|are|was|were|did|does|do|has|have|had|of)\b)[a-z][\w-]*\s+){1,2}?"
                       r"(?:(?:has|have|had)\s+)?"
                       rf"({PAST_NOT_ED}|led|(?!need|feed|speed)[a-z]+ed"
                       r"(?=\s+(?:the|a|an|his|her|its|their|in|on|at|to|for|from|with|over|against|most|more)\b|\s*\??$))\b")
# "Whose byline is on the CWI analysis?": who wrote it
BYLINE_ASKED_PATTERN = r"whose\s+(?:byline|name)\s+(?:is|was|appears|appeared|stands)\s+(?:on|under|above)\b"
BYLINE_ASKED = re.compile(r"^\W*" + BYLINE_ASKED_PATTERN, re.I)
ASKS_AUTHOR = re.compile(r"^(?:who|whom)\s+(?:wrote|authored|penned|is\s+the\s+(?:author|writer)|was\s+the\s+(?:author|writer))\b"
                         r"|\b(?:name|who\s+is|who\s+was)\s+the\s+(?:author|writer)\b|^\W*" + BYLINE_ASKED_PATTERN, re.I)
AUTHORSHIP_VERBS = {"wrote", "authored", "penned", "byline"}
AUTHORSHIP_VERB = re.compile(rf"^\W*(?:who|whom)\s+(?:{'|'.join(AUTHORSHIP_VERBS)})\b", re.I)
PUBLISHING_WORDS = {"published", "written", "posted", "dated", "in", "on"}
# a word of a name a view is attributed to ("Tony Saunois", "the CWI", "green left"), in any case:
# not a function word, so the name stops at "of the CWI", "did", "in 2007"; whether an article
# is meant is decided by its front matter (names_an_article), not by the words
NAME_WORD = (r"(?!(?i:of|in|on|at|from|for|by|to|and|or|but|the|a|an|his|her|their|its|he|she|they|it|we|you|i|"
             r"this|that|these|those|who|whom|what|why|how|when|where|which|is|are|was|were|be|been|do|does|did|"
             r"has|have|had|about|after|before|during|with|over|than|so|say|says|said|think|thinks|see|sees)\b)"
             r"[^\W\d_][\w'’.-]*")
# "According to Darrall Cozens, why…", "why, according to the CWI, did…", "… according to green left?"
ACCORDING_TO_NAME = re.compile(rf"\b(?i:according\s+to)\s+(?:(?i:the)\s+)?({NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})")
# "What does Tony Saunois say about unemployment?", "Why does Darrall Cozens think…", "Which
# families does Tony Saunois say…", "why did the CWI consider…": the author (or outlet) whose
# view is asked, when an article's front matter fits the name
NAME_SAYS = re.compile(rf"\b(?i:does|did|do)\s+(?:(?i:the)\s+)?({NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}?)\s+"
                       r"(?i:say|says|said|write|writes|wrote|think|thinks|consider|regard|see|call|warn|argue|argues|"
                       r"claim|claims|describe|describes|believe|suggest|admit|explain|predict|blame|expect|mean|point)\b")
# "the 28 January 2008 piece by Tony Saunois", "Tony Saunois's article": the author names the
# article (weak, like "According to <name>,")
BY_AUTHOR = re.compile(r"\b(?i:article|blog|report|piece|post|column|analysis|account|entry)s?\s+(?i:written\s+)?(?i:by)\s+"
                       r"((?:[A-ZÁÉÍÓÚÑ][\w'’.-]*\s+){0,3}[A-ZÁÉÍÓÚÑ][\w'’.-]*?)(?=['’]s\b|[\s,?.!;:]|$)")
AUTHOR_OWNS = re.compile(r"((?:[A-ZÁÉÍÓÚÑ][\w.-]*\s+){0,3}[A-ZÁÉÍÓÚÑ][\w.-]*)['’]s?\s+(?:[\w-]+\s+){0,2}?"
                         r"(?i:article|blog|report|piece|post|column|analysis|account|entry)\b")
# a name as a reader capitalises it, with the small words inside a title ("In Defence of Marxism",
# "Hands Off Venezuela", "Jim McIlroy"), or a run of NAME_WORDs in any case ("green left")
TITLE_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+(?:(?:of|the|and|de|del|la|for)\s+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*){0,4}"
ATTRIBUTION_NAME = rf"(?:{TITLE_NAME}|{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})"
OUTLET_AFTER = rf"(?:\s+(?i:in|on|for|at)\s+(?:(?i:the)\s+)?({ATTRIBUTION_NAME}))?"
# "as reported by In Defence of Marxism", "cited by Jim McIlroy in Green Left", "quoted in Green
# Left", "posted on the Hands Off Venezuela blog": a name after a verb of reporting or publishing
ATTRIBUTED = re.compile(r"\b(?i:reported|cited|quoted|written|published|posted|covered|analy[sz]ed|described|noted|"
                        rf"mentioned|blogged)\s+(?i:by|in|on|for)\s+(?:(?i:the)\s+)?({ATTRIBUTION_NAME}){OUTLET_AFTER}")
# "the referendum that Tony Saunois analyses for the CWI": a capitalised name doing the writing
NAME_WRITES = re.compile(rf"\b({TITLE_NAME})\s+(?i:analy[sz]es|writes|wrote|argues|reports|notes|recounts|describes)\b"
                         rf"{OUTLET_AFTER}")
# nouns that name an article only when an article fits the words with them ("the CWI analysis",
# "the guy blogging from Caracas"), not on their own ("the government's account", the BBC
# headline "Microsoft gets the blogging bug")
WEAK_SOURCE_NOUNS = {"analysis", "account", "blogging"}


@dataclass
class Question:
    text: str
    answer_type: str
    terms: list[str]                    # stemmed content terms (question words, years, source words removed)
    entities: list[str]                 # capitalised names in the question, as written
    years: list[int]                    # years of the events asked about
    months: list[int]                   # 1..12
    placing_years: list[int] = field(default_factory=list)  # said only to place the time asked: "before 2013"
    dates: list[tuple[int, str]] = field(default_factory=list)  # (month, the day's term): "October 15" → (10, "15")
    focus: list[str] = field(default_factory=list)   # stemmed head words of "which X" / "how many X"
    sources: list = field(default_factory=list)     # SourceReference: how the question names its article(s)
    quotes: list[str] = field(default_factory=list)        # phrases the question puts in quotes, folded
    asks_author: bool = False           # "Who wrote the CWI article …?": the answer is its byline
    asks_who_is: bool = False           # "Who is Baduel?": the answer is what the articles say of him
    asks_post: bool = False             # "What was Baduel's rank?": the title the articles give him
    asks_duration: bool = False         # "How long would the term have been?": a count of years, days, hours
    expands: str = ""                   # "What does PSUV stand for?": the acronym whose long form is asked
    asks_summary: bool = False          # "Summarise the 2013 article": the named article's opening (composer.summary)
    cue: str = ""                       # the kind of sentence that answers: causal (why), prescriptive
                                        # ("how should…"), reaction ("how did they react…"); see answer_cue
    figure_actor: list[str] = field(default_factory=list)   # "how many … did the opposition win": opposit
    rival_of: list[str] = field(default_factory=list)       # "how many … did Maduro's challenger get": maduro
    loser_figure: bool = False          # "how many votes did the runner-up get": the smaller figure of a result;
                                        # "who was the runner-up in 2013?": the name the result gives it
    doer_verb: str = ""                 # "Who won …?": the verb (text.verb_base) the answer's name does
    doer_passive: bool = False          # "Who was elected …?": the name is what the verb was done to
    object_verb: str = ""               # "Which states did the PSUV lose …?": the verb done to the answer (verb_base)
    count_verb: str = ""                # "How many people died …?": what the ones counted did (verb_base)
    came_about_verb: str = ""           # "Was the killer ever caught?": the verb asked to have come about (verb_base)
    side: str = ""                      # "how many no votes…", "What did NO get…": the referendum side named
    role: str = ""                      # "Who was the president of the CNE?": presid, the post the name holds
    role_body: list[str] = field(default_factory=list)   # …and what it is the post of, as written: ["CNE"]
    told_not_named: bool = False        # "What was wrong with the campaign?": DESCRIPTION for want of a
                                        # kind with a name (answer_typing); must match in meaning

    @property
    def is_factoid(self) -> bool:
        return self.answer_type in FACTOID_TYPES

    @property
    def wants_several_sentences(self) -> bool:
        return not self.is_factoid


def answer_form_terms(answer_type: str) -> set[str]:
    """Stemmed ANSWER_FORM_WORDS of a type (empty for the types answered by sentences)."""
    return {stem(w) for w in ANSWER_FORM_WORDS.get(answer_type, ())}


# "How should …", "How does the article propose tackling …": a how-question asking what ought
# to be done, not how something happened
PRESCRIPTION_ASKED = re.compile(r"\b(?:should|must|ought|propos\w*|suggest\w*|call(?:s|ed)? for|recommend\w*|"
                                r"advocat\w*|need(?:s|ed)? to|ha(?:ve|s) to)\b", re.I)
# "How did the opposition react / respond …": what they did and said
REACTION_ASKED = re.compile(r"\b(?:react\w*|respon(?:d|ds|ded|ding|se|ses))\b", re.I)
# "How did Chávez beat the recall?", "how was the PSUV able to win": by what means an outcome came
# about, which the articles give as causes ("…has been based upon a widespread mobilisation")
OUTCOME_ASKED = re.compile(r"^\W*how\s+(?:did|does|do|could|can|was|were|is|are)\s+(?:[\w’'.-]+\s+){1,4}?"
                           r"(?:(?:manage|able)\s+to\s+)?(?:win|beat|defeat|survive|lose|succeed|fail|recover|regain)\b", re.I)


# "What was the result of the 2004 recall referendum?", "how did the 2007 referendum turn out":
# who won a vote, and by how much, is asked
RESULT_ASKED = re.compile(r"^\W*(?:what|how)\s+(?:was|were|is|are)\s+the\s+(?:(?:final|overall|official|actual)\s+)?"
                          r"(?:results?|outcomes?)\s+(?:of|in)\b|^\W*how\s+did\s+(?:[\w’'.-]+\s+){0,5}?(?:elections?|referendums?|"
                          r"referenda|votes?|recall|polls?|race)\s+(?:turn\s+out|end)\W*$",
                          re.I)


# a side of a referendum a question names: "how many No votes", "the 'yes' camp", "What did NO get",
# "did the No receive", "what percentage voted No", "how many said yes", "votes for no in Block A",
# "did No get" (a capital mid-question);
# "no" and "yes" are stopwords, so only this says which side is meant
SIDE_NAMED = re.compile(r"(?<![\w'’])(?:(?P<quoted>[\"'“‘](?:yes|no)[\"'”’])"
                        r"|(?:(?<=\bmany\s)|(?<=\bthe\s)|(?<=^))(?P<word>yes|no)(?=\s+(?:votes?|voters|side|camp|option)\b)"
                        r"|(?<=\bthe\s)(?P<the>yes|no)(?![\w'’./-])"
                        r"|(?:(?<=\bvoted\s)|(?<=\bvote\s)|(?<=\bvoting\s)|(?<=\bsaid\s))(?P<voted>yes|no)(?![\w'’/-])(?!\.\w)"
                        r"(?!\s+(?:one|more|longer|confidence|votes?|matter|other|doubt|way|further)\b)"
                        r"|(?<=\bfor\s)(?P<for>yes|no)(?=\s*(?:[?,.;]|$)|\s+(?:in|on|at|during|side|camp)\b)"
                        r"|(?<=\s)(?P<title>Yes|No)\b(?![\w'’./-])"
                        r"|(?P<caps>YES|NO)\b)", re.I)


# the word that makes a referendum side a name ("the NO side", "the 'yes' camp"): the side, not a topic
SIDE_WORD = re.compile(r"\b((?:yes|no)[\"'”’]?\s+)(?:side|camp|option)\b", re.I)


def side_named(question: str) -> str:
    """"no" or "yes" when the question names that side of a referendum ("" otherwise; "no"
    as a plain negation, "were there no votes…", is no side)."""
    for match in SIDE_NAMED.finditer(question):
        if match.group("caps") and not match.group("caps").isupper():
            continue
        if match.group("title") and not (match.group("title").istitle() or match.group("title").isupper()):
            continue                                  # "No" or "Yes" written as a name mid-question: "did No get"
        return fold(match.group(0)).strip("\"'“”‘’")
    return ""


def answer_cue(kind: str, question: str) -> str:
    """Which cue marks an answering sentence (scoring.CUES): a reason for why, and for how an
    outcome came about (OUTCOME_ASKED); for a how-question asking what ought to be done, a
    prescription; for an explanation of how someone reacted, a reaction ("refused to recognise",
    "cried fraud", "recognised the result"); for a vote's result asked ("what was the result of
    the 2004 recall?", RESULT_ASKED), who won and by how much."""
    if kind == REASON:
        return "causal"
    if kind == MANNER and PRESCRIPTION_ASKED.search(question):
        return "prescriptive"
    if kind not in FACTOID_TYPES and REACTION_ASKED.search(question):
        return "reaction"
    if kind == MANNER and OUTCOME_ASKED.search(question):
        return "causal"
    if kind not in FACTOID_TYPES and RESULT_ASKED.search(question):
        return "result"
    return ""


# "summarise the 2013 article", "What is the 2017 piece about?", "the gist of the blog": a
# summary of the article the question names
SUMMARY_ASKED = re.compile(r"\b(?:summar(?:y|ies|ise|ize|ised|ized|ising|izing)|gist|overview|main\s+points?|sum\s+up)\b"
                           r"|^\W*what\s+(?:is|was|are)\s+(?:the|this|that)\s+[^?]*\babout\W*$", re.I)
SUMMARY_WORDS = {"summary", "summaries", "summarise", "summarize", "summarised", "summarized", "gist", "overview"}
# the stems question_terms leaves out: the asking, not the topic (made once, not once per term)
ASKING_STEMS = frozenset(stem(w) for w in QUESTION_WORDS | SUMMARY_WORDS)


# "who is capriles": a who-is question typed in lower case (its words checked against the articles)
WHO_IS_LOWER = re.compile(r"^(?i:who)\s+(?i:is|was)\s+((?:[^\W\d_A-Z][\w’'.-]*\s*){1,3})(\?*)$")


def with_name_capitalised(question: str, name: Callable[[str], str | None]) -> str:
    """"who is capriles" as "who is Capriles" when every word after "who is" is one the articles
    write as a name (`name`: spelling.Speller.name), so it is asked as a who-is question, not as
    "who is <someone described>" answered with a name ("Miranda"); and so a post asked of someone
    ("what is vicente diaz's title" → "what is Vicente Díaz's title": post_asked)."""
    text = question.strip()
    match = WHO_IS_LOWER.match(text) or POST_OF_LOWER.match(text)
    if not match:
        return question
    group = 1 if match.group(1) is not None else 2          # POST_OF_LOWER: the name of either form
    written = [name(w) for w in match.group(group).split()]
    if not all(written):
        return question
    return text[:match.start(group)] + " ".join(written) + text[match.end(group):]


def names_a_thing(name: str) -> bool:
    """A name joined by a connecting word ("GDP of Venezuela", "Bank of England"): a thing of a
    place or body, whose first words are no one's given names or title."""
    return not STOPWORDS.isdisjoint(fold(name).split())


# a place typed in lower case after "in" ("how many votes did yes get in caracas")
LOWER_PLACE = re.compile(r"\b(in|of)\s+([^\W\d_A-Z][\w’'-]*)(?=\s*[?.!,]|\s*$)")


def with_place_capitalised(question: str, name: Callable[[str], str | None]) -> str:
    """"…in caracas" as "…in Caracas" when the articles write the word as a name (`name`:
    spelling.Speller.name) and it ends the question: a place the fact is restricted to is read from
    its capitals (composer.places_only_around), and a reader typing in lower case restricts it too."""
    return LOWER_PLACE.sub(lambda m: f"{m.group(1)} {name(m.group(2)) or m.group(2)}", question)


def asks_who_is(question: str) -> bool:
    """'Who is Baduel?': the name is given, what the articles say of the person is wanted (and
    "What was Baduel's rank?": post_asked)."""
    return bool(WHO_IS_NAMED.match(LEADING_PHRASE.sub("", question.strip()))) or post_asked(question)


def post_asked(question: str) -> bool:
    """"What was Baduel's rank?", "what job had Carrizales held before?" (POST_OF_NAMED)."""
    return bool(POST_OF_NAMED.match(LEADING_PHRASE.sub("", question.strip())))


def as_who_is(question: str) -> str:
    """A post asked of someone named, asked as who they are, with whatever follows ("what was
    Baduel's rank in 2007?" → "who is Baduel in 2007?"): the post's noun and verb name no topic."""
    text = LEADING_PHRASE.sub("", question.strip())
    match = POST_OF_NAMED.match(text)
    return f"who is {match.group(1) or match.group(2)}{text[match.end():]}" if match else question


# kinds of thing known by a name of their own: "What newspaper published…?", "what was the party of
# the governor of Sucre?", "What TV station did he close?" want the name (and so a post, a side, a date)
NAMEABLE_KINDS = frozenset(stem(w) for w in (
    "name", "title", "nickname", "slogan", "motto", "label", "term", "word", "phrase", "song", "book",
    "party", "coalition", "alliance", "front", "movement", "union", "federation", "association", "organisation",
    "organization", "group", "body", "institution", "authority", "council", "committee", "commission", "court",
    "tribunal", "assembly", "congress", "parliament", "legislature", "ministry", "department", "government",
    "agency", "company", "firm", "corporation", "business", "bank", "brand", "newspaper", "paper", "daily",
    "magazine", "journal", "outlet", "publication", "channel", "station", "network", "broadcaster", "website",
    "programme", "program", "mission", "project", "law", "act", "bill", "decree", "constitution", "treaty",
    "document", "article", "report", "speech", "side", "camp", "option", "block", "bloc",
    "date", "job", "post", "position", "role", "rank", "office", "occupation", "profession",
    # …and the places, groups and kinds a name is asked of with "what": "What supermarkets are state
    # run?" (Mercal), "What families control the economy?", "What palace did supporters gather outside?",
    # "What barrio was Carlos a leader of?", "What ideology…", "What flag was in the picture?"
    "supermarket", "store", "shop", "chain", "family", "conglomerate", "barrio", "neighbourhood", "neighborhood",
    "district", "suburb", "palace", "building", "hall", "balcony", "flag", "ideology", "doctrine", "team",
    "club", "currency", "religion", "nationality", "city", "town", "village", "province", "region"))
# …and the things measured, whose answer is a figure the patterns above did not catch: "what was
# turnout when he was re-elected?", "what's the price of a barrel?", "what was his exact total?"
MEASURED_KINDS = frozenset(stem(w) for w in (
    "price", "cost", "value", "figure", "total", "number", "amount", "tally", "count", "size", "scale", "level",
    "rate", "share", "percentage", "proportion", "turnout", "participation", "abstention", "inflation",
    "unemployment", "population", "shortage", "shortfall", "deficit", "time", "year", "month", "weather",
    "temperature", "increase", "growth", "rise"))
SHORT_ANSWER_KINDS = NAMEABLE_KINDS | MEASURED_KINDS
# a name asked by its verb: "What is Chávez's party called?", "what was the operation named?",
# "what does PDVSA stand for?" (not "what did the author call for?", "called on": urged)
NAME_ASKED = re.compile(r"\b(?:names?|named|call(?:s|ed)?|dubbed|nicknamed|known\s+as|(?:en)?titled)\b"
                        r"(?!\s+(?:for|on|upon|off)\b)|\bstands?\s+for\b")
# "which…", "name…", and a follow-up's "what about 2013?", typed by the question it follows
ENTITY_KEPT = re.compile(r"^name\b|\bwhich\b|\bwhat\s+about\b")
# a plural with no article after the verb asks how many or how much, as a measured kind does ("what
# were exports in 2007?", a follow-up's "what was murders in Caracas in 2013?"); not a word ending in
# "s" that is no plural ("what is progress…", "what was the status…", "what is crisis…")
BARE_PLURAL_ASKED = re.compile(r"\bwhat\s+(?:is|was|are|were)\s+(?!(?:this|his|its|us|news|politics|economics|means|"
                               r"series)\b)[a-z]+(?<![isu'’])s\b(?!['’])")
# the words after "what" up to a preposition, a conjunction or a clause's auxiliary: the noun asked
# and its verb ("what | was the current price | of a barrel", "what | newspaper published figures
# claiming | …"); none when a clause follows ("what | did Reuters report")
# (a noun phrase ends at a preposition or a conjunction: PHRASE_ENDS, read by TOLD_ABOUT too)
PHRASE_ENDS = r"in|of|on|at|for|to|with|from|by|about|between|during|after|before|when|while|that|who|if|as|than|and|or"
WHAT_PHRASE = re.compile(r"\bwhat\s+((?:(?!(?:did|does|do|has|have|had|will|would|can|could|should|shall|may|might|must|"
                         rf"{PHRASE_ENDS})\b)[\w'’-]+\s*){{1,6}})")
# …or when a clause in the progressive follows ("what was Trump threatening?", "what is the bolívar
# trading at?"): what it asks may be a name or a figure
PROGRESSIVE_AFTER_WHAT = re.compile(r"\bwhat\s+(?:is|was|are|were)\s+(?:[\w'’-]+\s+){1,3}?[\w'’-]+ing\b")
# a clause asking what a thing holds, told in sentences: "what did the cabinet reshuffle involve?",
# "what does 'economic war' refer to?" (what else a clause asks may be a name: "what did Venepal make?")
CONTENTS_ASKED = re.compile(r"\b(?:involv(?:e|es|ed)|entail(?:s|ed)?|consist(?:s|ed)?\s+of|refer(?:s|red)?\s+to|"
                            r"comprise[sd]?)\b")


def told_not_named(q: str) -> bool:
    """Whether a question the ENTITY_CATCH_ALL types asks with "what" for something to be told, not
    a name or a figure: the words after its "what" (WHAT_PHRASE) name no SHORT_ANSWER_KINDS, or its
    clause asks what a thing holds (CONTENTS_ASKED), and no name is asked for ("What was wrong with
    the campaign?", "What is the danger to the reforms from oil prices?", "What did the cabinet
    reshuffle involve?": DESCRIPTION; "What party…", "what was it called?", "what was the price…",
    "which…", "what did Lula advise?": ENTITY). `q`: the question as answer_type reads it."""
    if ENTITY_KEPT.search(q) or NAME_ASKED.search(q) or BARE_PLURAL_ASKED.search(q):
        return False
    phrase = None if PROGRESSIVE_AFTER_WHAT.search(q) else WHAT_PHRASE.search(q)
    if phrase is None:
        return bool(CONTENTS_ASKED.search(q))
    return SHORT_ANSWER_KINDS.isdisjoint(stem(w) for w in phrase.group(1).split())


# the thing a "what" question asks a telling about: after the noun it asks by ("what was the problem
# with the voting machines…", "what is the plot of the film…", "what was wrong with the campaign…"),
# or before a verb asking what it holds ("what did the 2012 regional elections involve?")
TOLD_ABOUT = re.compile(r"\bwhat\s+(?:is|was|are|were)\s+(?:(?:the|a|an)\s+)?[\w'’-]+\s+(?:with|of|about|for|to|behind)\s+"
                        rf"((?:(?!(?:{PHRASE_ENDS}|according)\b)[\w'’-]+\s*){{1,5}})")
TOLD_HOLDING = re.compile(r"\bwhat\s+(?:did|does|do|will|would)\s+((?:[\w'’-]+\s+){1,6}?)(?:" + CONTENTS_ASKED.pattern + ")")


def told_topic(question: Question) -> set[str]:
    """The terms of the thing a "what" question typed DESCRIPTION for want of a nameable kind
    (told_not_named) asks a telling about (TOLD_ABOUT, TOLD_HOLDING): "voting machines" of "What
    was the problem with the voting machines in 2013?", not the "problem" it asks by. An answer
    that never says it tells nothing of it (composer.description_fit). Empty for any other
    question, and for one that names no such thing."""
    if not question.told_not_named:
        return set()
    q = fold(question.text)
    found = TOLD_ABOUT.search(q) or TOLD_HOLDING.search(q)
    if found is None:
        return set()
    named = {stem(w) for w in re.findall(r"\w+", found.group(1))}
    return {t for t in question.terms if t in named}


def answer_typing(question: str) -> tuple[str, bool]:
    """The question's answer type, and whether it is DESCRIPTION only for want of a kind of thing
    with a name (told_not_named: "What is the danger to the reforms from oil prices?"), not by a
    rule of its own ("What is the PSUV?", "Why…"): any sentences answer such a question, so they
    must match it in meaning (composer.description_fit): "What is the plot of Hamlet?" is asked
    the same way, of nothing the articles tell."""
    if asks_who_is(question):
        return DESCRIPTION, False
    q = NAME_OF.sub("which ", LEADING_PHRASE.sub("", fold(question).strip()))
    for kind, pattern in TYPE_RULES:
        if pattern.search(q):
            told = pattern.pattern == ENTITY_CATCH_ALL and told_not_named(q)
            return (DESCRIPTION, True) if told else (kind, False)
    if not CLAUSE_QUESTION_WORD.search(q):
        for kind, pattern in SEARCH_RULES:      # typed as a search: "psuv vote share in 2017"
            if pattern.search(q):
                return kind, False
    return DESCRIPTION, False


def answer_type(question: str) -> str:
    return answer_typing(question)[0]


def question_entities(question: str) -> list[str]:
    """Capitalised word runs, skipping the question's first word ('Which', 'How')."""
    names = re.findall(r"(?<!^)\b([A-ZÁÉÍÓÚÑ][\w’'.-]*(?:\s+(?:de|del|la|of|the)?\s*[A-ZÁÉÍÓÚÑ][\w’'.-]*)*)", question.strip())
    names = [n.strip(".’'") for n in names]
    return [n for n in names if len(n) > 1 and fold(n) not in QUESTION_WORDS and fold(n) not in STOPWORDS
            and not MONTH.fullmatch(n)]


# a time asked relative to a year said alone: "before 2013", "prior to 2004", "until 2013", "after
# 2013" (not "before the 2007 referendum" nor "before 2007's vote", whose run-up is of that year's
# event; nor "since 2015", a period from the year said, which grounding.LOOKS_FORWARD reads)
RELATIVE_YEAR = re.compile(r"\b(before|prior\s+to|until|till|up\s+to|after|following)\s+(?:the\s+year\s+)?"
                           r"(1[89]\d\d|20\d\d)\b(?=\s*[?.!,;:)]|\s*$|\s+(?:and|or|but|in|at|for|according|when|"
                           r"than|as|compared|versus|vs)\b)", re.I)
# how far back (or on) "before 2013" reaches: the articles' figures of an earlier election, years back
RELATIVE_SPAN = 25


def relative_years_said(text: str) -> list[re.Match]:
    """The RELATIVE_YEAR phrases of a question naming one year only: one naming more names each
    time's event by its year ("how did the opposition react after 2004 and after 2013?": after each
    vote), not a time before or after it."""
    return list(RELATIVE_YEAR.finditer(text)) if len(set(YEAR.findall(text))) == 1 else []


def years_asked(text: str) -> list[int]:
    """The years the question asks about: each year it names, but one it names only to place an
    earlier or later time (RELATIVE_YEAR) stands for the years before or after it ("what was the
    turnout before 2013?" asks of 2012 back, whose figures are an earlier election's, not 2013's
    78.71%; relative_years_said)."""
    relative = {m.start(2): m for m in relative_years_said(text)}
    years = []
    for found in YEAR.finditer(text):
        year, placed = int(found.group(1)), relative.get(found.start())
        if placed is None:
            years.append(year)
        elif placed.group(1).lower() in ("after", "following"):
            years += range(year + 1, year + RELATIVE_SPAN + 1)
        else:
            years += range(year - 1, year - RELATIVE_SPAN - 1, -1)
    return years


def placing_years(text: str) -> list[int]:
    """The years the question names only to place an earlier or later time (RELATIVE_YEAR): not
    the time asked, whose own figures are no answer ("before 2013": not 2013's turnout)."""
    return [int(m.group(2)) for m in relative_years_said(text)]


def decades_asked(text: str) -> list[int]:
    """The years of each decade the question names ("in the 1990s": 1990 … 1999)."""
    return [int(y) for d in DECADE.finditer(text) for y in sorted(decade_years(d.group(0)))]


def dates_named(text: str) -> list[tuple[int, str]]:
    """(month, the day as a question term) of each day of a month the text gives."""
    return [(month_number(m1 or m2), stem(fold(d1 or d2))) for m1, d1, d2, m2 in DAY_DATE.findall(text)]


# "Whether Maduro won in 2013?" (as_question: "Find out if…") asks as "Did…?" does: no topic word
LEADING_WHETHER = re.compile(r"^\W*whether\b", re.I)


def question_terms(question: str) -> list[str]:
    out = []
    bare = [(w, w.strip(".,;:?!'’\"“”()")) for w in fold(DECADE_PART.sub("", LEADING_WHETHER.sub("", question))).split()]
    kept = " ".join(w for w, b in bare if not MONTH.fullmatch(b) and b.lower() not in AS_WRITTEN_NO_TOPIC)
    for term in content_terms(kept):
        if term not in ASKING_STEMS and term not in out:
            out.append(term)
    return out


# "What share of the vote…", "what number of governorships…": the thing measured is the focus
MEASURE_OF = re.compile(r"\b(which|what)\s+(?:(?:was|is|were|are)\s+(?:the\s+|[\w-]+['’]s?\s+)?)?"
                        r"(?:percentage|percent|share|proportion|fraction|portion|slice|part|number|amount|total|size|level)\s+of\s+(?:the\s+)?")


# "how large had the electoral register grown", "how big is the housing deficit", "how big was the
# electorate of Venezuela for the vote…": the thing sized
SIZE_OF = re.compile(r"\bhow\s+(?:large|big)\s+(?:is|was|were|are|had|has|have)\s+(?:the\s+)?((?:[\w'’-]+\s+){0,3}?[\w'’-]+?)"
                     r"(?:\s+(?:grown|become|gotten|got|been|in|by|at|on|for|when|after|before|during|according|now|then)\b"
                     r"|(?<!number)(?<!amount)(?<!share)(?<!total)(?<!level)(?<!proportion)(?<!percentage)\s+of\b|\s*[?,;—-]|\s*$)")


def focus_terms(question: str) -> list[str]:
    """Stemmed words of what the question asks about ("which steel company had…" → steel, company;
    "what share of the vote did…" → vote)."""
    folded = NAME_OF.sub(r"\1 ", fold(question))
    match = FOCUS.search(MEASURE_OF.sub(r"\1 ", folded)) or WHICH_DOES.search(folded) or SIZE_OF.search(folded)
    if not match:
        return []
    asked = match.group(1)
    if match.re is not SIZE_OF and WHICH_ASKED.match(match.group(0)):
        asked = thing_asked(asked, question)
    words = [w for w in re.findall(r"[\w-]+", asked) if w not in STOPWORDS]
    names = {fold(w) for w in re.findall(r"(?<=\s)[A-ZÀ-Þ][\w-]*", question)}     # a word written with a capital
    named = next((i for i, w in enumerate(words) if i and w in names and words[i - 1] not in names), None)
    if named is not None and match.re is FOCUS:
        after = [w for w in words[named:] if w not in names]          # "Henrique Capriles" is one name
        ended = AUXILIARY_AFTER_FOCUS.match(match.string, match.end(1)) is not None
        if (not ended and len(after) <= 1) or (ended and not after):  # "votes Chavez get", "votes Maduro would get";
            words = words[:named]   # not "opposition MUD governors were elected", "PSUV candidates won"
    if len(words) > 1 and PAST_VERB.fullmatch(words[-1]) and MEASURE_OF.search(folded):
        words = words[:-1]          # "what percentage of the electorate voted": the electorate, not a vote
    return [stem(w) for w in words]


PAST_VERB = re.compile(r"[a-z]+ed")
# a "which X" question's verb right after its noun, a past form ("Which newspaper published figures
# claiming Chávez was losing?"): the noun ends there, however long the rest (FOCUS reads four words)
PAST_FORM = rf"(?:{PAST_NOT_ED}|(?!need|feed|speed|hundred)[a-z]+ed)"
WHICH_DOES = re.compile(rf"\b(?:which|what)\s+((?:[\w'’-]+\s+){{0,2}}?[\w'’-]+?)\s+{PAST_FORM}\b")
WHICH_ASKED = re.compile(r"(?:which|what)\b")
OWNER = re.compile(r"([\w-]+)['’]s?(?:\s|$)")
NAMED_OWNER = re.compile(r"[A-ZÀ-Þ][\w-]*(?=['’]s?(?:\s|$))")
PAST_AFTER_NOUN = re.compile(rf"\s+{PAST_FORM}\b")
AUXILIARY_FIRST = re.compile(rf"(?:{AUXILIARIES_OR_MODALS})\b")


def thing_asked(words: str, question: str) -> str:
    """The words of a "which X" question's noun (`words`, folded, after "which"), up to an
    owner's "'s" or a past verb after it: "which state's governor" asks a state (the owner, not
    the governor), "which newspaper published Richardson's statement" a newspaper (not
    "published"). Not a named owner ("what is Venezuela's housing deficit": the deficit), nor
    words after an auxiliary ("what did the CNE's audit conclude": no noun follows "what")."""
    if AUXILIARY_FIRST.match(words):
        return words
    owner = OWNER.search(words)
    if owner and owner.group(1) not in {fold(w) for w in NAMED_OWNER.findall(question)}:
        words = words[:owner.start() + len(owner.group(1))]
    verb = PAST_AFTER_NOUN.search(words)
    return words[:verb.start()] if verb else words


# what ends the focus in a question with its auxiliary ("How many opposition MUD governors were
# elected?"): the capitalised words before it are part of the thing counted
AUXILIARY_AFTER_FOCUS = re.compile(rf"\s+(?:{AUXILIARIES_OR_MODALS}|got|gets?)\b", re.I)


@dataclass
class SourceReference:
    """One way the question names an article: "the January 2008 CWI article" → cwi, 2008."""

    words: list[str]
    years: list[int]
    by_name: bool = False          # "According to Darrall Cozens,": an author or outlet, not a title
    weak: bool = False             # may name no article at all ("According to Chávez", "the bank account")


def source_references(question: str, names_article: Callable[[SourceReference], bool] | None = None
                      ) -> tuple[list[SourceReference], str]:
    """The article references in the question, and the question with them blanked out. A weak
    reference (a name after "according to", "the … analysis/account") counts only if
    `names_article` says some article fits it; otherwise its words stay the question's own."""
    refs, rest = [], question
    # "What was Ramón Martinez's post?" asks his post, not an article of his (post_asked)
    owned = None if post_asked(question) else AUTHOR_OWNS.search(question)
    named = [m for m in (ACCORDING_TO_NAME.search(question), NAME_SAYS.search(question), BY_AUTHOR.search(question),
                         owned) if m]
    attributed = list(ATTRIBUTED.finditer(question)) + list(NAME_WRITES.finditer(question))
    for match in list(SOURCE_REF.finditer(question)) + list(POSSESSIVE_SOURCE.finditer(question)) \
            + list(PUBLISHED.finditer(question)) + named + attributed:
        is_attribution = match in attributed
        by_name = match in named or is_attribution
        ref = match.group(1) if by_name else match.group(0)
        said = " ".join(g for g in match.groups() if g) if is_attribution else ref   # with the outlet after
        words = []
        for w in re.findall(r"[\w'’.-]+", fold(said)):
            w = w.strip(".'’")
            if w and not YEAR.fullmatch(w) and not MONTH.fullmatch(w) and w not in STOPWORDS \
                    and (w not in SOURCE_NOUNS and w not in PUBLISHING_WORDS or w in ("blog", "blogger", "blogging")):
                words.append(w)
        years = [int(y) for y in YEAR.findall(said)]
        noun = fold(ref).split()[-1]
        weak = by_name or noun in WEAK_SOURCE_NOUNS or noun[:-1] in WEAK_SOURCE_NOUNS \
            or bool(ON_AN_ELECTION.match(question, match.end()))
        reference = SourceReference(words, years, by_name=by_name, weak=weak)
        if weak and names_article is not None and not ((words or years) and names_article(reference)):
            continue                                # no article is meant: the words are the question's
        if (words or years) and (words, years) not in [(r.words, r.years) for r in refs]:
            refs.append(reference)      # once: "according to the CWI analysis" is one reference read twice
        # "the piece": no cue, and no topic either; "cited by <name> in <outlet>": the verb neither,
        # nor "as posted in the live blog"
        named_as = match.group(0) if is_attribution else ref
        told = re.search(rf"{TOLD_IN.pattern}(?={re.escape(named_as)})", rest, re.I)
        # a weak noun named by its date alone ("the August 2004 account"): the date still asks of that
        # time, so an article of another year does not answer for it (a review)
        kept = " ".join(w for w in re.findall(r"[\w'’.-]+", said) if YEAR.fullmatch(w) or MONTH.fullmatch(fold(w))) \
            if weak and not words and years else ""
        rest = (rest[:told.start()] + " " + rest[told.end():] if told else rest).replace(named_as, f" {kept} ")
    return refs, rest


# Shorthand a reader types into a chat box, spelled out before anything reads the question (the
# articles say "presidential election", never "pres election"): common English abbreviations,
# not words of this corpus
SHORTHAND = {"govt": "government", "gov't": "government", "ppl": "people", "approx": "approximately",
             "intl": "international", "natl": "national", "dept": "department",
             "abt": "about", "b/c": "because", "w/o": "without", "w/": "with", "pct": "percent",
             "yr": "year", "yrs": "years", "bn": "billion",
             "acc to": "according to", "acc. to": "according to", "vp": "vice president",
             "whats": "what is", "what'd": "what did", "wat": "what", "wht": "what",
             "incl": "including", "nite": "night", "tho": "though", "cuz": "because", "coz": "because",
             "prez": "president", "n": "and"}
SHORTHAND_WORD = re.compile(r"(?<![\w/'’-])(" + "|".join(re.escape(k).replace("'", "['’]") for k in
                                                       sorted(SHORTHAND, key=len, reverse=True)) + r")(?![\w'’-])", re.I)
LOWER_CASE_ONLY = {"wat", "wht", "n"}         # "Wat Tyler", "the WAT party" are names, "Block N" a letter
# "ref" after a year or the kind of referendum is a referendum ("the 2007 ref", "the recall ref",
# "the 2007 constitutional ref"; not a referee)
YEAR_REF = re.compile(r"\b((?:(?:1[89]|20)\d\d|recall|constitutional|reform|consultative)\s+)ref\b\.?", re.I)
# "pres" before an election is "presidential", else "president" ("the pres of the cne")
PRES = re.compile(r"\bpres\b(\.?)(?=\s+(election|vote|race|campaign|candidate|poll|term)s?\b)|\bpres\b\.?", re.I)


# a race or contest that is an election ("the 2017 governor races", "the governors' race", "the
# presidential race", "the 2017 regional contest", "the race for the presidency"): news writing's
# words, which the articles do not use; not "a race against time", "a contest of ideas"
ELECTORAL_RACE = re.compile(r"\b((?:governors?['’]?|gubernatorial|governorships?|presidential|regional|mayoral|parliamentary|"
                            r"legislative|congressional|senate|state|local|municipal|electoral|(?:1[89]|20)\d\d)\s+)"
                            r"(?:race|contest)(s?)\b|\b(?:race|contest)(s?)(?=\s+for\s+(?:the\s+)?(?:presidency|governorships?|mayoralty|"
                            r"(?:the\s+)?(?:state\s+)?house|senate|parliament|congress|(?:the\s+)?assembly)\b)", re.I)


# a package of constitutional changes, which the articles tell as the changes (text.PACKAGE_SAID:
# "the 2007 reform package", "the constitutional package", "the package of changes voters turned
# down"); not any package ("a package of social programs", "who designed the package")
REFORM_PACKAGE = re.compile(r"\b(?:(?:reform|constitutional|amendment|(?:1[89]|20)\d\d)\s+)packages?\b"
                            r"|\bpackages?\s+of\s+(?:constitutional\s+)?(?:reforms?|changes|amendments|proposals)\b", re.I)
# a vote to remove an official from office is a recall, as the articles name it ("the 2004 vote to
# remove Chávez", "the vote on whether to remove him from office", "the bid to unseat the
# president"); and the side trying to remove them is the opposition ("the side trying to oust
# Chávez": "the opposition 41.74%")
REMOVED = (r"(?P<removed>him|her|the\s+(?:president|incumbent)|(?-i:(?:President\s+)?[A-ZÁÉÍÓÚÑ][\w’'-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w’'-]+)?))"
           r"(?:\s+from\s+(?:office|power|the\s+presidency))?")
TO_REMOVE = r"(?:to\s+(?:remove|oust|unseat|topple|recall)|on\s+(?:whether\s+to\s+remove|removing|ousting|unseating))"
REMOVAL_VOTE = re.compile(rf"\b(?P<vote>vote|ballot|referendum|bid|attempt|effort|push|drive)\s+{TO_REMOVE}\s+{REMOVED}", re.I)
REMOVING_SIDE = re.compile(rf"\b(?:side|camp|forces|those|people)\s+(?:(?:who|that)\s+(?:were|was)\s+)?"
                           rf"(?:trying|seeking|wanting|campaigning|working|pushing|hoping)\s+{TO_REMOVE}\s+{REMOVED}", re.I)
# …but an attempt to remove someone that was no recall is left as it is: "the 2002 attempt to oust
# Chávez" (the coup), "the effort to remove Chávez through a strike" (the 2002/3 lock-out)
OTHER_OVERTHROW = re.compile(r"\b(?:coups?|d['’]état|strikes?|lock-?outs?|military|army|sanctions|intervention|"
                             r"200[0-3](?:/0?3)?)\b", re.I)
# a plebiscite is the referendum the articles name ("the constitutional plebiscite": the 2007
# constitutional referendum)
PLEBISCITE = re.compile(r"\bplebiscite(s?)\b", re.I)


def electoral_race(match: re.Match) -> str:
    plural = match.group(2) if match.group(1) else match.group(3)
    return f"{match.group(1) or ''}election{plural}"


# a bilingual reader's Spanish article ("la oposición", "el CNE"; in lower case: not "La Patilla")
SPANISH_ARTICLE = re.compile(r"(?<![\w'’-])(?:el|la|los|las)(?=\s+[^\W\d_])")

# "what's", "who'd": 's is "has" and 'd "had" before a past participle ("who's won", "what's
# happened", "who'd won"), else "is" and "would"
CONTRACTED_WH = re.compile(r"\b(what|who|where|when|how)['’](s|d)\b(?=\s+([\w-]+))", re.I)


def expanded_wh(match: re.Match) -> str:
    participle = match.group(3).lower()
    perfect = participle.endswith("ed") or participle in IRREGULAR_PAST or participle in ("been", "done", "gone", "seen")
    verb = {"s": ("is", "has"), "d": ("would", "had")}[match.group(2).lower()][perfect]
    return f"{match.group(1)} {verb}"


# a decade in words ("the nineties", "the mid-nineties"), after "the", not an age ("in their
# forties", "in his early twenties")
DECADE_WORD = re.compile(r"\b(the\s+(?:mid-?|early\s+|late\s+)?)(twen|thir|for|fif|six|seven|eigh|nine)ties\b", re.I)
DECADE_DIGIT = {"twen": 2, "thir": 3, "for": 4, "fif": 5, "six": 6, "seven": 7, "eigh": 8, "nine": 9}


# a year said in words, as a reader dictating says it ("in two thousand six", "the twenty thirteen
# vote", "since nineteen ninety eight"), after a word that places a time (not "two thousand
# observers")
NUMBER_VALUES = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                            "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
NUMBER_VALUES.update({w: 10 * n for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)})
UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
TEN_TO_NINETY_NINE = (rf"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]{UNITS})?|ten|eleven|twelve|"
                      r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
YEAR_IN_WORDS = re.compile(r"\b((?:in|since|from|until|till|by|of|the|before|after|between|and|to)\s+)"
                           rf"(two\s+thousand(?:\s+and)?(?:\s+(?:{TEN_TO_NINETY_NINE}|{UNITS}))?"
                           rf"|(nineteen|twenty)\s+(oh\s+{UNITS}|{TEN_TO_NINETY_NINE}))\b",   # not "twenty one states"
                           re.I)


def under_hundred(words: str) -> int:
    return sum(NUMBER_VALUES[w] for w in re.split(r"[\s-]+", words.lower()) if w in NUMBER_VALUES)


def year_in_figures(match: re.Match) -> str:
    if match.group(3):
        year = (1900 if match.group(3).lower() == "nineteen" else 2000) + under_hundred(match.group(4))
    else:
        year = 2000 + under_hundred(re.sub(r"(?i)^two\s+thousand", "", match.group(2)))
    return f"{match.group(1)}{year}"


# "going by the CNE breakdown", "going by the blog": a source named, as "according to" names it
GOING_BY = re.compile(r"\bgoing\s+by(?=\s+(?:the|a|an|its|their|his|her|this|that)\b)", re.I)
# a dictating reader's fillers ("um what was…", "uh how many…")
FILLER = re.compile(r"(?<![\w'’-])(?:u+m+|u+h+|e+r+m+|h+m+)(?![\w'’-])[,.]?\s*", re.I)


# "the electoral body / board / authority": the articles' National Electoral Council (not any body or
# board: "the board of PDVSA", "a commission of inquiry"; and "commission" is the 2013 article's own word)
ELECTORAL_BODY = re.compile(r"\b(electoral|election)\s+(?:body|board|authority|authorities)\b", re.I)


# a paper that ran, printed or carried a story published it, as the articles say ("Which London
# newspaper ran 'figures'…?": "The Independent in London even published an article…")
PAPER_RAN = re.compile(r"\b((?:paper|newspaper|daily|tabloid|outlet|broadsheet)s?)\s+(?:ran|runs|printed|prints|"
                       r"(?:carried|carries)(?!\s+the\s+day\b(?![’']s)))\b", re.I)     # not "carried the day": won
# "the ex-governor of New Mexico": the articles' "former New Mexico governor" (a title only: not "ex-Chavista
# governors", "ex-ally"; nor "ex-general", for whom the articles write "retired general")
EX_TITLE = re.compile(r"\bex-(?=(?:[a-z]+-)?(?:president|governor|minister|mayor|premier|leader|head|chief|senator|"
                      r"deputy|rector|secretary|ambassador|foreign|vice)\b)", re.I)


def spelled_out(question: str) -> str:
    """The question with chat shorthand and contractions of question words spelled out
    (SHORTHAND): "how many votes did capriles get in the 2013 pres election" asks about the
    presidential election, "what's the opposition coalition called" what it is called; a decade
    in words in figures ("by the mid-nineties": "by the mid-1990s"); a Spanish article in English
    ("what was la participación": "the"); an electoral race or contest as the election it is ("the 2017
    governor races": "the 2017 governor elections"), a plebiscite as the referendum, a vote to remove someone as one to recall them and the side
    trying to as the opposition; a year in words in figures ("in two
    thousand six": "in 2006"); a dictating reader's "um" and "uh" left out; "going by the blog"
    as "according to the blog"."""
    question = DECADE_WORD.sub(lambda m: f"{m.group(1)}19{DECADE_DIGIT[m.group(2).lower()]}0s", question)
    question = PRES.sub(lambda m: "presidential" if m.group(2) else "president", question)
    question = YEAR_REF.sub(r"\1referendum", question)
    question = CONTRACTED_WH.sub(expanded_wh, question)
    question = SPANISH_ARTICLE.sub("the", question)
    question = ELECTORAL_RACE.sub(electoral_race, question)
    question = PLEBISCITE.sub(r"referendum\1", question)
    if not OTHER_OVERTHROW.search(question):     # the 2002 coup, the 2002/3 lock-out: no recall
        question = REMOVING_SIDE.sub("opposition", REMOVAL_VOTE.sub(r"\g<vote> to recall \g<removed>", question))
    question = YEAR_IN_WORDS.sub(year_in_figures, FILLER.sub("", question))
    question = GOING_BY.sub("according to", question)
    question = ELECTORAL_BODY.sub(r"\1 council", question)
    question = EX_TITLE.sub("former ", question)
    question = PAPER_RAN.sub(r"\1 published", question)
    question = day_in_figures(question)
    def spelled(match: re.Match) -> str:
        short = match.group(1)
        if short.lower() in LOWER_CASE_ONLY and not short.islower():
            return short
        return SHORTHAND[short.lower().replace("’", "'")]
    return SHORTHAND_WORD.sub(spelled, question)


# A day written otherwise than the articles mostly write it: "the second of December", "the 15th of
# October", "14/4/2013" (the articles: "October 15", "April 14", "2 December 2007")
ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                 "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first "
                 "twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth "
                 "twenty-ninth thirtieth thirty-first").split()
DAY_OF_MONTH = re.compile(r"\b(?:the\s+)?(?:(?P<digits>\d{1,2})(?:st|nd|rd|th)|(?P<word>" + "|".join(ORDINAL_WORDS) + r"))"
                          r"\s+of\s+(?P<month>" + "|".join(MONTHS) + r")\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?", re.I)
NUMERIC_DATE = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d\d)\b")


def day_in_figures(question: str) -> str:
    """A day of a month written as an ordinal ("the fifteenth of October 2017", "the 15th of
    October") as the articles mostly write days, "October 15, 2017" ("15th" is no word of theirs),
    or in figures when a day over 12 tells which is the month ("14/4/2013", "4/14/2013": "April
    14, 2013"; "12/2/2007" is left as asked)."""
    def of_month(match: re.Match) -> str:
        day = match.group("digits") or str(ORDINAL_WORDS.index(match.group("word").lower()) + 1)
        year = f", {match.group('year')}" if match.group("year") else ""
        return f"{match.group('month').capitalize()} {int(day)}{year}"

    def numeric(match: re.Match) -> str:
        a, b = int(match.group("a")), int(match.group("b"))
        if a != b and a <= 12 and b <= 12:
            return match.group(0)                     # "12/2/2007": day or month first, who knows; as asked
        day, month = (b, a) if b > 12 >= a else (a, b)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return match.group(0)
        return f"{MONTHS[month - 1].capitalize()} {day}, {match.group('year')}"
    return NUMERIC_DATE.sub(numeric, DAY_OF_MONTH.sub(of_month, question))


# A reader may say who they are or why they ask before asking ("I'm preparing a class on the
# 2004 recall referendum. By how much did…?"), and wrap the question in courtesy ("Could you also
# tell me how many…", "…, and I should very much like to know at what hour…").
SENTENCE_BREAK = re.compile(r"(?<=[.!?:])\s+(?=\S)")
COURTESY = re.compile(r"^(?:(?:and|so|also|but)\s+)?(?:(?:could|can|would|will)\s+you\s+(?:also\s+|please\s+|kindly\s+)*(?:tell|show|give)\s+me"
                      r"|(?:please\s+|kindly\s+)?tell\s+me|i(?:\s+would|\s+should|'d|’d)\s+(?:very\s+much\s+|really\s+)?like\s+to\s+know"
                      r"|i\s+(?:want|need)\s+to\s+know|i\s+wonder|do\s+you\s+know|please)\b[\s,]*", re.I)
# a request in place of a question ("Give me the number of votes…", "Explain why…", "I need the
# turnout for…", "Could you find how many…"): the verb that asks is no word to find; what follows
# is the question (a question word after it) or the thing asked (not "I want you to…")
REQUEST = re.compile(r"^(?:(?:and|so|also|but|now|please|kindly|pls)[\s,]+|(?:could|can|would|will)\s+you\s+(?:(?:also|please|kindly)\s+)*)*"
                     r"(?P<verb>(?:give|show|get|find|tell|send)\s+(?:me|us)|find(?:\s+out)?|look\s+up|explain(?:\s+to\s+(?:me|us))?|"
                     r"describe|list|identify|i\s+(?:need|want)|i(?:'d|’d|\s+would)\s+like|"
                     # "Run me through the attacks…", "walk us through how…", "fill me in on…"
                     r"(?:walk|run|talk|take)\s+(?:me|us)\s+through|fill\s+(?:me|us)\s+in\s+on|"
                     # a teacher's "State how many…", "Name the five states…", "Outline what happened…":
                     # only before what names the thing asked ("state governorships", "name of the…" are searches)
                     r"(?:state|name|outline|give|specify|provide)(?=\s+(?:the|a|an|all|each|every|his|her|its|their|"
                     r"what|which|who|whom|whose|when|where|why|how|whether|if)\b))\b(?!\s+(?:you|to)\b)[\s,:]*"
                     r"(?:please\b[\s,]*)?", re.I)
# what a request may be for that is no thing asked: "tell me more", "tell me about…", "explain it",
# "give me a break", "I need help"
NO_THING_ASKED = re.compile(r"^(?:more|about|something|anything|everything|it|this|that|them|these|those|again|yourself|"
                            r"help|further|(?:in\s+)?(?:more\s+)?details?|(?:the|some|more|any)\s+details?|the\s+rest|"
                            r"(?:an?|the)\s+(?:break|example|joke|hand|favou?r|bit|little|summary|overview|gist|recap|rundown|outline)|"
                            r"some(?:thing)?\s+more|"
                            r"what\s+you\s+mean)\b|^\W*$", re.I)


def as_question(sentence: str) -> str:
    """A request asked as the question it stands for: "Explain why Chávez lost." → "Why Chávez
    lost?", "Give me the number of votes…" → "What is the number of votes…?" (a question word
    types the answer: answer_type), "Explain the defeat…" → "Tell me about the defeat…" (a
    description), "Find out if…" → "Whether…?"; any other sentence as it is."""
    request = REQUEST.match(sentence)
    rest = sentence[request.end():].rstrip(" .!?:;,") if request else ""
    if not request or NO_THING_ASKED.match(rest):
        return sentence
    if re.match(r"if\b", rest, re.I):
        rest = "whether" + rest[2:]
    if re.match(rf"(?:{WH_WORD}|whether)\b", rest, re.I):
        return rest[:1].upper() + rest[1:] + "?"
    if request.group("verb").lower().startswith(("explain", "describe", "walk", "run", "talk", "take", "fill")):
        return f"Tell me about {rest}"          # "Explain the defeat of the 2007 reform": a description, no fact
    if request.group("verb").lower() == "name" and re.match(rf"(?:the|a|an)\s+(?:[\w-]+\s+)?{PERSON_NOUNS}\b", rest, re.I):
        return f"Who is {rest}?"                # "Name the author of the Green Left piece": a person asked
    return f"What {is_or_are(rest)} {rest}?"


# what ends a thing's head noun: "the number | of votes", "the parties | that won", "the turnout | in 2013"
AFTER_HEAD = re.compile(r"\s+(?:of|in|for|on|at|to|that|which|who|from|with|by|during|between|since|after|before|"
                        r"when|as|and)\b", re.I)


def is_or_are(thing: str) -> str:
    """The verb that agrees with the thing asked for, shown to the reader as understood: "What
    are the results of…", "What are the states Maduro won", "What is the number of votes…",
    "What is Capriles' share" (a plural common noun before a preposition or relative word)."""
    words = [w.strip(",;:") for w in AFTER_HEAD.split(thing, 1)[0].split()]
    plural = any(w.islower() and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")) for w in words[:4])
    return "are" if plural or words[:1] and fold(words[0]) in ("both", "all") else "is"


# courtesy that starts the question inside a sentence: "…, and I should very much like to know at what hour…"
COURTESY_INSIDE = re.compile(r"[,;]\s*(?=(?:and\s+)?(?:i(?:\s+would|\s+should|'d|’d)\s+(?:very\s+much\s+)?like\s+to\s+know|"
                             r"could\s+you|can\s+you|i\s+wonder)\b)", re.I)
# what makes a dated phrase an event ("the 2004 recall referendum"), not a reader's own date
# ("my 2024 thesis", "since 1998"): EVENT_NOUN
EVENT_NOUN_WORDS = (r"\b(?:elections?|referendums?|referenda|votes?|voting|polls?|recall|campaigns?|coups?|protests?|"
                    r"strikes?|reforms?|congress|assembly|summit|crisis|reshuffle|rally|rallies|race|contests?|"
                    r"plebiscite|ballots?|lock-?out|uprising|war|attempts?)\b")
# the topic named before a colon, then a fact asked about it: "Chávez's second presidential win in
# July 2000: how many votes did he get in that one?" (before an explanation asked, its names and
# dated events are context enough, preamble_context): a noun phrase, no reader's telling ("I'm
# preparing a class:", "Here is my question:", "Fact check:", "For a history lesson on Europe:")
TOPIC_LEAD = re.compile(r"(?!\W*(?:for|so|ok|okay|also|well|now|btw)\b)"          # "For a history lesson:", "ok, unrelated:"
                        r"(?!.*\b(?:i|i'm|i’m|we|you|my|our|me|us|here|question|questions|q|this|these|is|are|was|were|am|"
                        r"have|has|had|do|does|did|will|would|can|could|should|please|thanks?|quick|unrelated|fact|"
                        r"fact-check|check|lesson|class|homework|essay|note)\b)"
                        # a topic: a year, an event, or a name ("Update:", "Trivia:", "Sorry to bother:" are none)
                        rf"(?=.*(?:\b(?:1[89]|20)\d\d\b|{EVENT_NOUN_WORDS}|\b(?:results?|turnout)\b|\s(?-i:[A-ZÁÉÍÓÚÑ])|"
                        r"^\W*(?-i:[A-ZÁÉÍÓÚÑ])[\w-]*['’]s?\s))"
                        r"[^.!?;:]{3,120}:", re.I)
# a greeting before a question: "hi, who won…?", "hey what about the Yes?" (not "Hey Jude was played…")
GREETING_LEAD = re.compile(rf"^\W*(?:{GREETING_WORDS})\b(?:\s*[,.!?]+\s*|\s+(?=(?:{WH_WORD}|and|but|so|{AUXILIARIES_OR_MODALS})\b))",
                           re.I)
ASKING = re.compile(rf"^(?:{WH_WORD}|by|in|on|at|for|from|to|{AUXILIARIES_OR_MODALS})\b"
                    rf"|\?\s*$", re.I)


# a sentence after the question saying only what form its answer should take ("I want the exact
# figure.", "Just the number, please.", "Exact date only"): no topic, and the question says the type
ANSWER_FORM_ONLY = re.compile(r"^\W*(?:(?:i\s+(?:just\s+)?(?:want|need)|i(?:'d|’d|\s+would)\s+like|give\s+me|just|only|please)\s+)*"
                              r"(?:the\s+|an?\s+)?(?:(?:exact|precise|raw|actual|rough|approximate|official|specific)\s+)?"
                              r"(?:figure|number|count|total|percentage|date|day|name|time|hour|answer|amount)s?"
                              r"(?:[\s,]+(?:please|only|thanks|thank\s+you))*\W*$", re.I)
# a sentence only asking whether the reader's claim is right ("Is that correct?", "Is this true?",
# "Can you confirm that?"): between the claim and the question proper, it asks nothing of its own
CLAIM_CHECK_ONLY = re.compile(r"^\W*(?:(?:is|was)\s+(?:that|this|it)\s+(?:(?:really|actually|even)\s+)?(?:correct|right|true|accurate|so)"
                              r"|(?:can|could)\s+you\s+(?:confirm|check|verify)(?:\s+(?:that|this|it))?"
                              r"|(?:correct|right|true))\W*$", re.I)
# a question whose choices follow a colon ("Which had the higher turnout: 2013 or 2017?"); not a
# lone question word (conversation.asked_anew writes "Where: <the last question>?"), nor a lead-in
# whose colon a question follows ("What I want to know: who won…?"); a question phrase a preposition
# opens is one too ("By how much: Nicolás Maduro won the 2013 election?", conversation.form_asked_of_topic)
LONE_WH = re.compile(rf"(?:(?:by|in|on|at|for|from|to|with)\s+)?(?:how\s+(?:many|much|long|far)|{WH_WORD}):", re.I)
ASKS_THEN_LISTS = re.compile(rf"^(?:{WH_WORD}|{AUXILIARIES_OR_MODALS})\s+\S", re.I)
# a full stop that ends an abbreviation, not a sentence: "Mr.", "Gen.", "U.S.", "p.m.", "No."
ABBREVIATION_END = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Gov|Sen|Rep|St|Lt|Col|Capt|Prof|Jr|Sr|vs|etc|No|approx)|"
                              r"\b[A-Za-z](?:\.[A-Za-z])*)\.$")
# (an article, "the 2004 piece", "this blog"; not the reader's own "a report on…", "my blog post")
NAMES_A_SOURCE = re.compile(r"\baccording\b|\b(?:the|this|that)\s+(?:[\w'’.-]+\s+){0,4}?"
                            r"(?:article|blog|piece|report|analysis|post)s?\b", re.I)


# the reader's guess at the answer after the question, to be checked: "Who …? (Vicente Diaz?)"
GUESS_AFTER = re.compile(r"(?<=\?)\s*\([^()?]{1,60}\?\)[\s?.!]*$")


# a claim the reader wants checked, said before the question ("A post says turnout was around
# 80%. What was the official figure?"): its figure is the one in doubt, not a word to find, and
# who made it ("a post says", "someone claims") is no part of the fact
CLAIM_LEAD = re.compile(r"^(?:(?:a|an|one|some|this|that)\s+)?(?:[\w'’-]+\s+){0,3}(?:says?|said|claims?|claimed|writes?|wrote|"
                        r"tweets?|tweeted|posts?|posted|puts?|insists?|insisted|asserts?|asserted|alleges?|alleged|"
                        r"argues?|argued|read|heard|told\s+(?:me|us))\s+(?:that\s+)?", re.I)
CLAIMED_FIGURE = re.compile(r"(?:\b(?:at|of|with|by)\s+)?(?:\b(?:about|around|roughly|nearly|almost|approximately|some|over|"
                            r"under|just|only|more\s+than|less\s+than|fewer\s+than)\s+)?(?<![\w.,$£€])(?:[$£€]\s?)?(?!(?:1[89]|20)\d\d(?:['’]?s)?\b)\d[\d.,]*"
                            r"(?:\s*(?:%|percent\b|per\s+cent\b|per\s+\d[\d,]*|million\b|thousand\b|votes?\b|points?\b))?", re.I)


# a guess the reader asks to have checked before asking the fact ("Did turnout reach 80% in 2013?
# What was the real figure?", "Is it right that Maduro carried 18 states…? In how many…?"): its
# figure is in doubt, as a claim's is ("is it right that" is its maker)
GUESS_CHECKED = re.compile(r"^(?:(?:is|was)(?:n[’']t)?\s+it\s+(?:not\s+)?(?:right|true|correct|so|the\s+case)\s+that\s+"
                           r"(?=[^?]*\?\s*$)|(?=(?:[^,?]{1,90},\s*)?(?:did|does|do|was|were|is|are|has|have|had)(?:n[’']t)?\s"
                           r"[^?]*\?\s*$))", re.I)


def guess_checked(sentence: str, asked: str) -> re.Match | None:
    """The lead of a guess to check (GUESS_CHECKED) when the question after it asks of what the
    guess is of: not "Did Maduro get 7,505,378 votes? How many did Capriles get?", whose figure
    is a fact said of another (and a figure the question gives is no answer, extraction)."""
    guess = GUESS_CHECKED.match(sentence)
    if not guess or not asked:
        return guess
    named = {fold(n).rstrip("'’s") for n in question_entities(sentence)}
    return None if any(fold(n).rstrip("'’s") not in named for n in question_entities(asked)) else guess


def without_claimed_figures(sentence: str, keep_maker: bool = False, asked: str = "") -> str:
    """A claim to check without its figures and its maker ("Someone claims the murder rate in
    2000 was about 5.5 per 100,000." → "The murder rate in 2000 was."; `keep_maker`: "Someone
    claims the murder rate in 2000 was.", for a preamble read for its names, whose first word is
    taken for no name); a day of a month stays. Any other sentence as it is, and so is one the
    articles make ("The article says…": it names where to look)."""
    lead = CLAIM_LEAD.match(sentence) or guess_checked(sentence, asked)
    if not lead or NAMES_A_SOURCE.search(lead.group(0)):
        return sentence

    said = sentence[lead.end():]

    def dropped(figure: re.Match) -> str:
        before, after = said[:figure.start()].split()[-1:], said[figure.end():].split()[:1]
        named = before and before[0][:1].isupper() and figure.start() > len(before[0])   # "Article 350", "Block 2"
        clock = ":" in (said[figure.end():figure.end() + 1], said[figure.start() - 1:figure.start()]) or \
            bool(after and re.match(r"(?:[ap]\.?m\b|o['’]clock)", after[0], re.I))            # "10:30", "9 pm"
        return figure.group(0) if named or clock or any(MONTH.fullmatch(w.strip(",.")) for w in before + after) else ""

    claim = CLAIMED_FIGURE.sub(dropped, said)
    if claim == said:
        return sentence
    rest = re.sub(r"\s+(?=[,.;:!?])", "", " ".join(((lead.group(0) if keep_maker else "") + claim).split()))
    return rest[:1].upper() + rest[1:]


# a clause that hedges or frames the question before it asks ("To the extent the returns can be
# trusted, what share…", "Setting aside the fraud claims, by what margin…"): said like a preamble
LEADING_HEDGE = re.compile(r"^\W*((?:to\s+the\s+extent|insofar\s+as|in\s+so\s+far\s+as|notwithstanding|setting\s+aside|"
                           r"leaving\s+aside|putting\s+aside|given\s+that|granted\s+that|assuming|bearing\s+in\s+mind|"
                           r"as\s+a\s+gauge\s+of|measured\s+against|although|despite|in\s+light\s+of|"
                           # a condition imagined ("If the 2007 reform had passed, how long…", "Had the
                           # changes been approved, what…"): the frame, not what is asked
                           r"if\s+[^,;:?]{1,100}?\s+had|had(?=\s+[^,;:?]{1,100}?\s+(?:passed|been|gone|won|succeeded)\b))"
                           r"\b[^,;:?]{1,150}),\s*"
                           rf"(?=(?:{WH_WORD}|at|in|by|on|for|to|from)\b)"
                           # …typed without its comma: "if the reform had passed how long would…"
                           rf"|^\W*(if\s+[^,;:?]{{1,100}}?\s+had\s+(?:passed|been\s+\w+|gone\s+through|won|succeeded))\s+"
                           rf"(?=(?:how|what|which|who|when|where)\b)", re.I)


def topic_terms(asked: str, kind: str) -> set[str]:
    """The asking sentence's own topic words (`kind`: its answer type): not the article it names,
    the form of the answer or a year ("What does the CWI article say the share was in 1996?" has
    none: the preamble says what the share is of)."""
    return set(question_terms(source_references(asked)[1])) - answer_form_terms(kind) - set(YEAR.findall(asked))


def asked_part(question: str) -> tuple[str, str, str]:
    """(the question itself, what the reader said before it, the sentence that types the answer).
    The question is the last sentence that asks something, courtesy phrases removed; a courtesy
    phrase inside a sentence ("…, and I should very much like to know at what hour…") starts the
    question there. When the preamble says what is asked ("The opposition lost in 2013. Why?"),
    the question is all of it, and its asking sentence still says what kind of answer is wanted."""
    question = GREETING_LEAD.sub("", question.strip()) or question     # "Hello there! Who won…?"
    question = GUESS_AFTER.sub("", question) or question                 # "…in 2013? (Vicente Diaz?)"
    hedge = LEADING_HEDGE.match(question)
    if hedge:                                                            # a sentence of its own
        rest = question[hedge.end():]
        question = f"{hedge.group(1) or hedge.group(2)}. {rest[:1].upper()}{rest[1:]}"
    parts, rewritten = [], False
    for part in SENTENCE_BREAK.split(question.strip()):
        topic = bool(parts) and parts[-1].endswith(":") and bool(TOPIC_LEAD.fullmatch(parts[-1]))
        asked_of_topic = as_question(part) if topic else part
        if topic and answer_type(asked_of_topic) in FACTOID_TYPES:
            parts[-1] += " " + asked_of_topic      # "Chávez's second win in July 2000: how many votes did he get?",
            rewritten = rewritten or asked_of_topic != part     # "The 2013 election: find how many votes…"
        elif parts and (parts[-1].endswith(":") and (NAMES_A_SOURCE.search(parts[-1]) or ASKS_THEN_LISTS.match(parts[-1])
                                                     and not ASKS_THEN_LISTS.match(part))
                        or ABBREVIATION_END.search(parts[-1]) or parts[-1].endswith(".") and not part[:1].isupper()
                        or LONE_WH.fullmatch(parts[-1])):
            parts[-1] += " " + part                # "According to the CWI: why…?", "Which was higher: …?", "Mr. Maduro",
                                                   # "When: <the last question>?" (conversation.asked_anew)
        else:
            parts.append(part)
    if len(parts) > 2 and any(CLAIM_CHECK_ONLY.match(part) for part in parts[1:-1]):
        parts = [parts[0]] + [part for part in parts[1:-1] if not CLAIM_CHECK_ONLY.match(part)] + parts[-1:]
        rewritten = True                           # "…took 20 governorships. Is that correct? How many…?"
    while len(parts) > 1 and ANSWER_FORM_ONLY.match(parts[-1]):
        parts.pop()                                # "…turnout in 2017? I want the exact figure."
        rewritten = True
    if rewritten:
        question = " ".join(parts)
    # does a sentence ask as written? (not a request, nor a guess to check: "Did turnout reach 80%…? Give me…")
    if not any(ASKING.search(COURTESY.sub("", part).strip()) and not REQUEST.match(part)
               and without_claimed_figures(part, asked=parts[-1]) == part or COURTESY_INSIDE.search(part)
               for part in parts):
        for i in range(len(parts) - 1, -1, -1):            # the last request: "Give me the number of…"
            request = as_question(parts[i])
            if request != parts[i]:
                parts = parts[:i] + [request] + parts[i + 1:]
                question = " ".join(parts)
                break
    figures_out = [without_claimed_figures(part, True, parts[-1]) for part in parts[:-1]] + parts[-1:]
    if figures_out != parts:             # the whole question, when kept, without the claims' makers either
        question = " ".join([without_claimed_figures(part, False, parts[-1]) for part in parts[:-1]] + parts[-1:])
    for i in range(len(parts) - 1, -1, -1):
        inner = COURTESY_INSIDE.search(parts[i])
        before = " ".join(figures_out[:i] + ([parts[i][:inner.start()]] if inner else []))
        asked = COURTESY.sub("", parts[i][inner.end():] if inner else parts[i]).strip()
        if not ASKING.search(asked):
            continue
        kind, terms = (answer_type(asked), question_terms(asked)) if before else ("", [])
        if before and (len(terms) < 3 or not topic_terms(asked, kind) or before.rstrip().endswith("?")):
            # the preamble says what is asked (the asking sentence is short, or has no topic of its
            # own: "… the poverty line. What does the CWI article say the share was in 1996?"; or
            # the preamble is a question itself: "Did the CWI back revoking RCTV's licence? Why
            # did it call the move a mistake?"); a
            # bare last sentence ("Why?", "What happened there?") still says what kind of answer,
            # and so does one asking why, how or what happened ("What happened in that
            # reshuffle?"; not "What danger do they see?")
            bare = not set(terms) - answer_form_terms(kind)
            return question, "", asked if bare or kind in (REASON, MANNER, EVENT) else question
        if before and NAMES_A_SOURCE.search(before) and kind not in FACTOID_TYPES:
            # what an article says of what is asked ("The CWI article calls it a 'tactical
            # mistake'. Why…?"), which the asking sentence types. Before a fact asked, what the
            # reader says an article says is their telling: only the article named is kept
            # (preamble_context)
            return question, "", asked
        if before or asked != parts[i]:
            asked = asked[:1].upper() + asked[1:]
            return asked, before.strip(), asked
        break
    return question, "", question


PREAMBLE_EVENT = re.compile(rf"(?:{MONTH.pattern}\s+)?\b(?:1[89]\d\d|20\d\d)(?:\s+(?!(?:against|in|on|at|of|for|and|or|to|"
                            r"the|with|by|that|which|when|while|was|were|is|are|had|has|have|be|been|being|would|could|did|does|do|not|there)\b)"
                            r"(?![a-z]+ly\b)[a-z][\w-]*){0,3}", re.I)     # "Had the 2007 reform been approved": the 2007 reform
EVENT_NOUN = re.compile(EVENT_NOUN_WORDS, re.I)


def preamble_context(preamble: str) -> str:
    """What of the reader's preamble says what the question is about: its names and its dated
    events ("the 2004 recall referendum", "Venezuela's 2017 governor elections"), not why they
    ask ("preparing a class", "making a handout")."""
    names = [n for n in question_entities(preamble)    # (a sentence's capitalised first word is no name)
             if not MONTH.fullmatch(n) and not re.fullmatch(r"I(?:['’]\w+)?", n)]
    events = [m.group(0) for m in PREAMBLE_EVENT.finditer(preamble) if EVENT_NOUN.search(m.group(0))]
    articles = article_phrases(preamble)
    covered = " ".join(events + articles)
    return " ".join(dict.fromkeys(articles + [n for n in names if n not in covered] + events))


def article_phrases(preamble: str) -> list[str]:
    """The ways the preamble names an article ("The CWI article warns…", "Tony Saunois's article
    on the referendum"): the question after it asks of that article, while the rest of what the
    reader says the article says is the reader's telling, not words an answer must hold."""
    found = [m.group(0) for pattern in (SOURCE_REF, POSSESSIVE_SOURCE, AUTHOR_OWNS, BY_AUTHOR, ACCORDING_TO_NAME)
             for m in pattern.finditer(preamble)]
    return [phrase for phrase in found if source_references(phrase)[0]]     # not a bare "the article"


# "how big was the electorate", "how high was turnout": the adjective asks for a measure, the
# text gives the figure ("18-million-strong electorate") without it
# "how long would the work week have become": a length of time, not "how long ago"
HOW_LONG = re.compile(r"\bhow\s+long\b(?!\s+ago\b)|\b(?:to|of|for)\s+what\s+length\b", re.I)
HOW_ADJECTIVE = re.compile(r"\bhow\s+(?:big|large|high|low|long|far|old|small)\b", re.I)
# "by the time of the recall vote", "around the time Chávez survived…", "ahead of / in the run-up
# to the vote": when, not a topic (said as "before", a stopword, where it is one)
THE_TIME_OF = re.compile(r"\b(?:by|at|around|about|near|until|till|from|since|up\s+to)\s+the\s+time\b"
                         r"|\bahead(?=\s+of\b)|\bin\s+the\s+run[- ]?up(?=\s+to\b)", re.I)
# "when was the referendum held?", "when did Maduro hold his closing rally?": an event held took
# place, the verb no topic ("which it held before" is another sense)
EVENT_HELD = re.compile(EVENT_NOUN_WORDS + r"\s+(?:[\w'’-]+\s+){0,4}?(held)\b"
                        r"|\b(hold|holds|holding|held)\s+(?:(?:a|an|the|his|her|its|their|this|that|[\w-]+['’]s)\s+)?"
                        r"(?:(?!(?:before|after|in|on|at|during|since|until|by|for|of|to|from|with)\b)[\w-]+\s+){0,3}?"
                        + EVENT_NOUN_WORDS, re.I)


def without_event_held(text: str) -> str:
    """The question with "held"/"hold" of an event (EVENT_HELD) taken out."""
    return EVENT_HELD.sub(lambda m: m.group(0).replace(m.group(1) or m.group(2), "", 1), text)


# "the chavista camp", "the government side", "the anti-Chávez bloc": the side is named by the
# word before; "camp" and "side" add no topic
SIDE_OF = re.compile(r"\b((?:the|his|her|its|their)\s+[\w'’-]+)\s+(?:camp|side|bloc)\b", re.I)
# "why did so many stay home?": the idiom the articles say as "stayed away (from the polls)"; not
# a home (text.HOMES_SAID: "homes" asked are told as houses)
STAY_HOME = re.compile(r"\b(stay(?:s|ed|ing)?)\s+(?:at\s+)?home\b", re.I)
# "how fast were prices rising / going up": the inflation rate, as the articles name it
PRICES_RISING = re.compile(r"\bprices?\s+(?:(?:were|was|are|is|had\s+been|have\s+been)\s+)?"
                           r"(?:ris(?:e|es|ing|en)|rose|climb(?:s|ed|ing)?|go(?:es|ing)?\s+up|went\s+up|gone\s+up|"
                           r"increas(?:e|es|ed|ing)|soar(?:s|ed|ing)?)\b", re.I)
# time and rate idioms that name no topic: "back when the recall vote happened", "inflation
# running at", "when the recall vote happened" (the event named is the topic, not its happening)
IDIOM_NO_TOPIC = re.compile(r"(?<!\bhit\s)(?<!\bfight\s)(?<!\bfought\s)(?<!\bstrike\s)(?<!\bstruck\s)(?<!\bcame\s)"
                            r"(?<!\bcome\s)(?<!\bwent\s)\bback(?=\s+(?:when|then|in|during)\b)|\brunning(?=\s+at\b)", re.I)
# "the standard / normal working week": the thing as it is ordinarily, which is how the articles
# tell it ("reducing the working week from 44 to 36 hours"); the adjective names no topic
ORDINARY = re.compile(r"\b(?:standard|normal|usual|regular|ordinary|typical|(?:legal|statutory)(?!\s+(?:limit|maximum|minimum|cap)))"
                      r"\s+(?=[a-z])", re.I)     # "the legal limit": what the law caps, not the thing as it is
# the part of a month or year, or a season, a date is given in ("early December 2007", "in the
# spring of 2013", "late 2008"): when, which the month and year say to the grounding; no topic.
# And for a time asked, "in the small hours": the time's part of the day, not a topic
PART_OF_A_TIME = re.compile(r"\b(?:(?P<part>early|late|mid)[\s-]+|(?:the\s+)?(?P<edge>start|end|beginning|middle)\s+of\s+"
                            r"|(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)"
                            r"(?=(?:" + "|".join(MONTHS) + r"|(?:1[89]|20)\d\d)\b)", re.I)
HOURS_OF_NIGHT = re.compile(r"\b(?:in\s+)?the\s+(?:small|early|wee)\s+hours(?:\s+of\s+the\s+(?:morning|night))?", re.I)
# "who got removed", "how many people got arrested": the passive's auxiliary, as "was" (not "get
# when", "got seven")
GOT_PASSIVE = re.compile(r"\b(?:got|gets|get|getting|gotten)\s+(?=(?!(?:when|then|even|often|seven|eleven|ten|been|"
                         r"between|women|men|children|given|taken)\b)(?![a-z-]*eed\b)[a-z-]+(?:ed|en)\b)", re.I)   # not "gets speed"
HAPPENED_WHEN = re.compile(r"(\bwhen\s[^?,.;]{1,60}?)\s(?:happened|took\s+place|occurred)\b", re.I)
# "the count of No votes": the figure's form (a count of all the votes is the row "Votes counted")
COUNT_OF = re.compile(r"\bcount(?=\s+of\b)", re.I)
# "how bad was inflation", "how fast were prices rising": a rate asked (answer_type), the word no
# topic; "how bad was the housing shortage" asks no figure, and its "bad" stays
HOW_BAD = re.compile(r"\bhow\s+(?:bad|severe|serious|fast|quickly)\b", re.I)


def topic_said(asking: str, kind: str) -> str:
    """The asking text as its terms are read (`kind`: its answer type): without the words that
    say when, how or in what form, not what about ("how large", "by the time of", "back when",
    "running at"; "the government camp" of a fact asked; "when the recall vote happened" of a
    figure asked; "held" of when or where an event was), and "stay home" as the articles say it."""
    topic = GOT_PASSIVE.sub("", PART_OF_A_TIME.sub("", IDIOM_NO_TOPIC.sub("", asking)))
    if kind == TIME:                    # "at what time in the small hours was the NO victory declared?"
        topic = HOURS_OF_NIGHT.sub("", topic)
    if kind in (COUNT, PERCENT):        # "how many hours was the standard working week"; not "what was the
        topic = ORDINARY.sub("", topic)  # standard working week", which the articles never give (44 hours, unsaid)
    topic = STAY_HOME.sub(r"\1 away", THE_TIME_OF.sub("before", HOW_ADJECTIVE.sub("how", topic)))
    if kind in FACTOID_TYPES:           # "how many votes did the government camp lose": the side's figure
        topic = SIDE_OF.sub(r"\1", topic)
    if kind in (COUNT, PERCENT, MONEY):  # not a person asked ("who was president when the coup happened?"
        topic = HAPPENED_WHEN.sub(r"\1", topic)              # had answered "Tue")
    if kind in (DATE, TIME, PLACE):     # "when was the referendum held?": when it took place
        topic = without_event_held(topic)
    return topic


# "what percentage of the electorate turned out": the turnout is asked, as the text says it ("a
# 78.71% turnout", "turned out"), not the word "turn"
TURNED_OUT = re.compile(TURN_OUT, re.I)
# "what share of voters stayed home", "… did not vote", "… sat it out": the abstention is asked, as
# the text says it ("a high abstention rate (44%)", "Abstention 44,39 %")
STAYED_HOME = re.compile(r"\b(?:stay(?:s|ed|ing)?\s+(?:at\s+)?home|stay(?:s|ed|ing)?\s+away(?:\s+from\s+the\s+polls)?|"
                         r"did\s*n[o'’]t\s+(?:bother\s+(?:to\s+vote|voting)|turn\s+out|vote(?!\s+(?:for|against)\b)|cast\s+(?:a\s+)?ballots?)|"
                         r"sat\s+(?:it\s+)?out|(?:did\s*n[o'’]t|never|fail(?:s|ed)?\s+to)\s+(?:bother\s+to\s+)?show\s+up)\b", re.I)
# "what proportion of voters went to the polls", "… came out to vote": the turnout
WENT_TO_VOTE = re.compile(r"\b(?:went|go|goes|going|gone|came|come|comes|coming|turned\s+up)\s+(?:out\s+)?"
                          r"to\s+(?:the\s+polls|vote|the\s+ballot\s+box(?:es)?)\b"
                          r"(?!\s+(?:for|against|to|and\s+voted|voted|yes|no)\b)", re.I)   # not "went to vote for Maduro"
# "… showed up", "… cast a ballot": the turnout too, but not where they say whom a share is of ("of
# those who cast a ballot, what share backed Maduro", "the people showing up"), nor showing up for
# someone ("showed up for maduro", "for the PSUV"; "for the 2017 governor elections" is the event)
TOOK_PART = re.compile(r"(?<!\bwho )(?<!\bthat )(?<!\bthose )(?<!instead of )(?<!rather than )(?<!without )"
                       r"\b(?:show(?:s|ed|n)?\s+up(?:\s+to\s+vote)?+|casts?\s+(?:(?:a|their|his|her)\s+)?(?:ballots?|votes?))\b"
                       r"(?!\s+(?:for|against|in\s+favou?r\s+of)\b(?!\s+(?:the\s+)?(?:\S+\s+){0,3}?"
                       r"(?:elections?|votes?|polls?|referend\w*|ballots?|races?|contests?|showdowns?)\b))", re.I)
# "the voter roll", "people eligible to vote", "registered voters": the electorate, as the articles
# say it ("Venezuela's 18-million-strong electorate"; text.BODY_OF_VOTERS: "the number of voters")
ELECTORATE_SAID = re.compile(r"\b(?:voter|voters'?|electoral)\s+(?:rolls?|registers?|registry|lists?)\b"
                             r"|\b(?:(?:the\s+)?(?:people|persons|citizens|Venezuelans|adults)\s+(?:(?:who\s+)?(?:were|are|was|is)\s+)?"
                             r"(?:eligible|entitled|able|allowed)\s+to\s+vote)\b"
                             r"|\beligible\s+(?:voters|electorate|Venezuelans|citizens|people|adults)\b", re.I)
# the words a cause is asked with instead of "why" that news text mostly says in another sense
# ("led by President Nicolas Maduro", "he explained", "a bank account"): how the question asks,
# not what it is about. ("what made/triggered/caused …" keep theirs: "made it worse", "triggered
# by" say a cause as often.)
# the telling's words of "what was the story with…", "what went down…": how it is asked, no topic
STORY_ASKED = re.compile(r"^\W*what(?:\s+was|'s|\s+is)\s+the\s+(?:story|deal)\s+(?:with|about|behind)\b|^\W*what\s+went\s+down\b", re.I)
CAUSE_ASKED = re.compile(r"(?:^|(?<=[,:]\s))what\s+(?:led\s+to|leads\s+to|explains|explained|accounts\s+for|"
                         r"accounted\s+for)\b", re.I)
# "what went wrong for Chávez in 2007?": why it failed, as the articles tell a failure
WENT_WRONG = re.compile(r"(?:^|(?<=[,:.?]\s))(?:so\s+)?what\s+(?:actually\s+|really\s+)?(?:went|goes|has\s+gone|had\s+gone)\s+wrong\b", re.I)


# "How many votes did he get?": a question about someone it only calls he or she ("they" is
# often anyone: "when did they vote?")
PRONOUN_SUBJECT = re.compile(rf"^(?:{WH_WORD})(?:\s+(?!(?:{AUXILIARIES_OR_MODALS})\b)[\w'’-]+){{0,3}}\s+"
                             rf"(?:{AUXILIARIES_OR_MODALS})\s+(he|she)\b", re.I)


def pronoun_subject(question: str) -> str:
    """The pronoun a question opens by asking about in place of a name: its question phrase
    (at most three words, no verb) and then "did he", "was she" ("" otherwise: "How many votes
    did Capriles get and what did he say?", "Regarding Capriles, how many votes did he get?"
    name him first). On its own, with no earlier question, nothing says who that is."""
    match = PRONOUN_SUBJECT.match(question.strip())
    return match.group(1) if match else ""


def title_phrases(title: str) -> list[str]:
    """The ways a reader names an article by its title, folded, as words: the whole title and
    what follows its last colon ("Venezuela: the attempt to recall Chávez is defeated"), each of
    three words or more, two of them not stopwords (a shorter phrase is said by chance)."""
    phrases = []
    for part in (title, title.rpartition(":")[2]):
        words = re.findall(r"\w+", fold(part))
        if len(words) >= 3 and sum(w not in STOPWORDS for w in words) >= 2:
            phrases.append(" ".join(words))
    return list(dict.fromkeys(phrases))


def titles_named(question: str, phrases: Iterable[str]) -> list[SourceReference]:
    """An article named by its title, in any case and without quotes ("who wrote the revolution
    in danger", "what does the revolution in danger say"): a reference made of the title's words
    (`phrases`: title_phrases), when a word before it says an article is meant (TITLE_CUE) or
    it is quoted. Said in passing it is the question's topic ("Was the revolution in danger
    after the 2013 election?")."""
    said = " " + " ".join(re.findall(r"\w+", fold(question))) + " "
    quoted = " ".join(quoted_phrases(question))
    refs = []
    for phrase in phrases:
        at = said.find(f" {phrase} ")
        if at < 0:
            continue
        before = said[:at].split()[-1:]
        if set(before) & TITLE_CUE or phrase in quoted:
            refs.append(SourceReference([w for w in phrase.split() if w not in STOPWORDS], []))
    return refs


# an article named by what it is about, for its author ("who wrote the article on the 2017 regional
# elections?"): the topic's words and years, a weak reference (the byline of an article fitting half)
ARTICLE_ON = re.compile(r"\b(?:article|piece|report|blog|post|story|analysis|column)\s+(?:on|about|covering|"
                        r"concerning|regarding)\s+(?:the\s+)?(?P<topic>[^?.!]+)", re.I)


# …the article the author is asked of: right after the asking ("who wrote the Green Left article on …",
# "whose byline is on the piece about …"), not further on ("who wrote the constitution reform rejected
# in the article on …", a review)
ARTICLE_ASKED = re.compile(r"\b(?:wrote|write|written|penned|authored|author|authors|writer|byline(?:\s+is)?\s+on|"
                           r"behind)\s+(?:of\s+)?(?:the|this|that)\s+(?:(?!(?:in|of|from|to|on|about|according)\b)"
                           r"[\w'’.-]+\s+){0,3}$", re.I)


def article_by_topic(question: str, names_article: Callable[[SourceReference], bool] | None) -> list[SourceReference]:
    """The reference an author question makes to an article by its topic (ARTICLE_ON), [] for none.
    Weak, as source_references' are: only when an article fits it (`names_article`; never without
    one to ask), else its words stay the question's own ("Who penned the article on the breadline?")."""
    found = ARTICLE_ON.search(question)
    if found is None or names_article is None or not ARTICLE_ASKED.search(question[:found.start()]):
        return []
    topic = found.group("topic")
    words = [w for w in re.findall(r"[\w'’-]+", fold(topic)) if w not in STOPWORDS and not YEAR.fullmatch(w)]
    years = [int(y) for y in YEAR.findall(topic)]
    reference = SourceReference(words, years, weak=True)
    return [reference] if (words or years) and names_article(reference) else []


# words before a title that make it the article's name: "who wrote …", "what does … say",
# "in …", "according to …", "the article …"
TITLE_CUE = {"wrote", "write", "writes", "written", "author", "authors", "does", "did", "in", "from", "of", "to",
             "titled", "called", "named", "article", "piece", "post", "blog", "report", "read"}


# An event placed by another one ("the referendum held three years after the recall", "the
# governor races that followed the Constituent Assembly vote", "the governor races four years
# later"): the other event is not what is asked, and its words and year would send the search to
# it. Only after an event's noun ("…two days after the referendum" may be what is asked); the
# other event is a few words ending at a clause's end ("…after the recall have strengthened").
RELATIVE_NUMBERS = {"a": 1, "an": 1, **NUMBER_VALUES}
RELATIVE_AMOUNT = r"(?P<amount>a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple\s+of|several|\d+)"
OTHER_EVENT = (r"(?P<{name}>(?:[\w'’.-]+\s+){{0,8}}?[\w'’.-]+)"
               r"(?=\s*(?:[,;?]|$)|\s+(?:have|has|had|did|does|do|was|were|is|are|would|could|compared?|and\s+(?:how|what|why|which|who|when)\b))")
RELATIVE_EVENT = re.compile(
    r"\b(?P<event>(?:elections?|referendums?|referenda|votes?|voting|polls?|recall|campaigns?|races?|contests?|"
    r"plebiscite|ballots?|defeat|victory|win|re-?election))"
    rf"(?:\s+(?:that|which)\s+(?:had\s+)?(?:followed|preceded|came\s+(?:after|before))\s+{OTHER_EVENT.format(name='followed')}"
    r"|\s+(?:(?:held|called|that\s+came|which\s+came|that\s+took\s+place|which\s+took\s+place)\s+)?"
    rf"{RELATIVE_AMOUNT}\s+(?P<unit>years?|months?|weeks?|days?)\s+(?:(?P<side>after|before)\s+{OTHER_EVENT.format(name='other')}"
    r"|later\b|earlier\b))", re.I)


def without_relative_events(question: str) -> str:
    """The question without what places an event by another (RELATIVE_EVENT); whole years from
    another event's year are kept as the year asked ("the referendum held a year after Chávez's
    2006 re-election": the referendum in 2007)."""
    def placed(match: re.Match) -> str:
        years = YEAR.findall(match.group("other") or "")
        amount = RELATIVE_NUMBERS.get((match.group("amount") or "").lower()) or \
            (int(match.group("amount")) if (match.group("amount") or "").isdigit() else 0)
        if len(years) == 1 and amount and match.group("unit").lower().startswith("year") and match.group("side"):
            year = int(years[0]) + (amount if match.group("side").lower() == "after" else -amount)
            return f"{match.group('event')} in {year}"
        return match.group("event")
    return RELATIVE_EVENT.sub(placed, question)


# How sure the asker is, not what is asked ("Who actually won the 2013 election?", "what share of
# voters simply didn't bother"): the question is the one without it. A word news text rarely
# says, it weighed most in the confidence's coverage and right answers abstained; kept there
# alone, it still moved retrieval ("Who actually won…" -> a list of states; a reviewer's 147).
STANCE_ADVERB = re.compile(r"\s*\b(?:actually|simply|really|exactly|roughly|approximately|basically|ultimately|eventually|"
                           r"finally|truly|merely|precisely|apparently|supposedly|essentially|literally|definitely|"
                           r"certainly|honestly)\b,?", re.I)


def without_stance(question: str) -> str:
    """The question without its STANCE_ADVERB words ("Who actually won?" → "Who won?"), but in
    quotes ("What \"will not simply go away\"?")."""
    parts = re.split(r'("[^"]*"|“[^”]*”)', question)       # a quoted phrase is kept as said
    return "".join(part if quoted % 2 else STANCE_ADVERB.sub("", part) for quoted, part in enumerate(parts)).strip() \
        or question


# a reader's "ok"/"okay" before the question ("ok who wrote the blog?", "okay, and who…"): the
# question is the one after it, as every pattern anchored at its start (ASKS_AUTHOR…) reads it
READER_FILLER = re.compile(r"^\W*(?:ok(?:ay)?|alright)\b[\s,.!:;-]*(?=\w)", re.I)


def analyse(question: str, names_article: Callable[[SourceReference], bool] | None = None,
            titles: Iterable[str] = ()) -> Question:
    """What the question asks; `names_article` decides weak article references (see
    source_references; grounding.names_an_article over the index's articles), `titles` are the
    articles' title_phrases. A preamble before the question (asked_part) adds only its names and
    dated events. A title named stays in the question's terms: the words are its topic too
    ("is the revolution in danger?")."""
    question = READER_FILLER.sub("", question, count=1) or question     # "ok who wrote the blog?"
    came_about = asked_verb(CAME_ABOUT_ASKED, question)       # "did the talks actually happen?"
    asked, preamble, typed = asked_part(without_relative_events(question))
    asked, typed = without_stance(asked), without_stance(typed)
    context = preamble_context(preamble) if preamble else ""
    question = f"{asked.rstrip('?').rstrip()} ({context})?" if context else asked
    sources, content = source_references(question, names_article)
    event_years = years_asked(content) + decades_asked(content)
    source_stems = {stem(w) for ref in sources for w in ref.words}
    expands = expansion_asked(typed)
    kind, told = (ENTITY, False) if expands else answer_typing(typed)
    asking = WENT_WRONG.sub("why did it fail", CAUSE_ASKED.sub("why", content.strip())) if kind == REASON else content
    if kind == EVENT:                   # "what was the story with the officers…": what happened to them
        asking = STORY_ASKED.sub("what happened", asking)
    side = side_named(question) if kind in FACTOID_TYPES else ""
    if kind == PERCENT:                 # a share that turned out is the turnout; a number that did is a count
        asking = TURNED_OUT.sub("turnout", STAYED_HOME.sub("abstained", HOW_BAD.sub("how", asking)))
        asking = PRICES_RISING.sub("inflation", asking)
        if not side:                    # "what share of those who went to the polls voted No": the side's
            asking = TOOK_PART.sub("turnout", WENT_TO_VOTE.sub("turnout", asking))
    if side:                            # "the exact count of No votes": the side's figure, not the row "Votes counted"
        asking = COUNT_OF.sub("", SIDE_WORD.sub(r"\1", asking))
    if kind in (COUNT, PERCENT):        # how many they were, what share did something; not "were people able to vote freely"
        asking = ELECTORATE_SAID.sub("electorate voters", asking)
    asking = as_who_is(asking) if kind == DESCRIPTION else asking   # "what was Baduel's rank?"
    asks_author = bool(ASKS_AUTHOR.search(LEADING_PHRASE.sub("", question.strip())))
    if asks_author:                     # "who penned the … commentary": the byline answers, not a sentence saying "penned"
        asking = AUTHORSHIP_VERB.sub("", BYLINE_ASKED.sub("", asking))     # (nor one saying "byline")
    loser_figure = loser_figure_asked(content, kind)
    if loser_figure and kind != PERSON:   # the role is no word of the text: its result says who it is,
        asking = LOSER_ROLE.sub("", asking)                    # or the name the question gives with it
                                                               # (a who-question keeps it: composer.rival_said)
    actor = figure_actor(content) if kind in (COUNT, PERCENT, MONEY) else []
    loser_figure = loser_figure and not names_someone(actor, content)   # "Capriles, the losing candidate"
    # "What explanation does … offer for": the asking's words, only when it asks so ("why did Capriles offer…")
    asking_words = answer_form_terms(kind) if kind == REASON and REASON_ASKED.match(question) else set()
    terms = [t for t in question_terms(topic_said(asking, kind)) if not YEAR.fullmatch(t)
             and t not in source_stems and not MONTH.fullmatch(t) and not (expands and t in EXPANSION_STEMS)
             and t not in asking_words]
    named = sources + titles_named(question, titles)
    if asks_author and not named:       # "Who wrote the article on the 2017 regional elections?"
        named = article_by_topic(question, names_article)
    if kind != COMPARISON and not DIFFERENCE_ASKED.search(content):     # one figure asked against a baseline
        baseline = {int(y) for y in BASELINE_YEAR.findall(content)}     # ("What share did the PSUV win in 2017
                                                                         # compared with 2015?"): the first year's
        if set(event_years) - baseline:
            event_years = [y for y in event_years if y not in baseline]
    return Question(
        text=question,
        answer_type=kind,
        terms=terms,
        entities=[e for e in question_entities(content)],
        years=event_years,
        months=[month_number(m) for m in MONTH.findall(fold(content))],
        placing_years=[y for y in placing_years(content) if y not in event_years],
        dates=dates_named(content),
        focus=[] if kind == COUNT and MOVED_TO_ASKED.search(typed) else focus_terms(question),
        sources=named,
        quotes=quoted_phrases(question),
        asks_author=asks_author,
        asks_who_is=asks_who_is(question),
        asks_post=post_asked(question),
        asks_duration=kind == COUNT and bool(HOW_LONG.search(asked)),
        expands=expands,
        asks_summary=bool(named) and bool(SUMMARY_ASKED.search(asked)),
        cue=answer_cue(kind, question),
        side=side,
        **who_did(question, kind),
        object_verb=asked_verb(OBJECT_VERB, question, REPORTING_VERBS) if kind == PLACE else "",
        count_verb=asked_verb(SUBJECT_COUNT_VERB, question, REPORTING_VERBS) if kind == COUNT else "",
        came_about_verb=came_about,
        told_not_named=told,
        figure_actor=[] if loser_figure else actor,
        loser_figure=loser_figure,
        rival_of=rival_of(content) if kind in (COUNT, PERCENT, MONEY, PERSON) else [],
        **(role_asked(question) if kind == PERSON else {}),
    )


# where the post's body ends: a preposition, a relative pronoun, or the question's end
ROLE_BODY_END = (r"(?=\s+(?:in|at|on|for|by|during|from|to|with|after|before|since|when|under|who|whose)\b"
                 r"|\s*[?.!]*$)")
# "Who was the president of the CNE …?", "who is the head of the cne": the post whose holder is asked
ROLE_QUESTION = re.compile(r"^who\s+(?:is|was|were|are)\s+(?:the\s+)?(?:[a-z-]+\s+)?([a-z-]+)\s+of\s+(?:the\s+)?"
                           r"(.+?)" + ROLE_BODY_END, re.I)


# … or with the body named first: "who is the CNE president?", "who was the Sucre governor in 2007?"
BODY_ROLE_QUESTION = re.compile(r"^(?i:who\s+(?:is|was|were|are)\s+(?:the\s+)?)((?:[A-ZÁÉÍÓÚÑ][\w.-]*\s+){1,3})([a-z-]+)"
                                + ROLE_BODY_END)


# … or by what its holder does: "who headed the CNE in 2017?", "who chaired the electoral council?"
HEADED_QUESTION = re.compile(r"^who\s+(?:headed|heads|chaired|chairs|presided\s+over|presides\s+over)\s+(?:the\s+)?"
                             r"(.+?)" + ROLE_BODY_END, re.I)


# who won a referendum, asked as such ("Who won the 2007 referendum?", "Which side won the December 2007
# constitutional reform referendum?"): one of its sides (extraction.winning_side); not a recall, whose
# winner is the one it tried to remove ("Who won the 2004 recall?": Chávez)
WINNING_SIDE_ASKED = re.compile(r"^\W*(?:who|which\s+(?:side|camp|option)|what\s+(?:side|camp|option))\s+"
                                r"(?:won|prevailed|carried|triumphed)\b(?!.*\brecall)(?=.*\breferend)", re.I)


# what someone made known, asked with no noun for it ("What did the Independent publish?", "What did
# Reuters report at 8.20 pm?", "On the night of the vote, what did…"): a thing asked (ENTITY) whose
# answer is what was told, the sentence; no name in it answers
TOLD_ASKED = re.compile(r"(?:^\W*|[,;:]\s*)what\s+(?:did|does|do|has|have|had|will|would)\s+(?:[\w'’.-]+\s+){1,5}?"
                        r"(?:report|publish|announce|threaten|write|reveal|predict|state|show|accuse)\b", re.I)


# a possessive ending of a name ("Chávez's", "Capriles'"), which is no part of the name
POSSESSIVE_END = re.compile(r"['’]s?$")
# a time said as an adverb at the question's end, which names no post's body
TIME_ADVERB_END = re.compile(r"\s+(?:back\s+)?(?:then|now|at\s+the\s+time)(?=\s*[?.!]*$)", re.I)


def role_asked(question: str) -> dict:
    """role and role_body of a "who is the <post> of <body> …" or "who is the <body> <post>"
    question ({} if none; not the author, whom the byline names)."""
    text = TIME_ADVERB_END.sub("", LEADING_PHRASE.sub("", question.strip()))   # "who was the CNE president then?"
    named = NAME_OF.sub("who was the ", text)   # "What was the name of the CNE president…?"
    match = ROLE_QUESTION.match(named)
    post, body = (match.group(1), match.group(2)) if match else ("", "")
    if not match and (match := BODY_ROLE_QUESTION.match(named)):
        post, body = match.group(2), match.group(1)
    if not match and (match := HEADED_QUESTION.match(named)):
        post, body = "head", match.group(1)
    post = fold(post)
    if not post or stem(post) in {stem(w) for w in ("author", "writer", "one")} or post in STOPWORDS:
        return {}
    if named != text and not re.search(r"[A-ZÁÉÍÓÚÑ]", body):
        return {}                       # "the name of the leader of the right-wing opposition": a post of a
                                        # body named by no name is asked of a sentence, as a thing is (a review)
    return {"role": stem(post), "role_body": body.split()}


# "How many governorships did the opposition win in 2017?", "… did nicolás maduro receive?":
# the words after the auxiliary up to a preposition or the end; the last of them is the verb
ACTOR_CLAUSE = re.compile(r"\b(?:did|does|do|has|have|had)\s+((?:[\w’'.-]+\s+){0,4}?[\w’'-]+)"
                          r"(?=\s+(?:in|at|on|for|by|during|from|to|with|after|before|since|of|between|under|when|as)\b"
                          r"|\s*[?.!]*$)", re.I)


# … or, when the clause runs on past five words ("did the government's side lose the 2007
# constitutional vote, according to…"), a word after the auxiliary and the capitalised ones after it
ACTOR_AFTER_AUXILIARY = re.compile(r"\b(?:did|does|do|has|have|had)\s+(?:(?:the|its|his|her|their|a|an)\s+)?"
                                   r"([\w’'.-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w’'.-]*)*)\s+[a-z]")

# … or, in a question written without its auxiliary ("How many votes Capriles receive…?", "In
# how many states Maduro win…?"), the name straight after the thing counted
ACTOR_WITHOUT_AUXILIARY = re.compile(r"(?:^|(?<=\s))(?:[Ii]n\s+)?[Hh]ow\s+(?:many|much)\s+"
                                     r"(?:(?!(?:in|at|on|of|for|by|during|from|to|with|than|against|over|under|after|before|"
                                     r"between|since|versus|vs|a|an|the)\s)[a-z][\w-]*\s+){1,3}?"
                                     r"((?:the\s+)?[A-ZÁÉÍÓÚÑ][\w’'.-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w’'.-]*)*)"
                                     r"(?:,[^,?]{1,40},)?\s+[a-z]")      # "how many votes Capriles, the losing candidate, received"


SUBJECT_PRONOUNS = {"i", "we", "you", "he", "she", "it", "they"}
# the particle of a phrasal verb ("did Maduro's party pick up", "did the PSUV end up with"): the
# verb is the word before it
PARTICLES = {"up", "out", "off", "down", "away", "back", "over"}
# "Maduro's party", "the government's side": a group named through someone else, which the
# articles call by its own name ("the PSUV won 54%"); its words cannot tell whose a figure is
GROUP_BY_OWNER = re.compile(r"(?:['’]s?|(?<=\w)s|\b(?:government|governing|ruling|pro-[\w-]+))\s+"
                            r"(?:party|side|camp|bloc|coalition|alliance|supporters|loyalists|followers)$"
                            # "the chavistas", "the sandinistas": followers named after their leader
                            r"|^(?:the\s+)?\w{3,}istas?$", re.I)


# a figure asked of a named owner: "Chávez's share of the vote", "Capriles's vote total", or of
# the one the votes went to: "the percent of votes for Chávez", "the share of the vote for Maduro"
OWNED_FIGURE = re.compile(r"\b([A-ZÁÉÍÓÚÑ][\w-]+)['’]s?\s+(?:(?:final|total|winning|vote|popular)\s+)?"
                          r"(?:share|votes?|total|tally|percentage|result|score)\b"
                          r"|\b(?:votes?|ballots)\s+(?:cast\s+)?for\s+([A-ZÁÉÍÓÚÑ][\w-]+)")


# "Maduro's challenger", "Chávez's main rival": someone named by whom they ran against
RIVAL_NOUNS = ("challenger", "rival", "opponent", "adversary", "contender")
RIVAL = re.compile(r"\b([A-ZÁÉÍÓÚÑ][\w-]+)['’]s?\s+(?:(?:main|chief|closest|nearest)\s+)?"
                   rf"(?:{'|'.join(RIVAL_NOUNS)})s?\b", re.I)


# someone asked of by their place in a result, unnamed: "the runner-up", "the opposition
# candidate", "the challenger", "the second-place finisher", "the losing candidate": the one a
# result gives the smaller figure (extraction.result_figures). (Named by whom they ran against,
# "Maduro's challenger", they are RIVAL's.)
LOSER_ROLE = re.compile(r"\b(?:(?:the\s+)?opposition(?:['’]s)?\s+(?:candidate|challenger|contender|nominee)|runners?[- ]up|"
                        r"challengers?|second[- ]place(?:\s+(?:finisher|candidate|contender))?|"
                        r"(?:losing|defeated|beaten)\s+(?:candidate|contender)|loser)(?:['’]s?)?(?![\w-])", re.I)
# …asked who they were, the role itself asked ("Who was the opposition candidate in 2013?"; not
# "Which CNE rector backed the opposition candidate's demand…?", which asks someone else)
LOSER_NAMED = re.compile(rf"^\W*who\s+(?:was|is|were)\s+(?:the\s+)?(?:{LOSER_ROLE.pattern})", re.I)
# …of an election a year or month places (which one's runner-up, else?), with candidates: a
# referendum or a recall has sides, whose names ("the NO", "the opposition") the text gives
NO_CANDIDATES = re.compile(r"\b(?:referend\w*|plebiscites?|recall)\b", re.I)
# …asked a figure of votes: "how many votes / ballots", "what share / percentage", "vote total"
VOTE_FIGURE_WORDS = re.compile(r"\b(?:votes?|ballots?|tally|share|percentage|percent)\b|%", re.I)


def loser_figure_asked(content: str, kind: str) -> bool:
    """Whether the question asks the vote figure of the one who lost, by a role it never names
    ("How many votes did the runner-up receive in April 2013?"), or who that was ("Who was the
    opposition candidate in 2013?"): the articles call nobody that, and their result gives the
    figure beside the name ("…and Capriles 7,270,403 votes")."""
    if kind == PERSON:
        role = bool(LOSER_NAMED.search(content))
    else:
        role = kind in (COUNT, PERCENT) and bool(LOSER_ROLE.search(content)) \
            and bool(VOTE_FIGURE_WORDS.search(LOSER_ROLE.sub("", content)))
    return role and not RIVAL.search(content) and bool(YEAR.search(content) or MONTH.search(fold(content))) \
        and not NO_CANDIDATES.search(content)


def names_someone(actor: list[str], question: str) -> bool:
    """Whether a figure's actor (figure_actor) is someone the question names, capitalised
    ("Capriles"), not a role or a side ("the opposition candidate")."""
    return bool(set(actor) & {stem(fold(w)) for w in re.findall(r"(?<!^)\b[A-ZÁÉÍÓÚÑ][\w-]+", question.strip())})


# someone's rival asked by what they did: "Who was Maduro up against…?", "Who did Chávez run against…?",
# "Who ran against Maduro…?" (the name's last word: "Nicolás Maduro" → Maduro)
RIVAL_FACED = re.compile(r"^\W*[Ww]ho(?:m)?\s+(?:was|is|were|did)\s+(?:[A-ZÁÉÍÓÚÑ][\w-]+\s+)*([A-ZÁÉÍÓÚÑ][\w-]+)\s+"
                         r"(?:up\s+against|run(?:ning)?\s+against|stand(?:ing)?\s+against|face)\b"
                         r"|^\W*[Ww]ho\s+(?:ran|stood|was\s+running)\s+against\s+(?:[A-ZÁÉÍÓÚÑ][\w-]+\s+)*([A-ZÁÉÍÓÚÑ][\w-]+)\b")


def rival_of(question: str) -> list[str]:
    """The stem of the person the question's figure or name is NOT of ("How many ballots did
    Maduro's challenger collect?" → ["maduro"]: Capriles's figure, not Maduro's beside it; "Who
    was Maduro up against in 2013?": Capriles, the other name of the result)."""
    found = RIVAL.search(question)
    name = found.group(1) if found else None
    if name is None and (faced := RIVAL_FACED.search(question)):
        name = faced.group(1) or faced.group(2)
    return [stem(fold(name))] if name and fold(name) not in STOPWORDS else []


def figure_actor(question: str) -> list[str]:
    """Stemmed words of who a figure question asks the figure of ("How many governorships did
    the opposition win" → ["opposit"], "What was Chávez's share of the vote?" → ["chavez"]); []
    when it names no one ("How many people have died")."""
    if RIVAL.search(question):
        return []                         # "did Maduro's challenger collect": not Maduro (rival_of)
    question = re.sub(r"\(([A-ZÁÉÍÓÚÑ]{2,})\)", r"\1", question)    # "did the Democratic Unity Roundtable (MUD) receive"
    match = ACTOR_CLAUSE.search(question.strip())
    owner = None if match else OWNED_FIGURE.search(question)
    if owner:
        return [stem(fold(owner.group(1) or owner.group(2)))]   # "What was Chávez's share of the vote?": not the opposition's 41.74%
    if match:
        words = match.group(1).split()
        words = words[:-2] if len(words) > 2 and fold(words[-1]) in PARTICLES else words[:-1]
    else:
        match = ACTOR_AFTER_AUXILIARY.search(question.strip()) or ACTOR_WITHOUT_AUXILIARY.search(question.strip())
        words = match.group(1).split() if match else []
    owner_at = next((i for i, w in enumerate(words[:-1]) if re.search(r"['’]s$", w)), None)
    if owner_at is not None and fold(words[owner_at + 1]) in OWNED_FIGURE_NOUNS:
        words = words[:owner_at + 1]      # "did the opposition's vote fall": the opposition, not its vote
    folded = [fold(w).strip(".") for w in words]
    if GROUP_BY_OWNER.search(" ".join(words)):
        return []
    if folded[:1] and folded[0] in ("he", "she"):
        return sole_person(question)      # "…recalling President Chávez, what percentage did he get?": Chávez
    if folded[:1] and folded[0] in SUBJECT_PRONOUNS:
        return []                         # "did they win the referendum": whoever "they" are, not "win"
    actor = [stem(re.sub(r"'s$", "", w)) for w in folded if w and w not in STOPWORDS]
    if actor and all(w in ROLE_STEMS for w in actor):
        return actor + sole_person(question)    # "…recalling Chávez, how many votes did the president receive?"
    if actor and all(w in UNNAMED_ACTORS for w in actor):
        return []                         # "what share did the party get in 2017?": no one named; the
    return actor                          # sentence names the party ("The PSUV won 54%")


# a figure named as someone's ("the opposition's vote", "Chávez's support"): the owner is the actor
OWNED_FIGURE_NOUNS = {"vote", "votes", "share", "support", "total", "tally", "result", "turnout", "backing"}
# what a question may call the one whose figure it asks without naming it ("the party"): no actor
UNNAMED_ACTORS = {stem(w) for w in ("party",)}


# an office someone holds, by which a question may call the one person it names ("…recalling
# Chávez, … did the president receive"); not a part in the race ("the winner", "the challenger"),
# which a question often gives beside the other candidate's name ("In Capriles's 2013 race, how
# many votes did the winner receive?")
ROLE_STEMS = {stem(w) for w in ("president", "incumbent", "leader", "governor", "head", "mayor", "minister")}


def sole_person(question: str) -> list[str]:
    """The stem of the one name the question gives, whom its "he" or "the president" is; [] for
    none, several, or one the figure is against ("did he get against Maduro")."""
    named = question_entities(question)
    rival = named and re.search(rf"\b(?:against|over|versus|vs\.?|beat(?:ing)?|defeat(?:ed|ing)?|facing|race\s+with|"
                                rf"ran\s+against)\s+(?:\w+\s+)?{re.escape(named[0])}", question, re.I)
    if len(named) != 1 or rival:
        return []
    person = [w for w in named[0].split() if not MONTH.fullmatch(w)]     # "Maduro April (2013)": Maduro
    return [stem(fold(person[-1]).strip(".'’"))] if person else []


# someone asked as the one who took a post ("Who became vice president…?", "who took over as…", "who
# stepped into the vice-presidency", "who is the new VP", "who was his successor"): the one who
# replaced its holder, as the articles tell it ("…was removed and replaced with …, Ramón Carrizales"),
# not the holder named as its former one; not when an earlier holder is asked ("who became the former
# vice president", "who became vice president before the reshuffle")
SUCCESSION_ASKED = re.compile(r"^who\b(?![^?]*\b(?:replaced|succeeded|former|earlier|before|first)\b)[^?]*?"
                              r"(?:\b(?:became|become|becomes|took\s+over|takes\s+over|stepped\s+in|steps\s+in|came\s+in|"
                              r"moved\s+in)\b|\bthe\s+new\b|\b(?:successor|replacement)\b)", re.I)


def who_did(question: str, kind: str) -> dict:
    """doer_verb and doer_passive of a "Who <verb> …?" question, or of a "Which party won …?"
    whose noun says nothing of the answer (not "which governor urged …", whose noun does): the
    verb as text.verb_base gives it ("" for any other question), and whether it is asked in the
    passive ("Who was elected…")."""
    asked = fold(LEADING_PHRASE.sub("", question.strip()))
    if kind == PERSON and SUCCESSION_ASKED.search(asked):
        return {"doer_verb": verb_base("replace"), "doer_passive": False}
    if kind == ENTITY and (which := WHICH_DID.match(asked)):
        return {"doer_verb": verb_base(which.group(1)), "doer_passive": False}
    match = WHO_DID.match(asked)
    if not match:
        return {"doer_verb": "", "doer_passive": False}
    return {"doer_verb": verb_base(match.group(2)), "doer_passive": match.group("passive") is not None}


# "Which states did the PSUV lose to …", "which steel company had Chávez nationalised by …": the
# verb after the subject, followed by a preposition or the end (not "does the article say …")
OBJECT_VERB = re.compile(r"^(?i:which|what)\s+(?:[\w'’-]+\s+){1,3}?(?i:did|does|do|has|have|had)\s+"
                         r"(?:the\s+)?(?:[\w'’-]+\s+){1,3}?([a-z][a-z-]+)"
                         r"(?=\s+(?:to|in|on|at|from|by|for|during|after|before|when|while|over|against|back)\b|\s*\??\s*$)")
# "how many people died …", "how many were arrested …": the ones counted did (or underwent) the
# verb, a past form right after them
SUBJECT_COUNT_VERB = re.compile(r"^(?i:how\s+many)\s+(?:[\w'’-]+\s+){0,2}?(?:(?i:were|was|had\s+been|have\s+been|got)\s+)?"
                                r"([a-z][a-z-]+(?:ed|en)|died|" + "|".join(IRREGULAR_PAST) + r")\b")
REPORTING_VERBS = {"say", "think", "write", "claim", "argu", "describ", "call", "mention", "report", "believ", "see"}


# "did the full audit ever happen?", "was the killer ever caught?", "did the talks actually
# resume?": whether something came about, which only a sentence saying so tells
CAME_ABOUT_ASKED = re.compile(r"^(?:did|was|were|has|have|had)\b.*?\b(?:ever|actually|eventually|finally)\s+"
                              r"([a-z][\w-]+)\b", re.I)


def asked_verb(pattern: re.Pattern, question: str, excluded: set[str] = frozenset()) -> str:
    """verb_base of the verb `pattern` finds in the question (its leading phrase dropped): the
    one an answer must say ("which states did X lose", "how many died", "did X ever happen");
    "" if none, a stopword, or one of `excluded` (REPORTING_VERBS: "does the article say")."""
    match = pattern.match(LEADING_PHRASE.sub("", question.strip()))
    if not match or match.group(1).lower() in STOPWORDS:           # "was it really because…": no verb
        return ""
    verb = verb_base(match.group(1))
    return "" if verb in STOPWORDS or verb in excluded else verb


def quoted_phrases(question: str) -> list[str]:
    """Phrases of two or more words inside quotes (straight or curly; single quotes need two words)."""
    found = re.findall(r"[“\"]([^”\"]{3,200})[”\"]|(?<!\w)'([^']{3,200}\s[^']{1,200})'(?!\w)", question)
    return [" ".join(fold(a or b).split()).strip(" .,") for a, b in found if len((a or b).split()) >= 2]


def month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    for i, m in enumerate(MONTHS, 1):
        if m.startswith(name[:3]):
            return i
    return 0


# a turn that only greets, thanks or acknowledges ("hello", "thanks", "ok great", "got it, thank
# you"): nothing to answer, and nothing to complete from the last question
ACKNOWLEDGMENT = re.compile(rf"(?=\w)(?:(?:{NOD_WORDS}|{GREETING_WORDS})\b[\s,.!?]*)*"
                            rf"(?:(?:{THANKS_WORDS})(?:\s+(?:so\s+much|a\s+lot|very\s+much))?)?[\s,.!?]*", re.I)
GREETING = re.compile(rf"\W*(?:{GREETING_WORDS})\b", re.I)


def is_acknowledgment(text: str) -> bool:
    return bool(ACKNOWLEDGMENT.fullmatch(text.strip()))


def is_greeting(text: str) -> bool:
    """An acknowledgment that opens with a greeting ("hello", "hi there"), answered in kind."""
    return is_acknowledgment(text) and bool(GREETING.match(text))


def is_follow_up(question: str) -> bool:
    """Short, elliptical or pronoun-led questions lean on the conversation so far."""
    words = question.split()
    return (bool(FOLLOW_UP.match(question.strip())) or len(words) <= 4 or bool(BARE_COUNT.match(question))
            or bool(PRONOUN_START.match(question.strip()) and len(words) <= 8 and points_outside(question))
            or (len(words) <= MAX_ANAPHORIC_WORDS and points_outside(question)))


# A pronoun or a demonstrative that refers to something the question does not name: "Did anyone
# on the electoral council support him?", "Was anyone arrested over that?", "How many of those
# irregularities did the audit confirm?", "in that October election", "Why did that fail?".
PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|him|her|his)\b", re.I)
# right after an auxiliary, where a pronoun is the subject ("Why did that fail?")
AFTER_AUXILIARY = "(?:" + "|".join(rf"(?<=\b{aux}\s)" for aux in ("did", "does", "was", "were", "is", "has", "had", "will")) + ")"
NEUTER_PRONOUN = re.compile(r"\b(?:it|its|they|them|their)\b", re.I)
# "this"/"that" standing alone ("over that?", "did that fail"), before a month ("that October
# election") or before the question's last word ("at that rally?"); "those"/"these" before a noun.
# Not the relative or the conjunction: "the protests that followed the election", "the party that
# Capriles leads", "said that fraud was being prepared".
DEMONSTRATIVE = re.compile(r"\b(?:that|this)\b(?=\s*[?.!,;]|\s*$|\s+" + MONTH.pattern + r"|\s+[a-z][\w'’-]*\s*[?.!]?\s*$)"
                           r"|" + AFTER_AUXILIARY + r"(?:that|this)\b"
                           r"|\b(?:those|these)\s+(?!(?:who|which|that|of)\b)[a-z]", re.I)
# a noun phrase a neuter pronoun after it may stand for: "the opposition … they", "the ruling party … its"
NOUN_BEFORE = re.compile(r"\b(?:the|a|an)\s+[a-z][\w'’-]*|\b[a-z]{3,}s\b", re.I)
MAX_ANAPHORIC_WORDS = 14
# "there" as a place ("who won the governorship there", "turned up there"); not the "there" of
# "there were", "is there"
LOCATIVE_THERE = re.compile(r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )\bthere\b"
                            r"(?!\s+(?:is|are|was|were|be|been|has|have|had)\b)", re.I)


def names_its_person(question: str) -> bool:
    """"What did Maduro say he would do?": a subject pronoun after a name stands for it (a
    possessive, "How did Capriles react to his victory?", may be anyone's)."""
    subject = re.search(r"\b(?:he|she)\b", question, re.I)
    return (subject is not None and bool(question_entities(question[:subject.start()]))
            and not NEUTER_PRONOUN.search(question) and not DEMONSTRATIVE.search(question))


def points_outside(question: str) -> bool:
    """The question holds a pronoun with nothing before it that it could stand for (a name for
    "he"/"his", a noun phrase for "it"/"they"), or a demonstrative; not "What did Maduro say he
    would do?" (names_its_person)."""
    if names_its_person(question):
        return False
    personal = PERSONAL_PRONOUN.search(question)
    if personal is not None and not question_entities(question[:personal.start()]):
        return True
    neuter = NEUTER_PRONOUN.search(question)
    if neuter is not None:
        before = re.sub(r"\b(?:the|a|an)\s+[\w'’-]+\s+of\s*$", "", question[:neuter.start()], flags=re.I)   # "the end of it"
        before = ASKED_NOUN_PHRASE.sub("", before)   # "How many states did they win?": the states are asked, not they
                                                     # (only right before the pronoun: "Which officers were arrested
                                                     # and what were they carrying?": they are the officers)
        if not NOUN_BEFORE.search(before):           # a name may be a person's: "What did Chávez say about it?"
            return True
    if LOCATIVE_THERE.search(question) and not PLACE_NAMED.search(question):
        return True                                  # where "there" is, the question does not say
    return bool(DEMONSTRATIVE.search(question))


PLACE_NAMED = re.compile(r"\bin\s+[A-ZÁÉÍÓÚÑ]")
# the question's opening asked phrase, up to its auxiliary when the pronoun is that auxiliary's subject
# ("How many states did they…", "What share did it…"); not "Which officers were arrested and what were they…"
ASKED_NOUN_PHRASE = re.compile(rf"^\W*(?:how\s+(?:many|much)|which|what)(?:\s+[\w'’-]+){{1,3}}?\s+(?=(?:{AUXILIARIES})\s*$)", re.I)
