"""Kind ``passive-voice``: a form of be or get, then (optionally adverbs, then) a past participle.

Without a trained pipeline the participle is recognised by its -ed ending or a table of
irregular participles; adjectives that look like participles (interested, concerned,
based, ...) are left alone. With a trained pipeline the tagger's VBN tag is used instead.
"""

from __future__ import annotations

from ..engine import Check

BE = {"am", "is", "are", "was", "were", "be", "been", "being", "'m", "'re"}
GET = {"get", "gets", "got", "gotten", "getting"}
ADVERBS = {"not", "n't", "also", "never", "already", "still", "then", "often", "always", "now",
           "just", "being", "currently", "usually", "generally", "sometimes", "rarely", "further",
           "therefore", "thus", "all", "both", "each", "only", "later", "soon", "again", "yet",
           "so", "too", "very", "well", "even", "first", "mainly", "largely", "partly", "ever"}
IRREGULAR = {
    "awoken", "been", "beaten", "become", "begun", "bent", "bet", "bound", "bitten", "blown",
    "broken", "brought", "built", "burnt", "bought", "caught", "chosen", "come", "cost", "cut",
    "dealt", "done", "drawn", "drunk", "driven", "eaten", "fallen", "fed", "felt", "fought",
    "found", "flown", "forbidden", "forgotten", "forgiven", "frozen", "given", "gone", "grown",
    "hung", "heard", "hidden", "hit", "held", "hurt", "kept", "known", "laid", "led", "left",
    "lent", "let", "lost", "made", "meant", "met", "paid", "put", "read", "ridden", "rung",
    "run", "said", "seen", "sought", "sold", "sent", "set", "shaken", "shown", "shut", "sung",
    "sunk", "spoken", "spent", "spread", "stolen", "struck", "sworn", "swept", "taken",
    "taught", "torn", "told", "thought", "thrown", "understood", "undertaken", "upheld",
    "withdrawn", "woken", "worn", "won", "written", "overseen", "overcome", "overtaken",
    "outlined", "mislaid", "misled", "withheld", "arisen", "forecast", "rebuilt", "rewritten",
    "undergone", "underpinned", "begun", "drawn", "shed", "split", "quit", "wound",
}
# -ed words that are adjectives in these positions, or not participles at all
NOT_PARTICIPLE = {
    "interested", "concerned", "worried", "tired", "based", "involved", "committed", "dedicated",
    "determined", "pleased", "delighted", "satisfied", "located", "situated", "supposed",
    "married", "qualified", "experienced", "skilled", "talented", "complicated", "sophisticated",
    "advanced", "detailed", "varied", "mixed", "excited", "disappointed", "surprised", "shocked",
    "amazed", "bored", "scared", "frightened", "embarrassed", "confused", "convinced", "prepared",
    "engaged", "entitled", "aligned", "need", "red", "bed", "seed", "speed", "feed", "hundred",
    "sacred", "naked", "wicked", "rugged", "ragged", "aged", "beloved", "shared", "tailored",
    "connected", "related", "due", "united", "isolated", "disabled", "limited", "focused",
    "focussed", "designed", "linked", "placed", "aimed", "equipped", "worth", "used", "able",
    "ashamed", "afraid", "alleged", "balanced", "biased", "blessed", "crowded", "dated",
    "devoted", "distressed", "educated", "established", "exhausted", "fixed", "gifted",
    "hooked", "inclined", "informed", "joined", "learned", "licensed", "motivated", "noted",
    "obliged", "overwhelmed", "opposed", "pressed", "pronounced", "registered", "relaxed",
    "reserved", "retired", "scheduled", "settled", "stressed", "titled", "trained", "unemployed",
    "unprecedented", "unrelated", "unresolved", "unsupported", "well", "accustomed", "ed",
}
_BY_WINDOW = 8


def _is_participle(tok, trained: bool) -> bool:
    low = tok.lower_
    if low in NOT_PARTICIPLE:
        return False
    if trained and tok.tag_:
        return tok.tag_ == "VBN"
    if low in IRREGULAR:
        return True
    return low.endswith("ed") and len(low) > 4 and low.isalpha()


def find_passives(sdoc, ts: int, te: int, trained: bool = False) -> list[tuple[int, int, str]]:
    """(first token, end token, agent text) of each passive construction in tokens ts..te."""
    out = []
    i = ts
    while i < te:
        low = sdoc[i].lower_
        if low in BE or low in GET:
            j = i + 1
            skipped = 0
            while j < te and skipped < 3 and (sdoc[j].lower_ in ADVERBS or (sdoc[j].lower_.endswith("ly") and len(sdoc[j]) > 3)):
                j += 1
                skipped += 1
            if j < te and _is_participle(sdoc[j], trained):
                # "is based on", "were involved in": adjectival uses already excluded;
                # "been" after "has": the participle is the next one ("has been agreed")
                if sdoc[j].lower_ == "been":
                    i = j
                    continue
                # "is used to" + verb: habit, not passive (handled by NOT_PARTICIPLE: used)
                agent = ""
                for k in range(j + 1, min(te, j + 1 + _BY_WINDOW)):
                    if sdoc[k].lower_ == "by":
                        end = k + 1
                        while end < te and end - k <= 5 and not sdoc[end].is_punct and sdoc[end].lower_ not in ("and", "to", "in", "on", "for", "with", "from"):
                            end += 1
                        agent = sdoc[k:end].text
                        break
                    if sdoc[k].is_punct:
                        break
                out.append((i, j + 1, agent))
                i = j + 1
                continue
        i += 1
    return out


def passive_sentences(analysed) -> dict:
    """id(sentence) -> list of passive hits; computed once per document and shared."""
    hits = analysed.cache.get("passive")
    if hits is None:
        hits = {}
        for s in analysed.sentences:
            sdoc = analysed.block_docs[s.block_index]
            found = find_passives(sdoc, s.tok_start, s.tok_end, analysed.trained)
            if found:
                hits[id(s)] = (s, found)
        analysed.cache["passive"] = hits
    return hits


class PassiveCheck(Check):
    kind = "passive-voice"

    def run(self, analysed):
        out = []
        for rule in self.rules:
            for s, found in passive_sentences(analysed).values():
                block = analysed.blocks[s.block_index]
                if rule.scopes and block.kind not in rule.scopes:
                    continue
                if block.kind == "heading":
                    continue
                sdoc = analysed.block_docs[s.block_index]
                for a, b, agent in found:
                    span = sdoc[a:b]
                    start = block.start + span.start_char
                    end = block.start + span.end_char
                    if agent:
                        who = agent[3:].strip() if agent.lower().startswith("by ") else agent
                        message = rule.message.format(text=span.text) + f" Here the doer is named ('{agent}'): start with '{who}'."
                    else:
                        message = rule.message.format(text=span.text) + " Say who did it, for example 'we ...' or 'the council ...'."
                    out.append(self.finding(rule, analysed, start, end, message))
        return out


CHECK = PassiveCheck
