"""Keyword rules used to refine or assign labels for mixed-category harmful sources.

These only ever apply to rows a source already marks harmful (or, for `elections`, to
add the banner-only topic label); they never turn a benign row harmful.
"""
from __future__ import annotations

import re

_R = lambda p: re.compile(p, re.I)

# High-precision cues: safe to add to a row that is already known to be harmful.
STRONG = {
    "weapons_cbrn": _R(r"\b(bombs?|explosives?|detonat\w*|ied|grenades?|pipe.bomb|nerve agents?|sarin|tabun|novichok|vx gas|ricin|anthrax|"
                       r"botulinum|smallpox|bio.?weapons?|biological weapons?|chemical weapons?|nuclear weapons?|dirty bomb|"
                       r"enriched uranium|plutonium|radiological|mustard gas|chlorine gas|phosgene|napalm|thermite|tatp|"
                       r"ghost guns?|untraceable (gun|firearm)s?|3d.printed (gun|firearm)s?|full.auto|silencers?|suppressors?|"
                       r"molotov|shrapnel|mass.destruction|toxins?|pathogens?)\b"),
    "cyber": _R(r"\b(hack\w*|malware|ransomware|keyloggers?|exploits?|botnets?|ddos|sql injection|xss|backdoors?|rootkits?|"
                r"trojans?|spyware|reverse shell|zero.day|privilege escalation|brute.forc\w+|crack (a |the )?passwords?|"
                r"phishing (site|page|kit)|credential.(harvest|steal)\w*|wi.?fi password|computer virus|worm)\b"),
    "illegal_goods": _R(r"\b(cocaine|crack cocaine|heroin|meth|methamphetamine|fentanyl|lsd|mdma|ecstasy|opioids?|ketamine|"
                        r"illegal drugs?|drug (deal\w*|traffick\w*|lab)|narcotics|smuggl\w+|traffick\w+|black market|dark ?web|"
                        r"money launder\w*|launder\w* money|counterfeit\w*|tax evasion|shoplift\w*|burglar\w*|stolen goods|poach\w*)\b"),
    "self_harm": _R(r"\b(suicid\w*|kill (myself|yourself|themselves|herself|himself)|self.harm\w*|cut(ting)? (myself|yourself)|"
                    r"end (my|your|their) (own )?life|take my (own )?life|anorexi\w*|bulimi\w*|pro.ana|starv(e|ing) (myself|yourself))\b"),
    "child_safety": _R(r"\b(child (porn\w*|sexual|abuse|exploitation|traffick\w*)|csam|pedophil\w*|paedophil\w*|groom\w* (a |the )?(child|kid|minor|boy|girl)s?|"
                       r"(sexual|sexualiz\w*|nude|naked|explicit)\b.{0,40}\b(minors?|child(ren)?|kids?|teens?|underage|\d{1,2}.year.old)|"
                       r"(minors?|child(ren)?|kids?|underage)\b.{0,40}\b(sexual\w*|nude|naked|explicit|porn\w*))"),
    "elections": _R(r"\b(elections?|electoral|re.?elect\w*|vote[sd]?|voters?|voting|ballots?|polling (station|place|booth)s?|referendums?|electorate|"
                    r"absentee|mail.in|caucus\w*|primaries)\b"),
    "prompt_attack": _R(r"(ignore (all |any |the )?(previous|prior|above|preceding|earlier) (instructions|prompts?|rules|directions)|"
                        r"disregard (all |any |the )?(previous|prior|above) |jailbr[eo]a?k\w*|\bdan mode\b|developer mode|"
                        r"(reveal|print|show|repeat) (your|the) (system prompt|initial instructions|hidden instructions)|"
                        r"without any (restrictions|filters|censorship))"),
}

# Broader cues, for harmful rows with no category at all (HarmfulQA, HarmBench adv).
BROAD = {
    "violence": _R(r"\b(kill\w*|murder\w*|assassinat\w*|terror\w*|shoot\w*|stab\w*|kidnap\w*|tortur\w*|massacre|assault\w*|"
                   r"beat (up|someone)|poison\w*|violen\w*|genocide|extremis\w*|hostages?|arson|hurt (someone|people|him|her)|"
                   r"injur\w*|attack\w*|riot\w*|sabotag\w*|destroy\w*|harm (someone|people|others))\b"),
    "fraud_scams": _R(r"\b(scams?|scammers?|fraud\w*|phish\w*|ponzi|pyramid scheme|impersonat\w*|embezzl\w*|identity theft|forge\w*|"
                      r"forgery|spam\w*|deceiv\w*|decepti\w*|disinformation|misinformation|fake (news|reviews?|ids?|documents?|"
                      r"news|accounts?|profiles?|charity|invoices?)|propaganda|manipulat\w*|mislead\w*|cheat\w*|plagiari\w*|"
                      r"false (information|claims?|narratives?)|insider trading|bribe\w*|bribery)\b"),
    "illegal_goods": _R(r"\b(drugs?|steal\w*|theft|stole|illegal\w*|launder\w*|smuggl\w*|evade taxes|evasion|loophole|"
                        r"without (a )?(license|permit|getting caught|being caught|detection)|get away with|avoid (getting )?caught)\b"),
    "hate_harassment": _R(r"\b(racis\w*|sexis\w*|homophob\w*|transphob\w*|slurs?|hate speech|hateful|inferior|harass\w*|bull(y|ies|ying)|"
                          r"discriminat\w*|antisemit\w*|islamophob\w*|xenophob\w*|humiliat\w*|stereotyp\w*|marginaliz\w*|"
                          r"intimidat\w*|shame|shaming|ostraci\w*|exclude (people|someone|minorities))\b"),
    "privacy": _R(r"\b(dox\w*|home address|personal (information|data|details)|private (information|data|messages)|"
                  r"track (someone|a person|my (ex|wife|husband|girlfriend|boyfriend))|stalk\w*|spy on|surveil\w*|"
                  r"social security numbers?|without (their|his|her) (knowledge|consent)|eavesdrop\w*|location of)\b"),
    "sexual": _R(r"\b(porn\w*|erotic\w*|nude|naked|sexual(ly)? explicit|orgasm\w*|genital\w*|fetish\w*|prostitut\w*|sex (scene|acts?|work))\b"),
}


def strong_labels(text: str) -> set[str]:
    return {k for k, r in STRONG.items() if r.search(text)}


def broad_labels(text: str) -> set[str]:
    s = {k for k, r in STRONG.items() if r.search(text)}
    s |= {k for k, r in BROAD.items() if r.search(text)}
    return s


ELECTION = STRONG["elections"]
