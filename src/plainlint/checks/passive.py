"""Kind ``passive-voice``: a form of *be* or *get*, then (optionally adverbs, then) a past participle.

Without a trained pipeline the participle is recognised from the tokens: a table of
irregular participles ("taken", "sent", "held", ...) or a lower-case word ending in "-ed".
With a trained pipeline (``model = "en_core_web_sm"``) the tagger's VBN tag decides instead.
Either way these are left alone:

* adjectives that look like participles: "interested", "concerned", "worried", "tired",
  "based", "involved", "committed", ... (:data:`NOT_PARTICIPLE`);
* "be used to", "be set to", "be meant to", ... meaning *accustomed to* or *about to*
  ("staff are used to working late", "costs are set to rise"); but "the grant is used to
  fund respite care" is passive and is reported;
* "well", "better", "best" or "ill" straight before the word ("well placed", "best
  equipped"): an adjective, not an action;
* "there is/are ..." ("there were trained volunteers at every session");
* perfect active tenses: "has been working", "has been clear" (the word after "been" is
  not a participle);
* capitalised words (names: "the chair was Alfred Reed").

The finding covers the verb group, with its auxiliaries and adverbs ("has not been properly
funded"). When a "by" phrase names who acted ("by the board"), the message names them and
says to start with them; "by" phrases of amount or time ("by a third", "by March") are not
agents.
"""

from __future__ import annotations

from ..engine import Check
from ..metrics import is_checked_sentence

BE = {"am", "is", "are", "was", "were", "be", "been", "being", "'m", "'re"}
GET = {"get", "gets", "got", "gotten", "getting"}
HAVE = {"has", "have", "had", "having", "'ve", "'d"}
MODALS = {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "ca", "wo"}
ADVERBS = {"not", "n't", "also", "never", "already", "still", "then", "often", "always", "now",
           "just", "currently", "usually", "generally", "sometimes", "rarely", "further",
           "therefore", "thus", "all", "both", "each", "only", "later", "soon", "again", "yet",
           "so", "too", "very", "well", "even", "first", "mainly", "largely", "partly", "ever",
           "being", "recently", "once", "since", "seldom", "no", "longer", "duly", "subsequently",
           "previously", "initially", "originally", "finally", "increasingly", "widely"}
# adverbs that make the next word an adjective: "well placed", "best equipped"
_ADJ_MAKERS_STRICT = {"well", "better", "best", "ill"}

#: irregular past participle -> simple past (for the message's example)
IRREGULAR = {
    "arisen": "arose", "awoken": "awoke", "beaten": "beat", "begun": "began", "bent": "bent",
    "bitten": "bit", "blown": "blew", "bound": "bound", "broken": "broke", "brought": "brought",
    "built": "built", "burnt": "burnt", "bought": "bought", "caught": "caught", "chosen": "chose",
    "cost": "cost", "cut": "cut", "dealt": "dealt", "done": "did", "drawn": "drew", "driven": "drove",
    "eaten": "ate", "fallen": "fell", "fed": "fed", "felt": "felt", "fought": "fought", "found": "found",
    "flown": "flew", "forbidden": "forbade", "forecast": "forecast", "forgotten": "forgot",
    "forgiven": "forgave", "frozen": "froze", "given": "gave", "grown": "grew", "heard": "heard",
    "hidden": "hid", "hit": "hit", "held": "held", "hung": "hung", "hurt": "hurt", "kept": "kept",
    "known": "knew", "laid": "laid", "learnt": "learnt", "led": "led", "left": "left", "lent": "lent",
    "let": "let", "lost": "lost", "made": "made", "meant": "meant", "met": "met", "misled": "misled",
    "mislaid": "mislaid", "overcome": "overcame", "overseen": "oversaw", "overtaken": "overtook",
    "paid": "paid", "put": "put", "read": "read", "rebuilt": "rebuilt", "rewritten": "rewrote",
    "ridden": "rode", "run": "ran", "said": "said", "seen": "saw", "sold": "sold", "sent": "sent",
    "set": "set", "shaken": "shook", "shown": "showed", "shut": "shut", "sought": "sought",
    "spoken": "spoke", "spent": "spent", "split": "split", "spread": "spread", "stolen": "stole",
    "struck": "struck", "sworn": "swore", "swept": "swept", "taken": "took", "taught": "taught",
    "torn": "tore", "told": "told", "thought": "thought", "thrown": "threw", "understood": "understood",
    "undertaken": "undertook", "undergone": "underwent", "upheld": "upheld", "withdrawn": "withdrew",
    "withheld": "withheld", "woken": "woke", "worn": "wore", "won": "won", "written": "wrote",
    "wound": "wound", "shed": "shed", "sunk": "sank", "sung": "sang", "rung": "rang", "dug": "dug",
    "stuck": "stuck", "outlined": "outlined", "underpinned": "underpinned",
}
#: words ending in -ed (or irregular forms) that are adjectives after be/get, or no participle at all
NOT_PARTICIPLE = {
    # feelings and states
    "interested", "concerned", "worried", "tired", "pleased", "delighted", "satisfied", "excited",
    "disappointed", "surprised", "shocked", "amazed", "bored", "scared", "frightened",
    "embarrassed", "confused", "convinced", "ashamed", "afraid", "relaxed", "stressed",
    "distressed", "overwhelmed", "exhausted", "frustrated", "annoyed", "relieved", "determined",
    "committed", "dedicated", "devoted", "motivated", "inclined", "opposed", "accustomed",
    "obliged",
    # where or what something is
    "based", "involved", "located", "situated", "married", "retired", "unemployed", "disabled",
    "isolated", "qualified", "experienced", "skilled", "talented", "gifted", "educated", "aged",
    "entitled", "engaged", "aligned", "connected", "related", "unrelated", "linked", "united",
    "limited", "focused", "focussed", "aimed", "equipped", "balanced", "biased", "mixed", "varied",
    "advanced", "complicated", "sophisticated", "crowded", "dated", "alleged", "fixed", "licensed",
    "registered", "scheduled", "settled", "titled", "reserved", "pressed", "pronounced",
    "unprecedented", "unresolved", "unsupported", "blessed", "beloved", "hooked", "concentrated",
    "renowned", "closed", "gone", "come", "become", "bet", "quit", "worth",
    # not verbs at all
    "need", "red", "bed", "seed", "speed", "feed", "hundred", "sacred", "naked", "wicked",
    "rugged", "ragged", "shred", "breed", "creed", "embed", "kindred", "ed", "due", "able", "deed",
    "heed", "reed", "weed", "sled", "fled", "sped", "proceed", "exceed", "succeed", "steed", "tweed",
}
#: "be X to ..." means "accustomed to", "about to", "supposed to": not passive
ADJ_BEFORE_TO = {"used", "set", "meant", "supposed", "bound", "prepared"}
#: after get: "get started", "get dressed", "get lost" are idioms, not actions done to someone
GET_IDIOMS = {"started", "dressed", "lost", "changed", "divorced", "stuck", "organised",
              "organized", "acquainted", "rid", "ready"}
_INFINITIVE_BLOCKERS = {"the", "a", "an", "this", "that", "these", "those", "it", "them", "him", "her",
                        "us", "me", "you", "our", "their", "his", "its", "my", "your", "such", "being",
                        "having", "new", "change", "changes", "working", "long"}
# words that end an agent phrase
_AGENT_STOP = {"to", "in", "on", "for", "with", "from", "at", "as", "after", "before", "during", "until",
               "since", "because", "which", "who", "whom", "that", "when", "where", "while", "if", "but",
               "so", "or", "than", "last", "next", "this", "earlier", "later", "today", "yesterday",
               "recently", "each", "every", "and", "into", "over", "under", "within", "without",
               "through", "between", "about", "via", "is", "are", "was", "were", "will", "would",
               "has", "have", "had", "can", "could", "should", "must", "may", "might"}
# "by" phrases that give an amount, a time or a means, not who acted
_NOT_AGENT_FIRST = {"then", "now", "far", "half", "twice", "much", "more", "less", "law", "default",
                    "design", "accident", "hand", "email", "e", "phone", "telephone", "post", "letter",
                    "tomorrow", "next", "this", "that", "way", "means", "virtue", "mistake", "chance",
                    "up", "around", "about", "some", "almost", "nearly", "over", "roughly", "approximately",
                    "midnight", "noon", "spring", "summer", "autumn", "winter", "january",
                    "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
                    "friday", "saturday", "sunday", "end", "start", "beginning", "middle", "close",
                    "time", "year", "month", "week", "day", "date", "deadline", "percent", "per",
                    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                    "itself", "themselves", "ourselves"}
# "by a third", "by a significant amount": an amount after "a"/"an", not who acted
_AMOUNT_AFTER_A = {"third", "quarter", "half", "fifth", "sixth", "tenth", "factor", "margin", "further",
                   "total", "lot", "little", "fraction", "percentage", "amount", "proportion", "degree",
                   "extent", "maximum", "minimum", "week", "month", "year", "day", "few"}
_AGENT_ARTICLE_NOUNS = {"end", "start", "beginning", "middle", "close", "time", "spring", "summer",
                        "autumn", "winter", "deadline", "date", "year", "month", "week", "day", "way",
                        "same", "following", "law", "book"}
_BY_WINDOW = 8
_MAX_AGENT_WORDS = 8


def _is_participle(tok, trained: bool) -> bool:
    low = tok.lower_
    if low in NOT_PARTICIPLE:
        return False
    if tok.text[:1].isupper():
        return False  # a name: "the chair was Alfred Reed"
    if trained and tok.tag_:
        return tok.tag_ == "VBN"
    if low in IRREGULAR:
        return True
    return low.endswith("ed") and len(low) >= 4 and low.isalpha()


def _is_adverb(low: str) -> bool:
    return low in ADVERBS or (low.endswith("ly") and len(low) > 3 and low.isalpha() and not low.endswith("ply"))


def _skip_adverbs(sdoc, j: int, te: int) -> int:
    skipped = 0
    while j < te and skipped < 3 and _is_adverb(sdoc[j].lower_):
        j += 1
        skipped += 1
    return j


def _aux_start(sdoc, i: int, ts: int) -> int:
    """Extend the verb group back over modals, have-forms and the adverbs between them:
    'will not be', 'has already been', 'are getting'."""
    start = i
    k = i - 1
    while k >= ts:
        low = sdoc[k].lower_
        if low in MODALS or low in HAVE or (low in BE and sdoc[start].lower_ in GET):
            start = k
            k -= 1
            continue
        if _is_adverb(low):
            j = k
            while j >= ts and _is_adverb(sdoc[j].lower_):
                j -= 1
            if j >= ts and (sdoc[j].lower_ in MODALS or sdoc[j].lower_ in HAVE):
                start = j
                k = j - 1
                continue
        break
    return start


def _existential(sdoc, i: int, ts: int) -> bool:
    """'there is/are/were/has been ...': the be-form introduces something, it is not passive."""
    k = i - 1
    while k >= ts and (sdoc[k].lower_ in HAVE or sdoc[k].lower_ in MODALS or sdoc[k].lower_ in ADVERBS
                       or sdoc[k].lower_ == "be"):
        k -= 1
    return k >= ts and sdoc[k].lower_ == "there"


def _agent(sdoc, j: int, te: int) -> str:
    """The 'by ...' phrase after the participle at j that names who acted, or ''."""
    for k in range(j + 1, min(te, j + 1 + _BY_WINDOW)):
        tok = sdoc[k]
        if tok.lower_ == "by":
            if k + 1 >= te:
                return ""
            first = sdoc[k + 1]
            if first.like_num or first.text[:1] in "£$€%" or first.lower_ in _NOT_AGENT_FIRST:
                return ""
            if first.lower_ == "the" and k + 2 < te and sdoc[k + 2].lower_ in _AGENT_ARTICLE_NOUNS:
                return ""
            if first.lower_ in ("a", "an") and any(sdoc[x].lower_ in _AMOUNT_AFTER_A
                                                   for x in range(k + 2, min(te, k + 4))):
                return ""
            end = k + 1
            words = 0
            while end < te and words < _MAX_AGENT_WORDS:
                t = sdoc[end]
                low = t.lower_
                if t.is_punct and t.text not in ("'", "’", "-", "&"):
                    break
                if low in _AGENT_STOP and end > k + 1:
                    # "Health and Wellbeing Board", "Director of Public Health": keep going
                    # when the next word is capitalised
                    if low == "and" and end + 1 < te and sdoc[end + 1].text[:1].isupper() \
                            and sdoc[end - 1].text[:1].isupper():
                        end += 1
                        continue
                    break
                if t.like_num and end > k + 1:
                    break
                end += 1
                words += 1
            while end > k + 1 and sdoc[end - 1].lower_ in ("of", "the", "a", "an", "'s", "’s"):
                end -= 1
            return sdoc[k:end].text if end > k + 1 else ""
        if tok.is_punct or tok.lower_ in BE or tok.lower_ in ("that", "which", "who", "and", "but"):
            return ""
    return ""


def find_passives(sdoc, ts: int, te: int, trained: bool = False) -> list[tuple[int, int, str, int]]:
    """Each passive in tokens ts..te: (first token, end token, agent text, participle token)."""
    out = []
    i = ts
    while i < te:
        tok = sdoc[i]
        low = tok.lower_
        is_be = low in BE
        is_get = low in GET
        if not (is_be or is_get):
            i += 1
            continue
        j = _skip_adverbs(sdoc, i + 1, te)
        if j >= te:
            break
        part = sdoc[j]
        plow = part.lower_
        if is_be and plow == "been":
            i = j  # "has been agreed": look again from "been"
            continue
        if is_be and plow in GET:
            i = j  # "are getting excluded"
            continue
        if not _is_participle(part, trained):
            i += 1
            continue
        # adjectives made by "well", "best": "well placed", "best equipped"
        if j > i + 1 and sdoc[j - 1].lower_ in _ADJ_MAKERS_STRICT:
            i = j + 1
            continue
        # "be used to working", "be set to rise", "be meant to open"
        if plow in ADJ_BEFORE_TO and j + 1 < te and sdoc[j + 1].lower_ == "to":
            nxt = sdoc[j + 2] if j + 2 < te else None
            if plow != "used" or nxt is None or nxt.lower_ in _INFINITIVE_BLOCKERS \
                    or nxt.lower_.endswith("ing") or not nxt.is_alpha or nxt.text[:1].isupper():
                i = j + 1
                continue
        if is_get and plow in GET_IDIOMS:
            i = j + 1
            continue
        if is_be and _existential(sdoc, i, ts):
            i = j + 1
            continue
        start = _aux_start(sdoc, i, ts)
        out.append((start, j + 1, _agent(sdoc, j, te), j))
        i = j + 1
    return out


def passive_sentences(analysed) -> dict:
    """id(sentence) -> (sentence, passives): computed once per document and shared
    (``Analysed.passives``)."""
    return analysed.passives


def find_all_passives(analysed) -> dict:
    """What ``Analysed.passives`` holds: every checked sentence with a passive."""
    hits = {}
    for s in analysed.sentences:
        block = analysed.blocks[s.block_index]
        if not is_checked_sentence(block, s):
            continue
        sdoc = analysed.block_docs[s.block_index]
        found = find_passives(sdoc, s.tok_start, s.tok_end, analysed.trained)
        if found:
            hits[id(s)] = (s, found)
    return hits


def _doer(agent: str) -> str:
    who = agent[3:].strip() if agent.lower().startswith("by ") else agent
    first = who.split(" ", 1)[0]
    if first in ("The", "A", "An", "Our", "Their", "Its", "This", "These", "Those", "Some", "Many", "All", "Each"):
        who = who[0].lower() + who[1:]
    return who


def passive_message(rule, span_text: str, agent: str, participle: str, aux: str) -> str:
    """The finding's message: what is passive, and who to name."""
    base = rule.message.format(text=span_text)
    if agent:
        who = _doer(agent)
        if aux.lower() in ("was", "were", "got"):
            verb = IRREGULAR.get(participle.lower(), participle.lower())
            example = f"'{who} {verb} …'"
        else:
            example = f"'{who} …'"
        return f"{base} It names who acts ('{agent}'): start with them instead, for example {example}."
    return (f"{base} Say who does the action and put them first, for example 'we …', "
            "'the council …' or 'the board …'.")


class PassiveCheck(Check):
    def run(self, analysed):
        out = []
        for rule in self.rules:
            for s, found in passive_sentences(analysed).values():
                block = analysed.blocks[s.block_index]
                sdoc = analysed.block_docs[s.block_index]
                for a, b, agent, j in found:
                    span = sdoc[a:b]
                    start = block.start + span.start_char
                    end = block.start + span.end_char
                    be = [t.text for t in sdoc[a:j] if t.lower_ in BE or t.lower_ in GET]
                    aux = be[0] if len(be) == 1 and not any(t.lower_ in MODALS or t.lower_ in HAVE for t in sdoc[a:j]) else ""
                    message = passive_message(rule, span.text, agent, sdoc[j].text, aux)
                    out.append(self.finding(rule, analysed, start, end, message))
        return out


CHECK = PassiveCheck
