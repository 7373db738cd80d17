"""CTOC/COP/WG.7/2024/1, Spanish version: "Programa provisional anotado" of the meeting of
the Working Group on the Smuggling of Migrants (Vienna, 2 and 3 July 2024).

A Spanish working-group agenda in UNODC house style: "Cuestiones de organización" with
a) and b), five items, footnote indicators before the punctuation, ``Distr. general`` /
``Español`` / ``Original: inglés``, ``V.24-06621 (S)``, a two-day annex with
``10.00 a 13.00 horas`` and ``(continuación)``.
"""

from agendagen.faults import variant, annex_set_entry, annex_set_label, masthead

DOC = {
    "id": "ctoc-cop-wg7-2024-1-es",
    "language": "es",
    "paper": "A4",
    "masthead": {
        "symbol": "CTOC/COP/WG.7/2024/1",
        "organ": "Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia "
                 "Organizada Transnacional",
        "distribution": "general",
        "date": "2024-04-15",
        "original": "inglés",
        "version_language": "Español",
        "job": "V.24-06621",
        "job_dates": ["150424", "180424"],
        "session": ["Grupo de Trabajo sobre el Tráfico Ilícito de Migrantes", "Viena, 2 y 3 de julio de 2024"],
        "session_bold": 1,
    },
    "items": [
        {"title": "Cuestiones de organización", "sub_items": [
            {"title": "Apertura de la reunión", "body": [
                "La reunión del Grupo de Trabajo sobre el Tráfico Ilícito de Migrantes se inaugurará el martes "
                "2 de julio de 2024, a las 10.00 horas.",
            ]},
            {"title": "Aprobación del programa y organización de los trabajos", "body": [
                "En su decisión 5/3, la Conferencia de las Partes en la Convención de las Naciones Unidas contra "
                "la Delincuencia Organizada Transnacional decidió establecer un grupo de trabajo "
                "intergubernamental provisional de composición abierta encargado de asesorarla y prestarle "
                "asistencia en el cumplimiento de su mandato en relación con el Protocolo contra el Tráfico "
                "Ilícito de Migrantes por Tierra, Mar y Aire.",
                "En su resolución 7/1, la Conferencia decidió que el Grupo de Trabajo sobre el Tráfico Ilícito de "
                "Migrantes sería un elemento constante de la Conferencia, al que remitiría sus informes y "
                "recomendaciones, y alentó al Grupo de Trabajo a que estudiara la posibilidad de reunirse "
                "anualmente, según fuera necesario.",
                "La Mesa ampliada de la Conferencia aprobó los temas de la presente reunión mediante el "
                "procedimiento de aprobación tácita, que concluyó el 29 de febrero de 2024.",
                "La propuesta de organización de los trabajos que figura en el anexo del presente documento se ha "
                "preparado a fin de que el Grupo de Trabajo pueda cumplir sus funciones en el tiempo asignado y "
                "con los servicios de conferencias de que dispone. Los recursos disponibles permitirán celebrar "
                "cuatro sesiones plenarias en dos días, con interpretación a los seis idiomas oficiales de las "
                "Naciones Unidas.",
            ]},
        ]},
        {"title": "Buenas prácticas en la investigación y el enjuiciamiento del tráfico ilícito de migrantes por "
                  "mar", "body": [
            "El tráfico ilícito de migrantes por mar sigue cobrándose un número considerable de vidas cada año. "
            "Las redes delictivas recurren cada vez más a embarcaciones precarias y sobrecargadas, y a menudo "
            "abandonan a los migrantes en alta mar para eludir la detección.",
            "En su resolución 11/3, la Conferencia instó a los Estados partes a que fortalecieran la cooperación "
            "entre sus autoridades marítimas, policiales y judiciales a fin de investigar y enjuiciar "
            "eficazmente esos delitos<fn>Véase <sym>CTOC/COP/2023/8</sym>, secc. I.A.</fn>.",
            "El documento de antecedentes preparado por la Secretaría examina las dificultades relacionadas con "
            "la obtención de pruebas en el mar, el ejercicio de la jurisdicción sobre buques sin nacionalidad y "
            "la cooperación internacional prevista en el artículo 8 del Protocolo, y presenta ejemplos de buenas "
            "prácticas comunicados por los Estados.",
            {"documentation": [
                ("Documento de antecedentes preparado por la Secretaría sobre buenas prácticas en la investigación "
                 "y el enjuiciamiento del tráfico ilícito de migrantes por mar", "CTOC/COP/WG.7/2024/2"),
            ]},
        ]},
        {"title": "La protección de los derechos de los migrantes objeto de tráfico ilícito, en particular de "
                  "las mujeres y los niños", "body": [
            "El artículo 16 del Protocolo obliga a los Estados partes a adoptar medidas apropiadas para preservar "
            "y proteger los derechos de los migrantes objeto de tráfico ilícito, en particular el derecho a la "
            "vida y el derecho a no ser sometido a tortura u otros tratos o penas crueles, inhumanos o "
            "degradantes.",
            "En su reunión anterior, celebrada en Viena los días 4 y 5 de julio de 2023, el Grupo de Trabajo "
            "recomendó que los Estados partes tuvieran en cuenta las necesidades especiales de las mujeres y los "
            "niños, incluidos los niños no acompañados, en todas las etapas del proceso penal"
            "<fn><sym>CTOC/COP/WG.7/2023/4</sym>, recomendación 7.</fn>.",
            "El Grupo de Trabajo tal vez desee intercambiar opiniones sobre las medidas adoptadas para aplicar "
            "esa recomendación, así como sobre la asistencia que necesitan los Estados para ello.",
            {"documentation": [
                ("Documento de antecedentes preparado por la Secretaría sobre la protección de los derechos de los "
                 "migrantes objeto de tráfico ilícito, en particular de las mujeres y los niños",
                 "CTOC/COP/WG.7/2024/3"),
            ]},
        ]},
        {"title": "Otros asuntos", "body": [
            "Dado que no se ha señalado a la atención de la Secretaría ninguna cuestión que deba plantearse en "
            "relación con el tema 4, por el momento no se prevé documentación alguna en relación con ese tema.",
        ]},
        {"title": "Aprobación del informe", "body": [
            "El Grupo de Trabajo aprobará un informe sobre su reunión, cuyo proyecto preparará la Secretaría.",
        ]},
    ],
    "annex": {
        "days": [
            {"date": "2024-07-02", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["1a", "1b", "2"]},
                {"time": ("15:00", "18:00"), "entries": ["2"]},
            ]},
            {"date": "2024-07-03", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["3"]},
                {"time": ("15:00", "18:00"), "entries": ["3", "4", "5"]},
            ]},
        ],
    },
}

VARIANTS = [
    variant("missing-continuacion", annex_set_entry(0, 1, 0, continued=False),
            must=["A206"],
            note="El tema 2 en la sesión de la tarde del martes no lleva «(continuación)»."),
    variant("range-format", annex_set_label(1, 1, "15.00–18.00 horas"),
            must=["A405"],
            note="The Wednesday afternoon slot is written “15.00–18.00 horas” with a dash; Spanish writes "
                 "“15.00 a 18.00 horas”."),
    variant("session-dates-mismatch",
            masthead(session=["Grupo de Trabajo sobre el Tráfico Ilícito de Migrantes", "Viena, 3 y 4 de julio de 2024"]),
            must=["A209"],
            note="The masthead gives the meeting dates as 3 and 4 July 2024; the annex (and item 1 a)) start on "
                 "Tuesday, 2 July."),
]
