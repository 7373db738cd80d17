"""ESCAP/81/1: annotated provisional agenda of the eighty-first session of the Economic and
Social Commission for Asia and the Pacific (Bangkok, 28 April–2 May 2025).

A regional-commission agenda: ``Economic and Social Council`` as the organ with the
Commission and the session as bold lines, a Bangkok job number (``B25-00214 (E)`` with a
``TP`` processing date, as ESCAP prints it), a long list (16 items) in two segments with
group headings, nine sub-items under item 3 whose ninth letter is ``(i)`` and, under
3 (b), sub-sub-items (i)–(iii); each annotation gives its Documentation block first and
then an ``Annotation`` subheading with the prose, as ESCAP sets them; morning and
afternoon meetings at 9.30 a.m.–12.30 p.m. and 2.30–5.30 p.m. in a five-day table.
The prose is written for this corpus.
"""

DOC = {
    "id": "escap-81-1",
    "language": "en",
    "paper": "A4",
    "link_color": "blue",
    "dup_links": False,
    "masthead": {
        "symbol": "ESCAP/81/1",
        "organ": "Economic and Social Council",
        "distribution": "General",
        "date": "2025-02-14",
        "original": "English",
        "job": "B25-00214",
        "job_dates": ["TP140225"],
        "session": ["Economic and Social Commission for Asia and the Pacific", "Eighty-first session",
                    "Bangkok, 28 April–2 May 2025"],
        "session_bold": 1,
    },
    "items": [
        {"title": "Opening of the session", "group": "Senior officials segment", "sub_items": [
            {"title": "Opening statements", "body": [
                {"subheading": "Annotation"},
                "The Executive Secretary will deliver a statement at the opening of the senior officials "
                "segment, to be held at 9.30 a.m. on Monday, 28 April 2025, at the United Nations Conference "
                "Centre in Bangkok.",
            ]},
            {"title": "Election of officers", "body": [
                {"subheading": "Annotation"},
                "The Commission will elect a Chair and Vice-Chairs of the senior officials segment, who will "
                "serve until the opening of the ministerial segment.",
            ]},
            {"title": "Adoption of the agenda", "body": [
                {"documentation": [
                    ("Annotated provisional agenda", "ESCAP/81/1"),
                ]},
                {"subheading": "Annotation"},
                "The Commission will consider and adopt the agenda of the session.",
            ]},
        ]},
        {"title": "Theme topic for the eighty-first session of the Commission: “Digital public "
                  "infrastructure for inclusive and resilient development in Asia and the Pacific”", "body": [
            {"documentation": [
                ("Summary of the theme study on digital public infrastructure for inclusive and resilient "
                 "development in Asia and the Pacific", "ESCAP/81/2"),
            ]},
            {"subheading": "Annotation"},
            "The Commission will have before it a summary of the theme study, which examines how shared "
            "digital systems for identity, payments and data exchange can widen access to public and financial "
            "services, and which risks to privacy and security need to be managed.<fn>The full theme study will "
            "be issued as a United Nations publication.</fn> The Commission may wish to share national "
            "experiences and to provide guidance on the regional cooperation that the secretariat should "
            "support.",
        ]},
        {"title": "Review of issues pertaining to the subsidiary structure of the Commission, including the "
                  "work of the regional institutions", "sub_items": [
            {"title": "Macroeconomic policy, poverty reduction and financing for development", "body": [
                {"documentation": [
                    ("Report of the Committee on Macroeconomic Policy, Poverty Reduction and Financing for "
                     "Development on its sixth session", "ESCAP/CMPF/2024/6"),
                ]},
                {"subheading": "Annotation"},
                "The Commission will have before it the report of the Committee, which met in Bangkok from 16 to "
                "18 October 2024. The Commission may wish to endorse the recommendations contained therein.",
            ]},
            {"title": "Trade, investment, enterprise and business innovation", "sub_items": [
                {"title": "Trade facilitation and paperless trade", "body": [
                    {"documentation": [
                        ("Progress in the implementation of the Framework Agreement on Facilitation of "
                         "Cross-border Paperless Trade in Asia and the Pacific", "ESCAP/81/3"),
                    ]},
                    {"subheading": "Annotation"},
                    "The document reviews the accession of members to the Framework Agreement, which entered "
                    "into force on 20 February 2021, and the work of its Paperless Trade Council.<fn>See "
                    "<sym>ESCAP/PTC/2024/4</sym>.</fn>",
                ]},
                {"title": "Investment and enterprise development", "body": [
                    {"subheading": "Annotation"},
                    "The Commission may wish to provide guidance on the secretariat’s support to members in "
                    "attracting sustainable investment and in strengthening micro-, small and medium-sized "
                    "enterprises.",
                ]},
                {"title": "Asian and Pacific Centre for Transfer of Technology", "body": [
                    {"documentation": [
                        ("Report of the Governing Council of the Asian and Pacific Centre for Transfer of "
                         "Technology on its twentieth session", "ESCAP/81/4"),
                    ]},
                    {"subheading": "Annotation"},
                    "The Commission may wish to take note of the report of the Governing Council.",
                ]},
            ]},
            {"title": "Transport", "body": [
                {"documentation": [
                    ("Report of the Committee on Transport on its eighth session", "ESCAP/CTR/2024/7"),
                ]},
                {"subheading": "Annotation"},
                "The Commission may wish to endorse the report of the Committee, including its recommendations "
                "on the decarbonization of freight transport along the Asian Highway and the Trans-Asian "
                "Railway networks.",
            ]},
            {"title": "Environment and development", "body": [
                {"subheading": "Annotation"},
                "The Commission may wish to consider the preparations for the Ministerial Conference on "
                "Environment and Development in Asia and the Pacific, to be held in 2026.",
            ]},
            {"title": "Information and communications technology, science, technology and innovation", "body": [
                {"documentation": [
                    ("Report of the Governing Council of the Asian and Pacific Training Centre for Information "
                     "and Communication Technology for Development on its nineteenth session", "ESCAP/81/5"),
                ]},
                {"subheading": "Annotation"},
                "The Commission may wish to take note of the report of the Governing Council.",
            ]},
            {"title": "Disaster risk reduction", "body": [
                {"subheading": "Annotation"},
                "The Commission may wish to review the progress made by the Asian and Pacific Centre for the "
                "Development of Disaster Information Management and to provide guidance on its future work.",
            ]},
            {"title": "Social development", "body": [
                {"documentation": [
                    ("Report on the regional review of the implementation of the Asian and Pacific Ministerial "
                     "Declaration on Population and Development", "ESCAP/81/6"),
                ]},
                {"subheading": "Annotation"},
                "The Commission will have before it the report on the midterm review of the Declaration, held in "
                "Bangkok in November 2024.",
            ]},
            {"title": "Statistics", "body": [
                {"documentation": [
                    ("Report of the Committee on Statistics on its ninth session", "ESCAP/CST/2024/8"),
                ]},
                {"subheading": "Annotation"},
                "The Commission may wish to endorse the report of the Committee and the collective vision for "
                "the regional statistical community to 2030.",
            ]},
            {"title": "Energy", "body": [
                {"subheading": "Annotation"},
                "The Commission may wish to consider the preparations for the Fourth Asian and Pacific Energy "
                "Forum, to be held in 2026, and the regional road map on power system connectivity.",
            ]},
        ]},
        {"title": "Management issues", "sub_items": [
            {"title": "Draft programme plan for 2026 and programme performance for 2024", "body": [
                {"documentation": [
                    ("Draft programme plan for 2026 and programme performance for 2024", "ESCAP/81/7"),
                ]},
                {"subheading": "Annotation"},
                "The Commission will have before it the draft programme plan for 2026, which will be submitted "
                "to the General Assembly at its eightieth session through the Committee for Programme and "
                "Coordination.",
            ]},
            {"title": "Overview of partnerships, extrabudgetary contributions and capacity development", "body": [
                {"documentation": [
                    ("Overview of partnerships, extrabudgetary contributions and capacity development",
                     "ESCAP/81/8"),
                ]},
                {"subheading": "Annotation"},
                "The Commission may wish to provide guidance on the secretariat’s capacity development work.",
            ]},
        ]},
        {"title": "Activities of the Advisory Committee of Permanent Representatives and Other Representatives "
                  "Designated by Members of the Commission", "body": [
            {"documentation": [
                ("Report of the Advisory Committee of Permanent Representatives and Other Representatives "
                 "Designated by Members of the Commission", "ESCAP/81/9"),
            ]},
            {"subheading": "Annotation"},
            "The Commission will have before it the report on the activities of the Advisory Committee since "
            "the eightieth session.",
        ]},
        {"title": "Other matters", "body": [
            {"subheading": "Annotation"},
            "The Commission may wish to consider any other matters brought to its attention.",
        ]},
        {"title": "Opening of the ministerial segment", "group": "Ministerial segment", "sub_items": [
            {"title": "Opening statements", "body": [
                {"subheading": "Annotation"},
                "The ministerial segment will begin on Thursday, 1 May 2025, with statements by the Executive "
                "Secretary and the Chair of the eightieth session.",
            ]},
            {"title": "Election of officers", "body": [
                {"subheading": "Annotation"},
                "The Commission will elect the Chair and Vice-Chairs of the ministerial segment.",
            ]},
            {"title": "Adoption of the agenda", "body": [
                {"subheading": "Annotation"},
                "The agenda adopted at the senior officials segment will be presented to the ministerial "
                "segment for its endorsement.",
            ]},
        ]},
        {"title": "Policy statements", "body": [
            {"subheading": "Annotation"},
            "Heads of delegation will make policy statements on the theme topic and on other matters relevant "
            "to the work of the Commission. Statements should not exceed five minutes.",
        ]},
        {"title": "Report of the senior officials segment", "body": [
            {"subheading": "Annotation"},
            "The Chair of the senior officials segment will present the conclusions of that segment.",
        ]},
        {"title": "Policy issues for the Asia-Pacific region", "body": [
            {"documentation": [
                ("Economic and Social Survey of Asia and the Pacific 2025: summary", "ESCAP/81/10"),
            ]},
            {"subheading": "Annotation"},
            "The Commission will have before it a summary of the <i>Economic and Social Survey of Asia and the "
            "Pacific 2025</i>, which assesses the outlook for the region amid slowing global trade.",
        ]},
        {"title": "Roundtable on digital public infrastructure", "body": [
            {"subheading": "Annotation"},
            "A ministerial roundtable will allow heads of delegation to exchange views on the theme topic.",
        ]},
        {"title": "Consideration of draft resolutions", "body": [
            {"subheading": "Annotation"},
            "Members wishing to submit draft resolutions are encouraged to do so no later than "
            "Friday, 28 March 2025.<fn>See <sym>E/ESCAP/80/33</sym>, annex II.</fn>",
        ]},
        {"title": "Dates, venue and theme topic for the eighty-second session of the Commission (2026)",
         "body": [
             {"subheading": "Annotation"},
             "The Commission may wish to decide on the dates, venue and theme topic of its next session.",
         ]},
        {"title": "Report of the Commission to the Economic and Social Council on its eighty-first session",
         "body": [
             {"documentation": [
                 ("Draft report of the Commission", "ESCAP/81/L.2"),
             ]},
             {"subheading": "Annotation"},
             "The Commission will adopt its report for submission to the Economic and Social Council.",
         ]},
        {"title": "Other business", "body": [
            {"subheading": "Annotation"},
            "The Commission may wish to consider any other business.",
        ]},
        {"title": "Closing of the session", "body": [
            {"subheading": "Annotation"},
            "The session is expected to close in the afternoon of Friday, 2 May 2025.",
        ]},
    ],
    "annex": {
        "title": "Tentative schedule",
        "days": [
            {"date": "2025-04-28", "slots": [
                {"time": ("09:30", "12:30"), "entries": ["1a", "1b", "1c", "2"]},
                {"time": ("14:30", "17:30"), "entries": ["3a", "3b.i", "3b.ii", "3b.iii", "3c"]},
            ]},
            {"date": "2025-04-29", "slots": [
                {"time": ("09:30", "12:30"), "entries": ["3d", "3e", "3f", "3g"]},
                {"time": ("14:30", "17:30"), "entries": ["3h", "3i", "4a", "4b"]},
            ]},
            {"date": "2025-04-30", "slots": [
                {"time": ("09:30", "12:30"), "entries": ["5", "6"]},
            ]},
            {"date": "2025-05-01", "slots": [
                {"time": ("09:30", "12:30"), "entries": ["7a", "7b", "7c", "8"]},
                {"time": ("14:30", "17:30"), "entries": ["8", "9", "10"]},
            ]},
            {"date": "2025-05-02", "slots": [
                {"time": ("09:30", "12:30"), "entries": ["11", "12"]},
                {"time": ("14:30", "17:30"), "entries": ["13", "14", "15", "16"]},
            ]},
        ],
    },
}

VARIANTS = []
