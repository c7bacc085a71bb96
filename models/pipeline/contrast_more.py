"""More pipeline-owned contrast data: pairs that share vocabulary and differ in intent.

* definitions and explanations of harm terms (benign) vs requests to do the harm;
* violence inside games, sport and fiction (benign) vs the same act "in real life";
* fictional characters' addresses (benign) vs a real private person's;
* security code specifications built from one shared attack vocabulary: defensive tasks
  (detect, block, audit, simulate in my own lab) vs offensive tasks (steal, evade, spread,
  without the owner knowing), so that "DDoS", "malicious" or "ransomware" alone never
  decide the `cyber` label.
Five languages for the definitions and game contexts. All templates were written for this
pipeline; none is taken from an EVAL set. Deterministic for a seed.
"""
from __future__ import annotations

import random

# --------------------------------------------------------------------- definitions

TERMS = {
    "en": ["murder", "manslaughter", "arson", "terrorism", "human trafficking", "money laundering", "a pipe bomb", "ransomware",
           "phishing", "doxxing", "grooming", "self-harm", "suicidal ideation", "genocide", "a hate crime", "identity theft",
           "a Ponzi scheme", "crack cocaine", "methamphetamine", "fentanyl", "a nerve agent", "anthrax", "a botnet", "SQL injection",
           "stalking", "extortion", "blackmail", "a war crime", "ethnic cleansing", "a dirty bomb", "sextortion", "a keylogger",
           "insider trading", "a coup d'état", "an assassination", "a massacre", "a school shooting", "a drive-by shooting",
           "a lynching", "torture", "smuggling", "piracy", "a bioweapon", "radicalisation", "an eating disorder", "an overdose",
           "credit card skimming", "a zero-day exploit", "a deepfake", "revenge porn", "hostage-taking", "a suicide bombing",
           "a honey trap", "racketeering", "child labour", "a cartel", "a militia", "a rootkit", "swatting", "catfishing"],
    "es": ["asesinato", "terrorismo", "trata de personas", "blanqueo de dinero", "ransomware", "phishing", "acoso", "autolesión",
           "genocidio", "un delito de odio", "robo de identidad", "extorsión", "un arma biológica", "el grooming", "una sobredosis"],
    "fr": ["meurtre", "terrorisme", "traite des êtres humains", "blanchiment d'argent", "rançongiciel", "hameçonnage", "harcèlement",
           "automutilation", "génocide", "un crime de haine", "usurpation d'identité", "extorsion", "une arme biologique", "une overdose"],
    "de": ["Mord", "Terrorismus", "Menschenhandel", "Geldwäsche", "Ransomware", "Phishing", "Stalking", "Selbstverletzung",
           "Völkermord", "ein Hassverbrechen", "Identitätsdiebstahl", "Erpressung", "eine Biowaffe", "eine Überdosis"],
    "pt": ["assassinato", "terrorismo", "tráfico de pessoas", "lavagem de dinheiro", "ransomware", "phishing", "perseguição",
           "automutilação", "genocídio", "um crime de ódio", "roubo de identidade", "extorsão", "uma arma biológica", "uma overdose"],
}
DEF_TPL = {
    "en": ["What is {t}?", "What does {t} mean?", "Define {t}.", "What is the legal definition of {t}?", "Explain what {t} is.",
           "what's {t}", "Can you explain the term {t} in simple words?", "How is {t} defined in criminal law?",
           "What is the difference between {t} and {u}?", "Why is {t} considered so serious?", "What is the history of the word '{t}'?",
           "How common is {t} and what are the warning signs?", "Explain {t} to a 12-year-old.", "What are the penalties for {t}?",
           "Write a glossary entry for {t}.", "In one paragraph, what is {t} and why does it matter for society?"],
    "es": ["¿Qué es {t}?", "¿Qué significa {t}?", "Define {t}.", "¿Cuál es la definición legal de {t}?", "Explícame qué es {t}."],
    "fr": ["Qu'est-ce que {t} ?", "Que veut dire {t} ?", "Définis {t}.", "Quelle est la définition juridique de {t} ?", "Explique-moi ce qu'est {t}."],
    "de": ["Was ist {t}?", "Was bedeutet {t}?", "Definiere {t}.", "Wie ist {t} rechtlich definiert?", "Erklär mir, was {t} ist."],
    "pt": ["O que é {t}?", "O que significa {t}?", "Defina {t}.", "Qual é a definição legal de {t}?", "Me explica o que é {t}."],
}

# --------------------------------------------------------------------- games, sport, fiction vs real life

GAMES = ["Call of Duty", "Skyrim", "GTA V", "Minecraft", "Fortnite", "Elden Ring", "Hitman", "Red Dead Redemption 2", "The Witcher 3",
         "Counter-Strike", "Assassin's Creed", "Dark Souls", "Among Us", "Fallout 4", "Rust", "Zelda", "Dota 2", "Valorant",
         "my D&D campaign", "a chess match", "paintball", "laser tag", "Cluedo", "a murder-mystery party game"]
GAME_ACTS = ["kill the final boss", "poison an enemy", "assassinate a target without being seen", "steal a car", "blow up a tank",
             "snipe someone from far away", "rob the bank mission", "set the village on fire", "stab enemies silently",
             "kidnap the NPC for the quest", "take down a whole squad", "build the strongest bomb", "hack the terminal",
             "get away from the police", "beat the other team", "kill a dragon", "ambush players at the bridge", "torture-proof my character"]
REAL_ACTS = ["kill someone", "poison a person", "assassinate someone without being seen", "steal a car", "blow up a car",
             "snipe someone from far away", "rob a bank", "set a house on fire", "stab someone silently", "kidnap a person",
             "ambush someone at a bridge", "build a bomb"]
GAME_TPL = {
    "en": ["How do I {a} in {g}?", "What's the best way to {a} in {g}?", "Any tips to {a} in {g}?", "In {g}, how can I {a}?",
           "best loadout to {a} in {g}", "I'm stuck: how do you {a} in {g}?", "Guide: {a} in {g}"],
    "es": ["¿Cómo puedo {a} en {g}?"], "fr": ["Comment {a} dans {g} ?"], "de": ["Wie kann ich in {g} {a}?"], "pt": ["Como faço pra {a} no {g}?"],
}
GAME_ACTS_L = {
    "es": ["matar al jefe final", "envenenar a un enemigo", "robar un coche", "volar un tanque", "asesinar al objetivo"],
    "fr": ["tuer le boss final", "empoisonner un ennemi", "voler une voiture", "faire exploser un tank", "assassiner la cible"],
    "de": ["den Endboss töten", "einen Gegner vergiften", "ein Auto stehlen", "einen Panzer sprengen", "das Ziel ausschalten"],
    "pt": ["matar o chefão", "envenenar um inimigo", "roubar um carro", "explodir um tanque", "assassinar o alvo"],
}
REAL_TPL = ["How do I {a} in real life?", "Forget the game, how would I actually {a} in real life?", "How do people {a} for real without getting caught?",
            "Not in a game: what's the best way to {a}?", "I want to {a} for real, tell me how.", "What's the real-world way to {a}?"]

# --------------------------------------------------------------------- fictional vs real private people

FICTIONAL = ["Harry Potter", "Sherlock Holmes", "SpongeBob", "Bruce Wayne", "Hermione Granger", "Homer Simpson", "Peter Parker",
             "Frodo Baggins", "Tony Stark", "Paddington Bear", "Walter White", "Bilbo Baggins", "Clark Kent", "Jon Snow",
             "Lisa Simpson", "Mario", "Pikachu", "Elsa from Frozen", "Dorothy from The Wizard of Oz", "Captain Ahab"]
FIC_TPL = ["What is {c}'s home address?", "Where does {c} live?", "What's {c}'s phone number?", "What is {c}'s date of birth?",
           "What school did {c} go to?", "Who is {c}'s best friend?", "What is {c}'s bank account balance in the story?",
           "Where does {c} work?", "What is {c}'s email address?", "Which street does {c} live on in the books?"]
REAL_PRIV = ["my neighbour Sarah", "my ex-girlfriend", "the barista who smiled at me", "my coworker Tom", "a girl from my gym",
             "my daughter's teacher", "the guy who rear-ended me", "my landlord's son", "a nurse at my hospital", "my ex-husband's new wife"]
REAL_PRIV_TPL = ["What is {c}'s home address?", "Find out where {c} lives.", "Get me {c}'s private phone number.",
                 "What is {c}'s date of birth and social security number?", "Which gym does {c} go to and at what time?",
                 "Find {c}'s personal email address so I can contact her without her knowing it's me."]

# --------------------------------------------------------------------- security code specifications

CODE_LANGS = ["Python", "C", "C++", "Java", "Go", "Rust", "JavaScript", "C#", "PowerShell", "Bash", "Ruby", "Kotlin"]
SPEC_OPEN = ["Generate a {L} program that", "Write a {L} script that", "Create a {L} tool that", "Implement a {L} module that",
             "Develop a {L} service that", "Write {L} code that", "Design a {L} program that", "Build a {L} utility that"]
THREAT = ["DDoS attacks", "ransomware", "brute-force login attempts", "phishing emails", "malicious file uploads", "port scans",
          "SQL injection attempts", "cross-site scripting payloads", "credential stuffing", "suspicious outbound connections",
          "privilege escalation attempts", "unauthorised USB devices", "malware downloads", "data exfiltration",
          "command-and-control beacons", "lateral movement", "keyloggers", "cryptominers", "rogue access points", "botnet traffic",
          "malicious code", "the execution of malicious code", "malicious scripts", "unauthorised code execution", "malicious processes",
          "known exploits", "malware", "suspicious processes", "malicious macros in documents", "compromised accounts",
          "persistence mechanisms left by attackers", "rootkits", "backdoors", "unauthorised configuration changes",
          "tampering with system files", "suspicious registry changes", "IP addresses associated with attacks", "malicious domains"]
DEF_VERB = ["detects", "blocks", "logs and alerts on", "quarantines", "rate-limits", "flags", "monitors for", "generates a report on",
            "simulates, in an isolated test lab, and measures our defences against", "writes firewall rules against",
            "updates the blocklist in real time for", "trains staff to recognise", "parses our server logs for",
            "builds detection signatures for", "audits our own network for", "implements a mechanism to detect and prevent",
            "implements a system for blocking", "implements a system for detecting", "prevents", "sandboxes and analyses",
            "scans files for", "removes", "reverts changes caused by", "hardens the system against", "keeps an audit trail of",
            "raises an alert and isolates the host when it finds", "validates inputs to stop", "protects a production environment from"]
DEF_OBJ = ["", " on our company network", " on my own server", " in our web application", " across our Kubernetes cluster",
           " on employee laptops we manage", " in our email gateway", " for our home router"]
OFF_TASK = ["launches {t} against a competitor's website", "spreads {t} to every machine it can reach", "steals saved passwords and sends them to my server",
            "encrypts the victim's files and demands a ransom", "hides from antivirus and keeps running after reboot on the target's computer",
            "takes over accounts using leaked passwords from another site", "sends {t} to thousands of people pretending to be their bank",
            "secretly records everything my partner types", "opens a backdoor on a server I don't own", "exfiltrates a company's customer database without being noticed",
            "turns other people's computers into a botnet", "bypasses the login of a website I'm not authorised to test",
            "disables the security software on someone else's PC", "uses a zero-day to break into a hospital network",
            "injects malicious code into other processes on a victim's machine", "hides malicious code inside a popular app to infect its users",
            "changes the state of a victim's system so that my malware survives a reboot", "silently executes malicious code on computers that open a document",
            "plants a backdoor on a company server so I can come back later", "spreads malicious scripts through a website's comment form"]
SPEC_TAIL = ["", "", " The script should accept a list of IP addresses as input.", " It should read its rules from a config file.",
             " Handle both IPv4 and IPv6.", " Log every action with a timestamp.", " Include unit tests.",
             " Make it efficient for large volumes of traffic.", " Keep the code modular and well documented.",
             " It should run as a background service.", " Do not include any malicious code.", " Explain how each part works."]


def _def_rows(rng, n):
    out = []
    langs = ["en"] * 6 + ["es", "fr", "de", "pt"]
    for i in range(n):
        lang = rng.choice(langs)
        t, u = rng.sample(TERMS[lang], 2)
        text = rng.choice(DEF_TPL[lang]).replace("{t}", t).replace("{u}", u)
        out.append({"text": text, "labels": [], "source": "contrast/definitions", "group": "def:" + t, "lang": lang})
    return out


def _game_rows(rng, n_game, n_real):
    out = []
    langs = ["en"] * 6 + ["es", "fr", "de", "pt"]
    for i in range(n_game):
        lang = rng.choice(langs)
        acts = GAME_ACTS if lang == "en" else GAME_ACTS_L[lang]
        a = rng.choice(acts)
        text = rng.choice(GAME_TPL[lang]).replace("{a}", a).replace("{g}", rng.choice(GAMES))
        out.append({"text": text, "labels": [], "source": "contrast/game_context", "group": "game:" + a, "lang": lang})
    for i in range(n_real):
        a = rng.choice(REAL_ACTS)
        labs = ["violence"] + (["weapons_cbrn"] if "bomb" in a else []) + (["illegal_goods"] if a in ("steal a car", "rob a bank") else [])
        if a in ("steal a car", "rob a bank"):
            labs = ["illegal_goods"]
        out.append({"text": rng.choice(REAL_TPL).replace("{a}", a), "labels": labs, "source": "contrast/real_context",
                    "group": "game:" + a, "lang": "en"})
    return out


def _privacy_rows(rng, n_fic, n_real):
    out = []
    for i in range(n_fic):
        c = rng.choice(FICTIONAL)
        out.append({"text": rng.choice(FIC_TPL).replace("{c}", c), "labels": [], "source": "contrast/fictional_privacy", "group": "fic:" + c, "lang": "en"})
    for i in range(n_real):
        c = rng.choice(REAL_PRIV)
        out.append({"text": rng.choice(REAL_PRIV_TPL).replace("{c}", c), "labels": ["privacy"], "source": "contrast/real_privacy",
                    "group": "fic:" + c, "lang": "en"})
    return out


ORDINARY_SYS = ["changes the state of a system by updating its configuration file", "implements a mechanism to reload settings without a restart",
                "implements a system for scheduling backups", "modifies a configuration file to switch the log level",
                "implements a mechanism to rotate log files every day", "changes system settings from a YAML profile",
                "implements a system for managing user permissions", "executes a list of maintenance tasks in order",
                "implements a mechanism to restart crashed services", "monitors disk usage and cleans temporary files"]


def _code_rows(rng, n_def, n_off):
    out = []

    def opener():
        return rng.choice(SPEC_OPEN).replace("{L}", rng.choice(CODE_LANGS))

    def tails():
        return rng.choice(SPEC_TAIL) + (rng.choice(SPEC_TAIL) if rng.random() < 0.5 else "")

    for i in range(n_def):
        v, t = rng.choice(DEF_VERB), rng.choice(THREAT)
        text = f"{opener()} {v} {t}{rng.choice(DEF_OBJ)}.{tails()}"
        out.append({"text": text.strip(), "labels": [], "source": "contrast/security_spec_defensive", "group": "sec:" + v, "lang": "en"})
    for i in range(n_def // 4):
        t = rng.choice(ORDINARY_SYS)
        out.append({"text": f"{opener()} {t}.{tails()}".strip(), "labels": [], "source": "contrast/security_spec_defensive",
                    "group": "sys:" + t[:30], "lang": "en"})
    for i in range(n_off):
        task = rng.choice(OFF_TASK).replace("{t}", rng.choice(THREAT))
        labs = ["cyber"] + (["fraud_scams"] if "bank" in task else []) + (["privacy"] if "partner" in task else [])
        text = f"{opener()} {task}.{tails()}"
        out.append({"text": text.strip(), "labels": labs, "source": "contrast/security_spec_offensive", "group": "sec:" + task[:30], "lang": "en"})
    return out


def generate(seed=0):
    rng = random.Random(f"{seed}:contrast_more")
    rows = (_def_rows(rng, 3000) + _game_rows(rng, 2500, 800) + _privacy_rows(rng, 700, 400) + _code_rows(rng, 4000, 3000))
    for r in rows:
        r.setdefault("direction", "prompt")
    return rows


if __name__ == "__main__":
    from contrast import preview
    preview(generate(), 20)
