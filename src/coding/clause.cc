#include "coding/clause.h"

#include <algorithm>

namespace entente::coding {

namespace {

// The subject of t: of several (a misparse), the nearest one before the verb.
int SubjectOf(const SentenceView& v, size_t t) {
  int best = -1;
  for (uint16_t c : v.Children(t)) {
    if (v.rel[c] == Rel::kNsubj || v.rel[c] == Rel::kNsubjPass || v.rel[c] == Rel::kCsubj) {
      if (best < 0 || (c < t && static_cast<size_t>(best) < c)) best = c;
    }
  }
  return best;
}

// A passive subject without a passive auxiliary but with a direct object is the parser's mistake
// for an active clause ("Kendor, a small state, condemned Valeria" read as VBN + nsubj:pass): an
// English passive has no object unless its auxiliary is there ("was given a medal").
// Participles that name the subject's state: "Belize is committed to the final settlement",
// "Britain is opposed to the tax", "is prepared to talk".
bool IsStateParticiple(const SentenceView& v, size_t t) {
  return LowerIsAny(v.lemma[t], {"commit", "determine", "dedicate", "devote", "oppose", "prepare",
                                 "engage"});
}

bool IsPassive(const SentenceView& v, size_t t) {
  // A state, not something done to the subject by someone (unless a "by" phrase names a doer).
  if (IsStateParticiple(v, t) && AgentOf(v, t) < 0) return false;
  bool subj_pass = false, object = false, subject = false, aux = false;
  for (uint16_t c : v.Children(t)) {
    if (v.rel[c] == Rel::kAuxPass) return true;
    subj_pass = subj_pass || v.rel[c] == Rel::kNsubjPass;
    subject = subject || v.rel[c] == Rel::kNsubj;
    aux = aux || v.rel[c] == Rel::kAux;
    object = object || v.rel[c] == Rel::kObj;
  }
  if (subj_pass && !object) return true;
  // A participle with a "by" phrase, set off from the clause it hangs on ("the camp, besieged
  // by Amal militia"): passive, whatever relation the parser gave it.
  const std::string_view f = v.forms[t];
  // A participle right on its noun with a "by" phrase is a reduced relative: "the Houthi
  // militias supported by the Iranian regime", "warrants issued by the ICC".
  return !subject && !aux && !object && !v.finite[t] && v.pos[t] == Pos::kVerb &&
         (v.rel[t] == Rel::kAdvcl || v.rel[t] == Rel::kAcl) && !f.ends_with("ing") &&
         t > 0 && (v.forms[t - 1] == "," || (v.rel[t] == Rel::kAcl && v.forms[t] != v.lemma[t])) &&
         AgentOf(v, t) >= 0;
}

// A coordinated clause ("... and bombed Mordor") rather than a coordinated word.
bool IsClauseConj(const SentenceView& v, size_t c) {
  return v.rel[c] == Rel::kConj && (v.IsVerbal(c) || SubjectOf(v, c) >= 0);
}



// The mood a verb's own words give it: an if/unless/whether marker, then its auxiliaries.
// kFactual when none speaks (the caller then asks the governing verb). "to consider whether
// Japan is reneging on its pact" asks a question; nobody reneged.
bool OwnMood(const SentenceView& v, size_t t, Mood* mood, std::string* modality) {
  for (uint16_t c : v.Children(t)) {
    if (v.rel[c] == Rel::kMark && LowerIsAny(v.forms[c], {"if", "unless", "whether"})) {
      *mood = Mood::kConditional;
      modality->assign(LowerIs(v.forms[c], "whether") ? "whether" : "if");
      return true;
    }
  }
  for (uint16_t c : v.Children(t)) {
    if (v.rel[c] != Rel::kAux) continue;
    const std::string_view f = v.forms[c];
    Mood m;
    if (LowerIsAny(f, {"will", "shall", "'ll", "wo", "would"})) {
      m = Mood::kIntended;
    } else if (LowerIsAny(f, {"may", "might", "could", "can", "ca"})) {
      m = Mood::kPossible;
    } else if (LowerIsAny(f, {"should", "must", "ought"})) {
      m = Mood::kObliged;
    } else {
      continue;
    }
    *mood = m;
    modality->assign(LowerIsAny(f, {"'ll", "wo"}) ? "will" : LowerIsAny(f, {"ca"}) ? "can" : f);
    for (char& ch : *modality) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    return true;
  }
  // "The U.S. is to lend Sudan 57 mln dlrs", "the Fund is to provide 260 mln dlrs": an
  // arrangement still to be carried out (not "the first mission of the UN was to approve").
  for (uint16_t c : v.Children(t)) {
    if ((v.rel[c] == Rel::kCop || v.rel[c] == Rel::kAux) && LowerIsAny(v.forms[c], {"is", "are"}) &&
        c + 2u == t && LowerIs(v.forms[c + 1], "to") && v.rel[c + 1] == Rel::kMark) {
      *mood = Mood::kIntended;
      modality->assign("is to");
      return true;
    }
  }
  return false;
}

// Verbs whose complement is an act not yet done: "plans to visit", "vowed to retaliate", "is due
// to arrive", "is likely to sign", "agreed to resume".
bool IsIntentGovernor(const SentenceView& v, size_t h) {
  return LowerIsAny(v.lemma[h], {"plan", "intend", "threaten", "want", "hope", "seek", "try", "vow",
                            "pledge", "promise", "aim", "agree", "offer", "propose", "attempt",
                            "expect", "schedule", "due", "likely", "prepare", "ready", "willing",
                            "set", "prepared", "work", "strive", "endeavour", "endeavor",
                            "struggle"}) ||
         LowerIs(v.forms[h], "going") ||
         // "France wishes to improve relations with Iran"; not a speaker's "I wish to express
         // our gratitude", "Eswatini wishes to reiterate Africa's call", which do what they say.
         (LowerIsAny(v.lemma[h], {"wish", "desire"}) &&
          [&v, h] {
            const int s = SubjectOf(v, h);
            if (s >= 0 && LowerIsAny(v.forms[s], {"i", "we"})) return false;
            const int act = v.Child(h, Rel::kXcomp);
            return act < 0 || !LowerIsAny(v.lemma[act],
                                          {"express", "reiterate", "reaffirm", "thank",
                                           "congratulate", "commend", "welcome", "extend",
                                           "convey", "stress", "emphasize", "emphasise",
                                           "underline", "underscore", "recall", "acknowledge",
                                           "pay", "join", "associate", "inform", "note",
                                           "highlight", "echo", "salute", "applaud", "renew",
                                           "record", "voice", "state", "affirm", "add"});
          }());
}

// Verbs whose complement is what someone else is asked to do: "urged Japan to open", "called on
// Iran to cooperate". The complement is a wish, not an act (the appeal itself is coded).
bool IsAppealGovernor(const SentenceView& v, size_t h) {
  return LowerIsAny(v.lemma[h], {"urge", "call", "ask", "request", "press", "appeal", "demand",
                            "invite", "encourage", "tell", "order", "instruct", "push",
                            "persuade", "pressure", "pressurise", "pressurize", "force",
                            "compel", "exhort", "implore", "beg", "enable"});
}

// Verbs and adjectives whose complement is an act someone ought to do, not one done: "the two
// sides need to talk", "Japan has to open its market", "is required to report".
bool IsObligationGovernor(const SentenceView& v, size_t h) {
  return LowerIsAny(v.lemma[h], {"need", "require", "oblige", "obligate", "compel", "necessary",
                                 "essential", "imperative", "suppose"}) ||
         LowerIsAny(v.forms[h], {"has", "have"});
}

// An infinitive with its own subject after "for": "a deadline for Japan to promise access",
// "the only way out is for Washington to join forces". What is wanted, not what was done (the
// parser often hangs the subject on a noun before it, so this reads the words). Returns the
// position of "for", or -1.
int ForToClause(const SentenceView& v, size_t t) {
  int to = -1;
  for (uint16_t c : v.Children(t)) {
    if (v.rel[c] == Rel::kMark && LowerIs(v.forms[c], "to") && c + 1u == t) to = c;
  }
  if (to < 1) return -1;
  bool noun = false;
  for (int k = to - 1, steps = 0; k >= 0 && steps < 8; --k, ++steps) {
    if (LowerIs(v.forms[k], "for")) return noun ? k : -1;
    const Pos p = v.pos[k];
    if (p == Pos::kNoun || p == Pos::kPropn || p == Pos::kPron) {
      noun = true;
    } else if (p != Pos::kDet && p != Pos::kAdj && p != Pos::kNum && p != Pos::kCconj &&
               !(p == Pos::kPunct && (v.forms[k] == "-" || v.forms[k] == ".")) &&
               !(p == Pos::kPart && v.forms[k] == "'s")) {
      return -1;
    }
  }
  return -1;
}

// The mood of a for-to clause: what a plan, contract or agreement just before provides for is
// intended ("plans for Venezuela and Mexico to lend Ecuador crude", "a contract for the Saudis to
// supply Brazil"), unless there is none ("no plans for Funaro to meet bankers"); anything else
// is wanted, not done.
Mood ForToMood(const SentenceView& v, int for_word, std::string* modality) {
  int noun = -1;  // "plans now under discussion for ...", "a contract signed in February for ..."
  for (int k = for_word - 1; k >= 0 && k >= for_word - 6 && v.forms[k] != ","; --k) {
    if (v.pos[k] == Pos::kNoun &&
        LowerIsAny(v.lemma[k], {"plan", "contract", "agreement", "deal", "arrangement", "accord",
                                "schedule"})) {
      noun = k;
      break;
    }
  }
  if (noun >= 0) {
    for (uint16_t c : v.Children(static_cast<size_t>(noun))) {
      if (v.rel[c] == Rel::kDet && LowerIs(v.forms[c], "no")) {
        modality->assign("no");
        return Mood::kDenied;
      }
    }
    modality->assign(v.lemma[noun]);
    return Mood::kIntended;
  }
  modality->assign("for");
  return Mood::kObliged;
}

// A perfect auxiliary: "to have visited".
bool HasPerfectAux(const SentenceView& v, size_t t) {
  for (uint16_t c : v.Children(t)) {
    if (v.rel[c] == Rel::kAux && LowerIs(v.forms[c], "have")) return true;
  }
  return false;
}

// "the first official", "the only country", "the last leader": a noun ranked by what it did.
bool IsRanked(const SentenceView& v, size_t noun) {
  auto ranking = [&](size_t k) {
    return LowerIsAny(v.forms[k], {"first", "only", "last", "second", "third", "sole"});
  };
  if (ranking(noun)) return true;
  // A gathering or a step is no doer: "the first Intergovernmental Meeting to deepen our
  // relationship" names a purpose.
  if (LowerIsAny(v.lemma[noun], {"meeting", "summit", "conference", "talk", "session", "round",
                            "step", "visit", "trip", "forum", "dialogue"})) {
    return false;
  }
  for (uint16_t c : v.Children(noun)) {
    if ((v.rel[c] == Rel::kAmod || v.rel[c] == Rel::kOther) && ranking(c)) return true;
  }
  return false;
}

// "stopped Russia from invading Ukraine", "prevented the ships from putting out to sea": a
// gerund marked "from" under a verb of prevention that has an object (the gerund's doer).
bool IsPreventedGerund(const SentenceView& v, size_t t) {
  if (v.rel[t] != Rel::kAdvcl || v.head[t] < 0) return false;
  const int mk = v.Child(t, Rel::kMark);
  if (mk < 0 || !LowerIs(v.forms[mk], "from")) return false;
  const size_t gov = static_cast<size_t>(v.head[t]);
  return LowerIsAny(v.lemma[gov], {"stop", "prevent", "keep", "bar", "block", "deter",
                                   "prohibit", "restrain", "discourage", "dissuade", "preclude",
                                   "hinder", "forbid"}) &&
         v.Child(gov, Rel::kObj) >= 0;
}

// "not", "n't" or "never" on verb `t`.
bool HasNegator(const SentenceView& v, size_t t) {
  for (uint16_t k : v.Children(t)) {
    if ((v.rel[k] == Rel::kAdvmod || v.rel[k] == Rel::kOther) &&
        LowerIsAny(v.forms[k], {"not", "n't", "never"})) {
      return true;
    }
  }
  return false;
}

// A time that has not come yet: "talks open tomorrow", "will meet next week" (the parser may hang
// the time on the verb or on its object: "hold talks tomorrow").
// With a verb in the present tense, "this week" and a weekday are to come too: "Nakasone leaves
// on his sixth official visit to the United States on Wednesday", "when Miyazawa visits
// Washington this week" (a past verb keeps them past: "met on Wednesday"; and "welcomes the
// announcement earlier this week" looks back).
bool IsFutureTime(const SentenceView& v, size_t c, bool present) {
  if (LowerIsAny(v.forms[c], {"tomorrow"})) return true;
  const bool weekday = LowerIsAny(v.forms[c], {"monday", "tuesday", "wednesday", "thursday",
                                               "friday", "saturday", "sunday"});
  if (!weekday && !LowerIsAny(v.forms[c], {"week", "month", "year", "weekend"})) return false;
  // (A weekday that names a time of its own, not a modifier: "on Wednesday night".)
  if (present && weekday && v.rel[c] != Rel::kCompound) return true;
  bool next = false, earlier = false;
  for (uint16_t d : v.Children(c)) {
    next = next || LowerIs(v.forms[d], "next") || (present && LowerIs(v.forms[d], "this"));
    earlier = earlier || LowerIsAny(v.forms[d], {"earlier", "last", "past"});
  }
  return next && !earlier;
}

// A finite verb in the present tense, by its form: "leaves", "visits" (VBZ), or the lemma itself
// after a plural subject ("they meet").
bool IsPresentTense(const SentenceView& v, size_t t) {
  if (!v.finite[t] || v.forms[t].ends_with("ed")) return false;
  if (LowerIs(v.forms[t], v.lemma[t])) return true;
  return v.forms[t].ends_with("s") && v.forms[t].size() > v.lemma[t].size() &&
         v.forms[t].substr(0, 2) == v.lemma[t].substr(0, 2);
}

bool HasFutureTime(const SentenceView& v, size_t t) {
  const bool present = IsPresentTense(v, t);
  for (uint16_t c : v.Children(t)) {
    if (IsFutureTime(v, c, present)) return true;
    if (v.rel[c] == Rel::kObj || v.rel[c] == Rel::kObl) {
      // (Down the object's own nominal modifiers: "leaves on his visit to the United States on
      // Wednesday".)
      for (uint16_t d : v.Children(c)) {
        if (IsFutureTime(v, d, present)) return true;
        if (v.rel[d] != Rel::kNmod) continue;
        for (uint16_t e : v.Children(d)) {
          if (v.rel[e] == Rel::kNmod && IsFutureTime(v, e, present)) return true;
        }
      }
    }
  }
  return false;
}

// Whether the verb is the content of a denial: "denied that Gondor attacked", "rejected reports
// that Gondor was shipping arms" (up through complement clauses, clauses modifying a noun, and
// that noun's own verb).
bool IsDenied(const SentenceView& v, size_t verb) {
  int t = static_cast<int>(verb);
  for (int hops = 0; hops < 6; ++hops) {
    const int h = v.head[t];
    if (h < 0) return false;
    const Rel r = v.rel[t];
    const bool content = r == Rel::kCcomp || r == Rel::kAcl || r == Rel::kXcomp ||
                         r == Rel::kObj || (r == Rel::kConj && v.IsVerbal(t));
    if (!content) return false;
    // Through a noun only when it is a claim: "rejected reports that ...", not "rejects the
    // embargo imposed by the United States on Cuba" (the embargo is real).
    if (r == Rel::kAcl && !v.IsVerbal(h) &&
        !LowerIsAny(v.lemma[h], {"report", "claim", "allegation", "accusation", "charge",
                                 "rumor", "rumour", "suggestion", "speculation", "statement",
                                 "assertion", "story", "account", "idea", "notion", "view"})) {
      return false;
    }
    if (v.IsVerbal(h) && LowerIsAny(v.lemma[h], {"deny", "refute", "dismiss", "reject", "rebut"})) {
      return true;
    }
    t = h;
  }
  return false;
}

// Whether noun `h` is an occasion someone takes or has to do something ("this opportunity",
// "the honour"): the object of a verb.
bool IsOccasionNoun(const SentenceView& v, size_t h) {
  return v.rel[h] == Rel::kObj && v.head[h] >= 0 &&
         LowerIsAny(v.lemma[h], {"honour", "honor", "privilege", "pleasure", "opportunity",
                                 "occasion", "chance"});
}

// A verb whose act is done by saying it: "(would like to) express our thanks", "congratulate",
// "reiterate its support" (unlike "would like to invest", a wish).
bool IsSpeechActVerb(const SentenceView& v, size_t t) {
  return LowerIsAny(v.lemma[t], {"express", "extend", "convey", "congratulate", "thank", "reiterate",
                            "reaffirm", "welcome", "commend", "pay", "salute", "acknowledge",
                            "recognize", "recognise", "emphasize", "emphasise", "stress",
                            "underline", "join", "echo", "assure", "offer", "renew", "state",
                            "inform", "appeal", "urge", "call", "condemn", "applaud", "praise"});
}

// Whether verb `t` has one of `words` for auxiliary.
bool HasAux(const SentenceView& v, size_t t, std::initializer_list<std::string_view> words) {
  for (uint16_t c : v.Children(t)) {
    if (v.rel[c] == Rel::kAux && LowerIsAny(v.forms[c], words)) return true;
  }
  return false;
}

// A clause of time in the present that takes its time from the clause it hangs on: "are likely
// to reaffirm the agreements when they meet later this week", "will sign once they meet".
bool IsWhenClause(const SentenceView& v, size_t t) {
  if (v.rel[t] != Rel::kAdvcl || HasPerfectAux(v, t)) return false;
  if (v.finite[t] && v.forms[t].ends_with("ed")) return false;  // a past: "when it decided"
  for (uint16_t c : v.Children(t)) {
    if ((v.rel[c] == Rel::kMark || v.rel[c] == Rel::kAdvmod) &&
        LowerIsAny(v.forms[c], {"when", "once", "until", "before"})) {
      return true;
    }
  }
  return false;
}

// Whether the verb is the content of "unlikely", "doubtful" or "improbable" (through complement
// clauses).
bool IsUnlikely(const SentenceView& v, size_t verb) {
  size_t t = verb;
  for (int hops = 0; hops < 3; ++hops) {
    const Rel r = v.rel[t];
    if (v.head[t] < 0 || (r != Rel::kCcomp && r != Rel::kXcomp && r != Rel::kCsubj)) return false;
    t = static_cast<size_t>(v.head[t]);
    if (LowerIsAny(v.lemma[t], {"unlikely", "doubtful", "improbable"})) return true;
  }
  return false;
}

// Whether a finite verb's form is its present tense ("meet", "meets"; not "met", "left"), by
// its form against its lemma.
bool PresentForm(const SentenceView& v, size_t verb) {
  const std::string_view f = v.forms[verb], l = v.lemma[verb];
  return LowerIs(f, l) || (f.size() > l.size() && f.size() <= l.size() + 2 && f.back() == 's' &&
                           LowerIs(f.substr(0, l.size()), l));
}

// The adverb making a present-tense verb a habit ("officials normally meet in the summer",
// "the two usually consult"), or -1: a habit is no act on the story's date.
int HabitAdverb(const SentenceView& v, size_t verb) {
  if (v.finite[verb] == 0 || !PresentForm(v, verb)) return -1;
  int adverb = -1;
  for (uint16_t c : v.Children(verb)) {
    if (v.rel[c] == Rel::kAux || v.rel[c] == Rel::kAuxPass) return -1;  // "do", "will", "has"
    if (v.rel[c] == Rel::kAdvmod &&
        LowerIsAny(v.forms[c], {"normally", "usually", "typically", "customarily",
                                "traditionally", "routinely", "habitually", "generally"})) {
      adverb = c;
    }
  }
  return adverb;
}

// A verb's mood: its own, else that of the verb controlling it (an intent verb makes it
// intended, an appeal verb a wish; "will try to improve" passes on "will"), else that of the
// clause it is coordinated with ("will visit Moscow and hold talks"). Above an intent verb, only
// a weaker mood still counts: "if Gondor agrees to withdraw" is conditional.
Mood MoodOf(const SentenceView& v, size_t verb, std::string* modality) {
  Mood found = Mood::kFactual;
  // "officials ... talking quietly behind closed doors can reach decisions", read with "talking"
  // as the clause's verb and "can reach" below it: a bare gerund takes the modal below.
  if (v.forms[verb].ends_with("ing") && !v.finite[verb] && !HasAux(v, verb, {"is", "are", "was",
      "were", "be", "been", "'s", "'re"})) {
    for (uint16_t c : v.Children(verb)) {
      Mood below = Mood::kFactual;
      std::string below_modality;
      if (v.rel[c] == Rel::kCcomp && OwnMood(v, c, &below, &below_modality) &&
          below == Mood::kPossible) {
        *modality = below_modality;
        return below;
      }
    }
  }
  size_t t = verb;
  for (int hops = 0; hops < 5; ++hops) {
    if (const int for_word = ForToClause(v, t); found == Mood::kFactual && for_word >= 0) {
      return ForToMood(v, for_word, modality);
    }
    Mood own = Mood::kFactual;
    std::string own_modality;
    if (OwnMood(v, t, &own, &own_modality)) {
      if (found == Mood::kFactual || own != Mood::kIntended) {
        *modality = own_modality;
        return own;
      }
      return found;
    }
    if (found == Mood::kFactual && HasFutureTime(v, t)) {
      modality->assign("future");
      found = Mood::kIntended;
    }
    const int h = v.head[t];
    if (h < 0) break;
    // A relative clause the parser read as a complement ("Smith, who flies to Brussels today,
    // told Reuters ..."): it tells what its antecedent does, whatever governs the sentence.
    if (v.rel[t] == Rel::kCcomp) {
      const int s = SubjectOf(v, t);
      if (s > 0 && LowerIsAny(v.forms[s], {"who", "which"}) && v.forms[s - 1] == ",") break;
    }
    // "insisted that the EC comply", "recommended that the US retaliate": a demanded act.
    if (v.rel[t] == Rel::kCcomp && found == Mood::kFactual &&
        (IsAppealGovernor(v, h) || LowerIsAny(v.lemma[h], {"insist", "recommend", "suggest"}))) {
      modality->assign(v.lemma[h]);
      return Mood::kObliged;
    }
    // "proposed that the two prime ministers meet": a proposed act is an intent.
    if (v.rel[t] == Rel::kCcomp && found == Mood::kFactual && LowerIsAny(v.lemma[h], {"propose"})) {
      modality->assign(v.lemma[h]);
      found = Mood::kIntended;
    }
    // "left on a trip to improve relations", "in order to end the war": a purpose; "issues to
    // be discussed by the ministers": an act still to come.
    // "pressing Japan to discuss the rice issue" with the complement misread as a purpose: what
    // someone is urged to do, as for an xcomp below.
    // So is what an appeal noun asks for ("calls for intensified efforts to end the conflict",
    // with "calls" read as a noun).
    if ((v.rel[t] == Rel::kAdvcl || (v.rel[t] == Rel::kAcl && !v.IsVerbal(h))) &&
        found == Mood::kFactual && MarkedTo(v, t) && IsAppealGovernor(v, h)) {
      modality->assign(v.lemma[h]);
      return Mood::kObliged;
    }
    // Not "the only head of state to have visited Ukraine", "the first senior UAE official to
    // visit Yugoslavia": those tell what was done.
    // Nor "Iran has used those drones to attack Saudi Arabia": what something was used for was
    // done.
    // Nor "takes this opportunity to thank Peru", "has the honour to convey": a speech act done
    // by saying it.
    if (v.rel[t] == Rel::kAcl && found == Mood::kFactual && MarkedTo(v, t) &&
        IsOccasionNoun(v, h) && IsSpeechActVerb(v, t)) {
      return found;
    }
    if ((v.rel[t] == Rel::kAdvcl || v.rel[t] == Rel::kAcl) && found == Mood::kFactual &&
        MarkedTo(v, t) && !HasPerfectAux(v, t) && !(v.rel[t] == Rel::kAcl && IsRanked(v, h)) &&
        !(v.rel[t] == Rel::kAdvcl && LowerIsAny(v.lemma[h], {"use", "employ"}) &&
          v.pos[h] == Pos::kVerb && !v.forms[h].ends_with("ing") && v.forms[h] != v.lemma[h])) {
      modality->assign("to");
      found = Mood::kIntended;
    }
    if (v.rel[t] == Rel::kXcomp) {
      // "would like to congratulate", "would like to convey its condolences": a speech act done
      // by saying it, not an intent.
      if (found == Mood::kFactual && LowerIs(v.lemma[h], "like") &&
          HasAux(v, h, {"would", "should"}) && IsSpeechActVerb(v, t)) {
        return found;
      }
      if (found == Mood::kFactual &&
          (IsAppealGovernor(v, h) || (IsObligationGovernor(v, h) && MarkedTo(v, t)))) {
        modality->assign(v.lemma[h]);
        return Mood::kObliged;
      }
      if (found == Mood::kFactual && IsIntentGovernor(v, h)) {
        modality->assign(v.lemma[h]);
        found = Mood::kIntended;
      }
    } else if (!IsClauseConj(v, t) && !IsWhenClause(v, t)) {
      // The purpose of an act someone is asked to do is asked for too: "an appeal to the UN to
      // do its utmost to ensure the lifting of sanctions", "urged Japan to take steps to open".
      const int g = v.head[h];
      if (v.rel[t] == Rel::kAdvcl && found == Mood::kIntended && *modality == "to" && g >= 0 &&
          MarkedTo(v, static_cast<size_t>(h)) &&
          (v.rel[h] == Rel::kXcomp || (v.rel[h] == Rel::kAcl && !v.IsVerbal(g))) &&
          IsAppealGovernor(v, static_cast<size_t>(g))) {
        modality->assign(v.lemma[g]);
        return Mood::kObliged;
      }
      break;
    }
    t = static_cast<size_t>(h);
  }
  return found;
}

// "The U.S. will drop tariffs if Japan shows it will abide by the agreement": an act reported
// by a clause under "if"/"unless" is as conditional as that clause; so is an act a question
// names ("Asked if he would again start a secret program to sell arms to Iran": through a
// purpose, or the noun an infinitive modifies).
bool UnderCondition(const SentenceView& v, size_t verb) {
  size_t t = verb;
  for (int hops = 0; hops < 6; ++hops) {
    const Rel r = v.rel[t];
    const bool through_noun =
        ((r == Rel::kAcl || r == Rel::kAdvcl) && MarkedTo(v, t)) ||
        ((r == Rel::kObj || r == Rel::kObl || r == Rel::kNsubjPass) && !v.IsVerbal(t));
    if (v.head[t] < 0 ||
        (r != Rel::kCcomp && r != Rel::kXcomp && !IsClauseConj(v, t) && !through_noun)) {
      return false;
    }
    t = static_cast<size_t>(v.head[t]);
    for (uint16_t c : v.Children(t)) {
      if (v.rel[c] == Rel::kMark && LowerIsAny(v.forms[c], {"if", "unless", "whether"})) return true;
    }
  }
  return false;
}

bool IsRelativePronoun(std::string_view w) {
  return LowerIs(w, "which") || LowerIs(w, "who") || LowerIs(w, "whom") || LowerIs(w, "that");
}

// When the parser made a relative clause the sentence's main clause ("The United States and
// Canada, whose cross-border trade totaled 125 billion dlrs, have been holding talks", with
// "totaled" the root and "holding" under it): the antecedent before the comma, if `h`'s subject
// is such a relative ("whose trade", "which", "who"); else -1.
int MisreadRelativeAntecedent(const SentenceView& v, size_t h) {
  int s = -1;
  for (uint16_t c : v.Children(h)) {
    if (v.rel[c] == Rel::kNsubj) s = c;
  }
  if (s < 0) return -1;
  int rel = IsRelativePronoun(v.forms[static_cast<size_t>(s)]) ? s : -1;
  for (uint16_t c : v.Children(static_cast<size_t>(s))) {
    if (v.rel[c] == Rel::kNmodPoss && LowerIs(v.forms[c], "whose")) rel = c;
  }
  if (rel < 2 || v.forms[static_cast<size_t>(rel) - 1] != ",") return -1;
  int k = rel - 2;
  if (!v.IsNominal(static_cast<size_t>(k))) return -1;
  for (int up = 0; up < 8 && v.rel[k] == Rel::kConj && v.head[k] >= 0; ++up) k = v.head[k];
  return k;
}

}  // namespace

int AgentOf(const SentenceView& v, size_t t) {
  for (uint16_t c : v.Children(t)) {
    if (v.rel[c] == Rel::kOblAgent) return c;
    if (v.rel[c] == Rel::kObl) {
      const int cs = v.Child(c, Rel::kCase);
      if (cs >= 0 && LowerIs(v.forms[cs], "by")) return c;
    }
  }
  return -1;
}

bool MarkedTo(const SentenceView& v, size_t t) {
  for (uint16_t c : v.Children(t)) {
    if (v.rel[c] == Rel::kMark && LowerIsAny(v.forms[c], {"to"})) return true;
  }
  return false;
}

// Whether verb `t` or one of its auxiliaries is finite ("began", "has been calling").
bool IsFiniteClause(const SentenceView& v, size_t t) {
  if (v.finite[t]) return true;
  for (uint16_t c : v.Children(t)) {
    if ((v.rel[c] == Rel::kAux || v.rel[c] == Rel::kAuxPass) && v.finite[c]) return true;
  }
  return false;
}

// The noun right before verb `t` (auxiliaries and adverbs skipped), or -1.
int NounRightBefore(const SentenceView& v, size_t t) {
  size_t b = t;
  while (b > 0 && (v.pos[b - 1] == Pos::kAux || v.pos[b - 1] == Pos::kAdv)) --b;
  if (b == 0) return -1;
  const size_t n = b - 1;
  if (v.pos[n] != Pos::kNoun && v.pos[n] != Pos::kPropn) return -1;
  // Not the end of a prepositional phrase ("ministers in Luxembourg endorsed"); "as" is a
  // conjunction misread ("as the putschists began").
  const int c = v.Child(n, Rel::kCase);
  return c < 0 || LowerIs(v.forms[c], "as") ? static_cast<int>(n) : -1;
}

// A clause opened by an adverbial subordinator ("while enhancing", "after meeting").
bool MarkedAdverbial(const SentenceView& v, size_t t) {
  for (uint16_t c : v.Children(t)) {
    if (v.rel[c] == Rel::kMark &&
        LowerIsAny(v.forms[c], {"while", "whilst", "when", "after", "before", "since", "because",
                           "although", "though", "by", "upon"})) {
      return true;
    }
  }
  return false;
}

// A gerund clause introduced by a topic word right after a noun: "a statement on deepening ties",
// "talks about expanding trade".
bool IsTopicGerund(const SentenceView& v, size_t verb) {
  if (v.head[verb] < 0 || static_cast<int>(verb) < v.head[verb]) return false;
  for (uint16_t c : v.Children(verb)) {
    if (v.rel[c] != Rel::kMark && v.rel[c] != Rel::kCase) continue;
    return c > 0 && c + 1u == verb && v.IsNominal(c - 1u) &&
           LowerIsAny(v.forms[c], {"on", "about", "over", "regarding", "concerning"});
  }
  return false;
}

// Nouns whose content is not a fact: "rumors that the United States had launched a strike",
// "the risk of an Iranian attack", "the possibility that Iraq would retaliate".
bool IsHypotheticalNoun(const SentenceView& v, size_t n) {
  return !v.IsVerbal(n) && LowerIsAny(v.lemma[n], {"rumor", "rumour", "speculation", "possibility",
                                              "risk", "fear", "prospect", "likelihood", "chance",
                                              "danger", "scenario"});
}

bool IsAuthoredText(const SentenceView& v, size_t noun) {
  return LowerIsAny(v.lemma[noun], {"commentary", "editorial", "article", "column", "op-ed",
                                    "statement", "communique", "communiqué", "report", "letter",
                                    "declaration", "resolution", "motion"});
}

// The subject of `verb`, with a relative pronoun standing for the noun its clause modifies:
// "the Chinese government, which apologised to Japan". As a subject only after a comma: a
// restrictive clause describes its noun rather than report what it did ("leaders who recognize
// these rights", "a UN that meets Africa's needs"). A name needs no comma: "Treasury Secretary
// James Baker who had publicly criticised West Germany", "the International Monetary Fund (IMF)
// which has promised to lend Sri Lanka ..." tell what Baker and the IMF did. Nor does a verb in
// the simple past, which tells what was done: "a Japanese team that left for Washington today".
int ResolvedSubject(const SentenceView& view, size_t verb) {
  const int s = SubjectOf(view, verb);
  const bool relative = view.rel[verb] == Rel::kAclRelcl && view.head[verb] >= 0;
  if (s <= 0 || !relative || !IsRelativePronoun(view.forms[s])) return s;
  const bool after_name = LowerIsAny(view.forms[s], {"who", "which"}) &&
                          (view.pos[view.head[verb]] == Pos::kPropn || view.forms[s - 1] == ")");
  const bool past = view.finite[verb] != 0 && !PresentForm(view, verb) &&
                    view.Child(verb, Rel::kAux) < 0;
  return view.forms[s - 1] == "," || after_name || past ? view.head[verb] : s;
}

// "Romania supported and will continue to support Ukraine", "condemned and rejected the
// attack": a verb with nothing after it but "and"/"or" shares the object of its conjunct (or of
// the same verb repeated under it: "continue to support"). -1 for none.
int SharedObject(const SentenceView& v, size_t verb) {
  if (!v.IsVerbal(verb) || verb + 1 >= v.size() || v.pos[verb + 1] != Pos::kCconj) return -1;
  const int cc = static_cast<int>(verb) + 1;
  for (uint16_t c : v.Children(verb)) {
    if (v.rel[c] != Rel::kConj || static_cast<int>(c) <= cc || v.Child(c, Rel::kCc) != cc) continue;
    int t = c;
    for (int hops = 0; hops < 3 && t >= 0; ++hops) {
      const int obj = v.Child(static_cast<size_t>(t), Rel::kObj);
      if (obj >= 0) return t == c || v.lemma[t] == v.lemma[verb] ? obj : -1;
      t = v.Child(static_cast<size_t>(t), Rel::kXcomp);
    }
    return -1;
  }
  return -1;
}

Clause AnalyzeClause(const SentenceView& view, uint32_t verb, uint32_t form_begin,
                     uint32_t form_end) {
  Clause cl;
  uint32_t lo = std::min(verb, form_begin), hi = std::max(verb, form_end - 1);
  for (uint16_t c : view.Children(verb)) {
    if (IsClauseConj(view, c) || view.rel[c] == Rel::kParataxis) continue;
    uint32_t l, h;
    view.SubtreeRange(c, &l, &h);
    lo = std::min(lo, l);
    hi = std::max(hi, h);
  }

  cl.subject = ResolvedSubject(view, verb);
  // "ports that Russia blocked": a relative pronoun object stands for the noun too.
  const bool relative = view.rel[verb] == Rel::kAclRelcl && view.head[verb] >= 0;
  auto antecedent = [&](int t) {
    return relative && t >= 0 && IsRelativePronoun(view.forms[t]) ? view.head[verb] : t;
  };
  // The same relative clause misread as another clause ("convinced Goria, who declined to
  // attend", with "declined" an advcl): "who" right after a comma stands for the person before
  // the comma ("which" may stand for a whole clause: "operations in Somalia, which demonstrates").
  if (cl.subject > 1 && view.forms[cl.subject - 1] == "," &&
      LowerIs(view.forms[cl.subject], "who") &&
      view.IsNominal(static_cast<size_t>(cl.subject) - 2u) &&
      view.pos[cl.subject - 2] != Pos::kPron) {
    cl.subject -= 2;
  }
  for (uint16_t c : view.Children(verb)) {
    if (static_cast<int>(c) != cl.subject &&
        (view.rel[c] == Rel::kNsubj || view.rel[c] == Rel::kNsubjPass)) {
      cl.subject2 = c;
    }
  }
  cl.passive = IsPassive(view, verb);
  // A participle set off by a comma ("the camp, besieged by Amal militia") is done to the noun
  // before the comma, not to the subject of the clause it hangs on.
  if (cl.passive && cl.subject < 0 && view.rel[verb] == Rel::kAdvcl && verb >= 2 &&
      view.forms[verb - 1] == "," && view.IsNominal(verb - 2)) {
    cl.subject = static_cast<int>(verb) - 2;
  }
  // "The U.S. Government, trying to stem protectionist pressure at home, has called on South
  // Korea": a subject the parser gave to a participle set off by commas is the verb's.
  if (cl.subject < 0) {
    for (uint16_t c : view.Children(verb)) {
      if (c >= verb || view.rel[c] != Rel::kAdvcl || IsFiniteClause(view, c) ||
          view.Child(c, Rel::kMark) >= 0) {
        continue;
      }
      const int s = view.Child(c, Rel::kNsubj);
      uint32_t l, h;
      if (s < 0 || static_cast<uint32_t>(s) > c) continue;
      view.SubtreeRange(static_cast<size_t>(s), &l, &h);
      if (h + 1 < c && view.forms[h + 1] == ",") {
        cl.subject = s;
        lo = std::min(lo, l);
        break;
      }
    }
  }
  if (cl.subject < 0) {
    // Inherit: a coordinated verb shares its first conjunct's subject; a controlled verb
    // ("pledged to expand") takes its controller's object, else subject; a relative clause's
    // subject is the noun it modifies.
    int t = static_cast<int>(verb);
    int b = -1;
    for (int hops = 0; hops < 8 && cl.subject < 0 && t >= 0; ++hops) {
      const int h = view.head[t];
      if (h < 0) break;
      const Rel r = view.rel[t];
      int misread = -1;
      if ((r == Rel::kConj || r == Rel::kAdvcl) &&
          view.Child(static_cast<size_t>(t), Rel::kMark) < 0 &&
          (misread = MisreadRelativeAntecedent(view, static_cast<size_t>(h))) >= 0) {
        cl.subject = misread;
      } else if ((r == Rel::kConj || r == Rel::kAdvcl) &&
                 IsFiniteClause(view, static_cast<size_t>(t)) &&
          view.Child(static_cast<size_t>(t), Rel::kCc) < 0 &&
          view.Child(static_cast<size_t>(t), Rel::kMark) < 0 &&
          (b = NounRightBefore(view, static_cast<size_t>(t))) >= 0) {
        // A finite verb with no subject, no "and" and a noun right before: the parser joined a
        // clause of its own ("looked on as the putschists began bombing"), whose subject is
        // that noun.
        cl.subject = b;
      } else if (r == Rel::kConj) {
        // The first conjunct's subject; when the parser hung the verb on a noun ("condemned an
        // attack ... and promised aid"), the nearest ancestor's.
        int a = h;
        for (int up = 0; up < 4 && a >= 0; ++up) {
          cl.subject = SubjectOf(view, a);
          if (cl.subject >= 0) break;
          a = view.head[a];
        }
      } else if (r == Rel::kXcomp) {
        // (The object controls only from before the verb: "urged Japan to open"; not "plans
        // to hold talks with France, the second such meeting", an apposition read as object.)
        const int obj = view.Child(h, Rel::kObj);
        cl.subject = obj >= 0 && obj < t ? obj : ResolvedSubject(view, static_cast<size_t>(h));
        if (cl.subject < 0) {
          t = h;
          continue;
        }
      } else if (r == Rel::kAcl && MarkedAdverbial(view, static_cast<size_t>(t))) {
        // "wages a war against Boko Haram terrorists, while enhancing cooperation with ...": a
        // clause opened by "while" or "after" hung on a noun is the sentence's adverbial, done
        // by the subject of the verb above, not by the noun.
        for (int a = h, up = 0; up < 4 && a >= 0 && cl.subject < 0; ++up, a = view.head[a]) {
          cl.subject = SubjectOf(view, a);
        }
      } else if (r == Rel::kAcl && MarkedTo(view, static_cast<size_t>(t)) &&
                 IsOccasionNoun(view, static_cast<size_t>(h)) &&
                 SubjectOf(view, view.head[h]) >= 0) {
        // "Chile takes this opportunity to thank Peru": the act of whoever takes it.
        cl.subject = SubjectOf(view, view.head[h]);
      } else if (r == Rel::kAcl && view.forms[t].ends_with("ing") && view.rel[h] == Rel::kObj &&
                 view.head[h] >= 0 &&
                 LowerIsAny(view.lemma[h], {"honour", "honor", "privilege", "pleasure",
                                            "distinction", "opportunity", "chance", "effort",
                                            "lead"}) &&
                 SubjectOf(view, view.head[h]) >= 0) {
        // "Tonga had the honour of co-chairing the meeting with Monaco", "Japan spares no
        // efforts in supporting the people of Myanmar": the gerund is the act of whoever has the
        // honour or makes the effort (not a "role in reaching a peace agreement", which may be
        // a mediator's, nor an "initiative requesting", which may be another's).
        cl.subject = SubjectOf(view, view.head[h]);
      } else if (r == Rel::kAcl && !IsPassive(view, static_cast<size_t>(t)) &&
                 IsAuthoredText(view, static_cast<size_t>(h)) && view.rel[h] == Rel::kObj &&
                 view.head[h] >= 0 && SubjectOf(view, view.head[h]) >= 0) {
        // "EC foreign ministers issued a statement deploring Japan's trade imbalance", "the
        // Council adopted a resolution condemning ...": what the text does, its authors do.
        cl.subject = SubjectOf(view, view.head[h]);
      } else if (const int owner = view.Child(static_cast<size_t>(h), Rel::kNmodPoss);
                 r == Rel::kAcl && owner >= 0 &&
                 (view.forms[t].ends_with("ing") ||
                  (MarkedTo(view, static_cast<size_t>(t)) &&
                   LowerIsAny(view.lemma[h],
                              {"decision", "resolve", "determination", "commitment",
                               "readiness", "willingness", "intention", "plan", "pledge",
                               "promise", "desire", "wish", "offer", "threat", "refusal",
                               "failure"}))) &&
                 !LowerIsAny(view.lemma[owner], {"monday", "tuesday", "wednesday", "thursday",
                                                 "friday", "saturday", "sunday", "today",
                                                 "yesterday", "week", "month", "year"})) {
        // "Montenegro's clear-cut position in condemning Russia's aggression", "China's role in
        // brokering the deal": a gerund on a noun someone owns is that owner's act (not a
        // day's: "Friday's Iranian attack damaging a U.S.-flagged ship"); so is what someone's
        // decision, resolve, plan or threat is to do ("announced its decision to recognize"),
        // tried after the noun's own phrase ("the Reagan Administration's offer to escort").
        if (view.forms[t].ends_with("ing")) {
          cl.subject = owner;
        } else {
          cl.subject = h;
          cl.subject2 = owner;
        }
      } else if (r == Rel::kAclRelcl || r == Rel::kAcl) {
        cl.subject = h;
      } else if (r == Rel::kAdvcl && IsPreventedGerund(view, static_cast<size_t>(t))) {
        cl.subject = view.Child(static_cast<size_t>(h), Rel::kObj);
      } else if (r == Rel::kAdvcl) {
        // "signed a joint statement on deepening the partnership": a gerund right after the
        // object, behind a topic word, is what the object is about (misattached to the verb),
        // not an act of the subject ("On arriving, he met ..." still is).
        if (!IsTopicGerund(view, static_cast<size_t>(t))) cl.subject = SubjectOf(view, h);
        // "Dominica remains committed to collaborating with the United Nations": the governing
        // verb's own controller.
        if (cl.subject < 0 && view.rel[h] == Rel::kXcomp &&
            IsStateParticiple(view, static_cast<size_t>(h))) {
          t = h;
          continue;
        }
      }
      break;
    }
    if (cl.subject >= 0) {
      uint32_t l, h;
      view.SubtreeRange(cl.subject, &l, &h);
      // Only the subject's own phrase, not the clause around it.
      if (static_cast<uint32_t>(cl.subject) < lo) lo = std::min(lo, l);
      if (static_cast<uint32_t>(cl.subject) > hi) hi = std::max(hi, h);
    }
  }
  if (cl.passive) cl.agent = AgentOf(view, verb);
  cl.object = view.Child(verb, Rel::kObj);
  if (cl.object < 0) cl.object = view.Child(verb, Rel::kIobj);
  cl.object = antecedent(cl.object);
  if (cl.object < 0) cl.object = SharedObject(view, verb);
  for (uint16_t c : view.Children(verb)) {
    if (view.rel[c] == Rel::kObl && static_cast<int>(c) != cl.agent) {
      cl.oblique = c;
      break;
    }
  }

  for (uint16_t c : view.Children(verb)) {
    if (view.rel[c] == Rel::kAdvmod || view.rel[c] == Rel::kOther) {
      if (LowerIsAny(view.forms[c], {"not", "n't", "never", "no"})) cl.negated = true;
    }
  }
  // "has not engaged in any action to threaten": an act controlled by, or the purpose of, a
  // negated verb is negated too (not a reported one: "did not say that X attacked").
  for (int c = static_cast<int>(verb), hops = 0; !cl.negated && hops < 3 && view.head[c] >= 0;
       ++hops) {
    const Rel r = view.rel[c];
    if (r != Rel::kXcomp && !((r == Rel::kAcl || r == Rel::kAdvcl) && MarkedTo(view, c))) break;
    c = view.head[c];
    // An acl modifies a noun: its verb is the noun's head ("any action to threaten" under
    // "engaged in").
    if (r == Rel::kAcl && view.head[c] >= 0 && !view.IsVerbal(c)) c = view.head[c];
    // "will not stop supporting", "has never ceased to invest": two negations.
    if (LowerIsAny(view.lemma[c], {"stop", "cease", "quit"})) break;
    cl.negated = HasNegator(view, static_cast<size_t>(c));
  }
  // "failed to agree", "refused to sign", "declined to meet", "were unable to agree", "are
  // reluctant to recognize": the act did not happen (a refusal the dictionaries code is coded on
  // the governing verb, and this one then codes nothing).
  if (view.rel[verb] == Rel::kXcomp && view.head[verb] >= 0) {
    const size_t gov = static_cast<size_t>(view.head[verb]);
    // "has stopped approving" (but "will not stop supporting" goes on).
    if (LowerIsAny(view.lemma[gov], {"fail", "refuse", "decline", "neglect", "unable", "reluctant",
                                "unwilling"}) ||
        (LowerIsAny(view.lemma[gov], {"stop", "cease", "quit"}) && !HasNegator(view, gov))) {
      cl.negated = true;
    }
  }
  // The same under a noun: "the refusal of Israel and its backers to come to terms with ...",
  // "Japan's failure to open its market".
  if (view.rel[verb] == Rel::kAcl && MarkedTo(view, verb) && view.head[verb] >= 0 &&
      LowerIsAny(view.lemma[static_cast<size_t>(view.head[verb])],
                 {"refusal", "failure", "inability", "unwillingness", "reluctance"})) {
    cl.negated = true;
  }
  // "stopped Russia from invading": the act was prevented; unless the stopping was not done
  // ("has not been able to stop Russia from invading Ukraine", "failed to stop").
  if (IsPreventedGerund(view, verb)) {
    const size_t gov = static_cast<size_t>(view.head[verb]);
    const int up = view.rel[gov] == Rel::kXcomp ? view.head[gov] : -1;
    const bool not_stopped =
        HasNegator(view, gov) ||
        (up >= 0 && (HasNegator(view, static_cast<size_t>(up)) ||
                     LowerIsAny(view.lemma[static_cast<size_t>(up)], {"fail", "unable"})));
    if (!not_stopped) cl.negated = true;
  }
  cl.mood = MoodOf(view, verb, &cl.modality);
  if ((cl.mood == Mood::kFactual || cl.mood == Mood::kIntended) && UnderCondition(view, verb)) {
    cl.mood = Mood::kConditional;
    cl.modality = "if";
  }
  // "rumors that the United States had launched a retaliatory strike": the content of a
  // hypothetical noun is no act.
  int hypothetical = -1;
  if ((view.rel[verb] == Rel::kAcl || view.rel[verb] == Rel::kCcomp) && view.head[verb] >= 0 &&
      IsHypotheticalNoun(view, static_cast<size_t>(view.head[verb]))) {
    hypothetical = view.head[verb];
  }
  for (uint16_t c : view.Children(verb)) {  // the same, misattached: "rumors that X had ..."
    if (view.rel[c] == Rel::kMark && LowerIs(view.forms[c], "that") && c > 0 &&
        IsHypotheticalNoun(view, c - 1u)) {
      hypothetical = c - 1;
    }
  }
  if ((cl.mood == Mood::kFactual || cl.mood == Mood::kIntended) && hypothetical >= 0) {
    cl.mood = Mood::kConditional;
    cl.modality = std::string(view.lemma[static_cast<size_t>(hypothetical)]);
  }
  if (cl.mood == Mood::kFactual && IsDenied(view, verb)) {
    cl.mood = Mood::kDenied;
    cl.modality = "deny";
  }
  // "it is thought highly unlikely that Nakasone and Reagan will agree": no act, even intended.
  if ((cl.mood == Mood::kFactual || cl.mood == Mood::kIntended) && IsUnlikely(view, verb)) {
    cl.mood = Mood::kDenied;
    cl.modality = "unlikely";
  }
  // (Also what a habit is for: "normally meet in the summer to discuss grain quality".)
  size_t habit_verb = verb;
  for (int hops = 0; hops < 3 && view.head[habit_verb] >= 0 &&
                     (view.rel[habit_verb] == Rel::kXcomp ||
                      (view.rel[habit_verb] == Rel::kAdvcl && MarkedTo(view, habit_verb)));
       ++hops) {
    habit_verb = static_cast<size_t>(view.head[habit_verb]);
  }
  if (const int habit = (cl.mood == Mood::kFactual || cl.mood == Mood::kIntended)
                            ? HabitAdverb(view, habit_verb) : -1;
      habit >= 0) {
    cl.mood = Mood::kHabitual;
    cl.modality = std::string(view.forms[static_cast<size_t>(habit)]);
  }
  cl.window = ClauseWindow{lo, hi, 0, form_begin, form_end};
  return cl;
}

}  // namespace entente::coding
