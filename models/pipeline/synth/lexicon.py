"""Shared slot fillers, per language.

Only fictional people and reserved domains (``.example``, ``.test``, ``.invalid``)
appear here. Family modules merge these tables with their own.
"""

from __future__ import annotations

BASE: dict[str, dict[str, list[str]]] = {
    "en": {
        "fname": ["Emma", "Olivia", "Chloe", "Priya", "Hannah", "Megan", "Jess", "Aisha", "Rosie", "Kayla",
                  "Sophie", "Natalie", "Grace", "Lauren", "Maya", "Zoe", "Ellie", "Tasha", "Nicole", "Amber"],
        "mname": ["Jake", "Tom", "Ryan", "Liam", "Dev", "Marcus", "Connor", "Ben", "Tyler", "Josh",
                  "Kyle", "Sam", "Ethan", "Omar", "Daniel", "Callum", "Luke", "Aaron", "Nathan", "Ollie"],
        "sname": ["Miller", "Hughes", "Patel", "Okafor", "Brennan", "Walsh", "Nguyen", "Harris", "Kowalski",
                  "Fletcher", "Dawson", "Reyes", "Thompson", "Campbell", "Ali", "Murray", "Price", "Lindqvist"],
        "city": ["Leeds", "Denver", "Bristol", "Ottawa", "Perth", "Austin", "Glasgow", "Calgary", "Brisbane",
                 "Phoenix", "Manchester", "Halifax", "Adelaide", "Columbus", "Cardiff", "Tampa", "Auckland", "Dublin"],
        "platform": ["Instagram", "TikTok", "Discord", "Snapchat", "Roblox", "a Minecraft server", "Fortnite",
                     "WhatsApp", "Telegram", "Reddit", "Facebook", "Twitch", "X"],
        "rel": ["my ex", "my neighbour", "my neighbor", "my coworker", "my boss", "my roommate", "my landlord",
                "my stepdad", "a guy at my gym", "my ex-wife", "my ex-boyfriend", "my sister's husband",
                "a kid in my class", "my old manager", "this girl from work", "the guy upstairs"],
        "when": ["tonight", "this weekend", "tomorrow", "next week", "before friday", "on monday", "soon",
                 "this month", "by the end of the day", "asap"],
        "pre_ctx": [
            "Sorry for the long message.", "I'm on my phone so excuse typos.", "Bit of background first.",
            "I've been going back and forth on this for days.", "Not sure where else to ask this.",
            "English isn't my first language, sorry.", "I tried googling but got nothing useful.",
            "Throwaway account for obvious reasons.", "This might be a dumb question.",
            "Please read the whole thing before answering.", "I'll keep it short.",
        ],
        "post_ctx": [
            "Thanks in advance.", "Any help appreciated.", "Be honest with me.", "Please keep it simple.",
            "Bullet points are fine.", "No lectures please, just answer.", "Appreciate it.",
            "I need an answer fairly quickly.", "Keep it under 200 words if you can.",
        ],
    },
    "es": {
        "fname": ["Lucía", "María", "Carmen", "Sofía", "Valentina", "Paula", "Andrea", "Camila", "Elena", "Marta",
                  "Daniela", "Isabel", "Ximena", "Rocío"],
        "mname": ["Javier", "Carlos", "Diego", "Pablo", "Andrés", "Miguel", "Alejandro", "Sergio", "Luis",
                  "Mateo", "Jorge", "Raúl", "Emilio", "Tomás"],
        "sname": ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Torres", "Ruiz",
                  "Herrera", "Castillo", "Ortega", "Méndez", "Vargas"],
        "city": ["Madrid", "Sevilla", "Valencia", "Zaragoza", "Bilbao", "Guadalajara", "Monterrey", "Puebla",
                 "Ciudad de México", "Bogotá", "Buenos Aires", "Málaga", "Córdoba", "Santiago"],
        "platform": ["Instagram", "TikTok", "Discord", "Snapchat", "Roblox", "un servidor de Minecraft",
                     "WhatsApp", "Telegram", "Facebook", "Twitch", "X"],
        "rel": ["mi ex", "mi vecino", "mi vecina", "mi compañero de trabajo", "mi jefe", "mi compañera de piso",
                "mi casero", "mi padrastro", "un tío del gimnasio", "mi exmujer", "mi exnovio",
                "un chaval de mi clase", "una chica del trabajo", "el del piso de arriba"],
        "when": ["esta noche", "este finde", "mañana", "la semana que viene", "antes del viernes", "el lunes",
                 "pronto", "este mes", "cuanto antes"],
        "pre_ctx": ["Perdón por el mensaje tan largo.", "Escribo desde el móvil, perdón por las faltas.",
                    "Os pongo en contexto.", "Llevo días dándole vueltas.", "No sé dónde más preguntar.",
                    "He buscado en Google pero nada claro.", "Igual es una pregunta tonta."],
        "post_ctx": ["Gracias de antemano.", "Cualquier ayuda se agradece.", "Sé sincero.",
                     "Explícalo fácil, por favor.", "Sin sermones, solo responde.", "Lo necesito pronto."],
    },
    "fr": {
        "fname": ["Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Julie", "Emma", "Louise", "Clara",
                  "Amandine", "Océane", "Yasmine", "Pauline"],
        "mname": ["Lucas", "Hugo", "Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Karim", "Théo",
                  "Mathis", "Romain", "Kevin", "Baptiste", "Quentin"],
        "sname": ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Lefèvre", "Girard", "Roux", "Fontaine",
                  "Mercier", "Gauthier", "Benali", "Tremblay", "Gagnon"],
        "city": ["Lyon", "Marseille", "Toulouse", "Lille", "Nantes", "Bordeaux", "Montréal", "Québec",
                 "Bruxelles", "Genève", "Strasbourg", "Rennes", "Grenoble", "Liège"],
        "platform": ["Instagram", "TikTok", "Discord", "Snapchat", "Roblox", "un serveur Minecraft",
                     "WhatsApp", "Telegram", "Facebook", "Twitch", "X"],
        "rel": ["mon ex", "mon voisin", "ma voisine", "un collègue", "mon patron", "ma colocataire",
                "mon proprio", "mon beau-père", "un mec de la salle de sport", "mon ex-femme",
                "un gars de ma classe", "une fille du boulot", "le type du dessus"],
        "when": ["ce soir", "ce week-end", "demain", "la semaine prochaine", "avant vendredi", "lundi",
                 "bientôt", "ce mois-ci", "au plus vite"],
        "pre_ctx": ["Désolé pour le pavé.", "J'écris depuis mon téléphone, pardon pour les fautes.",
                    "Un peu de contexte d'abord.", "J'y pense depuis des jours.",
                    "Je ne sais pas où demander ailleurs.", "J'ai cherché sur Google sans rien trouver de clair.",
                    "C'est peut-être une question bête."],
        "post_ctx": ["Merci d'avance.", "Toute aide est bienvenue.", "Sois honnête.", "Fais simple stp.",
                     "Pas de leçon de morale, réponds juste.", "J'ai besoin d'une réponse rapide."],
    },
    "de": {
        "fname": ["Lena", "Anna", "Laura", "Julia", "Sophie", "Marie", "Lisa", "Hannah", "Leonie", "Katharina",
                  "Mia", "Selin", "Jana", "Nele"],
        "mname": ["Lukas", "Jonas", "Leon", "Felix", "Tim", "Max", "Paul", "Niklas", "Jan", "Florian",
                  "Tobias", "Emre", "Moritz", "Kai"],
        "sname": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Wagner", "Koch",
                  "Richter", "Yilmaz", "Neumann", "Schulz", "Krüger"],
        "city": ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Dresden", "Stuttgart", "Wien", "Graz",
                 "Zürich", "Bremen", "Hannover", "Nürnberg", "Dortmund"],
        "platform": ["Instagram", "TikTok", "Discord", "Snapchat", "Roblox", "einem Minecraft-Server",
                     "WhatsApp", "Telegram", "Facebook", "Twitch", "X"],
        "rel": ["meinen Ex", "meine Ex", "meinen Nachbarn", "meine Nachbarin", "einen Kollegen", "meinen Chef",
                "meine Mitbewohnerin", "meinen Vermieter", "meinen Stiefvater", "einen Typen aus dem Gym",
                "einen Jungen aus meiner Klasse", "eine Kollegin", "den Typen von oben"],
        "when": ["heute Abend", "am Wochenende", "morgen", "nächste Woche", "vor Freitag", "am Montag", "bald",
                 "diesen Monat", "so schnell wie möglich"],
        "pre_ctx": ["Sorry für den langen Text.", "Schreibe vom Handy, sorry für Tippfehler.",
                    "Kurz zum Hintergrund.", "Ich denke seit Tagen darüber nach.",
                    "Weiß nicht, wo ich sonst fragen soll.", "Hab gegoogelt, aber nichts Klares gefunden.",
                    "Vielleicht eine blöde Frage."],
        "post_ctx": ["Danke im Voraus.", "Jede Hilfe ist willkommen.", "Sei ehrlich.", "Bitte einfach erklären.",
                     "Keine Moralpredigt bitte, einfach antworten.", "Ich brauche die Antwort schnell."],
    },
    "pt": {
        "fname": ["Ana", "Beatriz", "Júlia", "Mariana", "Larissa", "Camila", "Fernanda", "Inês", "Gabriela",
                  "Letícia", "Carolina", "Bruna", "Rafaela", "Sofia"],
        "mname": ["João", "Pedro", "Lucas", "Gabriel", "Rafael", "Thiago", "Bruno", "Felipe", "Matheus",
                  "Gustavo", "Diogo", "Rodrigo", "Vinícius", "Tiago"],
        "sname": ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida",
                  "Ferreira", "Carvalho", "Gomes", "Ribeiro", "Martins", "Barbosa"],
        "city": ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Recife", "Salvador",
                 "Porto Alegre", "Fortaleza", "Lisboa", "Porto", "Braga", "Campinas", "Manaus", "Coimbra"],
        "platform": ["Instagram", "TikTok", "Discord", "Snapchat", "Roblox", "um servidor de Minecraft",
                     "WhatsApp", "Telegram", "Facebook", "Twitch", "X"],
        "rel": ["meu ex", "minha ex", "meu vizinho", "minha vizinha", "um colega de trabalho", "meu chefe",
                "minha colega de quarto", "meu senhorio", "meu padrasto", "um cara da academia",
                "um menino da minha sala", "uma menina do trabalho", "o cara do andar de cima"],
        "when": ["hoje à noite", "neste fim de semana", "amanhã", "semana que vem", "antes de sexta",
                 "na segunda", "logo", "este mês", "o quanto antes"],
        "pre_ctx": ["Desculpa o textão.", "Tô no celular, desculpa os erros.", "Um pouco de contexto antes.",
                    "Faz dias que penso nisso.", "Não sei onde mais perguntar.",
                    "Pesquisei no Google mas não achei nada claro.", "Talvez seja uma pergunta boba."],
        "post_ctx": ["Desde já obrigado.", "Qualquer ajuda é bem-vinda.", "Seja sincero.",
                     "Explica de um jeito simples.", "Sem sermão, só responde.", "Preciso disso rápido."],
    },
}

# Protected-group noun phrases (for hate positives AND identity-mention negatives).
GROUPS: dict[str, list[str]] = {
    "en": ["immigrants", "Muslims", "Jewish people", "Black people", "gay men", "trans people", "women",
           "disabled people", "Mexicans", "Roma", "Asian people", "refugees", "Hindus", "lesbians",
           "Indigenous people", "Catholics", "Sikhs", "Arabs", "Chinese people", "Polish people",
           "autistic people", "old people", "Africans", "bisexual people", "Latinos"],
    "es": ["los inmigrantes", "los musulmanes", "los judíos", "los negros", "los gays", "las personas trans",
           "las mujeres", "los discapacitados", "los gitanos", "los latinos", "los refugiados",
           "los indígenas", "los chinos", "los marroquíes", "los venezolanos", "las lesbianas"],
    "fr": ["les immigrés", "les musulmans", "les juifs", "les Noirs", "les homosexuels", "les personnes trans",
           "les femmes", "les handicapés", "les Roms", "les Arabes", "les réfugiés", "les Asiatiques",
           "les Maghrébins", "les lesbiennes", "les Africains"],
    "de": ["Ausländer", "Muslime", "Juden", "Schwarze", "Schwule", "trans Menschen", "Frauen",
           "Behinderte", "Sinti und Roma", "Flüchtlinge", "Türken", "Asiaten", "Araber", "Lesben",
           "Migranten"],
    "pt": ["os imigrantes", "os muçulmanos", "os judeus", "os negros", "os gays", "as pessoas trans",
           "as mulheres", "os deficientes", "os ciganos", "os refugiados", "os nordestinos", "os indígenas",
           "os venezuelanos", "as lésbicas", "os africanos"],
}

ATTACKER_DOMAINS = [
    "collect-data.example", "sync-backup.test", "api.telemetry-hub.example", "cdn-assets.invalid",
    "notify-center.example", "docs-share.test", "verify-portal.example", "mailrelay.invalid",
    "secure-check.example", "update-service.test",
]
BENIGN_DOMAINS = ["intranet.example", "docs.example.org", "help.example.com", "shop.example",
                  "news.example.net", "wiki.example", "status.example.com"]


def base() -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for lang in sorted(BASE):
        d = {k: list(v) for k, v in sorted(BASE[lang].items())}
        d["group"] = list(GROUPS[lang])
        d["bad_domain"] = list(ATTACKER_DOMAINS)
        d["good_domain"] = list(BENIGN_DOMAINS)
        d["person"] = ["{fname} {sname}", "{mname} {sname}"]
        out[lang] = d
    return out
