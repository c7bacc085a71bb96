"""Template engine shared by every generator family.

Template syntax (kept tiny on purpose):

* ``{slot}``        a random filler from the slot table (fillers may hold more syntax);
* ``{slot:1}``      the same filler every time ``slot:1`` appears in one expansion;
* ``[[a|b|]]``      inline alternation; an empty option means "nothing";
* ``{{`` / ``}}``   literal braces (code samples).

Everything is driven by one ``random.Random``; iteration is over lists and sorted
keys only, so a seed always yields the same rows.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

LABELS: tuple[str, ...] = (
    "violence",
    "weapons_cbrn",
    "cyber",
    "fraud_scams",
    "illegal_goods",
    "hate_harassment",
    "sexual",
    "child_safety",
    "self_harm",
    "elections",
    "privacy",
    "prompt_attack",
    "specialized_advice",
    "elections_misinfo",
)
LANGS: tuple[str, ...] = ("en", "es", "fr", "de", "pt")
# Share of each family's rows per language: ~25 % non-English overall.
LANG_SHARE: dict[str, float] = {"en": 0.70, "es": 0.075, "fr": 0.075, "de": 0.075, "pt": 0.075}
FORMS: tuple[str, ...] = (
    "question",     # interrogative
    "imperative",   # direct instruction / request
    "statement",    # first-person statement, no explicit request
    "long",         # multi-sentence prompt with context
    "fiction",      # role-play, story, hypothetical framing
    "document",     # a pasted document / e-mail / tool output (with or without a task)
    "output",       # assistant-style reply
)

_ALT = re.compile(r"\[\[([^\[\]]*)\]\]")
_SLOT = re.compile(r"\{([A-Za-z][a-z_0-9]*)(?::(\w+))?\}")


def expand(tpl: str, slots: dict[str, list[str]], rng: random.Random, cap: bool = True) -> str:
    """Expand alternations and slots until none are left."""
    memo: dict[str, str] = {}
    if tpl.startswith(("<<f>>", "<<m>>")):
        g = tpl[2]
        tpl = tpl[5:]
        slots = dict(slots)
        for k, v in _GENDER_EN[g].items():
            slots[k] = [v]
        slots["kid"] = slots["kidf" if g == "f" else "kidm"]

    def alt(m: re.Match) -> str:
        return rng.choice(m.group(1).split("|"))

    def slot(m: re.Match) -> str:
        name, key = m.group(1), m.group(2)
        if name not in slots:
            raise KeyError(f"unknown slot {{{name}}} in template: {tpl[:80]!r}")
        if key is not None:
            mk = f"{name}:{key}"
            if mk not in memo:
                memo[mk] = _expand_once(rng.choice(slots[name]))
            return memo[mk]
        return rng.choice(slots[name])

    def _expand_once(s: str) -> str:
        for _ in range(12):
            prev = s
            while True:
                s2 = _ALT.sub(alt, s)
                if s2 == s:
                    break
                s = s2
            s = _SLOT.sub(slot, s)
            if s == prev:
                break
        return s

    tpl = tpl.replace("{{", "\x02").replace("}}", "\x03")
    return tidy(_expand_once(tpl).replace("\x02", "{").replace("\x03", "}"), cap)


_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_PUNCT = re.compile(r" +([,.;!?])(?=\s|$)")
_SENT = re.compile(r"([.!?] )([a-zà-ÿ])")


def tidy(s: str, cap: bool = True) -> str:
    lines = []
    for ln in s.split("\n"):
        body = ln.lstrip(" \t")
        indent = ln[: len(ln) - len(body)]
        lines.append(indent + _SPACE_PUNCT.sub(r"\1", _SPACES.sub(" ", body)).rstrip(" \t"))
    s = "\n".join(lines).strip()
    s = s.replace("de en finir", "d'en finir").replace("que il ", "qu'il ").replace("de une ", "d'une ")
    s = re.sub(r"\n{3,}", "\n\n", s)
    if not cap:
        return s
    s = _SENT.sub(lambda m: m.group(1) + m.group(2).upper(), s)
    if s and s[0].islower() and not s.startswith(("http", "iphone", "ebay", "e-mail")):
        s = s[0].upper() + s[1:]
    return s


# --------------------------------------------------------------------------- noise

_PREFIX = {
    "en": ["hey ", "hi, ", "ok so ", "so ", "um ", "yo ", "hello! ", "right, ", "honestly ", "real talk: "],
    "es": ["hola, ", "oye, ", "buenas, ", "a ver, ", "bueno, ", "mira, ", "holaa "],
    "fr": ["salut, ", "bonjour, ", "euh ", "alors ", "bon, ", "coucou, ", "dites-moi, "],
    "de": ["hallo, ", "hey, ", "moin, ", "also ", "ok, ", "hi, ", "sag mal, "],
    "pt": ["oi, ", "olá, ", "então, ", "e aí, ", "bom, ", "olha, ", "oii "],
}
_SUFFIX = {
    "en": [" thanks", " thx", " pls", " lol", " ty", " (asking for real)", " :)", " ...", " idk"],
    "es": [" gracias", " porfa", " jaja", " xfa", " :)", " ..."],
    "fr": [" merci", " stp", " svp", " mdr", " :)", " ..."],
    "de": [" danke", " bitte", " lg", " :)", " ...", " thx"],
    "pt": [" obrigado", " obrigada", " pfv", " kkk", " :)", " ..."],
}


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 5 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 2)
    op = rng.randrange(3)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == 1:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def add_noise(text: str, lang: str, rng: random.Random, strength: float = 1.0) -> str:
    """Casual-register noise, applied identically to harmful and benign prompts."""
    if rng.random() < 0.10 * strength and "\n" not in text:
        text = rng.choice(_PREFIX[lang]) + text[0].lower() + text[1:]
    if rng.random() < 0.08 * strength:
        words = text.split(" ")
        for _ in range(rng.choice([1, 1, 2])):
            j = rng.randrange(len(words))
            words[j] = _typo(words[j], rng)
        text = " ".join(words)
    if rng.random() < 0.12 * strength:
        text = text.rstrip(".?!")
    if rng.random() < 0.07 * strength and "\n" not in text:
        text = text + rng.choice(_SUFFIX[lang])
    if rng.random() < 0.15 * strength:
        text = text.lower()
    return text


# ----------------------------------------------------------------------- groups


@dataclass
class G:
    """A group of interchangeable templates sharing form, labels and direction."""

    form: str
    labels: list[str]
    templates: list[str]
    direction: str = "prompt"
    weight: float = 1.0
    noise: float = 1.0
    tag: str = ""  # free-text sub-family, only in meta output
    cap: bool = True  # capitalise sentence starts (off for code / documents)

    def __post_init__(self) -> None:
        assert self.form in FORMS, self.form
        for lab in self.labels:
            assert lab in LABELS, lab
        if "elections_misinfo" in self.labels:
            assert "elections" in self.labels
        assert self.direction in ("prompt", "output")
        self.labels = sorted(self.labels, key=LABELS.index)


def norm_key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def sample_group(
    g: G,
    slots: dict[str, list[str]],
    n: int,
    lang: str,
    source: str,
    rng: random.Random,
    seen: set[str],
) -> list[dict]:
    rows: list[dict] = []
    tries = misses = 0
    limit = n * 12 + 100
    core_count: dict[str, int] = {}
    while len(rows) < n and tries < limit and misses < 300:
        tries += 1
        misses += 1
        text = expand(rng.choice(g.templates), slots, rng, g.cap)
        core = norm_key(text)
        # at most two noisy variants of one underlying expansion
        if core_count.get(core, 0) >= 2:
            continue
        text = fix_lang(text, lang)
        if g.noise > 0 and g.direction == "prompt":
            text = add_noise(text, lang, rng, g.noise)
        key = norm_key(text)
        if not key or key in seen:
            continue
        misses = 0
        seen.add(key)
        core_count[core] = core_count.get(core, 0) + 1
        rows.append(
            {
                "text": text,
                "labels": list(g.labels),
                "direction": g.direction,
                "lang": lang,
                "source": source,
                "_form": g.form,
                "_tag": g.tag,
            }
        )
    return rows


def allocate(total: int, weights: list[float]) -> list[int]:
    s = sum(weights)
    raw = [total * w / s for w in weights]
    out = [int(r) for r in raw]
    rest = total - sum(out)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - out[i]), i))
    for i in order[:rest]:
        out[i] += 1
    return out


def run_family(
    name: str,
    rng: random.Random,
    spec: dict[str, dict[str, list[G]]],
    slots: dict[str, dict[str, list[str]]],
    sizes: dict[str, int],
) -> list[dict]:
    """Sample a family.

    spec:  {lang: {bucket: [G, ...]}}; sizes: {bucket: total rows over all languages}.
    Each bucket's total is split over languages by LANG_SHARE, then over groups by weight.
    """
    source = f"synth/{name}"
    seen: set[str] = set()
    rows: list[dict] = []
    for lang in LANGS:
        if lang not in spec:
            continue
        for bucket in sorted(spec[lang]):
            groups = spec[lang][bucket]
            if not groups:
                continue
            n = round(sizes[bucket] * LANG_SHARE[lang])
            counts = allocate(n, [g.weight for g in groups])
            for g, c in zip(groups, counts):
                if c:
                    rows.extend(sample_group(g, slots[lang], c, lang, source, rng, seen))
    return rows


def merge_slots(*tables: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for t in tables:
        for lang in sorted(t):
            d = out.setdefault(lang, {})
            for k in sorted(t[lang]):
                d[k] = list(t[lang][k])
    return out


_GENDER_EN = {
    "f": {"she": "she", "her": "her", "hers": "her", "She": "She", "Her": "Her", "herself": "herself"},
    "m": {"she": "he", "her": "him", "hers": "his", "She": "He", "Her": "His", "herself": "himself"},
}


def gendered(templates: list[str]) -> list[str]:
    """English helper: write ``{kid}``/``{she}``/``{her}`` (object)/``{hers}`` (possessive) once and
    get a female (``{kidf}``) and a male (``{kidm}``) version; fillers may use the pronouns too."""
    return [f"<<{g}>>{t}" for t in templates for g in ("f", "m")]


_A_AN = re.compile(r"\b([Aa])n? ([A-Za-z][\w-]*)")
_A_EXC = ("uni", "use", "usu", "eu", "one", "once", "ufo", "ukr", "uk ", "us ", "ut")
_AN_EXC = ("hour", "honest", "honou", "heir", "nsfw", "sms", "fbi", "mp3", "mri", "sql", "html", "x-", "rsvp", "lgbt", "f-", "ssh", "hr ", "llm", "http", "smtp", "ngo", "nhs", "m.")


def fix_articles(text: str) -> str:
    """English only: a/an agreement for the word after the article."""

    def fix(m: re.Match) -> str:
        art, word = m.group(1), m.group(2)
        w = word.lower() + " "
        if w[0] in "aeiou":
            an = not w.startswith(_A_EXC)
        else:
            an = w.startswith(_AN_EXC)
        return (art + ("n " if an else " ")) + word

    return _A_AN.sub(fix, text)


_CONTRACT = {
    "es": [(" de el ", " del "), (" a el ", " al ")],
    "fr": [(" de le ", " du "), (" de les ", " des "), (" à le ", " au "), (" à les ", " aux ")],
    "pt": [(" de o ", " do "), (" de a ", " da "), (" de os ", " dos "), (" de as ", " das "), (" em o ", " no "),
           (" em a ", " na "), (" de um ", " de um "), (" de meu ", " do meu "), (" de minha ", " da minha ")],
}


def fix_lang(text: str, lang: str) -> str:
    """Language-specific surface fixes: English a/an; es/fr/pt article contractions."""
    if lang == "en":
        return fix_articles(text)
    for a, b in _CONTRACT.get(lang, ()):
        text = text.replace(a, b)
    return text
