"""E/CN.7/2023/L.2: draft provisional agenda for the sixty-seventh session of the
Commission on Narcotic Drugs, a note by the Secretariat issued under item 10 of the
sixty-sixth session (the document of ``d02_cnd_2023.py``).

A document *about* an agenda, as the Commission receives one each year: ``Distr.:
Limited`` (an ``L.`` symbol), an "Item 10 of the provisional agenda*" masthead line
with its "*" note citing E/CN.7/2023/1, a subtitle, numbered introductory paragraphs,
then the draft list itself (plain: no annotations) with segment headings and sub-items.
"""

from agendagen.faults import variant, masthead, replace

DOC = {
    "id": "e-cn7-2023-l2",
    "language": "en",
    "paper": "A4",
    "kind": "plain",
    "numbered_paragraphs": True,
    "title": "Draft provisional agenda for the sixty-seventh session of the Commission",
    "subtitle": "Note by the Secretariat",
    "list_heading": "Draft provisional agenda for the sixty-seventh session of the Commission on Narcotic Drugs",
    "masthead": {
        "symbol": "E/CN.7/2023/L.2",
        "organ": "Economic and Social Council",
        "distribution": "Limited",
        "date": "2023-03-06",
        "original": "English",
        "job": "V.23-04108",
        "job_dates": ["060323", "070323"],
        "session": ["Commission on Narcotic Drugs", "Sixty-sixth session", "Vienna, 13–17 March 2023"],
        "session_bold": 1,
        "item_line": "Item 10 of the provisional agenda<fn label=\"*\"><sym>E/CN.7/2023/1</sym>.</fn>",
        "item_title": "Provisional agenda for the sixty-seventh session of the Commission",
    },
    "intro": [
        "In its resolution 62/1 and in the Ministerial Declaration adopted at its sixty-second session, the "
        "Commission decided to conduct, in 2024, a mid-term review of the progress made in implementing all "
        "international drug policy commitments. At its sixty-fifth session, the Commission decided that the "
        "review would be held during a high-level segment of its sixty-seventh session.",
        "In accordance with rule 5 of the rules of procedure of the functional commissions of the Economic and "
        "Social Council, the Secretariat prepared the draft provisional agenda reproduced below in consultation "
        "with the extended Bureau. The draft follows the structure of the agenda of the sixty-sixth session "
        "(see E/CN.7/2023/1), with the addition of the items of the high-level segment.",
        "The Commission may wish to approve the draft provisional agenda. Annotations to the provisional agenda "
        "and a proposed organization of work will be prepared by the Secretariat and issued six weeks before "
        "the opening of the sixty-seventh session, in accordance with established practice.",
    ],
    "items": [
        {"title": "Election of officers"},
        {"title": "Adoption of the agenda and other organizational matters"},
        {"group": "High-level segment:", "title": "Opening of the high-level segment"},
        {"title": "General debate of the high-level segment"},
        {"title": "Mid-term review of the implementation of all international drug policy commitments following "
                  "the 2019 Ministerial Declaration", "sub_items": [
            {"title": "Taking stock of the progress made and the challenges encountered"},
            {"title": "The way forward to 2029"},
        ]},
        {"group": "Operational segment:",
         "title": "Strategic management, budgetary and administrative questions", "sub_items": [
             {"title": "Work of the subsidiary bodies of the Commission"},
             {"title": "Directives on policy and budgetary matters for the drug programme of the United Nations "
                       "Office on Drugs and Crime"},
             {"title": "Staff composition of the United Nations Office on Drugs and Crime and other related "
                       "matters"},
         ]},
        {"group": "Normative segment:",
         "title": "Implementation of the international drug control treaties", "sub_items": [
             {"title": "Changes in the scope of control of substances"},
             {"title": "Challenges and future work of the Commission on Narcotic Drugs, the World Health "
                       "Organization and the International Narcotics Control Board in the review of substances "
                       "for possible scheduling recommendations"},
             {"title": "International Narcotics Control Board"},
             {"title": "International cooperation to ensure the availability of narcotic drugs and psychotropic "
                       "substances for medical and scientific purposes, while preventing their diversion"},
             {"title": "Other matters arising from the international drug control treaties"},
         ]},
        {"title": "Inter-agency cooperation and coordination of efforts in addressing and countering the world "
                  "drug problem"},
        {"title": "Recommendations of the subsidiary bodies of the Commission"},
        {"title": "Contributions by the Commission to the work of the Economic and Social Council, in line with "
                  "General Assembly resolution 72/305, including follow-up to and review and implementation of "
                  "the 2030 Agenda for Sustainable Development"},
        {"title": "Provisional agenda for the sixty-eighth session of the Commission"},
        {"title": "Other business"},
        {"title": "Adoption of the report of the Commission on its sixty-seventh session"},
    ],
}

VARIANTS = [
    variant("job-year-mismatch", masthead(job="V.22-04108"),
            must=["A504"],
            note="The job number V.22-04108 (and its barcode *2204108*) names 2022; the masthead is dated "
                 "6 March 2023."),
    variant("symbol-split-by-line-break", replace("(see E/CN.7/2023/1)", "(see E/CN.7/\n2023/1)", where="intro"),
            must=["A502"], may=["A603"],
            note="Paragraph 2 cites E/CN.7/2023/1 with a line break after “E/CN.7/”, as an extractor leaves a "
                 "symbol that wrapped at a slash."),
]
