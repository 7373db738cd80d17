"""E/CN.15/2024/1, French version: « Ordre du jour provisoire annoté » of the thirty-third
session of the Commission on Crime Prevention and Criminal Justice (Vienna, 13–17 May 2024).

A functional-commission agenda in French (no English counterpart in the corpus): 13
items, sub-items a)–d) under item 5 and a)–b) under item 6, unnumbered annotation
paragraphs, Documentation blocks, footnotes placed before the punctuation, no-break
spaces before « : » and « ; » and inside guillemets (printed as plain spaces, as Word
PDFs do), ``V.24-03518 (F)``, a five-day table with ``(suite)``.
"""

from agendagen.faults import variant, annex_remove_item, replace

NB = "\u00a0"

DOC = {
    "id": "e-cn15-2024-1-fr",
    "language": "fr",
    "paper": "A4",
    "link_color": "blue",
    "dup_links": True,
    "masthead": {
        "symbol": "E/CN.15/2024/1",
        "organ": "Conseil économique et social",
        "distribution": "générale",
        "date": "2024-02-28",
        "original": "anglais",
        "version_language": "Français",
        "job": "V.24-03518",
        "job_dates": ["280224", "010324"],
        "session": ["Commission pour la prévention du crime et la justice pénale", "Trente-troisième session",
                    "Vienne, 13-17 mai 2024"],
        "session_bold": 1,
    },
    "items": [
        {"title": "Élection du Bureau", "body": [
            "Conformément à l’article 15 du Règlement intérieur des commissions techniques du Conseil économique "
            "et social, la Commission pour la prévention du crime et la justice pénale a ouvert sa trente-troisième "
            "session à la fin de sa trente-deuxième session reprise, le 8 décembre 2023, à seule fin d’élire son "
            "bureau.",
            "Conformément au principe du roulement, la présidence de la trente-troisième session revient au Groupe "
            "des États d’Asie et du Pacifique. La Commission souhaitera peut-être pourvoir les postes encore "
            "vacants au sein du Bureau au début de la session.",
        ]},
        {"title": "Adoption de l’ordre du jour et autres questions d’organisation", "body": [
            "Dans sa décision 32/1, la Commission a approuvé l’ordre du jour provisoire de sa trente-troisième "
            "session. Les annotations ont été établies par le Secrétariat en consultation avec le Bureau élargi.",
            "Le projet d’organisation des travaux, qui figure en annexe au présent document, a été établi "
            "conformément aux orientations données par le Bureau élargi. Les ressources disponibles permettront "
            "de tenir dix séances plénières sur cinq jours, avec interprétation dans les six langues officielles "
            "de l’Organisation des Nations Unies. La session s’ouvrira le lundi 13 mai 2024 à 10" + NB + "heures.",
            "Parallèlement aux séances plénières, le Comité plénier se réunira pour examiner les projets de "
            "résolution. Les États Membres qui ont l’intention de présenter des projets de résolution sont "
            "encouragés à le faire au plus tard le vendredi 5 avril 2024.",
            {"documentation": [
                ("Ordre du jour provisoire annoté", "E/CN.15/2024/1"),
            ]},
        ]},
        {"title": "Débat général", "body": [
            "Le débat général offrira aux représentants de haut niveau des États Membres l’occasion de faire part "
            "de leurs vues sur l’action menée aux niveaux national, régional et international dans le domaine de "
            "la prévention du crime et de la justice pénale, y compris sur la suite donnée à la Déclaration de "
            "Kyoto visant à faire progresser la prévention de la criminalité, la justice pénale et l’état de "
            "droit<fn>Résolution 76/181 de l’Assemblée générale, annexe.</fn>.",
            "La durée des déclarations ne devrait pas dépasser cinq minutes pour les déclarations faites au nom "
            "d’un État et sept minutes pour les déclarations faites au nom d’un groupe régional.",
        ]},
        {"title": f"Débat thématique sur le thème «{NB}Renforcement de la coopération internationale et de "
                  f"l’assistance technique pour prévenir et combattre les formes nouvelles, émergentes et en "
                  f"évolution de la criminalité{NB}»", "body": [
            "Dans sa résolution 2023/17, le Conseil économique et social a décidé du thème principal de la "
            "trente-troisième session de la Commission. Le débat thématique sera organisé sous forme de tables "
            "rondes réunissant des experts de toutes les régions.",
            "La Commission sera saisie d’un guide de discussion établi par le Secrétariat, qui porte notamment sur "
            "la cybercriminalité, la criminalité ayant une incidence sur l’environnement, le trafic de biens "
            "culturels et l’utilisation de la monnaie virtuelle à des fins criminelles.",
            {"documentation": [
                ("Guide de discussion établi par le Secrétariat pour le débat thématique", "E/CN.15/2024/2"),
            ]},
        ]},
        {"title": "Questions relatives à la gestion stratégique, au budget et à l’administration", "sub_items": [
            {"title": "Travaux du groupe de travail intergouvernemental permanent à composition non limitée sur "
                      "l’amélioration de la gouvernance et de la situation financière de l’Office des Nations "
                      "Unies contre la drogue et le crime", "body": [
                "La Commission sera saisie d’un rapport de la présidence du groupe de travail sur les travaux "
                "menés depuis la trente-deuxième session, notamment sur la situation financière de l’Office et "
                "sur l’évaluation de ses activités.",
            ]},
            {"title": "Directives de politique générale du programme contre la criminalité de l’Office des Nations "
                      "Unies contre la drogue et le crime et questions budgétaires", "body": [
                "La Commission sera saisie du rapport du Directeur exécutif sur les activités de l’Office, qui "
                "donne un aperçu de l’exécution des mandats du programme contre la criminalité en 2023.",
                {"documentation": [
                    ("Rapport du Directeur exécutif sur les activités de l’Office des Nations Unies contre la "
                     "drogue et le crime", "E/CN.7/2024/2-E/CN.15/2024/3"),
                ]},
            ]},
            {"title": "Méthodes de travail de la Commission", "body": [
                "La Commission souhaitera peut-être examiner les moyens d’améliorer l’efficacité de ses travaux, "
                "notamment la planification pluriannuelle de ses thèmes principaux et la tenue de réunions "
                "intersessions.",
            ]},
            {"title": "Composition du personnel de l’Office des Nations Unies contre la drogue et le crime et "
                      "questions connexes", "body": [
                "La Commission souhaitera peut-être examiner la composition du personnel de l’Office, notamment "
                "l’équilibre entre les sexes et la représentation géographique, sur la base des informations "
                "figurant dans le rapport du Directeur exécutif.",
            ]},
        ]},
        {"title": "Intégration et coordination des activités de l’Office des Nations Unies contre la drogue et le "
                  "crime et des États Membres dans le domaine de la prévention du crime et de la justice pénale",
         "sub_items": [
             {"title": "Ratification et application des conventions et protocoles relatifs à la prévention du "
                       "crime et à la justice pénale", "body": [
                 "La Commission souhaitera peut-être faire le point sur l’état de la ratification de la "
                 "Convention des Nations Unies contre la criminalité transnationale organisée et des Protocoles "
                 "s’y rapportant, ainsi que de la Convention des Nations Unies contre la corruption.",
                 "Elle sera également informée des résultats de la onzième session de la Conférence des Parties "
                 "à la Convention contre la criminalité transnationale organisée, tenue à Vienne du 16 au "
                 "20 octobre 2023<fn>Voir <sym>CTOC/COP/2023/8</sym>.</fn>.",
             ]},
             {"title": "Autres questions relatives à la prévention du crime et à la justice pénale", "body": [
                 "Au titre de ce point subsidiaire, la Commission examinera les activités de l’Office relatives à "
                 "la prévention du terrorisme, à la lutte contre le blanchiment d’argent et à la coopération "
                 "internationale en matière pénale.",
             ]},
         ]},
        {"title": "Utilisation et application des règles et normes des Nations Unies en matière de prévention du "
                  "crime et de justice pénale", "body": [
            "La Commission sera saisie d’un rapport du Secrétaire général sur l’utilisation et l’application des "
            "règles et normes, établi sur la base des réponses aux questionnaires adressés aux États Membres.",
            {"documentation": [
                ("Rapport du Secrétaire général sur l’utilisation et l’application des règles et normes des "
                 "Nations Unies en matière de prévention du crime et de justice pénale", "E/CN.15/2024/4"),
            ]},
        ]},
        {"title": "Tendances de la criminalité au niveau mondial et questions nouvelles et mesures prises dans le "
                  "domaine de la prévention du crime et de la justice pénale", "body": [
            "La Commission sera saisie d’une note du Secrétariat sur la situation de la criminalité dans le "
            "monde, fondée notamment sur les données communiquées au titre de l’Enquête des Nations Unies sur les "
            "tendances de la criminalité et le fonctionnement des systèmes de justice pénale.",
            {"documentation": [
                ("Note du Secrétariat sur la situation de la criminalité dans le monde", "E/CN.15/2024/5"),
            ]},
        ]},
        {"title": "Suite donnée au quatorzième Congrès des Nations Unies pour la prévention du crime et la justice "
                  "pénale et préparatifs du quinzième Congrès des Nations Unies pour la prévention du crime et la "
                  "justice pénale", "body": [
            "Dans sa résolution 78/224, l’Assemblée générale a décidé que le quinzième Congrès se tiendrait en "
            "2026 et a prié la Commission d’en arrêter le thème principal, les points de l’ordre du jour et les "
            "sujets des ateliers.",
            "La Commission sera saisie d’un rapport du Secrétaire général sur les préparatifs du quinzième "
            "Congrès, y compris sur les réunions régionales préparatoires.",
            {"documentation": [
                ("Rapport du Secrétaire général sur les préparatifs du quinzième Congrès des Nations Unies pour la "
                 "prévention du crime et la justice pénale", "E/CN.15/2024/6"),
            ]},
        ]},
        {"title": "Contributions de la Commission aux travaux du Conseil économique et social, conformément à la "
                  "résolution 72/305 de l’Assemblée générale, notamment au suivi et à l’examen du Programme de "
                  "développement durable à l’horizon 2030 et à sa mise en œuvre", "body": [
            "La Commission souhaitera peut-être examiner sa contribution au forum politique de haut niveau pour "
            "le développement durable de 2024, qui sera établie par le Secrétariat sur la base des vues exprimées "
            "au cours de la session.",
        ]},
        {"title": "Ordre du jour provisoire de la trente-quatrième session de la Commission", "body": [
            "La Commission sera saisie d’un projet d’ordre du jour provisoire pour sa trente-quatrième session, "
            "qu’elle sera invitée à approuver.",
        ]},
        {"title": "Questions diverses", "body": [
            "Aucune question à soulever au titre du point 12 n’ayant été portée à l’attention du Secrétariat, "
            "aucune documentation n’est prévue pour l’instant au titre de ce point.",
        ]},
        {"title": "Adoption du rapport de la Commission sur les travaux de sa trente-troisième session", "body": [
            "La Commission adoptera le rapport sur les travaux de sa trente-troisième session, dont le projet sera "
            "établi par le Rapporteur avec l’aide du Secrétariat.",
        ]},
    ],
    "annex": {
        "days": [
            {"date": "2024-05-13", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["1", "2", "3"]},
                {"time": ("15:00", "18:00"), "entries": ["3"]},
            ]},
            {"date": "2024-05-14", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["4"]},
                {"time": ("15:00", "18:00"), "entries": ["4"]},
            ]},
            {"date": "2024-05-15", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["5a", "5b", "5c", "5d"]},
                {"time": ("15:00", "18:00"), "entries": ["6a", "6b"]},
            ]},
            {"date": "2024-05-16", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["7", "8"]},
                {"time": ("15:00", "18:00"), "entries": ["9"]},
            ]},
            {"date": "2024-05-17", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["10", "11", "12"]},
                {"time": ("15:00", "18:00"), "entries": ["13"]},
            ]},
        ],
    },
}

VARIANTS = [
    variant("unscheduled-item", annex_remove_item("7"),
            must=["A204"],
            note="Item 7 is on the agenda but appears in no row of the annex."),
    variant("wrong-weekday-fr", replace("le lundi 13 mai 2024", "le mardi 13 mai 2024"),
            must=["A401"], may=["A209"],
            note="Item 2 says the session opens « le mardi 13 mai 2024 »; 13 May 2024 was a Monday."),
    variant("glyph-loss", replace("tenue à Vienne du 16 au 20 octobre 2023", "tenue à Vienne du  au  octobre 2023"),
            must=["A609"], may=["A603"],
            note="The digits of “du 16 au 20 octobre 2023” (item 6 a)) are lost, as from a font without a "
                 "usable encoding: “du  au  octobre 2023”."),
]
