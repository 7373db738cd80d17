"""CAC/COSP/WG.4/2023/1, French version: « Ordre du jour provisoire annoté » of the
fourteenth session of the Working Group on the Prevention of Corruption.

The same document as ``d04_cac_cosp_wg4_2023.py`` in French: same symbol, its own job
number ``V.23-11894 (F)``, ``Distr. générale``, ``Français`` / ``Original : anglais``,
``a)`` markers, no-break spaces before ``:`` ``;`` and inside « », footnote indicators
before the punctuation, ``(suite)`` in the annex, ``10 heures-13 heures``.  This version
keeps the no-break spaces in the PDF text (``keep_nbsp``), so extractors print U+00A0.
"""

import copy

from agendagen.faults import variant, replace, annex_set_entry
from d04_cac_cosp_wg4_2023 import DOC as ENGLISH

NB = "\u00a0"

DOC = {
    "id": "cac-cosp-wg4-2023-1-fr",
    "language": "fr",
    "paper": "A4",
    "keep_nbsp": True,
    "masthead": {
        "symbol": "CAC/COSP/WG.4/2023/1",
        "organ": "Conférence des États parties à la Convention des Nations Unies contre la corruption",
        "distribution": "générale",
        "date": "2023-06-22",
        "original": "anglais",
        "version_language": "Français",
        "job": "V.23-11894",
        "job_dates": ["220623", "260623"],
        "session": ["Groupe de travail intergouvernemental à composition non limitée sur la prévention de "
                    "la corruption", "Vienne, 4-6 septembre 2023"],
        "session_bold": 1,
    },
    "items": [
        {"title": "Questions d’organisation", "sub_items": [
            {"title": "Ouverture de la session", "body": [
                f"La quatorzième session du Groupe de travail intergouvernemental à composition non limitée sur la "
                f"prévention de la corruption s’ouvrira le lundi 4 septembre 2023 à 10{NB}heures.",
            ]},
            {"title": "Adoption de l’ordre du jour et organisation des travaux", "body": [
                "Dans sa résolution 1/5, la Conférence des États parties à la Convention des Nations Unies contre "
                "la corruption a décidé de créer un groupe de travail intergouvernemental provisoire à composition "
                "non limitée chargé de la conseiller et de l’aider dans l’exécution de son mandat relatif à la "
                "prévention de la corruption. Dans sa résolution 4/3, elle a décidé que le Groupe de travail "
                "poursuivrait ses travaux et, dans sa résolution 9/6, qu’il tiendrait au moins deux réunions avant "
                "la dixième session de la Conférence.",
                f"Conformément au plan de travail adopté par le Groupe de travail pour la période 2022-2023, les "
                f"thèmes de la quatorzième session sont «{NB}L’éducation et l’autonomisation des jeunes dans la "
                f"prévention de la corruption{NB}» et «{NB}L’utilisation des technologies de l’information et des "
                f"communications pour prévenir la corruption{NB}». Le Groupe de travail examinera également, au "
                f"titre du point 3 c), la prévention de la corruption dans la gestion des finances publiques en "
                f"situation d’urgence.",
                "Le projet d’organisation des travaux, qui figure en annexe au présent document, a été établi de "
                "manière à permettre au Groupe de travail de s’acquitter de son mandat dans les délais impartis et "
                "en fonction des services de conférence mis à sa disposition. Les ressources disponibles permettront "
                "de tenir six séances sur trois jours, avec interprétation dans les six langues officielles de "
                "l’Organisation des Nations Unies.",
                "Les États parties sont invités à communiquer des informations sur leurs bonnes pratiques et "
                "initiatives relatives aux thèmes de la session d’ici au vendredi 30 juin 2023, afin qu’il puisse "
                "en être tenu compte dans les documents d’information établis par le secrétariat.",
            ]},
        ]},
        {"title": "Application des résolutions pertinentes de la Conférence des États parties à la Convention "
                  "des Nations Unies contre la corruption", "body": [
            f"Dans sa résolution 9/6, intitulée «{NB}Suite donnée à la déclaration de Marrakech sur la prévention "
            f"de la corruption{NB}», la Conférence a prié le secrétariat de continuer à recueillir des "
            f"informations sur les bonnes pratiques en matière de prévention de la corruption et de faire rapport "
            f"à ce sujet au Groupe de travail.",
            "Le Groupe de travail sera saisi d’une note du secrétariat résumant les informations reçues des États "
            "parties sur les mesures prises pour appliquer les résolutions 9/6 et 9/7 depuis la treizième session "
            "du Groupe de travail, tenue à Vienne du 14 au 16 juin 2022.",
            "Le Groupe de travail souhaitera peut-être procéder à un échange de vues sur ces informations et "
            "recenser les domaines dans lesquels de nouvelles mesures ou une assistance technique sont "
            "nécessaires.",
            {"documentation": [
                ("Note du secrétariat sur l’application des résolutions 9/6 et 9/7 de la Conférence",
                 "CAC/COSP/WG.4/2023/2"),
            ]},
        ]},
        {"title": "Débat thématique sur les bonnes pratiques et initiatives en matière de prévention de la "
                  "corruption",
         "body": [
             "Dans sa résolution 6/6, la Conférence a prié le Groupe de travail de continuer à faciliter l’échange "
             "d’informations et de données d’expérience entre États sur les mesures et pratiques préventives, "
             "ainsi qu’à recueillir, diffuser et promouvoir les meilleures pratiques en matière de prévention de "
             "la corruption.",
         ],
         "sub_items": [
             {"title": "Éducation et autonomisation des jeunes dans la prévention de la corruption", "body": [
                 "L’article 13 de la Convention invite les États parties à entreprendre des activités "
                 "d’information du public contribuant à l’intransigeance à l’égard de la corruption, ainsi que des "
                 "programmes d’éducation du public, notamment dans les écoles et les universités.",
                 "Le document d’information établi par le secrétariat sur ce thème résume les informations "
                 "communiquées par 41 États parties sur les mesures prises pour intégrer l’enseignement de "
                 "l’éthique et de l’intégrité dans l’enseignement formel, ainsi que sur les initiatives visant à "
                 "associer les jeunes à la lutte contre la corruption, notamment dans le cadre de l’initiative "
                 "mondiale pour l’éducation et l’autonomisation des jeunes contre la corruption (GRACE)"
                 "<fn>Voir <sym>CAC/COSP/2021/8</sym>, par. 22 à 31.</fn>.",
                 "Le Groupe de travail souhaitera peut-être examiner les moyens de mesurer l’impact de ces "
                 "programmes et de partager les supports pédagogiques entre États parties.",
                 {"documentation": [
                     ("Document d’information établi par le secrétariat sur l’éducation et l’autonomisation des "
                      "jeunes dans la prévention de la corruption", "CAC/COSP/WG.4/2023/3"),
                 ]},
             ]},
             {"title": "Utilisation des technologies de l’information et des communications pour prévenir la "
                       "corruption", "body": [
                 "Les technologies de l’information et des communications, notamment les systèmes de passation "
                 "électronique des marchés, les portails de données ouvertes, les plateformes de déclaration de "
                 "patrimoine et l’analyse de données, sont de plus en plus utilisées par les États pour détecter à "
                 "un stade précoce les risques de corruption et accroître la transparence de l’administration "
                 "publique.",
                 "Dans le même temps, l’utilisation de ces technologies soulève des questions relatives à la "
                 "protection des données, à l’interopérabilité des systèmes et à la capacité des institutions "
                 "publiques d’analyser de grandes quantités de données. Le document d’information examine ces "
                 "questions sur la base des contributions des États parties et des conclusions du deuxième cycle "
                 "du Mécanisme d’examen de l’application"
                 "<fn>Voir <sym>CAC/COSP/IRG/2023/2</sym>.</fn>.",
                 {"documentation": [
                     ("Document d’information établi par le secrétariat sur l’utilisation des technologies de "
                      "l’information et des communications pour prévenir la corruption", "CAC/COSP/WG.4/2023/4"),
                 ]},
             ]},
             {"title": "Prévention de la corruption dans la gestion des finances publiques en situation d’urgence",
              "body": [
                  "Dans sa résolution 9/1, la Conférence a reconnu que les situations d’urgence telles que la "
                  "pandémie de maladie à coronavirus (COVID-19) accroissent les risques de corruption dans "
                  "l’affectation des ressources publiques, en particulier dans la passation des marchés publics.",
                  "Le Groupe de travail souhaitera peut-être examiner les enseignements tirés par les États parties "
                  "pour garantir l’intégrité, la transparence et la responsabilité des dépenses d’urgence, "
                  "notamment au moyen d’audits et de la publication d’informations sur les marchés.",
              ]},
         ]},
        {"title": "Questions diverses", "body": [
            "Aucune question à soulever au titre du point 4 n’ayant été portée à l’attention du secrétariat, "
            "aucune documentation n’est prévue pour l’instant au titre de ce point.",
        ]},
        {"title": "Adoption du rapport", "body": [
            "Le Groupe de travail adoptera un rapport sur sa quatorzième session, dont le projet sera établi par "
            "le secrétariat.",
        ]},
    ],
    # the same schedule as the English version: only its printed forms differ
    "annex": copy.deepcopy(ENGLISH["annex"]),
}

VARIANTS = [
    variant("indicator-after-punctuation",
            replace("(GRACE)<fn>Voir <sym>CAC/COSP/2021/8</sym>, par. 22 à 31.</fn>.",
                    "(GRACE).<fn>Voir <sym>CAC/COSP/2021/8</sym>, par. 22 à 31.</fn>"),
            must=["A304"],
            note="Footnote 1 is placed after the full stop, English-style; French puts it before."),
    variant("missing-suite", annex_set_entry(1, 1, 0, continued=False),
            must=["A206"],
            note="Item 3 a) in the Tuesday afternoon slot lacks « (suite) »."),
    variant("ligature", replace("afin qu’il puisse", "a\ufb01n qu’il puisse"),
            must=["A608"],
            note="“afin” in item 1 b) is typed with the ligature character U+FB01 (ﬁ), as some PDFs "
                 "extract it. Tika folds it back to “fi”.", absent_in=["tika"]),
]
