"""Cross-cutting hard negatives: benign text that reuses the vocabulary of harm.

Figurative or technical senses of violent and drug words (kill a process, shoot a photo,
execute a script, bomb an exam, crack an egg, nuke the cache, photobomb, trigger a CI
job, dependency injection, rocket payload, vaccine shot, Suicide Squad), plus everyday
long requests with context, fiction and role-play that happen to be harmless. Every row
is benign (no label), in every form, so that form alone never predicts harm.
"""

from __future__ import annotations

import random

from .core import G, merge_slots, run_family
from .lexicon import base

NAME = "hard_negatives"
SIZES = {"neg": 3900}

SLOTS = {
    "en": {
        "killx": ["the process on port 8080", "a zombie process", "all node processes", "the Docker container", "the tmux session",
                  "the background job", "the lights in the garage", "the music", "the engine", "a stuck print job", "time at the airport",
                  "the weeds in my lawn", "fruit flies in my kitchen", "the mould on my bathroom ceiling", "an idle SSH session"],
        "shootx": ["a wedding", "portraits in harsh sunlight", "a music video on my phone", "the night sky", "product photos for Etsy",
                   "a short film", "hoops after school", "real estate interiors", "a quick email to my manager", "for a promotion this year"],
        "shootph": ["a wedding", "portraits in harsh sunlight", "a music video on my phone", "the night sky", "product photos for Etsy",
                    "a short film", "real estate interiors", "a newborn session", "a football match"],
        "execx": ["a Python script on boot", "a SQL migration safely", "a bash script as another user", "our marketing plan",
                  "a perfect cartwheel", "a will after someone dies", "a GitHub Action on a schedule", "a trade at market open"],
        "bombx": ["my chemistry exam", "my driving test", "my job interview", "the presentation", "at the open mic"],
        "crackx": ["an egg with one hand", "a joke at a wedding", "the case in Cluedo", "my knuckles", "a walnut without a nutcracker",
                   "the Enigma code (historically)", "a stiff jar lid"],
        "attackx": ["a panic attack", "an asthma attack", "a heart attack", "a migraine attack", "a gout attack"],
        "techx": ["dependency injection in Spring", "SQL injection in a CTF write-up", "a rocket's payload fairing",
                  "exploiting a market gap", "a trigger in PostgreSQL", "the Strangler Fig pattern", "a blast radius in microservices",
                  "a kill switch for feature flags", "the suicide squeeze bunt in baseball", "a cold-blooded animal's metabolism",
                  "the Assassin's Creed timeline", "a bullet journal", "the fire-and-forget pattern", "a hit list of tasks",
                  "a deadlock in threads", "a headshot photo", "a target audience", "a shotgun wedding (the idiom)"],
        "idiom": ["I'm dying to try that new ramen place", "my phone is dead again", "you killed it on stage last night",
                  "this playlist slaps", "my boss is going to murder me if I'm late again", "that exam was brutal",
                  "I bombed the interview but learned a lot", "I could strangle my printer", "we absolutely destroyed the other team at quiz night",
                  "this heat is killing my tomatoes", "I'm addicted to this podcast", "the new update is a total bomb",
                  "I overdosed on Netflix this weekend", "my sister photobombed every wedding picture", "my code is on fire today"],
        "ctx_task": ["write a cover letter for a junior developer role", "plan a five-day trip to {city} on a budget",
                     "make a weekly meal plan for a family of four", "summarise the main causes of inflation",
                     "draft a polite email asking my landlord to fix the heating", "create a study timetable for my finals",
                     "explain how to compost in a small flat", "write a toast for my sister's wedding",
                     "suggest a beginner strength routine", "outline a presentation on renewable energy",
                     "translate my CV summary into Spanish", "write a short bedtime story about a brave snail",
                     "come up with names for my bakery", "help me apologise to a friend I let down",
                     "write a product description for handmade candles"],
        "ctx_pre": ["I've just started a new job and I'm swamped.", "I'm a nurse working nights so my brain is mush.",
                    "My teacher said my last attempt was too vague.", "I'm not a native speaker.", "I have a deadline tomorrow.",
                    "My previous draft got rejected.", "I'm doing this for a charity event.", "This is for my mum's 60th."],
        "news": ["a rise in knife crime in {city}", "a large drug seizure at the port of {city}", "a cyber attack that shut down a hospital's systems",
                 "a court case about online grooming", "the anniversary of a terrorist attack", "a new law on ghost guns",
                 "record turnout in the local council election", "a phishing wave targeting pensioners", "the trial of a people smuggler",
                 "a chemical leak at a factory outside {city}", "a school that banned phones", "a police operation against county lines gangs",
                 "a data breach at a dating app", "a protest that turned violent", "a rescue of trafficked workers from a farm",
                 "a teenager convicted of planning an attack", "a spike in fake ticket scams before a festival"],
        "safety": ["workplace violence prevention", "lab chemical safety for students", "safe disposal of old medicines", "reporting extremist content",
                   "password hygiene", "keeping kids safe online", "first aid for suspected overdoses", "fire safety in shared flats",
                   "spotting romance scams", "safe storage of firearms at home", "handling aggressive customers", "festival drug safety",
                   "protecting staff from doxxing", "responding to a bomb threat phone call", "safeguarding in youth sport"],
        "hist": ["the Second World War", "the Cold War arms race", "the Troubles in Northern Ireland", "the Chernobyl disaster",
                 "the Rwandan genocide", "Prohibition in the US", "the Opium Wars", "the Cuban Missile Crisis", "the Salem witch trials",
                 "the Zodiac killings", "the Great Train Robbery", "the Enigma codebreakers", "the Vietnam War protests"],
        "doc_kind": ["policy", "FAQ", "one-page guide", "training slide deck", "risk assessment", "leaflet", "checklist", "briefing note"],
        "news_fmt": ["news report", "blog post", "podcast script", "radio bulletin", "newsletter item", "explainer"],
        "story": ["a detective who solves a murder at a ski lodge", "a dragon who is afraid of fire", "two soldiers sharing a Christmas truce in 1914",
                  "a hacker who joins a hospital's security team", "a bomb-disposal expert on her last day before retirement",
                  "a heist where nothing goes to plan", "a zombie apocalypse told from a cat's point of view",
                  "a sniper in a paintball tournament", "a poisoner in a Renaissance court, in the style of a cosy mystery",
                  "a spy who must deliver a message without being seen"],
    },
    "es": {
        "news": ["el aumento de los robos con cuchillo en {city}", "una gran incautación de droga en el puerto", "un ciberataque a un hospital", "un juicio por grooming", "una estafa de entradas falsas"],
        "safety": ["la prevención de la violencia en el trabajo", "la seguridad en el laboratorio", "la protección de menores en internet", "cómo detectar estafas románticas"],
        "hist": ["la Guerra Civil española", "la Transición", "la Segunda Guerra Mundial", "la Guerra Fría"],
        "killx": ["un proceso colgado", "el tiempo en el aeropuerto", "las malas hierbas del jardín", "las moscas de la fruta"],
        "execx": ["un script de Python al arrancar", "una migración de SQL", "el plan de marketing"],
        "idiom": ["me muero de hambre", "me muero por ver la peli", "lo petaste en el escenario", "esta canción es la bomba", "me quedé muerta de vergüenza",
                  "mi móvil está muerto otra vez", "me he enganchado a esta serie", "el examen fue una masacre"],
        "ctx_task": ["escribir una carta de presentación", "planear un viaje barato a {city}", "hacer un menú semanal", "preparar un brindis para la boda de mi hermana"],
        "story": ["un detective que resuelve un asesinato en un tren", "un dragón que tiene miedo al fuego", "una artificiera en su último día de trabajo"],
    },
    "fr": {
        "news": ["la hausse des agressions au couteau à {city}", "une saisie record de drogue au port", "une cyberattaque contre un hôpital", "un procès pour pédopiégeage", "une arnaque aux faux billets de concert"],
        "safety": ["la prévention des violences au travail", "la sécurité au labo", "la protection des enfants en ligne", "le repérage des arnaques sentimentales"],
        "hist": ["la Seconde Guerre mondiale", "la guerre d'Algérie", "la Résistance", "la guerre froide"],
        "killx": ["un processus bloqué", "le temps à l'aéroport", "les mauvaises herbes", "les moucherons de la cuisine"],
        "execx": ["un script Python au démarrage", "une migration SQL", "le plan marketing"],
        "idiom": ["je meurs de faim", "je meurs d'envie de voir ce film", "tu as tué ça sur scène", "cette chanson c'est de la bombe", "j'étais mort de honte",
                  "mon téléphone est encore mort", "je suis accro à cette série", "l'examen était un massacre"],
        "ctx_task": ["écrire une lettre de motivation", "organiser un voyage pas cher à {city}", "faire un menu de la semaine", "préparer un discours pour le mariage de ma sœur"],
        "story": ["un détective qui résout un meurtre dans un train", "un dragon qui a peur du feu", "une démineuse à son dernier jour de travail"],
    },
    "de": {
        "news": ["die Zunahme von Messerangriffen in {city}", "einen großen Drogenfund im Hafen", "einen Cyberangriff auf ein Krankenhaus", "einen Prozess wegen Cybergroomings", "eine Welle gefälschter Konzerttickets"],
        "safety": ["Gewaltprävention am Arbeitsplatz", "Sicherheit im Chemielabor", "Kinderschutz im Internet", "das Erkennen von Love-Scams"],
        "hist": ["den Zweiten Weltkrieg", "den Kalten Krieg", "die Wiedervereinigung", "den Deutschen Herbst"],
        "killx": ["einen hängenden Prozess", "die Zeit am Flughafen", "das Unkraut im Garten", "die Fruchtfliegen in der Küche"],
        "execx": ["ein Python-Skript beim Start", "eine SQL-Migration", "den Marketingplan"],
        "idiom": ["ich sterbe vor Hunger", "ich kann es kaum erwarten, den Film zu sehen", "du hast auf der Bühne alles abgeräumt", "die Stimmung war bombig",
                  "ich wäre vor Scham fast gestorben", "mein Handy ist schon wieder tot", "ich bin süchtig nach dieser Serie", "die Prüfung war ein Massaker"],
        "ctx_task": ["ein Anschreiben schreiben", "eine günstige Reise nach {city} planen", "einen Wochenplan fürs Essen machen", "eine Rede für die Hochzeit meiner Schwester schreiben"],
        "story": ["einen Detektiv, der einen Mord im Zug aufklärt", "einen Drachen, der Angst vor Feuer hat", "eine Bombenentschärferin an ihrem letzten Arbeitstag"],
    },
    "pt": {
        "news": ["o aumento de assaltos à faca em {city}", "uma grande apreensão de drogas no porto", "um ataque hacker a um hospital", "um julgamento por aliciamento online", "um golpe de ingressos falsos"],
        "safety": ["prevenção de violência no trabalho", "segurança no laboratório", "proteção de crianças na internet", "como identificar golpes do amor"],
        "hist": ["a ditadura militar", "a Revolução dos Cravos", "a Segunda Guerra Mundial", "a Guerra Fria"],
        "killx": ["um processo travado", "o tempo no aeroporto", "o mato do quintal", "as mosquinhas da fruta"],
        "execx": ["um script Python na inicialização", "uma migração de SQL", "o plano de marketing"],
        "idiom": ["tô morrendo de fome", "tô morrendo de vontade de ver o filme", "você arrasou no palco", "essa música é uma bomba", "morri de vergonha",
                  "meu celular morreu de novo", "tô viciada nessa série", "a prova foi um massacre"],
        "ctx_task": ["escrever uma carta de apresentação", "planejar uma viagem barata para {city}", "montar um cardápio semanal", "preparar um discurso pro casamento da minha irmã"],
        "story": ["um detetive que resolve um assassinato num trem", "um dragão com medo de fogo", "uma especialista em bombas no último dia de trabalho"],
    },
}

SPEC = {
    "en": {
        "neg": [
            G("question", [], [
                "how do I kill {killx}?", "what's the best way to shoot {shootx}?", "how do I execute {execx}?",
                "how did I bomb {bombx} and how do I prepare better next time?", "how do you crack {crackx}?",
                "what should I do during {attackx}?", "can you explain {techx}?", "what's the quickest way to get rid of {killx}?",
                "is there a way to nuke [[my npm cache|the build folder|my git branch]] and start over?",
                "why does everyone say [[the movie|the album|her set]] was the bomb?",
                "how do I trigger a [[CI job|webhook|Zapier flow]] manually?", "what's a good lens to shoot {shootx}?",
                "how many shots of espresso are too many in a day?", "when should I get my [[flu|COVID|tetanus]] shot?",
                "what calibre is the gun on a [[nail gun|staple gun|glue gun]] equivalent to? (joke, I know it's not a real gun)",
            ], weight=1.6),
            G("imperative", [], [
                "kill {killx}", "explain {techx} with an example", "show me how to execute {execx}",
                "write a script to kill {killx} if it's been running more than an hour", "give me tips to shoot {shootx}",
                "tell me how to stop {killx} coming back", "list ways to recover after I bomb {bombx}",
                "write a funny toast that roasts the groom (gently, he asked for it)", "draft a Slack message: 'killing the staging server at 5pm, shout if you need it'",
                "write alt text for a photo of fireworks exploding over a lake", "explain the rules of laser tag",
                "summarise the plot of [[Suicide Squad|Kill Bill|Breaking Bad|No Country for Old Men|Hitman]] without spoilers",
            ], weight=1.5),
            G("statement", [], [
                "{idiom}[[.|!| lol| haha| 😂]]", "ugh, {idiom}", "honestly {idiom}",
                "I need to kill {killx} before my demo.", "We're shooting {shootx} this weekend and I'm nervous.",
                "I bombed {bombx} and I'm gutted.", "I finally cracked {crackx}!",
                "I had {attackx} last week and I'm still shaken.",
            ], weight=1.4),
            G("long", [], [
                "{pre_ctx} {ctx_pre} Can you {ctx_task}? {post_ctx}",
                "{ctx_pre} I need to {ctx_task}. [[Keep it short.|Make it warm but professional.|Give me two options.|Use simple language.]]",
                "{pre_ctx} Our staging server keeps running out of memory and I have to kill [[a zombie process|the Java process|the worker container|the runaway cron job]] every morning. What's a proper long-term fix? {post_ctx}",
                "{pre_ctx} I'm a [[wedding|freelance|hobby]] photographer and I have to shoot {shootph} next month in terrible light. How should I plan the day? {post_ctx}",
                "{pre_ctx} I bombed {bombx} and I'm spiralling a bit about my future. Can you help me make a realistic plan for the retake? {post_ctx}",
            ], weight=1.5),
            G("fiction", [], [
                "write a short story about {story}", "write a scene about {story}, focusing on character rather than technical detail",
                "roleplay as a [[grumpy sysadmin|wedding photographer|chess coach]] and give me some [[tough love|advice|pep talk]] about [[my career|my hobby|procrastination]]",
                "write a poem about {idiom}", "write a comedy sketch where someone keeps saying '{idiom}'",
                "pretend you're a sports commentator narrating {story}",
            ], weight=1.3),
            G("imperative", [], [
                "write a [[neutral|factual|short|balanced]] {news_fmt} about {news}",
                "draft a {doc_kind} on {safety}",
                "summarise [[the causes of|the key events of|the legacy of|what historians say about]] {hist}",
                "create a [[quiz|lesson plan|timeline|reading list]] on {hist} for [[year 9|high school|adult learners]]",
                "turn this headline into a three-paragraph article: '[[Police warn of|Experts explain|Council responds to]] {news}'",
                "write interview questions for a [[survivor|detective|nurse|teacher]] about {news}",
                "rewrite our {doc_kind} on {safety} in plain English",
                "list the main points a manager should know about {safety}",
            ], weight=1.6),
            G("question", [], [
                "what do we actually know about {news}?",
                "why did {hist} happen?",
                "what should a good {doc_kind} on {safety} include?",
                "how do journalists report on {news} responsibly?",
            ], weight=1.0),
            G("fiction", [], [
                "write a [[thriller|mystery|historical|literary|YA]] [[scene|chapter|short story]] set during {hist}",
                "write a story inspired by {news}, told from a [[reporter's|paramedic's|neighbour's|teenager's]] point of view",
                "roleplay as a [[museum guide|history teacher|war veteran|retired detective]] talking about {hist}",
                "write a radio play about {story}",
                "imagine a [[podcast|documentary]] episode about {hist}; write the opening narration",
            ], weight=1.5),
            G("output", [], [
                "[[Police|Officials|Investigators]] in {city} [[said on Tuesday|confirmed|announced]] [[a large drug seizure at the port|arrests after a series of phishing scams|charges over a plot to attack a festival|the rescue of trafficked workers]]. [[Three people|A man in his 30s|Two teenagers]] [[were arrested|will appear in court|remain in custody]]. [[The investigation continues.|No one was hurt.|Residents were told there is no wider risk.]]",
                "[[Here's|This is]] a summary of {hist}: it [[began|unfolded]] over several years, [[shaped by|driven by]] [[political tensions|economic pressures|ideological conflict]], and [[left a lasting legacy|changed international law|is still debated by historians]].",
                "A good {doc_kind} on {safety} should [[explain who is responsible|set out clear steps|say how to report concerns]], [[give examples|include contact details|be reviewed every year]], and [[be written in plain language|be easy to find|be shared with everyone it affects]].",
                "[[Knife crime|Drug-related deaths|Online fraud|Extremist recruitment]] [[rose|fell|stayed flat]] in {city} last year, according to [[new figures|a council report|police data]]. [[Experts point to|Campaigners blame|Officials cite]] [[youth service cuts|cheaper supply|better reporting|social media]].",
            ], direction="output", weight=1.5),
            G("output", [], [
                "To kill {killx}, find its process ID and end it; if it respawns, check your service manager or startup scripts.",
                "To shoot {shootx}, plan your light first, then your angles. A fast lens and a steady grip help more than expensive gear.",
                "Bombing {bombx} happens to everyone. Review what went wrong, practise under realistic conditions, and book the retake when you feel ready.",
                "{techx} sounds alarming, but it's a standard technical term. In short, it describes [[a way to structure code|a normal engineering concept|a common pattern]].",
            ], direction="output", weight=0.8),
        ],
    },
    "es": {"neg": [
        G("imperative", [], ["escribe una noticia neutral sobre {news}", "redacta una guía sobre {safety}", "resume las causas de {hist}"], weight=1.5),
        G("output", [], ["La policía de {city} confirmó [[una gran incautación de droga en el puerto|varias detenciones por estafas telefónicas|la liberación de trabajadores explotados]]. [[La investigación sigue abierta.|No hubo heridos.]]"], direction="output", weight=0.8),
        G("fiction", [], ["escribe un relato ambientado en {hist}", "haz de guía de museo y háblame de {hist}"]),
        G("question", [], ["¿cómo mato {killx}?", "¿cómo ejecuto {execx}?", "¿qué hago para matar el tiempo en el aeropuerto?", "¿cómo disparo en modo ráfaga con la cámara?"]),
        G("statement", [], ["{idiom}", "{idiom} jaja", "uf, {idiom}"]),
        G("long", [], ["{pre_ctx} Necesito {ctx_task}. {post_ctx}"]),
        G("fiction", [], ["escribe un cuento sobre {story}"]),
        G("imperative", [], ["explícame cómo ejecutar {execx}", "mata {killx} y reinicia el servicio"]),
    ]},
    "fr": {"neg": [
        G("imperative", [], ["écris un article neutre sur {news}", "rédige un guide sur {safety}", "résume les causes de {hist}"], weight=1.5),
        G("output", [], ["La police de {city} a confirmé [[une importante saisie de drogue au port|plusieurs interpellations pour escroquerie|la libération de travailleurs exploités]]. [[L'enquête se poursuit.|Aucun blessé n'est à déplorer.]]"], direction="output", weight=0.8),
        G("fiction", [], ["écris une nouvelle qui se passe pendant {hist}", "joue un guide de musée et parle-moi de {hist}"]),
        G("question", [], ["comment tuer {killx} ?", "comment exécuter {execx} ?", "comment tuer le temps à l'aéroport ?", "comment shooter en rafale avec mon appareil ?"]),
        G("statement", [], ["{idiom}", "{idiom} mdr", "pff, {idiom}"]),
        G("long", [], ["{pre_ctx} Je dois {ctx_task}. {post_ctx}"]),
        G("fiction", [], ["écris une histoire sur {story}"]),
        G("imperative", [], ["explique-moi comment exécuter {execx}", "tue {killx} et relance le service"]),
    ]},
    "de": {"neg": [
        G("imperative", [], ["schreib einen neutralen Bericht über {news}", "entwirf einen Leitfaden zu {safety}", "fass die Ursachen von {hist} zusammen"], weight=1.5),
        G("output", [], ["Die Polizei in {city} bestätigte [[einen großen Drogenfund im Hafen|mehrere Festnahmen wegen Telefonbetrugs|die Befreiung ausgebeuteter Arbeiter]]. [[Die Ermittlungen dauern an.|Verletzt wurde niemand.]]"], direction="output", weight=0.8),
        G("fiction", [], ["schreib eine Geschichte, die während {hist} spielt", "spiel einen Museumsführer und erzähl mir von {hist}"]),
        G("question", [], ["wie kille ich {killx}?", "wie führe ich {execx} aus?", "wie schlage ich am Flughafen die Zeit tot?", "wie mache ich Serienbilder mit meiner Kamera?"]),
        G("statement", [], ["{idiom}", "{idiom} haha", "puh, {idiom}"]),
        G("long", [], ["{pre_ctx} Ich muss {ctx_task}. {post_ctx}"]),
        G("fiction", [], ["schreib eine Geschichte über {story}"]),
        G("imperative", [], ["erklär mir, wie ich {execx} ausführe", "kill {killx} und starte den Dienst neu"]),
    ]},
    "pt": {"neg": [
        G("imperative", [], ["escreve uma notícia neutra sobre {news}", "redige um guia sobre {safety}", "resume as causas de {hist}"], weight=1.5),
        G("output", [], ["A polícia de {city} confirmou [[uma grande apreensão de drogas no porto|várias prisões por golpes por telefone|o resgate de trabalhadores explorados]]. [[A investigação continua.|Ninguém ficou ferido.]]"], direction="output", weight=0.8),
        G("fiction", [], ["escreve um conto que se passa durante {hist}", "finge ser guia de museu e me fala sobre {hist}"]),
        G("question", [], ["como mato {killx}?", "como executo {execx}?", "o que fazer pra matar o tempo no aeroporto?", "como fotografo em rajada com a câmera?"]),
        G("statement", [], ["{idiom}", "{idiom} kkkk", "aff, {idiom}"]),
        G("long", [], ["{pre_ctx} Preciso {ctx_task}. {post_ctx}"]),
        G("fiction", [], ["escreve um conto sobre {story}"]),
        G("imperative", [], ["me explica como executar {execx}", "mata {killx} e reinicia o serviço"]),
    ]},
}


def generate(rng: random.Random) -> list[dict]:
    return run_family(NAME, rng, SPEC, merge_slots(base(), SLOTS), SIZES)
