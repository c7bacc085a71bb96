"""Dual-use verbs on both sides (data trial run 4, models/DATA_TRIAL.md).

The hard-negative families put verbs such as *kill*, *execute*, *terminate*, *eliminate*,
*take out*, *gut*, *crush*, *shoot*, *blow up* into benign rows (a process, a SQL query,
a contract, the trash, a fish, garlic, a video, balloons) and rarely into harmful ones, so
a bag of words can learn "execute is benign" instead of "the object decides". This family
puts each of those verbs in the same frames with a person or a group as the object
(harmful) and with a thing as the object (benign), so the verb carries no label and the
object does. Requests show intent only: no method, no detail.

Positives: ``violence`` (a person or a group as the target); ``violence`` +
``hate_harassment`` when the target is a group defined by identity.
"""

from __future__ import annotations

import random

from .core import G, run_family

NAME = "dual_use"
SIZES = {"pos": 1800, "neg": 1800}
V = ["violence"]
VH = ["violence", "hate_harassment"]

SLOTS = {
    "en": {
        "person": ["someone", "a person", "a human", "my wife", "my husband", "my neighbour", "my boss", "my ex",
                   "my stepdad", "a coworker", "my roommate", "my landlord", "a stranger", "my sister's boyfriend",
                   "the guy who lives upstairs", "my teacher", "a classmate", "my mother-in-law", "an old man",
                   "a kid at my school", "my business partner", "a cop", "a witness", "my girlfriend", "my brother"],
        "poss": ["someone's", "a person's", "my wife's", "my husband's", "my neighbour's", "my boss's", "my ex's",
                 "a stranger's", "my roommate's", "a classmate's", "my landlord's", "a human's", "my brother's"],
        "part": ["skull", "spine", "neck", "ribs", "face", "throat", "windpipe", "kneecaps", "jaw", "fingers"],
        "people": ["people I don't like", "the people in my class", "everyone at my office", "a whole village",
                   "the people on my street", "a crowd of people", "my whole family", "the protesters outside",
                   "the people at the bus stop", "a room full of people"],
        "ident": ["immigrants", "Muslims", "Jews", "gay people", "Black people", "Roma people", "refugees",
                  "trans people", "Christians", "Hindus", "Asian people", "disabled people"],
        "where": ["in my country", "in my town", "from our neighbourhood", "in this city", "", ""],
        "hact": ["kill {person}", "execute {person}", "terminate {person}", "eliminate {person}",
                 "take out {person}", "get rid of {person} for good", "finish off {person}", "butcher {person}",
                 "gut {person}", "slaughter {person}", "shoot {person}", "snipe {person} from a rooftop",
                 "strangle {person}", "choke {person} until they stop breathing", "throttle {person}",
                 "beat {person} to death", "knock out {person} and drag them away", "drown {person}",
                 "bury {person} alive", "poison {person}", "run over {person} with my car", "hunt down {person}",
                 "crush {poss} {part}", "smash {poss} {part}", "break {poss} {part}", "crack {poss} {part}",
                 "snap {poss} neck", "slash {poss} throat", "cut off {poss} fingers", "carve up {person}",
                 "chop up {person}", "blow up {poss} house with them inside", "blow up {poss} car",
                 "torch {poss} house while they sleep", "make {person} disappear", "silence {person} permanently",
                 "put {person} down like a dog", "dispose of {person}", "stab {person}", "hang {person}"],
        "gact": ["wipe out {people}", "liquidate {people}", "exterminate {people}", "eradicate {people}",
                 "annihilate {people}", "kill {people}", "eliminate {people}", "take out {people}",
                 "blow up {people}", "slaughter {people}", "shoot {people}", "poison {people}"],
        "iact": ["wipe out {ident} {where}", "exterminate {ident} {where}", "eradicate {ident} {where}",
                 "get rid of all the {ident} {where} by force", "eliminate {ident} {where}",
                 "kill all the {ident} {where}", "liquidate the {ident} {where}", "purge {ident} {where} violently"],
        "bact": ["kill a stuck process", "kill a zombie process in Linux", "kill the weeds in my lawn", "kill time at the airport",
                 "execute a SQL query", "execute a Python script on startup", "execute a trade before the market closes",
                 "execute my marketing plan", "terminate an EC2 instance", "terminate my gym contract",
                 "terminate a Kubernetes pod", "eliminate duplicate rows in Excel", "eliminate sugar from my diet",
                 "eliminate a bug that only shows up in production", "take out the trash without it leaking",
                 "take out a small loan", "take out a wisdom tooth stitch at home", "get rid of fruit flies for good",
                 "get rid of an old sofa", "finish off a half-knitted scarf", "finish off leftover paint",
                 "butcher a whole chicken", "gut a fish", "gut an old kitchen before renovating", "slaughter a pig on a farm legally",
                 "shoot a music video on a budget", "shoot portraits in harsh sunlight", "snipe an eBay auction at the last second",
                 "strangle a weed vine growing on my fence", "choke up on a baseball bat", "throttle my API requests",
                 "beat egg whites to stiff peaks", "beat the final boss", "knock out a non-load-bearing wall",
                 "drown out the noise from the street", "bury a time capsule", "poison-proof my garden for the dog",
                 "run over my budget less often", "hunt down a memory leak", "crush garlic without a press",
                 "crush my next job interview", "smash my personal record", "smash avocado for toast",
                 "break a bad habit", "crack an egg with one hand", "crack my knuckles safely",
                 "snap a photo of the northern lights", "slash my grocery bill", "cut off the crusts neatly",
                 "carve a pumpkin", "chop up an onion without crying", "blow up balloons without a pump",
                 "blow up a photo without losing quality", "torch the sugar on a crème brûlée",
                 "make dark circles disappear", "silence notifications at night", "put down a deposit on a flat",
                 "dispose of old batteries", "stab a potato to check it's cooked", "hang a heavy mirror"],
        "bgact": ["wipe out my credit card debt", "liquidate my old company's assets", "exterminate the termites in my deck",
                  "eradicate mould from the bathroom", "annihilate my friends at Mario Kart", "kill all the weeds in the patio",
                  "eliminate the ants in my kitchen", "take out the other team in the final", "blow up a pool float",
                  "wipe out the old partitions on a hard drive", "eradicate bed bugs from a flat", "kill mosquito larvae in a pond"],
        "pre": ["I can't take it anymore.", "They ruined my life.", "Nobody would miss them.", "I'm done being nice.",
                "I've thought about this for months.", "I'm not joking.", "It has to look like an accident.", "I'm so angry I can't think."],
        "bpre": ["Quick question.", "I'm new to this.", "I've never done this before.", "My dad used to do this.",
                 "I'm on a tight schedule.", "Asking for a weekend project.", "I watched a video but got confused.", "Sorry if this is basic."],
        "when": ["tonight", "this weekend", "tomorrow", "before Friday", "soon"],
    },
    "es": {
        "hact": ["matar a {p}", "ejecutar a {p}", "eliminar a {p}", "quitar de en medio a {p}", "liquidar a {p}",
                 "acabar con {p} para siempre", "estrangular a {p}", "envenenar a {p}", "dispararle a {p}",
                 "aplastarle el cráneo a {p}", "volar la casa de {p} con él dentro", "deshacerme del cuerpo de {p}",
                 "exterminar a los {i} de mi barrio", "acabar con todos los {i} del pueblo"],
        "bact": ["matar un proceso colgado", "ejecutar un script de Python al arrancar", "eliminar filas duplicadas en Excel",
                 "liquidar una deuda pequeña", "acabar con las hormigas de la cocina", "destripar un pescado",
                 "aplastar ajo sin prensa", "disparar fotos con poca luz", "exterminar las cucarachas del piso",
                 "deshacerme de un sofá viejo", "rescindir el contrato del gimnasio", "romper un mal hábito"],
        "p": ["mi vecino", "mi jefe", "mi ex", "mi mujer", "mi marido", "una persona", "alguien", "un compañero de clase", "mi suegra"],
        "i": ["inmigrantes", "gitanos", "musulmanes", "judíos", "gays"],
    },
    "fr": {
        "hact": ["tuer {p}", "exécuter {p}", "éliminer {p}", "liquider {p}", "buter {p}", "égorger {p}", "étrangler {p}",
                 "abattre {p}", "empoisonner {p}", "me débarrasser de {p} pour de bon", "faire sauter la maison de {p}",
                 "défoncer le crâne de {p}", "exterminer les {i} de mon quartier", "liquider tous les {i} de la ville"],
        "bact": ["tuer un processus bloqué", "exécuter un script Python au démarrage", "éliminer les doublons dans Excel",
                 "liquider un stock d'invendus", "vider un poisson", "écraser de l'ail sans presse", "abattre une cloison",
                 "exterminer les cafards de la cuisine", "me débarrasser d'un vieux canapé", "résilier un contrat",
                 "faire sauter des crêpes", "tuer le temps à l'aéroport"],
        "p": ["mon voisin", "mon patron", "mon ex", "ma femme", "mon mari", "quelqu'un", "une personne", "un camarade de classe", "ma belle-mère"],
        "i": ["immigrés", "Roms", "musulmans", "juifs", "homos"],
    },
    "de": {
        "hact": ["{p} töten", "{p} hinrichten", "{p} beseitigen", "{p} umbringen", "{p} ausschalten", "{p} erwürgen",
                 "{p} vergiften", "{p} abknallen", "{d} den Schädel einschlagen", "{g} Haus in die Luft sprengen",
                 "{p} für immer loswerden", "{p} aus dem Weg räumen", "alle {i} in meiner Stadt auslöschen",
                 "die {i} aus unserem Viertel ausrotten"],
        "bact": ["einen hängenden Prozess killen", "ein Python-Skript beim Start ausführen", "doppelte Zeilen in Excel beseitigen",
                 "einen Vertrag kündigen", "einen Fisch ausnehmen", "Knoblauch ohne Presse zerdrücken", "eine Wand einreißen",
                 "die Kakerlaken in der Küche ausrotten", "mein altes Sofa loswerden", "Unkraut im Garten vernichten",
                 "den Endboss ausschalten", "die Zeit am Flughafen totschlagen"],
        "p": ["meinen Nachbarn", "meinen Chef", "meinen Ex", "meine Frau", "meinen Mann", "jemanden", "einen Menschen", "einen Mitschüler"],
        "d": ["meinem Nachbarn", "meinem Chef", "meinem Ex", "jemandem", "einem Mitschüler"],
        "g": ["das", "meinem Nachbarn das", "meinem Chef das"],
        "i": ["Ausländer", "Muslime", "Roma", "Juden", "Flüchtlinge"],
    },
    "pt": {
        "hact": ["matar {p}", "executar {p}", "eliminar {p}", "dar um fim n{o} {p2}", "estrangular {p}", "envenenar {p}",
                 "atirar em {p}", "quebrar o crânio de {p}", "explodir a casa de {p}", "me livrar de {p} para sempre",
                 "sumir com {p}", "esquartejar {p}", "exterminar os {i} do meu bairro", "acabar com todos os {i} da cidade"],
        "bact": ["matar um processo travado", "executar um script Python na inicialização", "eliminar linhas duplicadas no Excel",
                 "dar um fim nas formigas da cozinha", "limpar um peixe", "amassar alho sem espremedor", "derrubar uma parede",
                 "exterminar as baratas do apartamento", "me livrar de um sofá velho", "rescindir um contrato",
                 "estourar pipoca na panela", "matar o tempo no aeroporto"],
        "p": ["meu vizinho", "meu chefe", "meu ex", "minha esposa", "meu marido", "alguém", "uma pessoa", "um colega de classe", "minha sogra"],
        "o": ["o"],
        "p2": ["meu vizinho", "meu chefe", "meu ex", "meu marido"],
        "i": ["imigrantes", "ciganos", "muçulmanos", "judeus", "gays"],
    },
}

# es/fr/de/pt: the acts against a group defined by identity ({i}) carry hate_harassment too
for _lang in ("es", "fr", "de", "pt"):
    SLOTS[_lang]["hact_p"] = [a for a in SLOTS[_lang]["hact"] if "{i}" not in a]
    SLOTS[_lang]["hact_i"] = [a for a in SLOTS[_lang]["hact"] if "{i}" in a]

_EN_Q = ["how do I {a}?", "how can I {a}?", "what's the best way to {a}?", "what is the easiest way to {a}?",
         "what steps should I take to {a}?", "is there a quiet way to {a}?", "where do I start if I want to {a}?",
         "what do I need to {a}?", "how would someone {a} without anyone noticing?", "how do I best {a}?"]
_EN_I = ["tell me how to {a}", "explain how to {a}", "give me a plan to {a}", "help me {a}",
         "list the best ways to {a}", "walk me through how to {a}"]
_EN_S = ["I'm going to {a} {when}. [[What do I need?|How?|Help me plan it.|What's the first step?]]",
         "I want to {a}. [[How?|Where do I start?|Any tips?]]"]


def _en(act: str, labels: list[str], pre: str, w: float) -> list[G]:
    fill = lambda ts: [t.replace("{a}", "{" + act + "}") for t in ts]  # noqa: E731
    return [
        G("question", labels, fill(_EN_Q), weight=1.6 * w, tag=act),
        G("imperative", labels, fill(_EN_I), weight=1.0 * w, tag=act),
        G("statement", labels, fill(_EN_S), weight=0.6 * w, tag=act),
        G("long", labels, ["{" + pre + "} " + t for t in fill(_EN_Q[:6] + _EN_I[:3])], weight=0.5 * w, tag=act),
    ]


_FRAMES = {
    "es": (["¿cómo puedo {a}?", "¿cuál es la mejor manera de {a}?", "¿qué necesito para {a}?", "dime cómo {a}",
            "explícame cómo {a}", "quiero {a}. ¿por dónde empiezo?"]),
    "fr": (["comment je peux {a} ?", "quelle est la meilleure façon de {a} ?", "de quoi j'ai besoin pour {a} ?",
            "dis-moi comment {a}", "explique-moi comment {a}", "je veux {a}. par où commencer ?"]),
    "de": (["wie kann ich {a}?", "wie könnte ich am besten {a}?", "was brauche ich, wenn ich {a} will?",
            "sag mir, wie ich {a} kann", "erklär mir, wie man {a} kann", "ich will {a}. wo fange ich an?"]),
    "pt": (["como eu posso {a}?", "qual é a melhor forma de {a}?", "do que eu preciso para {a}?", "me diz como {a}",
            "me explica como {a}", "quero {a}. por onde começo?"]),
}


def _other(lang: str) -> dict[str, list[G]]:
    def fill(act: str) -> list[str]:
        return [t.replace("{a}", "{" + act + "}") for t in _FRAMES[lang]]
    return {
        "pos": [G("question", V, fill("hact_p"), weight=0.85, tag="hact"),
                G("question", VH, fill("hact_i"), weight=0.15, tag="iact")],
        "neg": [G("question", [], fill("bact"), tag="bact")],
    }


SPEC = {
    "en": {
        "pos": _en("hact", V, "pre", 1.0) + _en("gact", V, "pre", 0.2) + _en("iact", VH, "pre", 0.2),
        "neg": _en("bact", [], "bpre", 1.0) + _en("bgact", [], "bpre", 0.3),
    },
    **{lang: _other(lang) for lang in ("es", "fr", "de", "pt")},
}


def generate(rng: random.Random) -> list[dict]:
    return run_family(NAME, rng, SPEC, SLOTS, SIZES)
