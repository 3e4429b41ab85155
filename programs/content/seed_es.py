"""The site's starting content in Spanish, loaded by `manage.py load_site_content`
into the `_es` columns that are still empty (see programs/translation.py).

Each text here is the Spanish of an English text in seed.py or seed_pages.py,
matched to its row by a key that does not change: a helpline by its "order",
a disclosure by its "key", a call question by its position in CALL_QUESTIONS,
a key figure by its "key", a section by its "anchor" (its items by position),
a citation by its "url", a page by its "key" (its sections by position).

The wording is written for Spanish-speaking readers in the United States
(neutral Latin American Spanish, "usted"), not translated word for word; every
fact and figure is the English one. The format is the English one too: a blank
line starts a paragraph, [[tokens]] are the same, and a section's last
paragraph that starts with "Fuentes:" names the same works as the English
"Sources:" paragraph, by their English names. Like the English, this is only a
starting point: editors own the text in the admin afterwards.
"""

# Helplines, by their English "order": only the texts the English row has.
HELPLINES: dict[int, dict[str, str]] = {
    1: {"label": "Hable con un especialista en tratamiento", "note": "Confidencial"},
    2: {"label": "Pida que le llamemos", "note": "Llame y pida que le devuelvan la llamada"},
    10: {
        "label": "Línea 988 de Prevención del Suicidio y Crisis",
        "answered_by": "la Línea 988, un servicio público gratuito",
        "note": "Llame o envíe un mensaje de texto. Es gratis y confidencial",
    },
    11: {
        "label": "Línea Nacional de Ayuda de SAMHSA",
        "answered_by": "SAMHSA, un servicio gratuito del gobierno de EE. UU.",
        "note": "Gratis y confidencial. Le orienta hacia un tratamiento y le da información",
    },
    12: {
        "label": "Línea Nacional de Ayuda de SAMHSA, TTY",
        "answered_by": "SAMHSA, un servicio gratuito del gobierno de EE. UU.",
        "note": "Para personas sordas o con problemas de audición",
    },
    13: {
        "label": "Emergencias",
        "answered_by": "los servicios de emergencia de su zona",
        "note": "Cuando una vida corre peligro en este momento",
    },
}


# What a helpline offers in Spanish, as its operator says, in English and in Spanish.
# 988: Spanish by pressing 2 on a call, or by texting AYUDA (988lifeline.org);
# SAMHSA's National Helpline: answered in English and Spanish (samhsa.gov).
# Left out, so that the site says nothing: the partners' lines (1, 2; the partner has
# told us nothing), the TTY line (12) and 911 (13).
SPANISH_SERVICE: dict[int, dict[str, str]] = {
    10: {
        "en": "Spanish: press 2 when you call, or text AYUDA",
        "es": "En español: al llamar, marque 2; o envíe AYUDA por mensaje de texto",
    },
    11: {"en": "Answered in English and Spanish", "es": "Atienden en inglés y en español"},
}


# Disclosures, by their "key".
DISCLOSURES: dict[str, dict[str, str]] = {
    "routing_summary": {
        "title": "¿A dónde van las llamadas?",
        "body": (
            "Si llama a un número que aparece en la ficha de un centro de tratamiento, le contesta ese "
            "centro. Nuestros otros números los atienden proveedores de tratamiento que nos pagan: "
            "primero [[primary_partner]], y a veces nuestros otros socios. Es posible que le sugieran sus "
            "propios programas. Si quiere una recomendación neutral, llame a la Línea Nacional de Ayuda "
            "de SAMHSA o busque en FindTreatment.gov. Los dos son servicios públicos y gratuitos. Todas "
            "las llamadas son privadas y confidenciales."
        ),
    },
    "routing_detail": {
        "title": "¿A dónde van las llamadas?",
        "body": (
            "Antes de llamar, es bueno que sepa quién le va a contestar. Esta página muestra cada número "
            "de teléfono del sitio y quién lo atiende.\n\n"
            "Si llama a un número que aparece en la ficha de un centro de tratamiento en particular, su "
            "llamada va directo a ese centro.\n\n"
            "Nuestros números generales, como el que está arriba en cada página, los atiende sobre todo "
            "[[primary_partner]]. Algunas llamadas también pueden pasar a uno de los otros socios que "
            "aparecen abajo, y ese socio le devuelve la llamada. Nuestros socios son proveedores de "
            "tratamiento, no un servicio neutral de referencias: nos pagan por las llamadas que reciben, "
            "y pueden sugerirle sus propios programas.\n\n"
            "Si prefiere hablar con alguien que no tiene nada que venderle, llame a la Línea Nacional de "
            "Ayuda de SAMHSA. Es un servicio del gobierno, gratuito y confidencial, que ayuda a encontrar "
            "tratamiento. También puede buscar por su cuenta programas con licencia en FindTreatment.gov, "
            "un sitio de SAMHSA. O puede usar nuestro propio buscador de centros de tratamiento, donde "
            "las fichas pagadas siempre están marcadas.\n\n"
            "Todas las llamadas son privadas y confidenciales.\n\n"
            "Las líneas públicas gratuitas que aparecen al final de cada página (el 988, la Línea "
            "Nacional de Ayuda de SAMHSA y el 911) no son nuestras: son servicios públicos, y nadie nos "
            "paga por esas llamadas."
        ),
    },
    "paid_listings": {
        "title": "Fichas pagadas",
        "body": (
            "Algunos centros de tratamiento pagan para que su ficha se destaque en este sitio. Cada ficha "
            "pagada está marcada como patrocinada. El pago nunca cambia el orden de los resultados "
            "normales de búsqueda."
        ),
    },
}


# The questions to ask a program, in the order of seed.CALL_QUESTIONS.
CALL_QUESTIONS: list[dict[str, str]] = [
    {
        "question": "¿Tiene su programa licencia del estado? ¿Quién lo acredita?",
        "why": (
            "La licencia del estado es lo mínimo. La acreditación quiere decir que un grupo de afuera "
            "revisa la atención."
        ),
    },
    {
        "question": "¿Quién me va a atender? ¿Qué estudios y qué licencias tiene?",
        "why": (
            "Los consejeros, las enfermeras y los médicos deben tener licencia para el trabajo que hacen."
        ),
    },
    {
        "question": (
            "¿Ofrecen medicamentos para el trastorno por consumo de opioides o de alcohol, o trabajan con "
            "alguien que los recete?"
        ),
        "why": (
            "Los medicamentos junto con la consejería son un tratamiento comprobado para estos trastornos."
        ),
    },
    {
        "question": "¿Qué tipos de terapia usan?",
        "why": (
            "Busque métodos que tengan estudios a su favor, como la terapia cognitivo-conductual o la "
            "entrevista motivacional."
        ),
    },
    {
        "question": "¿Cómo es una semana normal en el programa? ¿Cuánto tiempo voy a estar en él?",
        "why": (
            "Vea si los horarios le funcionan con su trabajo y su vida en casa. Pregunte también cómo van "
            "bajando las horas."
        ),
    },
    {
        "question": "¿Aceptan mi seguro médico? ¿Cuánto voy a pagar? ¿Me lo pueden dar por escrito?",
        "why": "Pregunte por los copagos, los deducibles y todo lo que su plan no cubra.",
    },
    {
        "question": "¿Cómo incluyen a la familia? ¿Qué apoyo voy a tener cuando termine el programa?",
        "why": "Un buen programa planea con usted la atención de seguimiento antes de que usted termine.",
    },
    {
        "question": "¿Quién contesta este teléfono? ¿Le pagan a alguien por mandarme con ustedes?",
        "why": "A algunos centros de llamadas les pagan por cada persona que mandan a un programa.",
    },
]


# The IOP guide. Figures by "key" (shown as number, unit, label: "10–12 horas a la
# semana de consejería…"); sections by "anchor", their items in the English order
# ("title" empty where the English has none); citations by "url", only for a work
# with an official Spanish name (other works keep their English titles).
ARTICLE: dict = {
    "title": "Programas ambulatorios intensivos (IOP)",
    "summary": (
        "Un programa ambulatorio intensivo trata la adicción, y los problemas de salud mental que la "
        "acompañan, con varias horas de consejería a la semana mientras usted sigue viviendo en su casa. "
        "Aquí verá para quién es, quién necesita primero más atención, en qué consiste, cómo pagarlo y "
        "cómo elegir uno bueno."
    ),
    "meta_description": (
        "Qué es un programa ambulatorio intensivo (IOP) para la adicción: para quién es, cuántas horas "
        "por semana, medicamentos, costo y cómo elegir."
    ),
    "update_note": (
        "Agregamos para quién no es un IOP, un recuadro “Pida ayuda ahora”, los niveles de atención, los "
        "medicamentos, los costos, cómo elegir un programa y preguntas para hacer, con sus fuentes."
    ),
    "figures": {
        "hours_per_week": {
            "unit": "horas a la semana",
            "label": "de consejería en grupo e individual en muchos programas",
        },
        "visits_per_week": {"unit": "visitas a la semana", "label": "al programa"},
        "hours_per_visit": {"unit": "horas por visita", "label": "lo que suele durar una sesión"},
        "program_months": {
            "unit": "meses",
            "label": "para el programa completo, con menos horas hacia el final",
        },
        "min_hours_adults": {"unit": "horas a la semana", "label": "como mínimo en un IOP para adultos"},
        "min_hours_teens": {"unit": "horas a la semana", "label": "como mínimo en un IOP para adolescentes"},
    },
    "sections": {
        "what-is-an-iop": {
            "heading": "¿Qué es un programa ambulatorio intensivo?",
            "body": (
                "Un programa ambulatorio intensivo, o IOP por sus siglas en inglés, es un plan de "
                "tratamiento para la adicción. Muchos programas también tratan los trastornos "
                "concurrentes. Eso quiere decir tener un problema con las drogas o el alcohol y, a la "
                "vez, un problema de salud mental. Usted recibe el tratamiento sin pasar la noche allí.\n\n"
                "Usted va al programa unas cuantas veces por semana, por unas horas cada vez. Las "
                "sesiones combinan consejería, clases para evitar una recaída y grupos de apoyo, como las "
                "reuniones de 12 pasos. El resto del tiempo, usted vive en su casa y va al trabajo o a la "
                "escuela.\n\n"
                "Un IOP le da más atención que una visita por semana con un consejero. Pero le da menos "
                "que un hospital o un programa donde uno vive en el centro. Muchos programas usan una "
                "guía llamada ASAM Criteria. Según esa guía, un IOP les da a los adultos por lo menos "
                "[[min_hours_adults]] horas de tratamiento a la semana. Los adolescentes reciben por lo "
                "menos [[min_hours_teens]] horas.\n\n"
                "Fuentes: SAMHSA advisory; McCarty 2014; Medicare.gov."
            ),
        },
        "who-it-suits": {
            "heading": "¿Le conviene un IOP?",
            "body": (
                "Un IOP puede ser una buena opción si no corre peligro en su casa y su salud está "
                "estable. No es para una crisis, ni para personas que necesitan atención de día y de "
                "noche. Primero, un médico o un consejero le debe hacer una evaluación. Esa evaluación "
                "decide qué nivel de atención necesita.\n\n"
                "Los profesionales de salud suelen recomendar un IOP a estas personas:\n\n"
                "Fuentes: McCarty 2014; SAMHSA advisory."
            ),
            "items": [
                {
                    "title": "",
                    "text": (
                        "Personas con un problema de drogas o alcohol de leve a moderado, que no "
                        "necesitan una desintoxicación con control médico."
                    ),
                },
                {
                    "title": "",
                    "text": (
                        "Personas que terminaron un programa de rehabilitación con internamiento o una "
                        "desintoxicación, y ahora necesitan una atención menos intensa. A esto se le "
                        "llama bajar de nivel."
                    ),
                },
                {
                    "title": "",
                    "text": (
                        "Personas que necesitan más ayuda que la de una sesión por semana. A esto se le "
                        "llama subir de nivel."
                    ),
                },
                {
                    "title": "",
                    "text": (
                        "Personas que no pueden dejar su trabajo, su familia u otras tareas diarias para "
                        "irse a vivir a un centro."
                    ),
                },
            ],
        },
        "get-help-now": {
            "heading": "Pida ayuda ahora",
            "body": (
                "Un IOP no es el primer paso correcto para todos. Algunas personas primero necesitan más "
                "atención, en un hospital, en una unidad de desintoxicación o en un programa donde se "
                "vive en el centro. Otras necesitan ayuda hoy mismo. Llame ya a una de las líneas "
                "gratuitas de abajo si usted, o alguien que está con usted:\n\n"
                "Fuentes: SAMHSA 988; FDA; SAMHSA advisory."
            ),
            "items": [
                {
                    "title": "",
                    "text": (
                        "Tiene temblores, convulsiones o confusión, o ve cosas que no están ahí, al dejar "
                        "el alcohol o un sedante, como una benzodiazepina. Este tipo de abstinencia puede "
                        "causar la muerte."
                    ),
                },
                {
                    "title": "",
                    "text": (
                        "Puede haber tomado demasiado de una droga, no se le puede despertar, o respira "
                        "muy despacio."
                    ),
                },
                {"title": "", "text": "Está pensando en el suicidio, o en hacerle daño a otra persona."},
                {
                    "title": "",
                    "text": (
                        "Tiene un problema grave de salud física o mental que necesita atención de inmediato."
                    ),
                },
                {
                    "title": "",
                    "text": "No está a salvo en su casa, o no tiene un lugar seguro donde quedarse.",
                },
            ],
        },
        "levels-of-care": {
            "heading": "Comparación de los niveles de atención",
            "body": (
                "La atención de la adicción tiene varios niveles. Van desde una visita por semana hasta "
                "vivir en un lugar con personal de día y de noche. Usted empieza en el nivel que va con "
                "sus necesidades. Luego sube o baja de nivel a medida que esas necesidades cambian. Un "
                "médico o un consejero le hace una evaluación, y esa evaluación decide dónde empieza.\n\n"
                "Un IOP está en el medio. Para los adultos quiere decir por lo menos [[min_hours_adults]] "
                "horas de tratamiento a la semana, y para los adolescentes, por lo menos "
                "[[min_hours_teens]].\n\n"
                "Fuentes: TIP 47; SAMHSA advisory; Medicare.gov."
            ),
            "items": [
                {
                    "title": "Atención ambulatoria",
                    "text": "Consejería o terapia, muchas veces una vez por semana. Usted vive en su casa.",
                },
                {
                    "title": "Programa ambulatorio intensivo (IOP)",
                    "text": (
                        "Atención varios días a la semana, unas horas cada vez. Usted vive en su casa y "
                        "sigue con su vida diaria."
                    ),
                },
                {
                    "title": "Hospitalización parcial (programa de día)",
                    "text": "Más horas a la semana que un IOP. Pero usted vuelve a dormir a su casa.",
                },
                {
                    "title": "Tratamiento residencial (vivir en el centro)",
                    "text": (
                        "Usted vive un tiempo en el centro de tratamiento. Hay personal de día y de noche."
                    ),
                },
                {
                    "title": "Atención en el hospital",
                    "text": (
                        "Para la abstinencia o para problemas de salud que necesitan médicos y enfermeras "
                        "a toda hora."
                    ),
                },
            ],
        },
        "benefits": {
            "heading": "Beneficios de un IOP",
            "body": (
                "Algunos estudios compararon los IOP con la atención en un hospital o en un programa "
                "donde uno vive en el centro. Se fijaron en personas que no necesitaban una "
                "desintoxicación médica ni atención de día y de noche. Para la mayoría de ellas, un IOP "
                "dio casi tan buen resultado como el tratamiento residencial. Y además deja que la vida "
                "en casa siga como siempre.\n\n"
                "Como solo ocupa parte del día y usted duerme en su propia cama, un IOP también le da "
                "estos beneficios:\n\n"
                "Fuentes: McCarty 2014; SAMHSA advisory."
            ),
            "items": [
                {
                    "title": "Menor costo",
                    "text": "por lo general cuesta menos que el tratamiento con internamiento.",
                },
                {
                    "title": "El apoyo de su gente",
                    "text": "usted sigue en contacto todos los días con su familia y sus amigos.",
                },
                {
                    "title": "Tiempo para su vida diaria",
                    "text": "puede seguir con su trabajo, sus estudios y sus deberes con la familia.",
                },
                {
                    "title": "Un grupo que sigue con usted",
                    "text": (
                        "el apoyo que crea con sus compañeros sigue después de que termina el programa."
                    ),
                },
                {
                    "title": "Más estructura que la atención ambulatoria común",
                    "text": "más horas y un horario más firme que el tratamiento ambulatorio normal.",
                },
            ],
        },
        "components": {
            "heading": "Qué se hace en un IOP",
            "body": (
                "Cada programa es distinto. Muchos dan unas [[hours_per_week]] horas a la semana, sobre "
                "todo en grupo, con algo de tiempo a solas con un consejero. Un horario común es de "
                "[[visits_per_week]] visitas a la semana, de [[hours_per_visit]] horas cada una. La "
                "mayoría de los programas también le animan a unirse a un grupo de 12 pasos o a otro "
                "grupo de apoyo. Un buen programa también le ayuda con cosas prácticas, o le pone en "
                "contacto con quien le pueda ayudar. Puede esperar algunas o todas las partes que siguen.\n\n"
                "Fuentes: SAMHSA advisory; TIP 47."
            ),
        },
        "individual-counseling": {
            "heading": "Consejería individual",
            "body": (
                "En las sesiones individuales, usted se reúne a solas y en privado con un profesional con "
                "licencia. Es un momento para ver lo que hay debajo de la adicción. Puede hablar de lo "
                "que le surge en el tratamiento, hacer preguntas y ver lo que va bien. En un IOP, estas "
                "sesiones muchas veces se fijan cuando usted las necesita."
            ),
        },
        "group-therapy": {
            "heading": "Terapia de grupo",
            "body": (
                "Los grupos son el corazón de la mayoría de los programas. Un profesional capacitado "
                "dirige cada uno. Esa persona mantiene la charla en lo que les importa a quienes están en "
                "el grupo. Por eso, los grupos que hay dependen de quién participa. Algunos son solo para "
                "un tipo de persona, por ejemplo según el género o la orientación sexual, o para "
                "sobrevivientes de abuso.\n\n"
                "En un grupo, usted aprende sobre la adicción. También da y recibe apoyo. Las personas "
                "que pasan por lo mismo se dan unas a otras aceptación, consuelo y opiniones sinceras."
            ),
        },
        "family-therapy": {
            "heading": "Terapia familiar",
            "body": (
                "Algunos programas incluyen sesiones con la familia. Pueden ayudar. Las revisiones de "
                "estudios muestran que la terapia familiar y la de pareja dan buen resultado en varios "
                "tipos de adicción a las drogas. Un programa que incluye a su familia y sus amigos puede "
                "darle más probabilidades de recuperarse. Las sesiones familiares también les enseñan a "
                "sus parientes sobre la adicción. Así pueden ver lo que usted está pasando. Igual que la "
                "consejería individual, muchas veces se fijan cuando hacen falta.\n\n"
                "Fuentes: Carroll and Onken 2005; McCance-Katz."
            ),
        },
        "holistic-therapy": {
            "heading": "Terapia holística",
            "body": (
                "Algunos programas ofrecen también otras terapias. Cambian mucho de un lugar a otro. "
                "Buscan cuidar a toda la persona, no solo un hábito o un síntoma. A algunas personas les "
                "ayudan a estar en calma y a seguir con el tratamiento. Son algo extra: no reemplazan la "
                "consejería ni los medicamentos. Algunos ejemplos:"
            ),
            "items": [
                {"title": "", "text": "Terapia con arte"},
                {"title": "", "text": "Clases de yoga"},
                {"title": "", "text": "Terapia de aventura"},
                {"title": "", "text": "Acupuntura"},
                {"title": "", "text": "Terapia con caballos"},
            ],
        },
        "support-groups": {
            "heading": "Grupos de apoyo",
            "body": (
                "Los programas le animan a unirse a un grupo de apoyo, donde personas en recuperación se "
                "ayudan unas a otras. Así, la ayuda sigue después de que termina el tratamiento. También "
                "hace más fácil la vuelta a la vida diaria. Muchos IOP tienen reuniones de 12 pasos en el "
                "mismo lugar, así que usted se puede quedar después de una sesión de consejería."
            ),
            "items": [
                {"title": "", "text": "Alcohólicos Anónimos (AA)"},
                {"title": "", "text": "Narcóticos Anónimos (NA)"},
                {
                    "title": "",
                    "text": "Otras reuniones de 12 pasos, muchas veces en el mismo centro de tratamiento",
                },
            ],
        },
        "medicine-and-therapies": {
            "heading": "Medicamentos y terapias comprobadas",
            "body": (
                "Hay medicamentos que tratan el trastorno por consumo de opioides y el trastorno por "
                "consumo de alcohol. Para los opioides, los principales son la buprenorfina, la metadona "
                "y la naltrexona. Para el alcohol, son el acamprosato, el disulfiram y la naltrexona. La "
                "FDA los aprobó. Dan mejor resultado junto con la consejería. No es solo cambiar una "
                "droga por otra.\n\n"
                "Un buen IOP da estos medicamentos o trabaja con alguien que los receta. Pregunte por "
                "esto antes de empezar.\n\n"
                "La consejería en un IOP debe usar métodos que tengan estudios a su favor. Busque estos:\n\n"
                "Fuentes: SAMHSA treatment options; SAMHSA advisory; Carroll and Onken 2005; Smedslund "
                "2011; CMS opioid treatment programs."
            ),
            "items": [
                {
                    "title": "Terapia cognitivo-conductual (CBT, por sus siglas en inglés)",
                    "text": (
                        "aprende a notar los pensamientos y los lugares que le llevan a consumir, y "
                        "practica nuevas formas de salir adelante."
                    ),
                },
                {
                    "title": "Entrevista motivacional",
                    "text": (
                        "una forma de conversar que le ayuda a aclarar lo que siente cuando una parte de "
                        "usted quiere cambiar y otra no. En los estudios, bajó el consumo de drogas y "
                        "alcohol comparado con no recibir tratamiento, sobre todo a corto plazo."
                    ),
                },
                {
                    "title": "Manejo de contingencias",
                    "text": (
                        "usted gana pequeños premios por las metas que cumple, como una prueba de drogas "
                        "negativa."
                    ),
                },
                {
                    "title": "Pruebas de drogas",
                    "text": (
                        "las pruebas regulares les ayudan a usted y a su equipo a ver cómo va el tratamiento."
                    ),
                },
                {
                    "title": "Ayuda con las necesidades diarias (manejo de casos)",
                    "text": (
                        "una persona del equipo le ayuda con cosas como la vivienda, el trabajo o el "
                        "cuidado de los niños, y le pone en contacto con otros servicios."
                    ),
                },
            ],
        },
        "typical-week": {
            "heading": "Una semana típica",
            "body": (
                "Los horarios cambian, así que pídale a cada programa su calendario. Algo común es ir "
                "[[visits_per_week]] veces a la semana, de [[hours_per_visit]] horas cada vez. Algunos "
                "programas se reúnen en la mañana y otros en la noche, así que pregunte cuál le queda "
                "mejor con su trabajo.\n\n"
                "Este es un ejemplo. Usted va el lunes, el miércoles y el jueves. Cada visita empieza con "
                "un grupo y sigue con una clase sobre una habilidad, como qué hacer con las ganas fuertes "
                "de consumir. Una vez por semana, también ve a su consejero a solas. Si toma "
                "medicamentos, ve a quien se los receta según lo planeado. Puede haber sesiones con la "
                "familia una o dos veces al mes. Otros días, quizás vaya a una reunión de apoyo.\n\n"
                "Algunos IOP se reúnen por video. A esto se le llama telesalud. En un estudio grande, las "
                "personas en programas por video, en persona o mixtos dijeron tener resultados muy "
                "parecidos tres meses después. El video funciona mejor si usted tiene un cuarto privado y "
                "una buena conexión a internet. Pregunte cómo hace el programa las pruebas de drogas y el "
                "manejo de los medicamentos a distancia.\n\n"
                "Fuentes: Gliske 2022; SAMHSA advisory."
            ),
        },
        "treatment-plan": {
            "heading": "Cuánto dura y qué viene después",
            "body": (
                "Al empezar, usted y el programa se ponen de acuerdo en un plan de tratamiento. El plan "
                "fija metas claras que se pueden medir, para que usted y sus consejeros vean cómo avanza. "
                "A medida que las cumple, bajan las horas que pasa cada semana en el programa.\n\n"
                "Las primeras semanas son las de más horas. Después baja a menos horas, y luego a la "
                "atención ambulatoria normal. Muchos programas dicen que todo el tratamiento dura "
                "[[program_months]] meses, y ese tiempo incluye las semanas más ligeras del final. "
                "Pregunte a cada programa cuánto dura su parte más intensa.\n\n"
                "Antes de que termine, el programa le debe ayudar a planear su atención de seguimiento. "
                "Puede ser consejería ambulatoria, un grupo de apoyo o un mentor de recuperación, alguien "
                "que ya pasó por lo mismo. Si las cosas se ponen difíciles otra vez, puede volver a subir "
                "a un nivel con más atención.\n\n"
                "Fuentes: TIP 47; SAMHSA advisory."
            ),
        },
        "cost": {
            "heading": "Cómo pagar un IOP",
            "body": (
                "Un IOP suele costar menos que un programa donde uno vive en el centro. Lo que usted paga "
                "depende de su cobertura.\n\n"
                "Seguro médico privado: la mayoría de los planes de salud deben cubrir la atención de la "
                "adicción y de la salud mental igual que cubren otra atención médica. A esta regla se le "
                "llama paridad. Pregúntele a su plan qué IOP están en su red de proveedores, y si "
                "necesita su aprobación antes.\n\n"
                "Medicaid: el Medicaid de cada estado cubre el tratamiento de la adicción, pero cuánto "
                "cubre cambia de un estado a otro. Pregúntele a su plan o a la oficina de Medicaid de su "
                "estado.\n\n"
                "Medicare: desde enero de 2024, la Parte B de Medicare cubre los servicios de IOP. Son "
                "para personas cuyo plan de atención pide por lo menos [[min_hours_adults]] horas de "
                "tratamiento a la semana. Puede recibirlos en hospitales, en centros comunitarios de "
                "salud mental y en algunas clínicas. Los programas de tratamiento de opioides también los "
                "dan, para el trastorno por consumo de opioides. Usted paga una parte del costo, y se "
                "aplica el deducible de la Parte B.\n\n"
                "Sin seguro médico: algunos programas cobran menos si usted gana poco. A esto se le llama "
                "tarifa según los ingresos, o escala móvil. Los estados también pagan algunos "
                "tratamientos. La Línea Nacional de Ayuda de SAMHSA le puede decir dónde encontrar las "
                "dos opciones.\n\n"
                "Fuentes: Department of Labor parity; MACPAC; Medicare.gov; CMS opioid treatment "
                "programs; SAMHSA National Helpline."
            ),
        },
        "choosing": {
            "heading": "Cómo elegir un programa",
            "body": (
                "Tómese su tiempo. Está bien llamar a varios programas y compararlos. Busque estas "
                "señales de un buen programa:\n\n"
                "Fuentes: McCance-Katz; Harvard Health; SAMHSA advisory."
            ),
            "items": [
                {
                    "title": "Con licencia y acreditado",
                    "text": (
                        "tiene licencia del estado, y puede estar acreditado por un grupo como la Joint "
                        "Commission o CARF. El personal también tiene formación y licencia."
                    ),
                },
                {
                    "title": "Primero, una evaluación completa",
                    "text": (
                        "le pregunta por su salud, su vida y sus metas antes de sugerirle un nivel de "
                        "atención."
                    ),
                },
                {
                    "title": "Ofrece medicamentos",
                    "text": (
                        "da medicamentos para el trastorno por consumo de opioides o de alcohol, o "
                        "trabaja con alguien que los da."
                    ),
                },
                {
                    "title": "Terapias comprobadas",
                    "text": (
                        "como la terapia cognitivo-conductual, la entrevista motivacional y el manejo de "
                        "contingencias."
                    ),
                },
                {
                    "title": "La familia es bienvenida",
                    "text": "invita a su familia y a sus amigos a participar, si usted quiere.",
                },
                {
                    "title": "Un plan para después",
                    "text": (
                        "antes de que usted termine, le ayuda a organizar la atención y el apoyo que va a "
                        "seguir recibiendo."
                    ),
                },
            ],
        },
        "red-flags": {
            "heading": "Señales de alerta",
            "body": (
                "Hay gente que gana dinero con las personas que necesitan tratamiento. A algunos les "
                "pagan por cada persona que mandan a un programa. A esto se le llama corretaje de "
                "pacientes (en inglés, patient brokering). Si a alguien le pagan por mandar gente a un "
                "lugar, quizás no esté pensando en lo que es mejor para usted.\n\n"
                "Usted puede revisar un programa gratis. Busque en FindTreatment.gov o llame a la Línea "
                "Nacional de Ayuda de SAMHSA. Los dos son servicios públicos. Tenga cuidado si alguien:\n\n"
                "Fuentes: Massachusetts Attorney General; SAMHSA National Helpline."
            ),
            "items": [
                {
                    "title": "",
                    "text": (
                        "Le ofrece viaje o vivienda gratis, o pagarle el seguro, si va a cierto programa."
                    ),
                },
                {"title": "", "text": "Le presiona para que decida, o para que viaje, antes de colgar."},
                {
                    "title": "",
                    "text": (
                        "Se presenta como especialista en tratamiento o como línea de ayuda, pero no "
                        "quiere decir para quién trabaja ni quién le paga."
                    ),
                },
                {"title": "", "text": "Le pregunta por su seguro antes de hablarle del programa."},
                {
                    "title": "",
                    "text": "Quiere que usted vaya lejos de su casa sin un plan para que pueda regresar.",
                },
            ],
        },
        "questions-to-ask": {
            "heading": "Preguntas para hacer cuando llame",
            "body": (
                "Tenga esta lista junto al teléfono. Anote las respuestas y pida el costo por escrito. Un "
                "buen programa le va a contestar cada pregunta con claridad."
            ),
        },
        "get-help": {
            "heading": "Hable con alguien sobre un IOP",
            "body": (
                "Si cree que un IOP le puede servir a usted o a un ser querido, el siguiente paso es "
                "llamar. Nuestras líneas de abajo las atienden proveedores de tratamiento que nos pagan, "
                "y pueden sugerirle sus propios programas. Si quiere una recomendación neutral, llame a "
                "la Línea Nacional de Ayuda de SAMHSA o busque en FindTreatment.gov. Los dos son "
                "gratuitos."
            ),
        },
    },
    "citations": {
        "https://www.samhsa.gov/find-help/national-helpline": {"title": "Línea Nacional de Ayuda de SAMHSA"}
    },
}


# The Spanish of seed_pages.UPDATE_SECTION (also a section of the privacy page below).
UPDATE_SECTION: dict[str, str] = {
    "heading": "Cuando un centro actualiza su ficha",
    "body": (
        "El personal de un centro de tratamiento puede usar “Actualizar esta ficha” en la página del "
        "centro.\n\n"
        "Lo que guardamos: lo que nos dicen sobre el centro, y su nombre, su puesto en el centro y un "
        "correo electrónico o un teléfono del trabajo.\n\n"
        "Por qué: antes de publicar nada, un editor llama al número que mostramos para el centro y "
        "confirma el cambio. A veces tiene que hacerle una pregunta a quien lo envió. Nunca publicamos "
        "los datos de quien lo envía.\n\n"
        "Quién lo ve: nuestros editores.\n\n"
        "Cuánto tiempo: [[update_retention_days]] días desde el día en que se envió. Después se borra "
        "automáticamente. El registro de la llamada del editor se queda, pero sin los datos de quien lo "
        "envió."
    ),
}


# The site's own pages, by "key"; sections in the English order.
PAGES: dict[str, dict] = {
    "about": {
        "title": "Acerca de este sitio",
        "meta_description": (
            "Quién publica este sitio, cómo se paga, cómo escribimos y revisamos nuestros artículos, y "
            "cómo corregimos los errores."
        ),
        "intro": (
            "[[site_name]] explica con palabras sencillas los programas ambulatorios intensivos (IOP) y "
            "le ayuda a encontrar centros de tratamiento cerca de usted. Esta página le dice quién está a "
            "cargo del sitio, quién lo paga y cómo revisamos lo que escribimos."
        ),
        "sections": [
            {
                "heading": "Quién publica este sitio",
                "body": (
                    "Este sitio lo publica el equipo de [[site_name]].\n\n"
                    "Para comunicarse con nosotros, escriba a [[contact_email]]. Por favor, no nos mande "
                    "datos sobre su salud por correo electrónico.\n\n"
                    "No somos un centro de tratamiento, y nada en este sitio es un consejo médico. Para "
                    "recibir consejos sobre su propia salud, hable con un médico o con un consejero."
                ),
            },
            {
                "heading": "Cómo se paga este sitio",
                "body": (
                    "Usar el sitio es gratis. Se paga de dos maneras.\n\n"
                    "Socios que nos pagan por las llamadas. Nuestros números generales los atiende "
                    "[[primary_partner]], y algunas llamadas las devuelven nuestros otros socios. Estos "
                    "socios son proveedores de tratamiento. Nos pagan por las llamadas que reciben, y "
                    "pueden sugerirle sus propios programas cuando hable con ellos. Usted es libre de "
                    "elegir cualquier programa, sea de ellos o no. Cada número de teléfono del sitio dice "
                    "quién lo atiende.\n\n"
                    "Fichas patrocinadas. Algunos centros de tratamiento pagan para que su ficha aparezca "
                    "en un espacio aparte. Estas fichas siempre llevan la etiqueta “Patrocinado”. Nunca "
                    "cambian el orden de los resultados de búsqueda: los demás resultados se ordenan solo "
                    "por distancia."
                ),
            },
            {
                "heading": "Nuestros socios no deciden lo que decimos",
                "body": (
                    "Los socios y los patrocinadores que nos pagan nunca escriben, cambian ni reordenan "
                    "nada en este sitio. Nuestros propios editores deciden lo que dicen nuestros "
                    "artículos. Pagarnos no puede subir a un centro en los resultados de búsqueda.\n\n"
                    "La mayoría de las fichas de centros de tratamiento vienen de datos públicos que "
                    "publica SAMHSA, una agencia del gobierno de EE. UU. Cada ficha dice de dónde salió "
                    "su información y cuándo se revisó por última vez."
                ),
            },
            {
                "heading": "Cómo escribimos y revisamos nuestros artículos",
                "body": (
                    "Nuestros redactores usan fuentes confiables, como estudios de investigación y guías "
                    "de agencias de salud del gobierno. Cada artículo tiene al final la lista de sus "
                    "fuentes, para que usted las pueda leer por su cuenta.\n\n"
                    "Un revisor médico es un médico u otro trabajador de la salud con licencia que "
                    "comprueba que un artículo está correcto. Un artículo nombra a un revisor solo "
                    "después de una revisión real, y da la fecha de esa revisión. Si un artículo todavía "
                    "no se ha revisado, no dice que se revisó.\n\n"
                    "Tenemos planeado revisar cada artículo de nuevo por lo menos una vez al año."
                ),
            },
            {
                "heading": "Correcciones",
                "body": (
                    "Queremos que cada dato de este sitio sea correcto. Si encuentra un error en un "
                    "artículo, escriba a [[contact_email]] y díganos qué está mal. Si la ficha de un "
                    "centro de tratamiento tiene un error, use el enlace “Informar datos incorrectos” en "
                    "su página.\n\n"
                    "Cuando corregimos un error que cambia lo que dice un artículo, anotamos el cambio y "
                    "su fecha debajo del título del artículo.\n\n"
                    "[[last_correction]]"
                ),
            },
        ],
    },
    "privacy": {
        "title": "Privacidad: qué recopilamos y por qué",
        "meta_description": (
            "Qué recopila este sitio (muy poco), por qué, quién lo ve y cuánto tiempo se guarda. No se "
            "vende nada y nada sigue lo que usted hace."
        ),
        "intro": (
            "[[site_name]] recopila muy poco sobre usted. Esta página dice qué guardamos, por qué lo "
            "guardamos, quién lo puede ver y por cuánto tiempo."
        ),
        "sections": [
            {
                "heading": "En pocas palabras",
                "body": (
                    "Puede leer todas las páginas, y buscar centros de tratamiento, sin decirnos quién "
                    "es.\n\n"
                    "Solo recopilamos datos personales en un lugar: cuando nos pide que le devolvamos la "
                    "llamada. También guardamos los reportes que mandan los visitantes cuando una ficha "
                    "tiene un error.\n\n"
                    "Nunca vendemos lo que nos dice, y no lo compartimos para publicidad.\n\n"
                    "Ninguna página de este sitio tiene código de estadísticas, de publicidad o de "
                    "rastreo, ni nuestro ni de nadie más. Nuestras páginas no cargan nada de otras "
                    "empresas."
                ),
            },
            {
                "heading": "Cuando nos pide que le llamemos",
                "body": (
                    "Lo que guardamos: su número de teléfono, su nombre o sus iniciales si nos los da, la "
                    "hora del día que eligió y las palabras exactas que aceptó, con la hora en que las "
                    "aceptó.\n\n"
                    "Por qué: para que alguien le devuelva la llamada sobre opciones de tratamiento, como "
                    "usted pidió, y para poder mostrar lo que usted aceptó.\n\n"
                    "Quién lo ve: solo las personas que devuelven las llamadas, en [[primary_partner]], y "
                    "las pocas personas que manejan los sistemas de este sitio. Nuestros editores de "
                    "contenido no lo pueden ver. Cuando llega una solicitud nueva, las personas que "
                    "devuelven las llamadas pueden recibir un correo electrónico que dice que hay una "
                    "esperando. Ese correo nunca lleva su número ni su nombre.\n\n"
                    "Cuánto tiempo: [[retention_days]] días desde el día en que la envió. Después se "
                    "borra automáticamente, se haya hecho la llamada o no.\n\n"
                    "Lo que no guardamos: su dirección de internet. Para evitar abusos, contamos las "
                    "solicitudes de cada conexión y de cada número de teléfono durante un máximo de "
                    "[[ratelimit_hours]] horas. Las contamos con un código cifrado, nunca con la "
                    "dirección ni con el número mismo. No dejamos que los números de teléfono entren en "
                    "nuestros registros técnicos.\n\n"
                    "Aceptar la llamada no es una condición para comprar nada. Si ya no quiere la "
                    "llamada, dígaselo a la persona que le llame."
                ),
            },
            {
                "heading": "Cuando nos avisa que una ficha tiene un error",
                "body": (
                    "Lo que guardamos: qué ficha es, qué está mal y los detalles que usted escribe. No le "
                    "pedimos su nombre, su número ni su correo electrónico, y le pedimos que no los "
                    "escriba.\n\n"
                    "Por qué: para que un editor pueda revisar la ficha y corregirla.\n\n"
                    "Quién lo ve: nuestros editores.\n\n"
                    "Cuánto tiempo: guardamos los reportes como registro de cómo se revisaron las fichas. "
                    "No están vinculados a usted.\n\n"
                    "El botón “No pude comunicarme” en la página de un centro solo guarda qué ficha es y "
                    "cuándo. No pregunta nada sobre usted."
                ),
            },
            UPDATE_SECTION,
            {
                "heading": "Lo que nunca hacemos",
                "body": (
                    "Nunca vendemos ni alquilamos nada de lo que nos dice.\n\n"
                    "Nunca ponemos en nuestras páginas código de estadísticas, publicidad, botones de "
                    "redes sociales ni ningún otro tipo de rastreo.\n\n"
                    "Nunca cargamos tipos de letra, mapas, videos ni programas (scripts) de otras "
                    "empresas. Los enlaces a otros sitios web son enlaces simples: no se les envía nada "
                    "hasta que usted hace clic.\n\n"
                    "Nunca usamos cookies para seguir lo que usted hace. La única cookie que recibe un "
                    "visitante es un código de seguridad que protege nuestros formularios contra la "
                    "falsificación. No dice nada sobre usted."
                ),
            },
            {
                "heading": "Cuando llama a un número de este sitio",
                "body": (
                    "La llamada va a quien atiende ese número, como dice al lado del número. Quien "
                    "contesta es quien maneja lo que usted le cuente en la llamada."
                ),
            },
            {
                "heading": "Preguntas",
                "body": "¿Tiene una pregunta sobre lo que guardamos? Escríbanos a [[contact_email]].",
            },
        ],
    },
}
