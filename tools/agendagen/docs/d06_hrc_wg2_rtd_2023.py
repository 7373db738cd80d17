"""A/HRC/WG.2/24/1: annotated provisional agenda of the twenty-fourth session of the
Working Group on the Right to Development (Geneva, 15–19 May 2023).

A Geneva working group of the Human Rights Council (the second working group of the
corpus, after the Vienna prevention group): GE. job number, "General Assembly" as the
organ with the Council and the group in the session block, numbered annotation
paragraphs, sub-items under item 4, and two annexes: I, the programme of work as a
five-day table; II, a concept note by the Chair-Rapporteur with ``[Original: Spanish]``
under its heading, a subheading and indented (a)/(b) paragraphs.
"""

from agendagen.faults import variant, set_annotation_title, replace

DOC = {
    "id": "a-hrc-wg2-24-1",
    "language": "en",
    "paper": "A4",
    "numbered_paragraphs": True,
    "link_color": "black",
    "dup_links": True,
    "masthead": {
        "symbol": "A/HRC/WG.2/24/1",
        "organ": "General Assembly",
        "distribution": "General",
        "date": "2023-03-20",
        "original": "English",
        "job": "GE.23-05218",
        "job_dates": ["200323"],
        "session": ["Human Rights Council", "Working Group on the Right to Development", "Twenty-fourth session",
                    "Geneva, 15–19 May 2023"],
        "session_bold": 2,
    },
    "items": [
        {"title": "Election of the Chair-Rapporteur", "body": [
            "In its resolution 4/4, the Human Rights Council decided to extend the mandate of the Working Group on "
            "the Right to Development and requested the Working Group to elect its Chair-Rapporteur at the "
            "beginning of each session.",
            "The Working Group will be invited to elect its Chair-Rapporteur at its first meeting, on Monday, "
            "15 May 2023, at 10 a.m. In accordance with established practice, the Chair-Rapporteur is elected "
            "for the duration of the session.",
        ]},
        {"title": "Adoption of the agenda and programme of work", "body": [
            "The Working Group will be invited to adopt its agenda and programme of work. The draft programme of "
            "work, contained in annex I to the present document, has been prepared on the basis of the mandate of "
            "the Working Group and in consultation with the regional and political groups.",
            "The resources available will permit the holding of ten meetings over five days, with interpretation "
            "in the six official languages of the United Nations.",
            {"documentation": [
                ("Annotated provisional agenda", "A/HRC/WG.2/24/1"),
            ]},
        ]},
        {"title": "General statements", "body": [
            "Delegations and observers will be invited to make general statements on the work of the Working Group "
            "and on developments relevant to the realization of the right to development since its twenty-third "
            "session, held from 9 to 13 May 2022.",
            "Statements should not exceed three minutes for States members of the Human Rights Council and two "
            "minutes for observers and other stakeholders.",
        ]},
        {"title": "Elaboration of a draft legally binding instrument on the right to development", "body": [
            "In its resolution 33/14, the Human Rights Council decided that the Working Group should commence "
            "the elaboration of a draft legally binding instrument on the right to development. In its "
            "resolution 51/7, the Council requested the Working Group to finalize its consideration of the draft "
            "convention on the right to development and to submit it to the Council for further action."
            "<fn>See <sym>A/HRC/RES/51/7</sym>, para. 20.</fn>",
         ], "sub_items": [
            {"title": "Consideration of the revised draft convention on the right to development", "body": [
                "The revised draft convention on the right to development, prepared by the Chair-Rapporteur with "
                "the support of the drafting group, is contained in the report of the Working Group on its "
                "twenty-third session. The Working Group will undertake a second reading of the revised draft, "
                "article by article. The comments received from States and other stakeholders on the first draft "
                "were compiled in an addendum to the report of the Working Group on its twenty-first session "
                "(A/HRC/WG.2/21/2/Add.1).",
                "Delegations are encouraged to submit written proposals on specific articles to the secretariat "
                "by Friday, 28 April 2023, so that they can be compiled and circulated before the session.",
                {"documentation": [
                    ("Report of the Working Group on the Right to Development on its twenty-third session",
                     "A/HRC/54/27"),
                    ("Revised draft convention on the right to development: note by the Chair-Rapporteur",
                     "A/HRC/WG.2/24/2"),
                ]},
            ]},
            {"title": "Consideration of the draft commentaries to the articles of the revised draft convention",
             "body": [
                 "The drafting group of experts prepared commentaries to each article of the revised draft "
                 "convention, setting out the sources on which the articles are based and their relationship "
                 "with existing international law.<fn>See <sym>A/HRC/WG.2/23/CRP.1</sym>.</fn>",
                 "The Working Group may wish to comment on the draft commentaries and to provide guidance on their "
                 "finalization, with a view to their submission together with the draft convention.",
                 {"documentation": [
                     ("Draft commentaries to the articles of the revised draft convention on the right to "
                      "development", "A/HRC/WG.2/24/CRP.1"),
                 ]},
             ]},
        ]},
        {"title": "Interactive dialogue with the Expert Mechanism on the Right to Development and the Special "
                  "Rapporteur on the right to development", "body": [
            "In its resolution 42/23, the Human Rights Council established the Expert Mechanism on the Right to "
            "Development to provide the Council with thematic expertise on the right to development. The "
            "Chair of the Expert Mechanism will present the thematic studies of the Mechanism.",
            "The Special Rapporteur on the right to development will brief the Working Group on his recent "
            "activities, including his country visits and his report to the General Assembly entitled "
            "“Contribution of financing for development to the realization of the right to development”."
            "<fn><sym>A/77/174</sym>.</fn>",
            "An interactive dialogue with delegations and observers will follow the presentations.",
        ]},
        {"title": "Other matters", "body": [
            "The Working Group may wish to consider any other matters that may arise during the session.",
        ]},
        {"title": "Adoption of the conclusions and recommendations and of the report of the Working Group on its "
                  "twenty-fourth session", "body": [
            "The Working Group will adopt its conclusions and recommendations and its report on its twenty-fourth "
            "session, which will be submitted to the Human Rights Council at its fifty-fifth session.",
        ]},
    ],
    "annex": {
        "title": "Draft programme of work",
        "days": [
            {"date": "2023-05-15", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["1", "2", "3"]},
                {"time": ("15:00", "18:00"), "entries": ["3"]},
            ]},
            {"date": "2023-05-16", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["4a"]},
                {"time": ("15:00", "18:00"), "entries": ["4a"]},
            ]},
            {"date": "2023-05-17", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["4a"]},
                {"time": ("15:00", "18:00"), "entries": ["4b"]},
            ]},
            {"date": "2023-05-18", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["5"]},
                {"time": ("15:00", "18:00"), "entries": ["4b", "6"]},
            ]},
            {"date": "2023-05-19", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["7"]},
                {"time": ("15:00", "18:00"), "entries": ["7"]},
            ]},
        ],
    },
    "extra_annexes": [
        {"title": "Concept note by the Chair-Rapporteur on the second reading of the revised draft convention",
         "original": "[Original: Spanish]",
         "intro": [
             "The second reading of the revised draft convention on the right to development offers an "
             "opportunity to consolidate the progress achieved since the elaboration of the first draft in 2020. "
             "The Chair-Rapporteur proposes to organize the discussions in a manner that allows delegations to "
             "focus on the provisions on which views continue to diverge.",
             {"subheading": "Proposed method of work"},
             "The Chair-Rapporteur proposes that the Working Group:",
             {"indent": "(a) Consider the preamble and articles 1 to 12 on Tuesday and Wednesday, and articles 13 "
                        "to 27 on Wednesday afternoon and Thursday afternoon;"},
             {"indent": "(b) Hold informal consultations on the draft conclusions and recommendations on Friday "
                        "morning, with a view to their adoption on Friday afternoon."},
             "The Chair-Rapporteur will circulate a compilation of the proposals received from delegations before "
             "the session, and a revised text reflecting the discussions will be prepared after the session.",
         ]},
    ],
}

VARIANTS = [
    variant("heading-punctuation", set_annotation_title("6", "Other matters."),
            must=["A105"],
            note="The annotation heading of item 6 ends with a full stop; after dropping final punctuation it "
                 "still equals the list title, so A202 does not apply."),
    variant("straight-quotes",
            replace("entitled “Contribution of financing for development to the realization of the right to "
                    "development”.",
                    "entitled \"Contribution of financing for development to the realization of the right to "
                    "development\"."),
            must=["A702"],
            note="The title of the Special Rapporteur’s report under item 5 is quoted with straight quotes."),
    variant("modifier-form", replace("(A/HRC/WG.2/21/2/Add.1)", "(A/HRC/WG.2/21/2/add.1)"),
            must=["A503"],
            note="Item 4 (a) cites “A/HRC/WG.2/21/2/add.1”: the modifier is written in lower case."),
]
