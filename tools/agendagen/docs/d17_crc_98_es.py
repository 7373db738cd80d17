"""CRC/C/98/1, Spanish version: "Programa provisional y anotaciones" of the ninety-eighth
session of the Committee on the Rights of the Child (Geneva, 13–31 January 2025).

A treaty-body agenda in Spanish: the Convention as the organ line, ``Distr. general`` /
``Español`` / ``Original: inglés``, a Geneva job number with ``(S)``, chapters
``I. Programa provisional`` / ``II. Anotaciones al programa provisional``, numbered
paragraphs, sub-items ``a)``–``c)`` under one item (the Convention and two Optional
Protocols), footnote indicators before the punctuation, « » quotes, combined-report
symbols (``CRC/C/PRY/6-7``), an annex I with the three weeks' programme of work set as a
list over several pages (day, time, ``Tema 7 a)  Title`` lines) and an annex II of Documentation entries
(the States parties' reports).  The prose is written for this corpus.
"""

DOC = {
    "id": "crc-c-98-1-es",
    "language": "es",
    "paper": "A4",
    "numbered_paragraphs": True,
    "link_color": "blue",
    "dup_links": True,
    "title": "Programa provisional y anotaciones",
    "list_heading": "I.\tPrograma provisional",
    "annotations_heading": "II.\tAnotaciones al programa provisional",
    "masthead": {
        "symbol": "CRC/C/98/1",
        "organ": "Convención sobre los Derechos del Niño",
        "distribution": "general",
        "date": "2024-10-28",
        "original": "inglés",
        "version_language": "Español",
        "job": "GE.24-19452",
        "job_dates": ["281024", "061124"],
        "session": ["Comité de los Derechos del Niño", "98º período de sesiones", "Ginebra, 13 a 31 de enero de 2025"],
        "session_bold": 1,
    },
    "items": [
        {"title": "Aprobación del programa", "body": [
            "De conformidad con el artículo 9 de su reglamento, el primer tema del programa provisional de "
            "cualquier período de sesiones será la aprobación del programa. El Comité examinará en relación con "
            "este tema el programa provisional y el programa de trabajo de la primera semana, que figura en el "
            "anexo I del presente documento.",
            "El 98º período de sesiones del Comité se celebrará en el Palacio Wilson, en Ginebra, del 13 al 31 de "
            "enero de 2025. La primera sesión se celebrará el lunes 13 de enero de 2025, a las 10.00 horas.",
        ]},
        {"title": "Declaración solemne de los miembros del Comité recién elegidos", "body": [
            "De conformidad con el artículo 15 del reglamento, los miembros del Comité elegidos en la "
            "20ª Reunión de los Estados partes en la Convención, celebrada el 6 de junio de 2024, harán una "
            "declaración solemne en la sesión de apertura antes de asumir sus funciones.",
        ]},
        {"title": "Elección de la Mesa", "body": [
            "De conformidad con el artículo 16 de su reglamento, el Comité elegirá entre sus miembros a un "
            "Presidente o una Presidenta, cuatro Vicepresidentes y un Relator, que desempeñarán sus funciones "
            "durante un mandato de dos años.",
        ]},
        {"title": "Presentación de informes por los Estados partes", "body": [
            "El Comité tendrá ante sí una nota del Secretario General sobre la situación de la presentación de "
            "informes por los Estados partes en virtud del artículo 44 de la Convención y de los Protocolos "
            "Facultativos (<sym>CRC/C/98/2</sym>).",
            {"documentation": [
                ("Nota del Secretario General sobre la presentación de informes por los Estados partes",
                 "CRC/C/98/2"),
            ]},
        ]},
        {"title": "Cooperación con otros órganos de las Naciones Unidas, organismos especializados y otros "
                  "órganos competentes", "body": [
            "El Comité se reunirá con representantes del Fondo de las Naciones Unidas para la Infancia (UNICEF), "
            "de otros organismos especializados y de organizaciones no gubernamentales para examinar la "
            "cooperación en relación con la aplicación de la Convención y de sus Protocolos Facultativos.",
        ]},
        {"title": "Métodos de trabajo del Comité", "body": [
            "El Comité examinará sus métodos de trabajo, en particular el procedimiento simplificado de "
            "presentación de informes, que desde 2023 se ofrece a todos los Estados partes, y el calendario "
            "previsible de examen de los informes aprobado por los presidentes de los órganos creados en virtud "
            "de tratados<fn>Véase <sym>A/79/280</sym>, anexo I.</fn>.",
        ]},
        {"title": "Examen de los informes presentados por los Estados partes", "body": [
            "Al examinar los informes, el Comité aplicará el procedimiento previsto en los artículos 44 y 45 de "
            "la Convención. Los representantes de los Estados partes interesados han sido invitados a asistir a "
            "las sesiones en que se examinarán sus informes.",
        ], "sub_items": [
            {"title": "Informes presentados en virtud del artículo 44 de la Convención", "body": [
                "El Comité examinará los informes de los Estados partes que se enumeran en el anexo II del "
                "presente documento. Las listas de cuestiones aprobadas por el grupo de trabajo anterior al "
                "período de sesiones y las respuestas de los Estados partes pueden consultarse en la página web "
                "del Comité.",
            ]},
            {"title": "Informes presentados en virtud del artículo 8 del Protocolo Facultativo relativo a la "
                      "participación de niños en los conflictos armados", "body": [
                "El Comité examinará el informe inicial de un Estado parte presentado en virtud del Protocolo "
                "Facultativo relativo a la participación de niños en los conflictos armados "
                "(<sym>CRC/C/OPAC/TLS/1</sym>), junto con su informe periódico en virtud de la Convención.",
            ]},
            {"title": "Informes presentados en virtud del artículo 12 del Protocolo Facultativo relativo a la "
                      "venta de niños, la prostitución infantil y la utilización de niños en la pornografía",
             "body": [
                "El Comité examinará el informe inicial de Mongolia presentado en virtud del Protocolo "
                "Facultativo relativo a la venta de niños, la prostitución infantil y la utilización de niños en "
                "la pornografía (<sym>CRC/C/OPSC/MNG/1</sym>).",
            ]},
        ]},
        {"title": "Observaciones generales", "body": [
            "El Comité proseguirá la elaboración de su observación general núm. 27, relativa a los derechos de "
            "los niños al acceso a la justicia y a recursos efectivos, sobre la base del proyecto revisado "
            "preparado por el grupo de redacción tras las consultas regionales celebradas en 2024.",
        ]},
        {"title": "Comunicaciones presentadas en virtud del Protocolo Facultativo relativo a un "
                  "procedimiento de comunicaciones", "body": [
            "De conformidad con el artículo 19 de su reglamento en relación con el Protocolo Facultativo, el "
            "Comité examinará en sesiones privadas las comunicaciones que se le hayan presentado<fn>Véase "
            "<sym>CRC/C/158</sym>, art. 19.</fn>.",
        ]},
        {"title": "Reuniones futuras", "body": [
            "El 99º período de sesiones del Comité se celebrará del 12 al 30 de mayo de 2025, y el grupo de "
            "trabajo anterior al período de sesiones se reunirá del 2 al 6 de junio de 2025.",
        ]},
        {"title": "Otros asuntos", "body": [
            "Hasta la fecha, no se ha señalado a la atención de la Secretaría ninguna cuestión que deba "
            "plantearse en relación con el tema 11.",
        ]},
    ],
    "annex": {
        "layout": "list",
        "title": "Programa de trabajo provisional",
        "days": [
            {"date": "2025-01-13", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["1", "2", "3", "4"]},
                {"time": ("15:00", "18:00"), "entries": ["5", "6"]},
            ]},
            {"date": "2025-01-14", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["7a"]},
                {"time": ("15:00", "18:00"), "entries": ["7a"]},
            ]},
            {"date": "2025-01-15", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["7b", "7a"]},
                {"time": ("15:00", "18:00"), "entries": ["7a"]},
            ]},
            {"date": "2025-01-16", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["7a"]},
                {"time": ("15:00", "18:00"), "entries": ["7a"]},
            ]},
            {"date": "2025-01-17", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["9"]},
                {"time": ("15:00", "18:00"), "entries": ["6"]},
            ]},
            {"date": "2025-01-20", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["7a"]},
                {"time": ("15:00", "18:00"), "entries": ["7a"]},
            ]},
            {"date": "2025-01-21", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["7c", "7a"]},
                {"time": ("15:00", "18:00"), "entries": ["7a"]},
            ]},
            {"date": "2025-01-22", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["8"]},
            ]},
            {"date": "2025-01-23", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["7a"]},
                {"time": ("15:00", "18:00"), "entries": ["7a"]},
            ]},
            {"date": "2025-01-24", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["9"]},
            ]},
            {"date": "2025-01-27", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["8"]},
                {"time": ("15:00", "18:00"), "entries": ["6"]},
            ]},
            {"date": "2025-01-28", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["5"]},
            ]},
            {"date": "2025-01-29", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["9"]},
            ]},
            {"date": "2025-01-30", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["7"]},
                {"time": ("15:00", "18:00"), "entries": ["7"]},
            ]},
            {"date": "2025-01-31", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["10", "11"]},
            ]},
        ],
    },
    "extra_annexes": [
        {"title": "Informes de los Estados partes cuyo examen está previsto en el 98º período de sesiones",
         "intro": [
             "El Comité examinará los siguientes informes, en el orden en que figuran:",
             {"documentation": [
                 ("Informes periódicos sexto y séptimo combinados del Paraguay", "CRC/C/PRY/6-7"),
                 ("Informe inicial de Timor-Leste en virtud del Protocolo Facultativo relativo a la participación "
                  "de niños en los conflictos armados", "CRC/C/OPAC/TLS/1"),
                 ("Informes periódicos segundo y tercero combinados de Timor-Leste", "CRC/C/TLS/2-3"),
                 ("Quinto informe periódico de Mongolia", "CRC/C/MNG/5"),
                 ("Informe inicial de Mongolia en virtud del Protocolo Facultativo relativo a la venta de niños, "
                  "la prostitución infantil y la utilización de niños en la pornografía", "CRC/C/OPSC/MNG/1"),
                 ("Informes periódicos quinto y sexto combinados de Côte d’Ivoire", "CRC/C/CIV/5-6"),
                 ("Informe inicial de las Islas Salomón", "CRC/C/SLB/1"),
             ]},
         ]},
    ],
}

VARIANTS = []
