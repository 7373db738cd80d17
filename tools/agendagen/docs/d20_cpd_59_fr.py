"""E/CN.9/2026/1, French version: « Ordre du jour provisoire annoté » of the fifty-ninth session
of the Commission on Population and Development (New York, 13–17 April 2026).

A functional commission in New York in French: letter paper, a New York job number with
``(F)``, numbered annotation paragraphs, items 3 and 4 with sub-items a)–c) and a)–b), each
annotation closing on a ``Documentation`` block, a note from the Secretariat cited in an
item title's footnote, a Documentation entry whose symbol is a pair of joint reports, and
an annex headed « Projet d'organisation des travaux » set as a table with ``(suite)``.
The prose is written for this corpus.
"""

NB = "\u00a0"

DOC = {
    "id": "e-cn9-2026-1-fr",
    "language": "fr",
    "paper": "letter",
    "link_color": "blue",
    "dup_links": False,
    "numbered_paragraphs": True,
    "masthead": {
        "symbol": "E/CN.9/2026/1",
        "organ": "Conseil économique et social",
        "distribution": "générale",
        "date": "2026-01-22",
        "original": "anglais",
        "version_language": "Français",
        "job": "26-01187",
        "job_dates": ["290126", "030226"],
        "session": ["Commission de la population et du développement", "Cinquante-neuvième session",
                    "New York, 13-17 avril 2026"],
        "session_bold": 1,
    },
    "items": [
        {"title": "Élection du Bureau", "body": [
            "Conformément à la résolution 2022/3 du Conseil économique et social, la Commission a élu son "
            "président et deux vice-présidents à la séance qui a suivi immédiatement la clôture de sa "
            "cinquante-huitième session. Elle élira les autres membres du Bureau à l’ouverture de la session.",
        ]},
        {"title": "Adoption de l’ordre du jour et autres questions d’organisation", "body": [
            "La Commission sera saisie de l’ordre du jour provisoire annoté de la session, qu’elle a approuvé "
            "dans sa décision 2025/101, et du projet d’organisation des travaux figurant en annexe au présent "
            "document.",
            "La session s’ouvrira le lundi 13 avril 2026 à 10" + NB + "heures. Les ressources disponibles "
            "permettront de tenir dix séances avec interprétation dans les six langues officielles.",
            {"documentation": [
                ("Ordre du jour provisoire annoté", "E/CN.9/2026/1"),
                ("Note du Secrétariat sur l’état de la documentation", "E/CN.9/2026/CRP.1"),
            ]},
        ]},
        {"title": "Débat général", "sub_items": [
            {"title": "Déclarations sur l’expérience des pays en matière de population", "body": [
                "Les délégations sont invitées à faire part des enseignements tirés de la mise en œuvre du "
                "Programme d’action de la Conférence internationale sur la population et le "
                "développement<fn>Voir <i>Rapport de la Conférence internationale sur la population et le "
                "développement, Le Caire, 5-13 septembre 1994</i>, chap. I, résolution 1, annexe.</fn>. "
                "Les déclarations ne devraient pas dépasser cinq minutes.",
            ]},
            {"title": "Suivi des programmes et des flux de ressources", "body": [
                "La Commission sera saisie du rapport du Secrétaire général sur l’état des flux de ressources "
                "financières destinées à aider à l’application du Programme d’action.",
                {"documentation": [
                    ("Rapport du Secrétaire général sur les flux de ressources financières destinées à aider "
                     "à l’application du Programme d’action", "E/CN.9/2026/5"),
                ]},
            ]},
            {"title": "Thème spécial de la session : « Population, urbanisation et développement durable »", "body": [
                "Au titre de ce point, la Commission examinera le rapport du Secrétaire général consacré au "
                "thème spécial, qui analyse la croissance des villes intermédiaires et ses effets sur l’accès "
                "aux services de santé et d’éducation.",
                "Un débat interactif réunira des experts venus de plusieurs régions; la Commission souhaitera "
                "peut-être dégager des orientations à l’intention des États membres.",
                {"documentation": [
                    ("Rapport du Secrétaire général sur la population, l’urbanisation et le développement "
                     "durable", "E/CN.9/2026/2"),
                    ("Rapport du Secrétaire général sur le suivi des programmes de population axé sur "
                     "l’urbanisation", "E/CN.9/2026/3"),
                ]},
            ]},
        ]},
        {"title": "Questions relatives aux programmes", "sub_items": [
            {"title": "Activités du Secrétariat dans le domaine de la population", "body": [
                "La Commission sera saisie d’une note du Secrétariat présentant l’état d’avancement des travaux "
                "de la Division de la population du Département des affaires économiques et sociales en 2025.",
                {"documentation": [
                    ("Note du Secrétariat sur l’exécution du programme de travail dans le domaine de la "
                     "population en 2025", "E/CN.9/2026/4"),
                ]},
            ]},
            {"title": "Projet de programme de travail pour 2027", "body": [
                "La Commission sera invitée à examiner le projet de plan-programme de la Division pour 2027 et à "
                "formuler des observations à son sujet.",
            ]},
        ]},
        {"title": "Thème spécial de la soixantième session de la Commission", "body": [
            "Conformément à sa résolution 2012/1, la Commission arrêtera le thème spécial de sa soixantième "
            "session, qui se tiendra en 2027. Le Bureau a proposé le thème « Population et changements "
            "démographiques dans les zones rurales ».",
        ]},
        {"title": "Ordre du jour provisoire de la soixantième session de la Commission", "body": [
            "La Commission sera saisie d’un projet d’ordre du jour provisoire pour sa soixantième session, "
            "qu’elle sera invitée à approuver.",
            {"documentation": [
                ("Note du Secrétariat contenant le projet d’ordre du jour provisoire de la soixantième session "
                 "de la Commission", "E/CN.9/2026/L.1"),
            ]},
        ]},
        {"title": "Adoption du rapport de la Commission sur les travaux de sa cinquante-neuvième session",
         "body": [
             "La Commission adoptera le rapport sur les travaux de sa cinquante-neuvième session, dont le "
             "projet sera établi par le Rapporteur avec l’aide du Secrétariat.",
         ]},
    ],
    "annex": {
        "title": "Projet d’organisation des travaux",
        "days": [
            {"date": "2026-04-13", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["1", "2", "3a"]},
                {"time": ("15:00", "18:00"), "entries": ["3a"]},
            ]},
            {"date": "2026-04-14", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["3a"]},
                {"time": ("15:00", "18:00"), "entries": ["3b"]},
            ]},
            {"date": "2026-04-15", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["3c"]},
                {"time": ("15:00", "18:00"), "entries": ["3c"]},
            ]},
            {"date": "2026-04-16", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["4a", "4b"]},
                {"time": ("15:00", "18:00"), "entries": ["5"]},
            ]},
            {"date": "2026-04-17", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["6"]},
                {"time": ("15:00", "18:00"), "entries": ["7"]},
            ]},
        ],
    },
}

VARIANTS = []
