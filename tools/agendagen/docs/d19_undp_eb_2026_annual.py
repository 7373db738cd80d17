"""DP/2026/L.2: annotated provisional agenda of the annual session 2026 of the Executive Board
of UNDP, UNFPA and UNOPS (New York, 1–5 June 2026).

A governing-board agenda: the Board's long name as the organ line, ``Distr.: Limited``, letter
paper and a New York job number, items numbered through four segments whose group headings
(``Joint segment``, ``UNDP segment``, ``UNFPA segment``, ``UNOPS segment``) print without a
colon, sub-items under items 2, 4 and 8, annotations in unnumbered paragraphs with
Documentation blocks after them, joint symbols (``DP/FPA/OPS/2026/1``), a footnote citing a
decision, and a five-day table with 10 a.m.–1 p.m. and 3–6 p.m. meetings.
The prose is written for this corpus.
"""

DOC = {
    "id": "dp-2026-l2",
    "language": "en",
    "paper": "letter",
    "link_color": "blue",
    "dup_links": False,
    "link_base": "https://undocs.org/en/",
    "masthead": {
        "symbol": "DP/2026/L.2",
        "organ": "Executive Board of the United Nations Development Programme, the United Nations "
                 "Population Fund and the United Nations Office for Project Services",
        "distribution": "Limited",
        "date": "2026-03-20",
        "original": "English",
        "job": "26-04417",
        "job_dates": ["200326", "230326"],
        "session": ["Annual session 2026", "1–5 June 2026, New York"],
        "session_bold": 1,
    },
    "title": "Provisional agenda, annotations and work plan",
    "items": [
        {"title": "Organizational matters", "group": "Joint segment", "body": [
            "The Executive Board will adopt the agenda and work plan for its annual session 2026 and approve "
            "the report on its first regular session 2026. It will also agree on the tentative work plan for "
            "the second regular session 2026, to be held from 31 August to 3 September 2026.",
            {"documentation": [
                ("Provisional agenda, annotations and work plan", "DP/2026/L.2"),
                ("Report of the first regular session 2026", "DP/2026/9"),
            ]},
        ]},
        {"title": "Internal audit and investigation", "sub_items": [
            {"title": "Reports of the audit and investigation services", "body": [
                "The directors of the three internal audit offices will present their annual reports for 2025, "
                "together with the opinions on the adequacy and effectiveness of each organization’s framework "
                "of governance, risk management and control. Management will present its responses.",
                {"documentation": [
                    ("UNDP: report of the Office of Audit and Investigations on internal audit and investigation "
                     "activities in 2025", "DP/2026/10"),
                    ("UNFPA: report of the Office of Audit and Investigation Services on internal audit and "
                     "investigation activities in 2025", "DP/FPA/2026/5"),
                    ("UNOPS: activity report for 2025 of the Internal Audit and Investigations Group",
                     "DP/OPS/2026/3"),
                ]},
            ]},
            {"title": "Reports of the audit advisory committees", "body": [
                "The chairs of the audit advisory committees will present the committees’ reports for 2025, "
                "which the Board receives each year together with the audit reports.<fn>In accordance with "
                "decision 2015/13 of the Executive Board, paragraph 4.</fn>",
            ]},
        ]},
        {"title": "Ethics", "body": [
            "The directors of the ethics offices will present their reports for 2025, including the statistics "
            "on requests for advice and on protection against retaliation, and the Board may wish to take note "
            "of them.",
            {"documentation": [
                ("Activities of the UNDP Ethics Office in 2025", "DP/2026/11"),
                ("Activities of the UNFPA Ethics Office in 2025", "DP/FPA/2026/6"),
                ("Activities of the UNOPS Ethics Office in 2025", "DP/OPS/2026/4"),
            ]},
        ]},
        {"title": "Annual report of the Administrator", "group": "UNDP segment", "sub_items": [
            {"title": "Results achieved in 2025 under the strategic plan, 2026–2029", "body": [
                "The Administrator will present the first annual report under the strategic plan, 2026–2029, "
                "with an assessment of the results achieved against the integrated results and resources "
                "framework, including on gender equality and on the transition from humanitarian response to "
                "development.",
                {"documentation": [
                    ("Annual report of the Administrator for 2025", "DP/2026/12"),
                    ("Statistical annex", "DP/2026/12/Add.1"),
                ]},
            ]},
            {"title": "Report of the Human Development Report Office", "body": [
                "The Board will have before it the annual update on the consultations held in preparing the "
                "<i>Human Development Report 2026</i>.",
            ]},
        ]},
        {"title": "Evaluation", "body": [
            "The Director of the Independent Evaluation Office will present the annual report on evaluation "
            "for 2025 and two thematic evaluations, on support to local governance and on the financing of "
            "climate adaptation. Management will present its responses to each of them.",
            {"documentation": [
                ("Annual report on evaluation, 2025", "DP/2026/13"),
                ("Evaluation of UNDP support to local governance", "DP/2026/14"),
                ("Management response to the evaluation of UNDP support to local governance", "DP/2026/15"),
            ]},
        ]},
        {"title": "Country programmes and related matters", "body": [
            "The Board will consider, for approval on a no-objection basis, the country programme documents "
            "listed below, which were made available for comments on the Board’s website twelve weeks before "
            "the session, and the extensions of country programmes approved by the Administrator.",
            {"documentation": [
                ("Country programme document for Ecuador (2027–2031)", "DP/DCP/ECU/5"),
                ("Country programme document for Mongolia (2027–2031)", "DP/DCP/MNG/4"),
                ("Extensions of country programmes", "DP/2026/16"),
            ]},
        ]},
        {"title": "Annual report of the Executive Director", "group": "UNFPA segment", "body": [
            "The Executive Director will present the annual report for 2025, which reviews progress towards "
            "the three transformative results of ending preventable maternal deaths, the unmet need for family "
            "planning, and gender-based violence and harmful practices.",
            {"documentation": [
                ("Report of the Executive Director: progress in implementing the strategic plan, 2026–2029",
                 "DP/FPA/2026/7 (Part I)"),
                ("Statistical and financial review, 2025", "DP/FPA/2026/7 (Part I)/Add.1"),
            ]},
        ]},
        {"title": "Evaluation", "sub_items": [
            {"title": "Annual report on the evaluation function", "body": [
                "The Director of the Evaluation Office will present the annual report on the evaluation "
                "function for 2025, and management will present its comments.",
                {"documentation": [
                    ("Annual report on the evaluation function, 2025", "DP/FPA/2026/8"),
                ]},
            ]},
            {"title": "Formative evaluation of the UNFPA approach to data and population statistics", "body": [
                "The Board will have before it the evaluation and the management response to it.",
            ]},
        ]},
        {"title": "Country programmes and related matters", "body": [
            "The Board will consider the country programme documents of UNFPA for approval on a no-objection "
            "basis.",
        ]},
        {"title": "Annual report of the Executive Director", "group": "UNOPS segment", "body": [
            "The Executive Director will present the annual report for 2025, including the progress made in "
            "implementing the midterm review of the strategic plan and the Board’s decisions on governance "
            "and oversight.",
            {"documentation": [
                ("Annual report of the Executive Director", "DP/OPS/2026/5"),
            ]},
        ]},
        {"title": "Other matters", "group": "Joint segment", "body": [
            "The Board will hear updates from the three organizations on matters not covered by the items above, "
            "including the working methods of the Board and the preparations for its joint meeting with the "
            "other executive boards on 29 May 2026.",
        ]},
    ],
    "annex": {
        "title": "Draft work plan",
        "days": [
            {"date": "2026-06-01", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["1", "2a"]},
                {"time": ("15:00", "18:00"), "entries": ["2a", "2b", "3"]},
            ]},
            {"date": "2026-06-02", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["4a", "4b"]},
                {"time": ("15:00", "18:00"), "entries": ["5", "6"]},
            ]},
            {"date": "2026-06-03", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["7"]},
                {"time": ("15:00", "18:00"), "entries": ["8a", "8b", "9"]},
            ]},
            {"date": "2026-06-04", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["10"]},
            ]},
            {"date": "2026-06-05", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["11"]},
                {"time": ("15:00", "18:00"), "entries": ["1"]},
            ]},
        ],
    },
}

VARIANTS = []
