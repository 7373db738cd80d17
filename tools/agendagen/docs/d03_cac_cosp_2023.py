"""CAC/COSP/2023/1: annotated provisional agenda of the tenth session of the Conference of
the States Parties to the United Nations Convention against Corruption (Atlanta, United
States of America, 11–15 December 2023).

Imitates the UNODC COSP agendas: "Organizational matters" with five sub-items (a)–(e)
including the election of officers and the credentials report, unnumbered annotation
paragraphs, Documentation blocks, footnotes citing resolutions and reports, black links
written twice (as Word does), and a five-day organization-of-work table.  The session is
held away from Vienna; the document is processed in Vienna (V. job number).
"""

from agendagen.faults import (variant, drop_annotation, annex_add_entry, annex_set_entry, replace,
                              annex_weekday)

DOC = {
    "id": "cac-cosp-2023-1",
    "language": "en",
    "paper": "A4",
    "link_color": "black",
    "dup_links": True,
    "masthead": {
        "symbol": "CAC/COSP/2023/1",
        "organ": "Conference of the States Parties to the United Nations Convention against Corruption",
        "distribution": "General",
        "date": "2023-09-26",
        "original": "English",
        "job": "V.23-17452",
        "job_dates": ["260923", "270923"],
        "session": ["Tenth session", "Atlanta, United States of America, 11–15 December 2023"],
        "session_bold": 1,
    },
    "items": [
        {"title": "Organizational matters", "sub_items": [
            {"title": "Opening of the session", "body": [
                "The tenth session of the Conference of the States Parties to the United Nations Convention "
                "against Corruption will be opened on Monday, 11 December 2023, at 10 a.m., at the Georgia World "
                "Congress Center in Atlanta, United States of America.",
                "In its resolution 9/1, the Conference welcomed the offer of the Government of the United States to "
                "host the tenth session of the Conference, and decided that the session would be held in Atlanta "
                "in December 2023.",
            ]},
            {"title": "Election of officers", "body": [
                "Rule 22 of the rules of procedure for the Conference of the States Parties to the United Nations "
                "Convention against Corruption provides that, at the commencement of the first meeting of each "
                "session, a President, eight Vice-Presidents and a Rapporteur shall be elected from among the "
                "representatives of the States parties present at the session.",
                "In accordance with rule 22, paragraph 2, of the rules of procedure, the offices of President and "
                "Rapporteur are subject to rotation among the five regional groups. At its tenth session, the "
                "Conference is expected to elect a President from among the Group of Western European and other "
                "States, in view of the role of the host country, and a Rapporteur from the Group of Asia-Pacific "
                "States.",
                "The officers elected will constitute the Bureau of the Conference, which, in accordance with "
                "rule 23, shall assist the President in the general conduct of business of the session.",
            ]},
            {"title": "Adoption of the agenda and organization of work", "body": [
                "The provisional agenda for the tenth session was approved by the Conference at its ninth session, "
                "held in Sharm el-Sheikh, Egypt, from 13 to 17 December 2021."
                "<fn>See <sym>CAC/COSP/2021/17</sym>, sect. I.A.</fn>",
                "The proposed organization of work, contained in the annex to the present document, has been "
                "prepared in accordance with the guidance provided by the extended Bureau, with a view to "
                "enabling the Conference to complete its work within the time and conference services available "
                "to it. The resources available will permit the holding of ten plenary meetings over five days, "
                "with interpretation in the six official languages of the United Nations.",
                "In order to use the time available to the fullest extent possible, the Conference may wish to "
                "consider holding, in parallel with the plenary, meetings of a committee of the whole for the "
                "negotiation of draft resolutions.",
                {"documentation": [
                    ("Annotated provisional agenda", "CAC/COSP/2023/1"),
                ]},
            ]},
            {"title": "Participation of observers", "body": [
                "Rules 14 to 17 of the rules of procedure govern the participation of observers in the "
                "Conference. Signatories, non-signatory States, regional economic integration organizations, "
                "intergovernmental organizations and relevant non-governmental organizations may apply to the "
                "Conference for observer status.",
                "The Conference will be informed of the applications received from non-governmental "
                "organizations that are not in consultative status with the Economic and Social Council, and may "
                "wish to take a decision on those applications in accordance with rule 17, paragraph 2.",
            ]},
            {"title": "Adoption of the report of the Bureau on credentials", "body": [
                "Rule 19 of the rules of procedure provides that the credentials of representatives of each State "
                "party and the names of the members of the delegation shall be submitted to the secretariat, if "
                "possible not later than twenty-four hours after the opening of the session.",
                "Rule 20 provides that the Bureau shall examine the credentials and report to the Conference. The "
                "Conference will be invited to adopt the report of the Bureau on credentials during the last "
                "plenary meeting of the session.",
            ]},
        ]},
        {"title": "General discussion", "body": [
            "The general discussion will offer States parties an opportunity to exchange views on progress made "
            "and challenges encountered in the implementation of the Convention, including in the context of the "
            "commitments contained in the political declaration adopted by the General Assembly at its special "
            "session against corruption, held in 2021.<fn>General Assembly resolution S-32/1, annex.</fn>",
            "Statements should be limited to five minutes. The list of speakers will be opened on Monday, "
            "30 October 2023, and speaking slots will be allocated in accordance with established practice.",
        ]},
        {"title": "Review of the implementation of the United Nations Convention against Corruption", "body": [
            "In its resolution 3/1, the Conference established the Mechanism for the Review of Implementation of "
            "the United Nations Convention against Corruption. The second cycle of the Mechanism, covering "
            "chapters II (Preventive measures) and V (Asset recovery) of the Convention, was launched in 2016.",
            "The Conference will have before it a report on the performance of the Mechanism and thematic "
            "reports prepared by the secretariat on the implementation of chapters II and V of the Convention, "
            "containing information on successes, good practices, challenges and observations identified in the "
            "country reviews completed since the ninth session.",
            "The Implementation Review Group, at its fourteenth session, recommended that the Conference consider "
            "the preparations for the next phase of the Mechanism, including the possible follow-up to the "
            "recommendations emanating from the two review cycles.",
            {"documentation": [
                ("Report of the secretariat on the performance of the Mechanism for the Review of Implementation "
                 "of the United Nations Convention against Corruption", "CAC/COSP/2023/2"),
                ("Thematic report prepared by the secretariat on the implementation of chapter II (Preventive "
                 "measures) of the United Nations Convention against Corruption", "CAC/COSP/2023/3"),
                ("Thematic report prepared by the secretariat on the implementation of chapter V (Asset recovery) "
                 "of the United Nations Convention against Corruption", "CAC/COSP/2023/4"),
            ]},
        ]},
        {"title": "Prevention", "body": [
            "Chapter II of the Convention sets out a comprehensive range of measures to prevent corruption in the "
            "public and private sectors, including the establishment of independent anti-corruption bodies, "
            "transparent systems of public procurement and the promotion of integrity among public officials.",
            "The Open-ended Intergovernmental Working Group on the Prevention of Corruption held its fourteenth "
            "session in Vienna from 4 to 6 September 2023. The Conference will have before it the report on that "
            "session and a report of the secretariat on the implementation of resolutions 9/6 and 9/7.",
            {"documentation": [
                ("Report on the meeting of the Open-ended Intergovernmental Working Group on the Prevention of "
                 "Corruption, held in Vienna from 4 to 6 September 2023", "CAC/COSP/WG.4/2023/4"),
                ("Report of the secretariat on the implementation of resolutions 9/6 and 9/7", "CAC/COSP/2023/5"),
            ]},
        ]},
        {"title": "Asset recovery", "body": [
            "The Open-ended Intergovernmental Working Group on Asset Recovery, established by the Conference in "
            "its resolution 1/4, held its seventeenth meeting in Vienna from 12 to 14 June 2023. The Conference "
            "will have before it the report on that meeting.",
            "The Conference may wish to consider, in particular, the use of non-conviction-based forfeiture, the "
            "management of frozen, seized and confiscated assets and the return of proceeds of crime in a "
            "transparent and accountable manner, as called for in the political declaration.",
            {"documentation": [
                ("Report on the meeting of the Open-ended Intergovernmental Working Group on Asset Recovery, held in "
                 "Vienna from 12 to 14 June 2023", "CAC/COSP/WG.2/2023/4"),
            ]},
        ]},
        {"title": "International cooperation", "body": [
            "The Conference may wish to review the implementation of chapter IV of the Convention, on "
            "international cooperation, on the basis of the recommendations of the open-ended intergovernmental "
            "expert meetings to enhance international cooperation under the Convention.",
            "The Conference may also wish to consider ways of strengthening informal cooperation among "
            "anti-corruption practitioners, including through the Global Operational Network of Anti-Corruption "
            "Law Enforcement Authorities (GlobE Network), launched in 2021.",
            {"documentation": [
                ("Report of the secretariat on international cooperation under the United Nations Convention "
                 "against Corruption", "CAC/COSP/2023/6"),
            ]},
        ]},
        {"title": "Technical assistance", "body": [
            "In its resolution 9/2, the Conference requested the secretariat to continue to provide technical "
            "assistance to States parties, upon request, taking into account the needs identified in the country "
            "reviews. The Conference will have before it a report on technical assistance activities undertaken "
            "since its ninth session.",
            "The Conference may wish to discuss the coordination of technical assistance among providers, and the "
            "use of the country review reports and executive summaries as a basis for the delivery of "
            "assistance.",
            {"documentation": [
                ("Report of the secretariat on technical assistance provided in support of the implementation of "
                 "the United Nations Convention against Corruption", "CAC/COSP/2023/7"),
            ]},
        ]},
        {"title": "Financial and budgetary matters", "body": [
            "The Conference will have before it a note by the secretariat on the resource requirements of the "
            "Mechanism and of the secretariat for the biennium 2024–2025. In its resolution 3/1, the Conference "
            "decided that the Mechanism would be funded from the regular budget and from voluntary contributions.",
            {"documentation": [
                ("Note by the secretariat on financial and budgetary matters", "CAC/COSP/2023/8"),
            ]},
        ]},
        {"title": "Provisional agenda for the eleventh session of the Conference", "body": [
            "The Conference will be invited to approve a provisional agenda for its eleventh session, to be held "
            "in 2025. A draft provisional agenda will be made available to the Conference.",
        ]},
        {"title": "Other matters", "body": [
            "As no issues to be raised under item 10 have come to the attention of the secretariat, no "
            "documentation regarding this item is currently foreseen.",
        ]},
        {"title": "Adoption of the report of the Conference on its tenth session", "body": [
            "The Conference will adopt a report on its tenth session, the draft of which will be prepared by the "
            "Rapporteur with the assistance of the secretariat.",
        ]},
    ],
    "annex": {
        "days": [
            {"date": "2023-12-11", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["1a", "1b", "1c", "1d", "2"]},
                {"time": ("15:00", "18:00"), "entries": ["2"]},
            ]},
            {"date": "2023-12-12", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["2", "3"]},
                {"time": ("15:00", "18:00"), "entries": ["3"]},
            ]},
            {"date": "2023-12-13", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["4"]},
                {"time": ("15:00", "18:00"), "entries": ["5"]},
            ]},
            {"date": "2023-12-14", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["6"]},
                {"time": ("15:00", "18:00"), "entries": ["7", "8"]},
            ]},
            {"date": "2023-12-15", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["9", "10"]},
                {"time": ("15:00", "18:00"), "entries": ["1e", "11"]},
            ]},
        ],
    },
}

VARIANTS = [
    variant("missing-annotation", drop_annotation("1d"),
            must=["A201"],
            note="Sub-item 1 (d) “Participation of observers” is in the list and the annex but has no "
                 "annotation heading or text."),
    variant("annex-unknown-item", annex_add_entry(4, 1, "12", "Closure of the session"),
            must=["A203"],
            note="The last annex slot adds a row “12 Closure of the session”; the agenda has 11 items."),
    variant("annex-title-mismatch", annex_set_entry(1, 0, 1, title="Review mechanism"),
            must=["A205"],
            note="The Tuesday morning annex row of item 3 reads “Review mechanism” instead of the list title."),
    variant("meeting-count", replace("ten plenary meetings over five days", "eight plenary meetings over five days"),
            must=["A209"],
            note="Item 1 (c) announces eight plenary meetings; the annex schedules ten slots."),
    variant("annex-wrong-weekday", annex_weekday(2, "Thursday"),
            must=["A401"],
            note="The third annex day reads “Thursday, 13 December”; 13 December 2023 was a Wednesday."),
    variant("split-word", replace("among anti-corruption practitioners", "among anti-corruption practi tioners"),
            must=["A601"],
            note="“practitioners” in the annotation of item 6 is split by a stray space (“practi tioners”), as "
                 "kerning leaves words in Word PDFs; neither half is a word, so the fix is safe."),
    variant("line-end-hyphenation",
            replace("contained in the political declaration adopted by the General Assembly",
                    "contained in the political decla-\nration adopted by the General Assembly"),
            must=["A607"], may=["A603"],
            note="In the annotation of item 2, “declaration” is hyphenated at the last line of page 2 "
                 "(“decla-” / “ration” after the page break)."),
]
