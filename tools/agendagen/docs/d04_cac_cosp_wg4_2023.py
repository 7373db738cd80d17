"""CAC/COSP/WG.4/2023/1: annotated provisional agenda of the fourteenth session of the
Open-ended Intergovernmental Working Group on the Prevention of Corruption (Vienna,
4–6 September 2023).

A working-group agenda of five items in UNODC house style (like the seed, but another
body and year): sub-items under items 1 and 3, a three-day organization-of-work table
whose rows cite sub-items, footnotes on two pages, black links written twice.  The
French version of the same document is ``d05_cac_cosp_wg4_2023_fr.py``.
"""

from agendagen.faults import variant, replace

DOC = {
    "id": "cac-cosp-wg4-2023-1",
    "language": "en",
    "paper": "A4",
    "masthead": {
        "symbol": "CAC/COSP/WG.4/2023/1",
        "organ": "Conference of the States Parties to the United Nations Convention against Corruption",
        "distribution": "General",
        "date": "2023-06-22",
        "original": "English",
        "job": "V.23-11893",
        "job_dates": ["220623", "230623"],
        "session": ["Open-ended Intergovernmental Working Group on the Prevention of Corruption",
                    "Vienna, 4–6 September 2023"],
        "session_bold": 1,
    },
    "items": [
        {"title": "Organizational matters", "sub_items": [
            {"title": "Opening of the session", "body": [
                "The fourteenth session of the Open-ended Intergovernmental Working Group on the Prevention of "
                "Corruption will be opened on Monday, 4 September 2023, at 10 a.m.",
            ]},
            {"title": "Adoption of the agenda and organization of work", "body": [
                "In its resolution 1/5, the Conference of the States Parties to the United Nations Convention "
                "against Corruption decided to establish an interim open-ended intergovernmental working group to "
                "advise and assist the Conference in the implementation of its mandate on the prevention of "
                "corruption. In its resolution 4/3, the Conference decided that the Working Group should continue "
                "its work, and in its resolution 9/6 it decided that the Working Group should hold at least two "
                "meetings before the tenth session of the Conference.",
                "In accordance with the workplan adopted by the Working Group for the period 2022–2023, the topics "
                "for the fourteenth session are “Education and youth empowerment in the prevention of corruption” "
                "and “The use of information and communications technologies to prevent corruption”. The Working "
                "Group will also consider, under item 3 (c), the prevention of corruption in the management of "
                "public finances in emergencies.",
                "The proposed organization of work, contained in the annex to the present document, was prepared "
                "in order to enable the Working Group to perform its mandated functions within the time and "
                "according to the conference services available to it. The resources available will permit the "
                "holding of six meetings over three days, with interpretation in the six official languages of "
                "the United Nations.",
                "States parties are invited to submit information on their good practices and initiatives relating "
                "to the topics of the session by Friday, 30 June 2023, so that it can be taken into account in the "
                "background papers prepared by the secretariat.",
            ]},
        ]},
        {"title": "Implementation of relevant resolutions of the Conference of the States Parties to the United "
                  "Nations Convention against Corruption", "body": [
            "In its resolution 9/6, entitled “Follow-up to the Marrakech declaration on the prevention of "
            "corruption”, the Conference requested the secretariat to continue to gather information on good "
            "practices in the prevention of corruption and to report thereon to the Working Group.",
            "The Working Group will have before it a note by the secretariat summarizing the information received "
            "from States parties on the measures taken to implement resolutions 9/6 and 9/7 since the thirteenth "
            "session of the Working Group, held in Vienna from 14 to 16 June 2022.",
            "The Working Group may wish to exchange views on that information and to identify areas in which "
            "further action or technical assistance is needed.",
            {"documentation": [
                ("Note by the secretariat on the implementation of Conference resolutions 9/6 and 9/7",
                 "CAC/COSP/WG.4/2023/2"),
            ]},
        ]},
        {"title": "Thematic discussion on good practices and initiatives in the prevention of corruption",
         "body": [
             "In its resolution 6/6, the Conference requested the Working Group to continue to facilitate the "
             "exchange of information and experience among States on preventive measures and practices, and to "
             "collect, disseminate and promote best practices in the prevention of corruption.",
         ],
         "sub_items": [
             {"title": "Education and youth empowerment in the prevention of corruption", "body": [
                 "Article 13 of the Convention calls upon States parties to undertake public information "
                 "activities that contribute to non-tolerance of corruption, as well as public education "
                 "programmes, including school and university curricula.",
                 "The background paper prepared by the secretariat on the topic summarizes the information "
                 "provided by 41 States parties on measures to integrate ethics and integrity education into "
                 "formal education, and on initiatives to engage young people in anti-corruption efforts, "
                 "including through the Global Resource for Anti-Corruption Education and Youth Empowerment "
                 "(GRACE) initiative."
                 "<fn>See <sym>CAC/COSP/2021/8</sym>, paras. 22–31.</fn>",
                 "The Working Group may wish to consider ways of measuring the impact of such programmes and of "
                 "sharing teaching materials among States parties.",
                 {"documentation": [
                     ("Background paper prepared by the secretariat on education and youth empowerment in the "
                      "prevention of corruption", "CAC/COSP/WG.4/2023/3"),
                 ]},
             ]},
             {"title": "The use of information and communications technologies to prevent corruption", "body": [
                 "Information and communications technologies, including electronic procurement systems, "
                 "open data portals, asset declaration platforms and data analytics, are increasingly used by "
                 "States to detect risks of corruption at an early stage and to increase the transparency of "
                 "public administration.",
                 "At the same time, the use of such technologies raises questions regarding data protection, the "
                 "interoperability of systems and the capacity of public institutions to analyse large amounts "
                 "of data. The background paper addresses those questions on the basis of submissions from "
                 "States parties and of the findings of the second cycle of the Implementation Review Mechanism."
                 "<fn>See <sym>CAC/COSP/IRG/2023/2</sym>.</fn>",
                 {"documentation": [
                     ("Background paper prepared by the secretariat on the use of information and communications "
                      "technologies to prevent corruption", "CAC/COSP/WG.4/2023/4"),
                 ]},
             ]},
             {"title": "Prevention of corruption in the management of public finances in emergencies", "body": [
                 "In its resolution 9/1, the Conference recognized that emergencies such as the coronavirus "
                 "disease (COVID-19) pandemic increase the risk of corruption in the allocation of public "
                 "resources, in particular in public procurement.",
                 "The Working Group may wish to discuss the lessons learned by States parties in ensuring the "
                 "integrity, transparency and accountability of emergency expenditure, including the use of "
                 "audits and the publication of contract information.",
             ]},
         ]},
        {"title": "Other matters", "body": [
            "As no issues to be raised under item 4 have come to the attention of the secretariat, no "
            "documentation regarding this item is currently foreseen.",
        ]},
        {"title": "Adoption of the report", "body": [
            "The Working Group will adopt a report on its fourteenth session, the draft of which will be prepared "
            "by the secretariat.",
        ]},
    ],
    "annex": {
        "days": [
            {"date": "2023-09-04", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["1a", "1b", "2"]},
                {"time": ("15:00", "18:00"), "entries": ["2"]},
            ]},
            {"date": "2023-09-05", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["3a"]},
                {"time": ("15:00", "18:00"), "entries": ["3a", "3b"]},
            ]},
            {"date": "2023-09-06", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["3b", "3c"]},
                {"time": ("15:00", "18:00"), "entries": ["3c", "4", "5"]},
            ]},
        ],
    },
}

VARIANTS = [
    variant("dangling-item-reference", replace("under item 4 have come", "under item 7 have come"),
            must=["A207"],
            note="The annotation of item 4 says “under item 7”; the agenda has five items."),
    variant("time-format", replace("at 10 a.m.", "at 10:00 AM"),
            must=["A404"], may=["A209"],
            note="Item 1 (a) says the session opens “at 10:00 AM” (UN style: “10 a.m.”); a linter that cannot "
                 "read that time may also report the opening as not matching the annex."),
    variant("impossible-date", replace("by Friday, 30 June 2023", "by Friday, 31 June 2023"),
            must=["A401"],
            note="Item 1 (b) sets a deadline of “Friday, 31 June 2023”, a date that does not exist."),
    variant("annotations-heading-missing", lambda src: src.update(annotations_heading=""),
            must=["A106"], may=["A101", "A104", "A201", "A202", "A001"],
            note="The “Annotations” heading is missing: the annotation headings follow the list directly. "
                 "Depending on how a parser recovers, the headings may be read as a second list."),
]
