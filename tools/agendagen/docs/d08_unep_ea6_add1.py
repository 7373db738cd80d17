"""UNEP/EA.6/1/Add.1*: "Annotations to the provisional agenda" of the sixth session of the
United Nations Environment Assembly (Nairobi, 26 February–1 March 2024), reissued.

Imitates UNEP's annotation addenda: no agenda list (the list is UNEP/EA.6/1), "Item N"
and title on two lines, paragraphs numbered through the document, a masthead with a
reissue asterisk on the symbol ("*" note) and an "Item 2 of the provisional agenda**"
line with its "**" note, a Nairobi job number without a language letter (K2325071),
links to ``https://undocs.org/en/`` in blue written once, and an organization of work
laid out as a list (day, time, "Item 2 (a)  Title" lines) instead of a table.
"""

from agendagen.faults import variant, masthead, annex_set_entry, replace

DOC = {
    "id": "unep-ea6-1-add1",
    "language": "en",
    "paper": "A4",
    "kind": "annotations_only",
    "heading_style": "unep",
    "numbered_paragraphs": True,
    "link_base": "https://undocs.org/en/",
    "link_color": "blue",
    "dup_links": False,
    "title": "Annotations to the provisional agenda",
    "masthead": {
        "symbol": "UNEP/EA.6/1/Add.1",
        "symbol_note": "Reissued for technical reasons on 9 February 2024.",
        "organ": "United Nations Environment Programme",
        "distribution": "General",
        "date": "2023-12-11",
        "original": "English",
        "job": "K2325071",
        "job_language": False,
        "job_dates": ["111223", "090224"],
        "session": ["United Nations Environment Assembly of the United Nations Environment Programme",
                    "Sixth session", "Nairobi, 26 February–1 March 2024"],
        "session_bold": 1,
        "item_line": "Item 2 of the provisional agenda<fn label=\"**\"><sym>UNEP/EA.6/1</sym>.</fn>",
        "item_title": "Adoption of the agenda and organization of work",
    },
    "items": [
        {"title": "Opening of the session", "body": [
            "The sixth session of the United Nations Environment Assembly of the United Nations Environment "
            "Programme will be opened at 10 a.m. on Monday, 26 February 2024, at the United Nations Office at "
            "Nairobi, by the President of the Environment Assembly.",
            "Opening statements are expected to be made by the President of the Environment Assembly, the "
            "Executive Director of the United Nations Environment Programme (UNEP) and the Director-General of "
            "the United Nations Office at Nairobi.",
        ]},
        {"title": "Adoption of the agenda and organization of work", "sub_items": [
            {"title": "Adoption of the agenda", "body": [
                "The Environment Assembly will be invited to adopt the agenda for its sixth session on the basis of "
                "the provisional agenda (<sym>UNEP/EA.6/1</sym>), which was approved by the Bureau of the "
                "Environment Assembly in consultation with the Committee of Permanent Representatives, in "
                "accordance with rule 9 of the rules of procedure.",
            ]},
            {"title": "Organization of work", "body": [
                "The Environment Assembly may wish to establish a Committee of the Whole to consider the draft "
                "resolutions and decisions submitted by the open-ended Committee of Permanent Representatives, and "
                "to elect a Chair of the Committee of the Whole from among the members of the Bureau.",
                "The plenary of the Environment Assembly will meet on Monday, 26 February, and from Thursday, "
                "29 February, to Friday, 1 March 2024, as set out in the annex to the present note. The Committee "
                "of the Whole will meet from Monday, 26 February, to Wednesday, 28 February 2024.",
                "Leadership dialogues on the theme of the session, “Effective, inclusive and sustainable "
                "multilateral actions to tackle climate change, biodiversity loss and pollution”, will be held "
                "on Thursday, 29 February 2024.",
            ]},
        ]},
        {"title": "Credentials of representatives", "body": [
            "In accordance with rule 17 of the rules of procedure, the credentials of representatives shall be "
            "submitted to the Executive Director not later than twenty-four hours after the opening of the "
            "session. The Bureau will examine the credentials and report thereon to the Environment Assembly.",
        ]},
        {"title": "Report of the Committee of Permanent Representatives", "body": [
            "The Chair of the Committee of Permanent Representatives will report to the Environment Assembly on "
            "the work of the Committee in preparation for the sixth session, including the outcome of the sixth "
            "open-ended meeting of the Committee, held in Nairobi from 12 to 16 February 2024.",
            {"documentation": [
                ("Report of the sixth open-ended meeting of the Committee of Permanent Representatives",
                 "UNEP/EA.6/2"),
            ]},
        ]},
        {"title": "International environmental policy and governance issues", "body": [
            "The Environment Assembly will consider the draft resolutions and decisions forwarded by the "
            "Committee of Permanent Representatives, which address, among other things, the sound management of "
            "chemicals and waste, the protection of the marine environment and the environmental aspects of "
            "minerals and metals.",
            "The Environment Assembly will also have before it the report of the Executive Director on progress "
            "in the implementation of the resolutions adopted at its fifth session.<fn>See "
            "<sym>UNEP/EA.5/3/Rev.1</sym>.</fn>",
            {"documentation": [
                ("Progress in the implementation of resolutions adopted by the United Nations Environment Assembly "
                 "at its fifth session: report of the Executive Director", "UNEP/EA.6/3"),
            ]},
        ]},
        {"title": "Programme of work and budget, and other administrative and budgetary issues", "body": [
            "The Environment Assembly will be invited to consider the implementation of the programme of work and "
            "budget for the biennium 2022–2023 and to approve the programme of work and budget for the biennium "
            "2024–2025, which was endorsed by the Committee of Permanent Representatives.",
            "The Environment Assembly will also have before it a report on the management of trust funds and "
            "earmarked contributions.",
            {"documentation": [
                ("Proposed programme of work and budget for the biennium 2024–2025", "UNEP/EA.6/4"),
                ("Management of trust funds and earmarked contributions: report of the Executive Director",
                 "UNEP/EA.6/5"),
            ]},
        ]},
        {"title": "Stakeholder engagement", "body": [
            "The Environment Assembly will receive the outcome of the Global Major Groups and Stakeholders "
            "Forum, held in Nairobi on 24 and 25 February 2024, as a contribution to its deliberations.",
        ]},
        {"title": "Leadership dialogues", "body": [
            "The leadership dialogues will allow ministers and other heads of delegation to engage in interactive "
            "discussions on the theme of the session. A background paper prepared by the secretariat will be "
            "made available in advance of the session.",
        ]},
        {"title": "Contributions to the meetings of the high-level political forum on sustainable development",
         "body": [
             "In accordance with General Assembly resolution 67/290, the Environment Assembly may wish to provide "
             "input to the high-level political forum on sustainable development, which will meet in July 2024.",
         ]},
        {"title": "Provisional agenda, date and venue of the seventh session of the United Nations Environment "
                  "Assembly", "body": [
            "The Environment Assembly will be invited to decide on the provisional agenda, date and venue of its "
            "seventh session, on the basis of a draft decision prepared by the Committee of Permanent "
            "Representatives.",
        ]},
        {"title": "Adoption of the ministerial declaration, resolutions and decisions", "body": [
            "The Environment Assembly will be invited to adopt a ministerial declaration and the resolutions and "
            "decisions recommended by the Committee of the Whole.",
        ]},
        {"title": "Other matters", "body": [
            "The Environment Assembly may wish to consider any other matters raised by members during the "
            "session.",
        ]},
        {"title": "Adoption of the report", "body": [
            "The Environment Assembly will be invited to adopt the report on the work of its sixth session, on the "
            "basis of the draft report prepared by the Rapporteur.",
        ]},
        {"title": "Closure of the session", "body": [
            "The sixth session of the Environment Assembly is expected to close at 6 p.m. on Friday, "
            "1 March 2024.",
        ]},
    ],
    "annex": {
        "layout": "list",
        "days": [
            {"date": "2024-02-26", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["1", "2a", "2b", "3", "4"]},
                {"time": ("15:00", "18:00"), "entries": ["5", "6", "7"]},
            ]},
            {"date": "2024-02-29", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["8"]},
                {"time": ("15:00", "18:00"), "entries": ["8"]},
            ]},
            {"date": "2024-03-01", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["9", "10", "3", "11"]},
                {"time": ("15:00", "18:00"), "entries": ["11", "12", "13", "14"]},
            ]},
        ],
    },
}

VARIANTS = [
    variant("asterisk-without-note",
            masthead(item_line="Item 2 of the provisional agenda<sup>**</sup>"),
            must=["A305"], may=["A301"],
            note="The masthead line “Item 2 of the provisional agenda**” has no “**” note (a linter may "
                 "also report the reference as an undefined footnote)."),
    variant("continued-on-first", annex_set_entry(0, 1, 0, continued=True),
            must=["A206"],
            note="Item 5, scheduled for the first time on Monday afternoon, is marked “(continued)”."),
    variant("opening-time-mismatch", replace("opened at 10 a.m. on Monday", "opened at 3 p.m. on Monday"),
            must=["A209"],
            note="Item 1 says the session opens at 3 p.m.; the annex starts with the 10 a.m.–1 p.m. meeting."),
]
