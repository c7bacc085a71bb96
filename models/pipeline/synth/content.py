"""User-written harmful CONTENT (statements, posts, messages) and assistant outputs that start
complying, with matched hard negatives (data trial, DATA_TRIAL.md; on only while
``synth.DATA_TRIAL`` is true).

Why: the public harmful data and most templates are imperative requests, so the model learned
"a request is harmful" and misses harm that is *said* rather than *asked for*: a threat, an
insult aimed at a person, a first-person statement of distress, a statement of intent to commit
a crime, a sexual proposition, or an assistant reply that has started to comply.

Positives (statement form, direction ``prompt``; outputs direction ``output``):

* threats of violence aimed at a person (``violence`` + ``hate_harassment``), calls for violence
  against a group (``hate_harassment`` + ``violence``), gloating over violence (``violence``);
* harassment aimed at a person: insults, humiliation, pile-on calls (``hate_harassment``);
  dehumanising statements about a group (``hate_harassment``: the hate is in the template words);
* first-person self-harm / suicidal distress and pro-eating-disorder statements (``self_harm``);
* statements of intent to commit a crime (label of the crime);
* sexual propositions and adult-content adverts, never explicit (``sexual``);
* assistant outputs that start complying with a harmful request: the opening line and at most a
  generic first step, described at intent level, never a working instruction (label of the ask).

Hard negatives, same vocabulary and the same forms: news reports of violence and crime, fiction,
history, someone quoting a threat or insult they received and asking for help, recovery
stories, friends worried about someone, hyperbole, kind or critical-but-civil messages to a person,
sex education and relationship questions, assistant outputs that refuse, give safety advice,
summarise the news, or write fiction.

Every person is invented. No digits appear in harmful rows.
"""

from __future__ import annotations

import random

from .core import G, merge_slots, sample_group
from .lexicon import base

NAME = "content"
# rows per (language, bucket); about 55 % English
SIZES = {
    "en": {"pos": 1500, "neg": 1800, "opos": 700, "oneg": 850},
    "es": {"pos": 300, "neg": 380, "opos": 110, "oneg": 130},
    "fr": {"pos": 300, "neg": 380, "opos": 110, "oneg": 130},
    "de": {"pos": 300, "neg": 380, "opos": 110, "oneg": 130},
    "pt": {"pos": 300, "neg": 380, "opos": 110, "oneg": 130},
}

V = ["violence"]
VH = ["violence", "hate_harassment"]
H = ["hate_harassment"]
SH = ["self_harm"]
SX = ["sexual"]
IG = ["illegal_goods"]
FR = ["fraud_scams"]
CY = ["cyber"]
PV = ["privacy"]
WP = ["weapons_cbrn"]
CS = ["child_safety"]
O = "output"

SLOTS = {
    "en": {
        "you_hurt": ["break your jaw", "put you in the hospital", "beat you until you can't stand up", "make you regret ever being born",
                     "hunt you down", "end you", "kill you", "smash your face in", "burn your house down", "make you bleed",
                     "snap your neck", "wreck your car with you in it", "make sure you never walk again", "drag you out of your house"],
        "threat_when": ["tonight", "when you least expect it", "the next time I see you", "after your shift", "before the weekend is over",
                        "one of these days", "soon", "when you're alone", "the moment you step outside"],
        "know": ["I know where you live", "I know where your kids go to school", "I know what car you drive", "I know when you finish work",
                 "I've been watching your house", "I know which gym you go to"],
        "insult": ["worthless", "a pathetic loser", "a fat pig", "a disgusting freak", "a brainless idiot", "a waste of space",
                   "a piece of trash", "an ugly cow", "a spineless rat", "a joke", "a failure", "a creep", "garbage"],
        "humiliate": ["nobody at school can stand you", "everyone laughs at you behind your back", "your own family is ashamed of you",
                      "you should be embarrassed to show your face", "no one will ever love you", "you make everyone around you miserable",
                      "the world would be better without you", "you'll always be alone"],
        "go_away": ["just disappear", "do us all a favour and leave", "crawl back under your rock", "go cry somewhere else",
                    "never post again", "delete your account", "go kill yourself", "stop breathing our air"],
        "pile": ["everyone go flood {fname}'s comments", "let's all report {fname} until her account is gone",
                 "spam {fname}'s inbox until she quits", "make {mname}'s life hell at school on Monday",
                 "send {mname} messages every day until he breaks", "post that embarrassing photo of {fname} everywhere"],
        "dehum": ["vermin", "parasites", "animals", "subhuman", "a disease", "a plague", "filth", "cockroaches", "inferior"],
        "grp_fate": ["should be driven out", "deserve to be beaten", "should be wiped out", "need to be put down",
                     "should be hunted", "should be lined up and dealt with"],
        "sad": ["I don't want to be alive anymore", "I keep thinking about ending it", "I wish I could just not wake up",
                "everyone would be better off without me", "I can't see a reason to keep going", "I've started cutting again",
                "I hurt myself again last night", "I've written goodbye letters to my family", "I don't think I'll still be here next week",
                "I'm so tired of existing", "the only way out I can see is to die", "I've been hiding the cuts under long sleeves"],
        "sad_ctx": ["nothing has gotten better", "I've tried everything", "nobody would even notice", "I'm just a burden",
                    "the pain never stops", "I'm done pretending I'm okay", "I can't do this anymore"],
        "ed": ["I haven't eaten in days and I love the empty feeling", "I need to get thinner no matter what it costs",
               "skipping meals is the only thing I'm good at", "I deserve to starve until I hit my goal weight",
               "I make myself throw up after every meal and I'm not stopping", "hunger means I'm winning"],
        "crime_v": ["beat up {rel}", "jump {rel} after work", "stab the guy who insulted me", "run {rel} off the road",
                    "poison {rel}'s drink", "set fire to {rel}'s car", "hurt {rel} so badly they never forget it"],
        "crime_ig": ["rob the corner shop", "break into the house next door while they're away", "sell the rest of the coke at the party",
                     "shoplift everything on my list", "steal that car on our street", "move the stolen phones through my cousin",
                     "grow weed in the loft and sell it"],
        "crime_fr": ["scam my grandmother's friends out of their savings", "file a fake insurance claim", "clone my boss's card",
                     "sell fake concert tickets online", "trick old people into paying a fake tax bill", "cash in on a fake charity"],
        "crime_cy": ["get into my ex's email", "put spyware on my girlfriend's phone", "take down my old company's website",
                     "lock my school's computers with ransomware", "steal my roommate's bank login"],
        "crime_pv": ["post my ex's home address online", "leak {fname}'s private photos and phone number", "track {rel}'s location without them knowing"],
        "intent_open": ["I'm going to", "I'm finally going to", "tomorrow I'll", "I've decided to", "nobody can stop me, I'm going to",
                        "it's settled, I'm gonna", "this weekend I will"],
        "intent_close": ["and nobody will ever know", "and I don't care about the consequences", "and I've planned every detail",
                         "before anyone can stop me", "", "", "and I'm not sorry"],
        "sex_prop": ["DM me if you want to hook up tonight, no strings", "send me nudes and I'll send mine",
                     "18+ only: my private content is on my page, link in bio", "looking for a one-night stand in {city}, message me",
                     "I want to get you into bed so badly", "who wants to sext? inbox open", "selling my spicy videos, DM for prices",
                     "horny and bored, anyone up for dirty chat?", "I'd love to see you naked"],
        "glory": ["that attack was the best thing that happened this year", "honestly the shooter did what had to be done",
                  "I laughed when I heard how many of them died", "more of those attacks please", "he got exactly what he deserved, I hope it hurt"],
        # negatives
        "news_v": ["Police said a man was stabbed outside a bar in {city} late on Saturday and is in a stable condition.",
                   "A woman has been charged with threatening her neighbour after a dispute in {city}, officers confirmed.",
                   "Three people were injured in an attack at a shopping centre in {city}; a suspect was arrested at the scene.",
                   "Prosecutors say the defendant sent dozens of threatening messages to a local journalist before his arrest.",
                   "The court heard that the victim had been followed home from work for several weeks.",
                   "Detectives in {city} are appealing for witnesses after a violent robbery at a petrol station.",
                   "The report found that online harassment of women politicians rose sharply during the campaign."],
        "history": ["During the Second World War, whole cities were bombed flat.", "The Rwandan genocide began with radio broadcasts calling people cockroaches.",
                    "Historians still argue about why the assassination of Franz Ferdinand led to a world war.",
                    "Nazi propaganda described Jewish people as vermin, and that language prepared the ground for murder.",
                    "The Troubles in Northern Ireland left more than three thousand people dead."],
        "fiction": ["In my novel, the villain leaves a note that says \"I know where you live\", and the detective has to find him.",
                    "Chapter two: the knight swore he would kill the dragon before the winter came.",
                    "In the story, the bully calls Sam worthless, and the rest of the book is about how Sam proves him wrong.",
                    "My short story opens with a character who feels like nobody would notice if she disappeared; by the end she finds help.",
                    "In the play, the thief plans to rob the museum, but his own crew betrays him."],
        "quoted": ["someone on {platform} wrote \"{threat_q}\"", "{rel} keeps telling me I'm {insult}",
                   "a stranger messaged me \"{threat_q}\"", "my classmates told me to {go_away_q}", "I got an anonymous note saying \"{threat_q}\""],
        "threat_q": ["I know where you live", "you'll regret this", "watch your back", "I'm going to hurt you", "you won't see the weekend"],
        "go_away_q": ["just disappear", "delete my account", "never come back"],
        "help_ask": ["What should I do?", "Should I go to the police?", "How do I report this?", "How do I keep myself safe?",
                     "Is this serious enough to report?", "How do I tell my parents?", "Can you help me write a report to the platform?"],
        "recovery": ["Two years ago I didn't want to be alive. Today I'm finishing my degree, and I'm glad I stayed.",
                     "I used to hurt myself every night. Therapy and my sister got me through, and I've been clean for a year.",
                     "If you're where I was last winter, please talk to someone; it really did get better for me.",
                     "Recovery from anorexia wasn't a straight line, but I eat three meals a day now and I have my life back.",
                     "I called a crisis line when I thought I couldn't go on, and that call is why I'm still here."],
        "friend_worry": ["my friend said she doesn't want to be alive anymore, how can I support her?",
                         "my brother has been hurting himself and I don't know what to say to him",
                         "my daughter stopped eating and I'm scared, what are the warning signs of an eating disorder?",
                         "a coworker told me he feels like a burden, what should I do?"],
        "hyper": ["this exam is going to kill me", "I could die of embarrassment", "I'm going to murder this pizza",
                  "my boss is going to kill me if I'm late again", "I'm dead, that meme is too funny", "ugh I want to die, I sent that email to the whole company",
                  "I'm going to kill it at my interview tomorrow", "that gig absolutely destroyed, best night ever"],
        "kind": ["you're the kindest person at work, thank you for today", "{fname}, you did an amazing job on the presentation",
                 "I'm proud of you for not giving up", "you're not alone, I'm here if you want to talk",
                 "honestly you're a legend, thanks for covering my shift", "sorry I snapped at you yesterday, that wasn't fair"],
        "civil": ["I think you're wrong about this and here is why", "your argument doesn't hold up, the numbers say otherwise",
                  "I disagree with your review, the film was better than you say", "I'm annoyed that you cancelled again, can we talk?",
                  "that was a rude thing to say in the meeting, please don't do it again"],
        "intent_ok": ["finish this marathon", "quit my job and start my bakery", "ask her out", "clean out the garage",
                      "report the scam to my bank", "call the police about the break-in", "change all my passwords",
                      "confront my landlord about the mould", "learn to box", "sell my old car"],
        "sexed": ["what does consent actually mean in a relationship?", "how do I talk to my teenager about sex and safety?",
                  "is it normal to have a lower sex drive when you're stressed?", "how do condoms prevent infections?",
                  "my partner and I want to talk more openly about intimacy, any tips?", "what is the age of consent and why does it exist?",
                  "the romance novel ends with the two of them moving in together", "I'm looking for a date in {city}, someone who likes hiking"],
    },
    "es": {
        "you_hurt": ["romperte la cara", "mandarte al hospital", "matarte", "partirte las piernas", "quemarte la casa", "hacerte sangrar", "acabar contigo"],
        "threat_when": ["esta noche", "cuando menos te lo esperes", "la próxima vez que te vea", "pronto", "cuando estés solo"],
        "know": ["sé dónde vives", "sé a qué colegio van tus hijos", "sé a qué hora sales del trabajo", "llevo días vigilando tu casa"],
        "insult": ["un inútil", "una basura", "un fracasado", "una cerda", "un asqueroso", "un idiota sin cerebro", "una vergüenza"],
        "humiliate": ["nadie te soporta", "todos se ríen de ti", "tu familia se avergüenza de ti", "nadie te va a querer nunca", "el mundo estaría mejor sin ti"],
        "go_away": ["desaparece", "vete a llorar a otra parte", "no vuelvas a publicar", "mátate", "bórrate la cuenta"],
        "sad": ["ya no quiero seguir viviendo", "pienso todo el tiempo en acabar con todo", "ojalá no despertara mañana",
                "todos estarían mejor sin mí", "he vuelto a cortarme", "anoche me hice daño otra vez", "ya escribí cartas de despedida"],
        "sad_ctx": ["nada mejora", "ya lo he intentado todo", "nadie lo notaría", "solo soy una carga", "no puedo más"],
        "ed": ["llevo días sin comer y me encanta sentirme vacía", "tengo que adelgazar cueste lo que cueste", "vomito después de cada comida y no pienso parar"],
        "crime": ["robar la tienda de la esquina", "entrar a robar en la casa del vecino", "vender la coca que me queda", "estafar a los amigos de mi abuela",
                  "meterme en el correo de mi ex", "poner un programa espía en el móvil de mi novia", "darle una paliza a {rel}", "quemarle el coche a {rel}",
                  "publicar la dirección de mi ex en internet"],
        "intent_open": ["voy a", "mañana voy a", "ya decidí que voy a", "nadie me va a impedir"],
        "intent_close": ["y nadie se va a enterar", "y me da igual lo que pase", "ya lo tengo todo planeado", ""],
        "dehum": ["una plaga", "parásitos", "animales", "escoria", "inferiores"],
        "grp_fate": ["deberían ser expulsados", "merecen una paliza", "deberían desaparecer"],
        "sex_prop": ["escríbeme si quieres quedar esta noche sin compromiso", "mándame fotos desnuda y te mando las mías",
                     "solo +18: mi contenido privado está en el enlace de mi perfil", "vendo mis vídeos picantes, pregunta por privado"],
        "news_v": ["La policía informó de que un hombre fue apuñalado a la salida de un bar en {city} y está estable.",
                   "Una mujer ha sido detenida por amenazar a su vecino tras una discusión en {city}.",
                   "Tres personas resultaron heridas en un ataque en un centro comercial; el sospechoso fue detenido."],
        "quoted": ["alguien en {platform} me escribió \"sé dónde vives\"", "{rel} no para de decirme que soy {insult}", "un desconocido me mandó \"te vas a arrepentir\""],
        "help_ask": ["¿Qué hago?", "¿Debería ir a la policía?", "¿Cómo lo denuncio?", "¿Cómo me protejo?"],
        "recovery": ["Hace dos años no quería vivir. Hoy termino la carrera y me alegro de haberme quedado.",
                     "Me autolesionaba cada noche; con terapia llevo un año sin hacerlo.", "Si estás como yo estaba, habla con alguien: a mí me salvó."],
        "friend_worry": ["mi amiga dice que no quiere vivir, ¿cómo la ayudo?", "mi hermano se hace daño y no sé qué decirle"],
        "hyper": ["este examen me va a matar", "me muero de vergüenza", "mi jefe me mata si llego tarde otra vez", "me muero de risa con ese meme"],
        "kind": ["{fname}, hiciste un trabajo increíble", "estoy orgulloso de ti", "no estás solo, aquí estoy si quieres hablar", "perdona por lo de ayer, no fue justo"],
        "civil": ["creo que te equivocas y te explico por qué", "no estoy de acuerdo con tu reseña", "me molestó que cancelaras otra vez, ¿hablamos?"],
        "intent_ok": ["terminar la maratón", "dejar el trabajo y abrir mi panadería", "denunciar la estafa al banco", "cambiar todas mis contraseñas", "aprender boxeo"],
        "sexed": ["¿qué significa realmente el consentimiento?", "¿cómo hablo de sexo y seguridad con mi hijo adolescente?", "¿cómo protegen los preservativos de infecciones?"],
        "fiction": ["En mi novela, el villano deja una nota que dice \"sé dónde vives\" y la detective tiene que encontrarlo.",
                    "En el cuento, el matón llama inútil a Sam, y el libro trata de cómo Sam sale adelante."],
    },
    "fr": {
        "you_hurt": ["te casser la gueule", "t'envoyer à l'hôpital", "te tuer", "te briser les jambes", "brûler ta maison", "te faire saigner", "en finir avec toi"],
        "threat_when": ["ce soir", "quand tu t'y attendras le moins", "la prochaine fois que je te vois", "bientôt", "quand tu seras seul"],
        "know": ["je sais où tu habites", "je sais dans quelle école vont tes enfants", "je sais à quelle heure tu sors du boulot", "je surveille ta maison depuis des jours"],
        "insult": ["un bon à rien", "une ordure", "un raté", "une grosse truie", "un déchet", "un abruti", "une honte"],
        "humiliate": ["personne ne te supporte", "tout le monde se moque de toi", "ta famille a honte de toi", "personne ne t'aimera jamais", "le monde irait mieux sans toi"],
        "go_away": ["disparais", "va pleurer ailleurs", "ne poste plus jamais", "va te tuer", "supprime ton compte"],
        "sad": ["je ne veux plus vivre", "je pense tout le temps à en finir", "j'aimerais ne pas me réveiller demain",
                "tout le monde serait mieux sans moi", "j'ai recommencé à me scarifier", "je me suis encore fait du mal hier soir", "j'ai déjà écrit mes lettres d'adieu"],
        "sad_ctx": ["rien ne s'arrange", "j'ai tout essayé", "personne ne le remarquerait", "je ne suis qu'un poids", "je n'en peux plus"],
        "ed": ["je n'ai pas mangé depuis des jours et j'adore cette sensation de vide", "je dois maigrir quoi qu'il en coûte", "je me fais vomir après chaque repas et je ne compte pas arrêter"],
        "crime": ["braquer l'épicerie du coin", "cambrioler la maison des voisins", "vendre le reste de la coke", "arnaquer les amies de ma grand-mère",
                  "entrer dans la boîte mail de mon ex", "mettre un logiciel espion sur le téléphone de ma copine", "tabasser {rel}", "brûler la voiture de {rel}",
                  "publier l'adresse de mon ex sur internet"],
        "intent_open": ["je vais", "demain je vais", "j'ai décidé de", "personne ne m'empêchera de"],
        "intent_close": ["et personne ne le saura", "et je me fiche des conséquences", "j'ai tout prévu", ""],
        "dehum": ["une plaie", "des parasites", "des animaux", "de la vermine", "inférieurs"],
        "grp_fate": ["devraient être chassés", "méritent d'être tabassés", "devraient disparaître"],
        "sex_prop": ["écris-moi si tu veux un plan d'un soir", "envoie-moi des nudes et je t'envoie les miens",
                     "réservé aux +18 : mon contenu privé est en lien dans ma bio", "je vends mes vidéos coquines, demande en privé"],
        "news_v": ["Selon la police, un homme a été poignardé devant un bar à {city} ; ses jours ne sont pas en danger.",
                   "Une femme a été interpellée pour avoir menacé son voisin après une dispute à {city}.",
                   "Trois personnes ont été blessées lors d'une attaque dans un centre commercial ; le suspect a été arrêté."],
        "quoted": ["quelqu'un sur {platform} m'a écrit \"je sais où tu habites\"", "{rel} n'arrête pas de me dire que je suis {insult}", "un inconnu m'a envoyé \"tu vas le regretter\""],
        "help_ask": ["Qu'est-ce que je dois faire ?", "Je dois aller voir la police ?", "Comment je le signale ?", "Comment me protéger ?"],
        "recovery": ["Il y a deux ans, je ne voulais plus vivre. Aujourd'hui je finis mes études et je suis content d'être resté.",
                     "Je me scarifiais tous les soirs ; grâce à la thérapie, ça fait un an que j'ai arrêté.", "Si tu vas aussi mal que moi à l'époque, parles-en à quelqu'un : ça m'a sauvé."],
        "friend_worry": ["mon amie dit qu'elle ne veut plus vivre, comment l'aider ?", "mon frère se fait du mal et je ne sais pas quoi lui dire"],
        "hyper": ["cet exam va me tuer", "je suis mort de honte", "mon patron va me tuer si j'arrive encore en retard", "je suis mort de rire avec ce mème"],
        "kind": ["{fname}, tu as fait un super travail", "je suis fier de toi", "tu n'es pas seul, je suis là si tu veux parler", "pardon pour hier, ce n'était pas juste"],
        "civil": ["je pense que tu as tort et voici pourquoi", "je ne suis pas d'accord avec ta critique", "ça m'a agacé que tu annules encore, on en parle ?"],
        "intent_ok": ["finir le marathon", "quitter mon boulot pour ouvrir ma boulangerie", "signaler l'arnaque à ma banque", "changer tous mes mots de passe", "apprendre la boxe"],
        "sexed": ["que veut vraiment dire le consentement ?", "comment parler de sexualité et de sécurité avec mon ado ?", "comment les préservatifs protègent-ils des infections ?"],
        "fiction": ["Dans mon roman, le méchant laisse un mot : \"je sais où tu habites\", et l'enquêtrice doit le retrouver.",
                    "Dans la nouvelle, la brute traite Sam de bon à rien, et le livre raconte comment Sam s'en sort."],
    },
    "de": {
        "you_hurt": ["dir die Fresse polieren", "dich ins Krankenhaus prügeln", "dich umbringen", "dir die Beine brechen", "dein Haus anzünden", "dich bluten lassen", "dich fertigmachen"],
        "threat_when": ["heute Nacht", "wenn du es am wenigsten erwartest", "wenn ich dich das nächste Mal sehe", "bald", "wenn du allein bist"],
        "know": ["ich weiß, wo du wohnst", "ich weiß, auf welche Schule deine Kinder gehen", "ich weiß, wann du Feierabend hast", "ich beobachte dein Haus seit Tagen"],
        "insult": ["ein Versager", "ein Stück Dreck", "ein Nichtsnutz", "eine fette Sau", "ein widerlicher Freak", "ein hirnloser Idiot", "eine Schande"],
        "humiliate": ["niemand kann dich ausstehen", "alle lachen hinter deinem Rücken über dich", "deine Familie schämt sich für dich", "niemand wird dich je lieben", "die Welt wäre ohne dich besser"],
        "go_away": ["verschwinde einfach", "heul woanders", "poste nie wieder was", "bring dich doch um", "lösch deinen Account"],
        "sad": ["ich will nicht mehr leben", "ich denke ständig daran, Schluss zu machen", "ich wünschte, ich würde morgen nicht aufwachen",
                "alle wären ohne mich besser dran", "ich habe wieder angefangen, mich zu ritzen", "ich habe mich gestern Nacht wieder verletzt", "ich habe schon Abschiedsbriefe geschrieben"],
        "sad_ctx": ["nichts wird besser", "ich habe alles versucht", "niemand würde es merken", "ich bin nur eine Last", "ich kann nicht mehr"],
        "ed": ["ich habe seit Tagen nichts gegessen und liebe das leere Gefühl", "ich muss dünner werden, koste es, was es wolle", "ich erbreche nach jedem Essen und höre nicht damit auf"],
        "crime": ["den Laden an der Ecke ausrauben", "beim Nachbarn einbrechen, während sie weg sind", "den Rest vom Koks verkaufen", "die Freundinnen meiner Oma abzocken",
                  "mich in das E-Mail-Konto meiner Ex hacken", "Spyware auf das Handy meiner Freundin spielen", "{rel} verprügeln", "das Auto von {rel} anzünden",
                  "die Adresse meiner Ex im Netz veröffentlichen"],
        "intent_open": ["ich werde", "morgen werde ich", "ich habe beschlossen, ich werde", "niemand hält mich auf, ich werde"],
        "intent_close": ["und niemand wird es erfahren", "und die Folgen sind mir egal", "ich habe alles geplant", ""],
        "dehum": ["eine Plage", "Parasiten", "Tiere", "Ungeziefer", "minderwertig"],
        "grp_fate": ["sollten rausgeworfen werden", "verdienen Prügel", "sollten verschwinden"],
        "sex_prop": ["schreib mir, wenn du heute Nacht was Unverbindliches willst", "schick mir Nacktbilder, dann schick ich dir meine",
                     "nur ab achtzehn: mein privater Content ist im Link in der Bio", "verkaufe meine heißen Videos, frag privat nach Preisen"],
        "news_v": ["Nach Angaben der Polizei wurde ein Mann vor einer Bar in {city} niedergestochen; er ist außer Lebensgefahr.",
                   "Eine Frau wurde festgenommen, nachdem sie ihren Nachbarn nach einem Streit in {city} bedroht hatte.",
                   "Bei einem Angriff in einem Einkaufszentrum wurden drei Menschen verletzt; der Verdächtige wurde festgenommen."],
        "quoted": ["jemand auf {platform} hat mir geschrieben \"ich weiß, wo du wohnst\"", "{rel} sagt mir ständig, ich sei {insult}", "ein Fremder hat mir geschickt \"das wirst du bereuen\""],
        "help_ask": ["Was soll ich tun?", "Soll ich zur Polizei gehen?", "Wie melde ich das?", "Wie schütze ich mich?"],
        "recovery": ["Vor zwei Jahren wollte ich nicht mehr leben. Heute schließe ich mein Studium ab und bin froh, dass ich geblieben bin.",
                     "Ich habe mich jeden Abend geritzt; dank Therapie bin ich seit einem Jahr frei davon.", "Wenn es dir so geht wie mir damals, rede mit jemandem: Das hat mich gerettet."],
        "friend_worry": ["meine Freundin sagt, sie will nicht mehr leben, wie kann ich ihr helfen?", "mein Bruder verletzt sich selbst und ich weiß nicht, was ich sagen soll"],
        "hyper": ["diese Prüfung bringt mich um", "ich sterbe vor Scham", "mein Chef bringt mich um, wenn ich wieder zu spät komme", "ich lach mich tot über das Meme"],
        "kind": ["{fname}, du hast das super gemacht", "ich bin stolz auf dich", "du bist nicht allein, ich bin da, wenn du reden willst", "tut mir leid wegen gestern, das war nicht fair"],
        "civil": ["ich glaube, du liegst falsch, und zwar aus folgendem Grund", "ich sehe deine Kritik anders", "es hat mich geärgert, dass du wieder abgesagt hast, können wir reden?"],
        "intent_ok": ["den Marathon zu Ende laufen", "meinen Job kündigen und eine Bäckerei eröffnen", "den Betrug meiner Bank melden", "alle meine Passwörter ändern", "Boxen lernen"],
        "sexed": ["was bedeutet Einvernehmlichkeit eigentlich?", "wie rede ich mit meinem Teenager über Sex und Verhütung?", "wie schützen Kondome vor Infektionen?"],
        "fiction": ["In meinem Roman hinterlässt der Bösewicht einen Zettel: \"ich weiß, wo du wohnst\", und die Kommissarin muss ihn finden.",
                    "In der Geschichte nennt der Schläger Sam einen Versager, und das Buch erzählt, wie Sam es allen zeigt."],
    },
    "pt": {
        "you_hurt": ["quebrar a tua cara", "te mandar pro hospital", "te matar", "quebrar as tuas pernas", "queimar a tua casa", "te fazer sangrar", "acabar contigo"],
        "threat_when": ["hoje à noite", "quando você menos esperar", "na próxima vez que eu te ver", "logo", "quando você estiver sozinho"],
        "know": ["eu sei onde você mora", "sei em que escola teus filhos estudam", "sei a que horas você sai do trabalho", "tô vigiando tua casa faz dias"],
        "insult": ["um inútil", "um lixo", "um fracassado", "uma porca", "um nojento", "um idiota sem cérebro", "uma vergonha"],
        "humiliate": ["ninguém te aguenta", "todo mundo ri de você pelas costas", "tua família tem vergonha de você", "ninguém nunca vai te amar", "o mundo seria melhor sem você"],
        "go_away": ["some daqui", "vai chorar em outro lugar", "nunca mais posta nada", "vai se matar", "apaga tua conta"],
        "sad": ["não quero mais viver", "penso o tempo todo em acabar com tudo", "queria não acordar amanhã",
                "todo mundo ficaria melhor sem mim", "voltei a me cortar", "me machuquei de novo ontem à noite", "já escrevi cartas de despedida"],
        "sad_ctx": ["nada melhora", "já tentei de tudo", "ninguém ia perceber", "sou só um peso", "não aguento mais"],
        "ed": ["tô há dias sem comer e adoro essa sensação de vazio", "preciso emagrecer custe o que custar", "vomito depois de cada refeição e não vou parar"],
        "crime": ["assaltar a loja da esquina", "arrombar a casa do vizinho enquanto eles viajam", "vender o resto da cocaína", "aplicar golpe nas amigas da minha avó",
                  "entrar no email da minha ex", "instalar um aplicativo espião no celular da minha namorada", "dar uma surra em {rel}", "tacar fogo no carro de {rel}",
                  "postar o endereço da minha ex na internet"],
        "intent_open": ["vou", "amanhã eu vou", "já decidi que vou", "ninguém vai me impedir, vou"],
        "intent_close": ["e ninguém vai saber", "e não ligo pras consequências", "já planejei tudo", ""],
        "dehum": ["uma praga", "parasitas", "animais", "lixo", "inferiores"],
        "grp_fate": ["deviam ser expulsos", "merecem apanhar", "deviam sumir"],
        "sex_prop": ["me chama se quiser algo casual hoje à noite", "manda nudes que eu mando os meus",
                     "só maiores de idade: meu conteúdo privado tá no link da bio", "vendo meus vídeos picantes, chama no privado"],
        "news_v": ["Segundo a polícia, um homem foi esfaqueado na saída de um bar em {city} e está estável.",
                   "Uma mulher foi presa por ameaçar o vizinho depois de uma briga em {city}.",
                   "Três pessoas ficaram feridas num ataque em um shopping; o suspeito foi preso."],
        "quoted": ["alguém no {platform} me escreveu \"eu sei onde você mora\"", "{rel} vive me dizendo que eu sou {insult}", "um desconhecido me mandou \"você vai se arrepender\""],
        "help_ask": ["O que eu faço?", "Devo ir à polícia?", "Como eu denuncio?", "Como me protejo?"],
        "recovery": ["Há dois anos eu não queria viver. Hoje estou terminando a faculdade e fico feliz de ter ficado.",
                     "Eu me cortava toda noite; com terapia, estou há um ano sem fazer isso.", "Se você está como eu estava, fala com alguém: isso me salvou."],
        "friend_worry": ["minha amiga disse que não quer mais viver, como ajudo?", "meu irmão se machuca e não sei o que dizer"],
        "hyper": ["essa prova vai me matar", "morri de vergonha", "meu chefe me mata se eu chegar atrasado de novo", "morri de rir com esse meme"],
        "kind": ["{fname}, você fez um trabalho incrível", "tenho orgulho de você", "você não está sozinho, tô aqui se quiser conversar", "desculpa por ontem, não foi justo"],
        "civil": ["acho que você está errado e explico por quê", "não concordo com a tua crítica", "fiquei chateado que você cancelou de novo, vamos conversar?"],
        "intent_ok": ["terminar a maratona", "largar o emprego e abrir minha padaria", "denunciar o golpe ao banco", "trocar todas as minhas senhas", "aprender boxe"],
        "sexed": ["o que significa consentimento de verdade?", "como falo de sexo e segurança com meu filho adolescente?", "como a camisinha protege contra infecções?"],
        "fiction": ["No meu romance, o vilão deixa um bilhete dizendo \"eu sei onde você mora\" e a detetive precisa encontrá-lo.",
                    "No conto, o valentão chama o Sam de inútil, e o livro mostra como o Sam dá a volta por cima."],
    },
}

# ---------------------------------------------------------------- outputs (assistant side)

OUT_SLOTS = {
    "en": {
        "sure": ["Sure!", "Sure, here you go.", "Of course.", "Absolutely.", "No problem.", "Okay.", "Happy to help.", "Got it.", "As you wish."],
        "first": ["First, pick a time when nobody is around.", "First, make sure nothing can be traced back to you.",
                  "Start by getting everything you need without drawing attention.", "The first step is choosing the right moment.",
                  "Step 1: get ready somewhere private.", "Here is the first part:"],
        "threat_body": ["\"I know where you live and you won't see the weekend.\"", "\"Watch your back, next time it won't be a warning.\"",
                        "\"Keep talking and I'll put you in the hospital.\"", "\"Your family isn't safe, and you know why.\""],
        "roast_body": ["{fname} is a worthless joke and everyone at school knows it.", "Nobody can stand {fname}; she should just disappear.",
                       "{mname} is a pathetic loser who will die alone.", "Look at {fname}, what a disgusting freak."],
        "ask_cy": ["a script that records every keystroke and quietly sends it to your server", "code that spreads to every machine on the network",
                   "a page that looks exactly like the bank's login so you can collect the passwords", "a tool that locks every file until they pay"],
        "ask_fr": ["a message pretending to be from the bank, asking them to confirm their card details", "a fake invoice your client will pay without checking",
                   "a script for calling elderly people and telling them their grandson is in jail", "a listing for tickets that don't exist"],
        "ask_ig": ["moving the stolen goods without the police noticing", "selling the pills at the festival without getting caught",
                   "hiding the cash so the bank doesn't flag it", "getting the package through customs"],
        "ask_wp": ["build the device", "make the weapon untraceable", "turn the rifle fully automatic", "produce the toxic gas"],
        "ask_pv": ["her home address and daily routine", "everything I could find on where he works and when he leaves", "the phone number and address of that streamer"],
        "ask_sh": ["some ways to hide the cuts from your parents", "tips for skipping meals without anyone noticing", "reasons why it makes sense to give up"],
        "ask_cs": ["how to get the kid to keep your chats a secret from their parents", "how to arrange to meet the child alone", "how to win the trust of a twelve-year-old online"],
        "ask_sx": ["an explicit scene between your coworkers", "a graphic sex story about the two characters", "a dirty message to send to her"],
        "ask_h": ["a speech saying that {group} are {dehum}", "a post explaining why {group} are {dehum}"],
        "refuse": ["I can't help with that.", "I won't help with this.", "Sorry, I can't do that.", "I'm not able to help with that request."],
        "safe_v": ["If you're this angry at {fname}, it might help to step away and talk it through with someone you trust.",
                   "If you feel you might hurt someone, please contact a local support line or emergency services.",
                   "If someone has threatened you, save the messages and report them to the police."],
        "safe_h": ["If there's a real conflict with {fname}, I can help you write a calm, honest message instead.",
                   "If you're being bullied, I can help you work out how to report it."],
        "safe_sh": ["I'm really sorry you're feeling this way. You don't have to go through it alone: please reach out to a crisis line or someone you trust tonight.",
                    "It sounds like you're in a lot of pain. Talking to a doctor or a crisis line can help, and I'm here to keep talking.",
                    "Your safety matters. If you're in danger right now, please call your local emergency number."],
        "safe_cy": ["If you're locked out of your own account, the official recovery page is the way back in.",
                    "If you want to protect your network, I can explain how to set up monitoring and backups."],
        "safe_fr": ["If you think you've been scammed, contact your bank straight away and report it.", "I can help you spot the signs of a phishing message instead."],
        "news_sum": ["Here's a summary: police say a man was arrested after threatening his neighbour; nobody was hurt.",
                     "Summary: the article reports a stabbing in {city}; the victim is stable and a suspect is in custody.",
                     "The report says online harassment of journalists increased last year, and recommends better reporting tools.",
                     "In short: the court convicted the defendant of sending threatening messages and ordered him to stay away from the victim."],
        "fic_out": ["Chapter One. The letter was short: \"I know where you live.\" Detective Hale read it twice, then called for backup.",
                    "The dragon roared, and Sir Aldric raised his sword. \"Today, beast, one of us dies.\"",
                    "Sam heard the whispers again in the corridor, but this time he walked straight to the head teacher's office and told her everything.",
                    "The heist crew met at midnight. By dawn, two of them would be in handcuffs and the third on a plane."],
        "hist_out": ["The Rwandan genocide was preceded by months of radio propaganda that called Tutsi people cockroaches.",
                     "The assassination of Archduke Franz Ferdinand in Sarajevo triggered the July Crisis and then the First World War.",
                     "Historians describe how dehumanising propaganda prepared ordinary people to accept persecution."],
        "benign_msg": ["Sure, here's a calm message you can send to {fname}: \"I was upset about what happened and I'd like to talk about it.\"",
                       "Of course. Here's a kind note for {fname}: \"Thank you for everything this year, you made a real difference.\"",
                       "Sure! Below is a script that logs your own app's errors to a file: ```python ...```",
                       "Happy to help. First, pick a time when nobody is around, so you can focus on your revision.",
                       "No problem. Here is a message to your landlord about the broken heating, polite but firm."],
    },
    "es": {
        "offer": ["Puedo ayudarte a escribir un mensaje tranquilo.", "Si quieres, hablamos de lo que pasó.", "Te explico cómo denunciarlo en la plataforma."],
        "sure": ["¡Claro!", "Por supuesto.", "Vale.", "Sin problema."],
        "first": ["Primero, elige un momento en que no haya nadie.", "Lo primero es que nada se pueda rastrear hasta ti.", "Paso uno: prepáralo todo en un sitio privado."],
        "threat_body": ["\"Sé dónde vives y no llegas al fin de semana.\"", "\"Sigue hablando y te mando al hospital.\""],
        "roast_body": ["{fname} es una inútil y todo el colegio lo sabe.", "Nadie soporta a {mname}; debería desaparecer."],
        "ask": ["un mensaje que parezca del banco para pedir los datos de la tarjeta", "un programa que grabe todo lo que teclea tu pareja",
                "cómo mover la mercancía robada sin que la policía se entere", "la dirección y los horarios de esa chica", "formas de ocultar los cortes a tus padres",
                "cómo conseguir que el niño guarde el secreto de vuestras conversaciones", "un discurso que diga que {group} son {dehum}"],
        "refuse": ["No puedo ayudarte con eso.", "Lo siento, no voy a ayudar con esto."],
        "safe": ["Si alguien te ha amenazado, guarda los mensajes y denúncialo a la policía.", "Siento mucho que te sientas así. No estás solo: llama al 024 o habla con alguien de confianza hoy.",
                 "Si crees que te han estafado, llama a tu banco enseguida.", "Si estás muy enfadado con {fname}, puedo ayudarte a escribir un mensaje tranquilo."],
        "news_sum": ["Resumen: la policía detuvo a un hombre por amenazar a su vecino; nadie resultó herido.", "En resumen: el tribunal condenó al acusado por enviar mensajes amenazantes."],
        "fic_out": ["Capítulo uno. La carta decía: \"Sé dónde vives\". La inspectora la leyó dos veces y pidió refuerzos.", "El dragón rugió y la caballera alzó la espada."],
        "benign_msg": ["Claro, aquí tienes un mensaje tranquilo para {fname}: \"Me molestó lo que pasó y me gustaría hablarlo\".", "Por supuesto. Primero, elige un momento en que no haya nadie para poder estudiar tranquilo."],
    },
    "fr": {
        "offer": ["Je peux t'aider à écrire un message calme.", "Si tu veux, on peut parler de ce qui s'est passé.", "Je t'explique comment le signaler sur la plateforme."],
        "sure": ["Bien sûr !", "Avec plaisir.", "D'accord.", "Pas de problème."],
        "first": ["D'abord, choisis un moment où il n'y a personne.", "Le plus important, c'est que rien ne remonte jusqu'à toi.", "Étape un : prépare tout dans un endroit discret."],
        "threat_body": ["\"Je sais où tu habites et tu ne verras pas le week-end.\"", "\"Continue comme ça et je t'envoie à l'hôpital.\""],
        "roast_body": ["{fname} est une bonne à rien et toute l'école le sait.", "Personne ne supporte {mname} ; il devrait disparaître."],
        "ask": ["un message qui a l'air de venir de la banque pour récupérer les données de carte", "un programme qui enregistre tout ce que tape ta copine",
                "comment écouler la marchandise volée sans que la police le remarque", "l'adresse et les horaires de cette fille", "des façons de cacher les coupures à tes parents",
                "comment faire en sorte que l'enfant garde vos conversations secrètes", "un discours qui dit que {group} sont {dehum}"],
        "refuse": ["Je ne peux pas t'aider avec ça.", "Désolé, je ne vais pas t'aider là-dessus."],
        "safe": ["Si quelqu'un t'a menacé, garde les messages et porte plainte.", "Je suis désolé que tu te sentes comme ça. Tu n'es pas seul : appelle le 3114 ou parle à quelqu'un de confiance ce soir.",
                 "Si tu penses avoir été arnaqué, appelle ta banque tout de suite.", "Si tu es très en colère contre {fname}, je peux t'aider à écrire un message calme."],
        "news_sum": ["Résumé : la police a arrêté un homme qui menaçait son voisin ; personne n'a été blessé.", "En bref : le tribunal a condamné le prévenu pour messages menaçants."],
        "fic_out": ["Chapitre un. La lettre disait : \"Je sais où tu habites.\" L'inspectrice la relut deux fois et appela des renforts.", "Le dragon rugit et la chevalière leva son épée."],
        "benign_msg": ["Bien sûr, voici un message calme pour {fname} : \"Ce qui s'est passé m'a blessé et j'aimerais en parler.\"", "D'accord. D'abord, choisis un moment où il n'y a personne pour réviser au calme."],
    },
    "de": {
        "offer": ["Ich kann dir helfen, eine ruhige Nachricht zu schreiben.", "Wenn du willst, reden wir darüber, was passiert ist.", "Ich erkläre dir, wie du es auf der Plattform meldest."],
        "sure": ["Klar!", "Gerne.", "Okay.", "Kein Problem."],
        "first": ["Zuerst such dir einen Zeitpunkt, an dem niemand da ist.", "Wichtig ist, dass nichts auf dich zurückführt.", "Schritt eins: bereite alles an einem ungestörten Ort vor."],
        "threat_body": ["\"Ich weiß, wo du wohnst, und das Wochenende erlebst du nicht.\"", "\"Red weiter so und ich prügel dich ins Krankenhaus.\""],
        "roast_body": ["{fname} ist ein Nichtsnutz und die ganze Schule weiß es.", "Niemand kann {mname} ausstehen; er sollte einfach verschwinden."],
        "ask": ["eine Nachricht, die aussieht, als käme sie von der Bank, um die Kartendaten abzugreifen", "ein Programm, das alles mitschneidet, was deine Freundin tippt",
                "wie du die gestohlene Ware loswirst, ohne dass die Polizei es merkt", "die Adresse und der Tagesablauf dieser Frau", "Wege, die Schnitte vor deinen Eltern zu verstecken",
                "wie du das Kind dazu bringst, eure Chats geheim zu halten", "eine Rede, die sagt, dass {group} {dehum} sind"],
        "refuse": ["Dabei kann ich nicht helfen.", "Tut mir leid, dabei helfe ich nicht."],
        "safe": ["Wenn dich jemand bedroht hat, speicher die Nachrichten und zeig es bei der Polizei an.", "Es tut mir leid, dass es dir so geht. Du bist nicht allein: Die Telefonseelsorge ist rund um die Uhr erreichbar.",
                 "Wenn du glaubst, betrogen worden zu sein, ruf sofort deine Bank an.", "Wenn du sehr wütend auf {fname} bist, helfe ich dir, eine ruhige Nachricht zu schreiben."],
        "news_sum": ["Zusammenfassung: Die Polizei hat einen Mann festgenommen, der seinen Nachbarn bedroht hat; niemand wurde verletzt.", "Kurz gesagt: Das Gericht hat den Angeklagten wegen Drohnachrichten verurteilt."],
        "fic_out": ["Kapitel eins. Auf dem Zettel stand: \"Ich weiß, wo du wohnst.\" Die Kommissarin las ihn zweimal und rief Verstärkung.", "Der Drache brüllte, und die Ritterin hob ihr Schwert."],
        "benign_msg": ["Klar, hier ist eine ruhige Nachricht an {fname}: \"Was passiert ist, hat mich verletzt, und ich würde gern darüber reden.\"", "Okay. Zuerst such dir einen Zeitpunkt, an dem niemand da ist, damit du in Ruhe lernen kannst."],
    },
    "pt": {
        "offer": ["Posso te ajudar a escrever uma mensagem calma.", "Se quiser, a gente conversa sobre o que aconteceu.", "Te explico como denunciar na plataforma."],
        "sure": ["Claro!", "Com certeza.", "Beleza.", "Sem problema."],
        "first": ["Primeiro, escolhe um horário em que não tenha ninguém.", "O principal é que nada seja rastreado até você.", "Passo um: prepara tudo num lugar reservado."],
        "threat_body": ["\"Eu sei onde você mora e você não passa do fim de semana.\"", "\"Continua falando e eu te mando pro hospital.\""],
        "roast_body": ["A {fname} é uma inútil e a escola inteira sabe.", "Ninguém aguenta o {mname}; ele devia sumir."],
        "ask": ["uma mensagem que pareça do banco pedindo os dados do cartão", "um programa que grava tudo o que tua namorada digita",
                "como passar a mercadoria roubada sem a polícia perceber", "o endereço e a rotina dessa moça", "jeitos de esconder os cortes dos teus pais",
                "como fazer a criança guardar segredo das conversas de vocês", "um discurso dizendo que {group} são {dehum}"],
        "refuse": ["Não posso ajudar com isso.", "Desculpa, não vou ajudar com isso."],
        "safe": ["Se alguém te ameaçou, guarda as mensagens e denuncia à polícia.", "Sinto muito que você esteja se sentindo assim. Você não está sozinho: liga pro CVV no 188 ou fala com alguém de confiança hoje.",
                 "Se você acha que caiu num golpe, liga pro banco agora.", "Se você está com muita raiva da {fname}, posso te ajudar a escrever uma mensagem calma."],
        "news_sum": ["Resumo: a polícia prendeu um homem que ameaçava o vizinho; ninguém se feriu.", "Em resumo: o tribunal condenou o réu por enviar mensagens ameaçadoras."],
        "fic_out": ["Capítulo um. O bilhete dizia: \"Eu sei onde você mora.\" A detetive leu duas vezes e pediu reforço.", "O dragão rugiu e a cavaleira ergueu a espada."],
        "benign_msg": ["Claro, aqui vai uma mensagem calma para a {fname}: \"Fiquei chateado com o que aconteceu e queria conversar.\"", "Beleza. Primeiro, escolhe um horário em que não tenha ninguém pra estudar com calma."],
    },
}


def _en_spec() -> dict[str, list[G]]:
    pos = [
        G("statement", VH, ["{know}. I'm going to {you_hurt} {threat_when}.", "I swear I will {you_hurt} {threat_when}.",
                            "keep talking and I'll {you_hurt}.", "{fname}, {know}. You're going to regret this.",
                            "you better watch your back, because I'm going to {you_hurt}.", "if you show up at work again I will {you_hurt}.",
                            "I'm coming for you {threat_when}. {know}.", "one more word and I'll {you_hurt}, I'm not joking"],
          weight=2.0, tag="threat"),
        G("statement", VH, ["{group} {grp_fate}.", "all {group} {grp_fate}, and I'll help.", "honestly {group} {grp_fate}, every last one of them."],
          weight=0.6, tag="group_violence"),
        G("statement", V, ["{glory}.", "{glory}, and I'd do the same."], weight=0.5, tag="glorify"),
        G("statement", H, ["you're {insult} and {humiliate}.", "{fname}, you are {insult}. {go_away}.", "{humiliate}, so {go_away}.",
                           "look at you, {insult}. {humiliate}.", "nobody asked you, {insult}. {go_away}.", "{pile}.",
                           "{fname} {sname} is {insult}, {pile_tail}"],
          weight=2.2, tag="harass"),
        G("statement", H, ["{group} are {dehum}.", "I'm sick of {group}, they're {dehum}.", "{group} are {dehum} and always will be."],
          weight=0.7, tag="dehum"),
        G("statement", SH, ["{sad}.", "{sad}. {sad_ctx}.", "{sad_ctx}. {sad}.", "honestly {sad}. {sad_ctx}.", "{sad} and {sad_ctx}."],
          weight=2.0, tag="distress"),
        G("statement", SH, ["{ed}.", "{ed}, {sad_ctx}."], weight=0.6, tag="pro_ed"),
        G("statement", V, ["{intent_open} {crime_v} {intent_close}"], weight=0.9, tag="intent_v"),
        G("statement", IG, ["{intent_open} {crime_ig} {intent_close}"], weight=0.8, tag="intent_ig"),
        G("statement", FR, ["{intent_open} {crime_fr} {intent_close}"], weight=0.7, tag="intent_fr"),
        G("statement", CY, ["{intent_open} {crime_cy} {intent_close}"], weight=0.6, tag="intent_cy"),
        G("statement", PV + H, ["{intent_open} {crime_pv} {intent_close}"], weight=0.5, tag="intent_pv"),
        G("statement", SX, ["{sex_prop}", "{sex_prop} ;)"], weight=1.0, tag="sexual_ref"),
    ]
    neg = [
        G("document", [], ["{news_v}", "{news_v} The investigation is ongoing."], weight=1.5, tag="news", noise=0),
        G("statement", [], ["{history}"], weight=0.6, tag="history", noise=0),
        G("fiction", [], ["{fiction}"], weight=0.6, tag="fiction", noise=0),
        G("long", [], ["{quoted}. {help_ask}", "{quoted} and I'm scared. {help_ask}", "{pre_ctx} {quoted}. {help_ask} {post_ctx}",
                       "my daughter says {quoted_kid}. {help_ask}"], weight=2.2, tag="victim_help"),
        G("statement", [], ["{recovery}"], weight=1.0, tag="recovery", noise=0.5),
        G("question", [], ["{friend_worry}"], weight=0.8, tag="friend"),
        G("statement", [], ["{hyper}", "{hyper} lol", "omg {hyper}"], weight=1.0, tag="hyperbole"),
        G("statement", [], ["{kind}", "{kind} :)"], weight=1.0, tag="kind"),
        G("statement", [], ["{civil}.", "{fname}, {civil}."], weight=0.8, tag="civil"),
        G("statement", [], ["{intent_open} {intent_ok} {intent_close_ok}"], weight=1.1, tag="intent_ok"),
        G("question", [], ["{sexed}"], weight=0.9, tag="sexed"),
        G("statement", [], ["{group} are {good_attr}.", "I love my {group_friend_nbr}, they're {good_attr}.", "{group} have been treated badly by history."],
          weight=0.6, tag="group_pos"),
    ]
    return {"pos": pos, "neg": neg}


EN_EXTRA = {
    "offer": ["I can help you write a calm message instead.", "If you'd like, we can talk about what happened.",
              "I can explain how to report it to the platform.", "Would it help to plan what to say to them face to face?",
              "I can share some resources on handling conflict.", "If you're in danger, please call emergency services."],
    "refuse_low": ["I can't help write that.", "I won't write a threat.", "I'm not going to help with that."],
    "pile_tail": ["everyone go spam her inbox", "let's make sure she never posts again", "tag all your friends and tell them what she is"],
    "quoted_kid": ["kids at school keep calling her {insult}", "someone told her to {go_away_q}", "a boy wrote \"{threat_q}\" on her locker"],
    "intent_close_ok": ["and nobody will stop me", "", "and I've planned every detail", "this year", "no matter what anyone says"],
    "good_attr": ["some of the most generous people I know", "an important part of this town", "welcome here", "just people, like anyone else"],
    "group_friend_nbr": ["neighbours", "coworkers", "friends"],
}


def _out_spec_en() -> dict[str, list[G]]:
    opos = [
        G("output", VH, ["{sure} Here's a message that will scare {fname}: {threat_body}", "{sure} Send this: {threat_body} {first}"], weight=1.2, direction=O, tag="o_threat"),
        G("output", H, ["{sure} Here's a post about {fname}: {roast_body}", "{sure} Here you go: \"{roast_body}\""], weight=1.2, direction=O, tag="o_harass"),
        G("output", H, ["{sure} Here's {ask_h}: {group} are {dehum}, and ..."], weight=0.6, direction=O, tag="o_hate"),
        G("output", CY, ["{sure} Below is {ask_cy}. {first} ```python ...```", "{sure} Here's {ask_cy}: ```...```"], weight=0.8, direction=O, tag="o_cyber"),
        G("output", FR, ["{sure} Here's {ask_fr}: \"Dear customer, ...\"", "{sure} I wrote {ask_fr}. {first}"], weight=0.8, direction=O, tag="o_fraud"),
        G("output", IG, ["{sure} Here's how to go about {ask_ig}. {first}"], weight=0.7, direction=O, tag="o_illegal"),
        G("output", WP, ["{sure} To {ask_wp}, you'll first need to ..."], weight=0.6, direction=O, tag="o_weapons"),
        G("output", PV, ["{sure} I found {ask_pv}: ...", "{sure} Here's {ask_pv}. {first}"], weight=0.6, direction=O, tag="o_privacy"),
        G("output", SH, ["{sure} Here are {ask_sh}. {first}", "{sure} Here are {ask_sh}: ..."], weight=0.8, direction=O, tag="o_self_harm"),
        G("output", CS, ["{sure} Here's {ask_cs}. ..."], weight=0.5, direction=O, tag="o_child"),
        G("output", SX, ["{sure} Here's {ask_sx}: ..."], weight=0.5, direction=O, tag="o_sexual"),
    ]
    oneg = [
        G("output", [], ["{refuse} {safe_v}", "{refuse} {safe_h}", "{refuse} {safe_cy}", "{refuse} {safe_fr}",
                         "{refuse} {safe_v} {offer}", "{refuse} {safe_h} {offer}", "I understand you're upset with {fname}, but {refuse_low} {offer}"],
          weight=2.0, direction=O, tag="o_refuse"),
        G("output", [], ["{safe_sh}", "{safe_sh} Would you like to tell me more?"], weight=1.0, direction=O, tag="o_support"),
        G("output", [], ["{news_sum}"], weight=1.0, direction=O, tag="o_news"),
        G("output", [], ["{sure} {fic_out}", "{fic_out}"], weight=1.0, direction=O, tag="o_fiction"),
        G("output", [], ["{hist_out}", "{sure} {hist_out}"], weight=0.7, direction=O, tag="o_history"),
        G("output", [], ["{benign_msg}"], weight=1.3, direction=O, tag="o_benign_msg"),
    ]
    return {"opos": opos, "oneg": oneg}


def _ml_spec(lang: str) -> dict[str, list[G]]:
    # one set of shapes for the four languages; the slot tables carry the language
    I = {"es": "y", "fr": "et", "de": "und", "pt": "e"}[lang]
    pos = [
        G("statement", VH, ["{know}. Voy a {you_hurt} {threat_when}." if lang == "es" else
                            "{know}. Je vais {you_hurt} {threat_when}." if lang == "fr" else
                            "{know}. Ich werde {you_hurt}, {threat_when}." if lang == "de" else
                            "{know}. Vou {you_hurt} {threat_when}.",
                            "{fname}, {know}."
                            + {"es": " Te vas a arrepentir.", "fr": " Tu vas le regretter.", "de": " Das wirst du bereuen.", "pt": " Você vai se arrepender."}[lang]],
          weight=2.0, tag="threat"),
        G("statement", H, ["{fname}, " + {"es": "eres", "fr": "tu es", "de": "du bist", "pt": "você é"}[lang] + " {insult}. {go_away}.",
                           "{humiliate}, {go_away}.", "{humiliate} " + I + " {humiliate}."], weight=2.0, tag="harass"),
        G("statement", H, ["{group} " + {"es": "son", "fr": "sont", "de": "sind", "pt": "são"}[lang] + " {dehum}."], weight=0.6, tag="dehum"),
        G("statement", VH, ["{group} {grp_fate}."], weight=0.4, tag="group_violence"),
        G("statement", SH, ["{sad}.", "{sad}, {sad_ctx}.", "{sad_ctx}. {sad}."], weight=2.0, tag="distress"),
        G("statement", SH, ["{ed}."], weight=0.5, tag="pro_ed"),
        G("statement", IG, ["{intent_open} {crime} {intent_close}"], weight=3.5, tag="intent"),
        G("statement", SX, ["{sex_prop}"], weight=0.8, tag="sexual_ref"),
    ]
    neg = [
        G("document", [], ["{news_v}"], weight=1.2, tag="news", noise=0),
        G("fiction", [], ["{fiction}"], weight=0.5, tag="fiction", noise=0),
        G("long", [], ["{quoted}. {help_ask}"], weight=2.0, tag="victim_help"),
        G("statement", [], ["{recovery}"], weight=0.8, tag="recovery", noise=0.5),
        G("question", [], ["{friend_worry}"], weight=0.7, tag="friend"),
        G("statement", [], ["{hyper}"], weight=0.9, tag="hyperbole"),
        G("statement", [], ["{kind}"], weight=0.9, tag="kind"),
        G("statement", [], ["{civil}"], weight=0.7, tag="civil"),
        G("statement", [], ["{intent_open} {intent_ok} {intent_close}"], weight=0.9, tag="intent_ok"),
        G("question", [], ["{sexed}"], weight=0.8, tag="sexed"),
    ]
    opos = [
        G("output", VH, ["{sure} {threat_body}", "{sure} {threat_body} {first}"], weight=1.0, direction=O, tag="o_threat"),
        G("output", H, ["{sure} \"{roast_body}\""], weight=1.0, direction=O, tag="o_harass"),
        G("output", IG, ["{sure} " + {"es": "Aquí tienes", "fr": "Voici", "de": "Hier ist", "pt": "Aqui está"}[lang] + " {ask}. {first}"], weight=2.0, direction=O, tag="o_ask"),
    ]
    oneg = [
        G("output", [], ["{refuse} {safe}", "{safe}", "{refuse} {safe} {offer}", "{refuse} {offer}"], weight=2.0, direction=O, tag="o_refuse"),
        G("output", [], ["{news_sum}"], weight=0.8, direction=O, tag="o_news"),
        G("output", [], ["{fic_out}"], weight=0.7, direction=O, tag="o_fiction"),
        G("output", [], ["{benign_msg}"], weight=1.0, direction=O, tag="o_benign_msg"),
    ]
    return {"pos": pos, "neg": neg, "opos": opos, "oneg": oneg}


# the labels of a non-English crime statement / compliance output follow its filler, so those
# groups are expanded per filler (the G above is a placeholder for the shape only)
ML_CRIME_LABELS = {
    # index in SLOTS[lang]["crime"] -> labels (same order in every language)
    0: IG, 1: IG, 2: IG, 3: FR, 4: CY, 5: CY + PV, 6: VH, 7: V, 8: PV + H,
}
ML_ASK_LABELS = {0: FR, 1: CY + PV, 2: IG, 3: PV, 4: SH, 5: CS, 6: H}


def _split_by_filler(g: G, slot: str, table: dict[int, list[str]], fillers: list[str]) -> list[G]:
    out = []
    for i, f in enumerate(fillers):
        labs = table[i]
        tpls = [t.replace("{" + slot + "}", f) for t in g.templates]
        out.append(G(g.form, list(labs), tpls, direction=g.direction, weight=g.weight / len(fillers), noise=g.noise,
                     tag=f"{g.tag}:{i}", cap=g.cap))
    return out


def _sample_lang(lang: str, spec: dict[str, list[G]], slots: dict[str, list[str]], rng: random.Random,
                 seen: set[str]) -> list[dict]:
    """Each bucket's size split over its groups by weight; what a small group cannot fill (a
    fixed list of sentences) goes to the groups of the same bucket that filled their share."""
    from .core import allocate
    rows: list[dict] = []
    for bucket in sorted(spec):
        groups = spec[bucket]
        target = SIZES[lang][bucket]
        counts = allocate(target, [g.weight for g in groups])
        got = []
        open_ = []
        for g, c in zip(groups, counts):
            r = sample_group(g, slots, c, lang, f"synth/{NAME}", rng, seen) if c else []
            got += r
            if len(r) >= c:
                open_.append(g)
        for _ in range(3):
            short = target - len(got)
            if short <= 0 or not open_:
                break
            extra = allocate(short, [g.weight for g in open_])
            nxt = []
            for g, c in zip(open_, extra):
                r = sample_group(g, slots, c, lang, f"synth/{NAME}", rng, seen) if c else []
                got += r
                if len(r) >= c:
                    nxt.append(g)
            open_ = nxt
        rows += got
    return rows


def generate(rng: random.Random) -> list[dict]:
    b = base()
    rows: list[dict] = []
    seen: set[str] = set()
    # English
    en_slots = merge_slots({"en": b["en"]}, {"en": SLOTS["en"]}, {"en": EN_EXTRA}, {"en": OUT_SLOTS["en"]})["en"]
    spec = _en_spec()
    spec.update(_out_spec_en())
    rows += _sample_lang("en", spec, en_slots, rng, seen)
    # es / fr / de / pt
    for lang in ("es", "fr", "de", "pt"):
        sl = merge_slots({lang: b[lang]}, {lang: SLOTS[lang]}, {lang: OUT_SLOTS[lang]})[lang]
        spec = _ml_spec(lang)
        spec["pos"] = [g for g in spec["pos"] if g.tag != "intent"] + \
            _split_by_filler(next(g for g in spec["pos"] if g.tag == "intent"), "crime", ML_CRIME_LABELS, sl["crime"])
        spec["opos"] = [g for g in spec["opos"] if g.tag != "o_ask"] + \
            _split_by_filler(next(g for g in spec["opos"] if g.tag == "o_ask"), "ask", ML_ASK_LABELS, sl["ask"])
        rows += _sample_lang(lang, spec, sl, rng, seen)
    return rows
