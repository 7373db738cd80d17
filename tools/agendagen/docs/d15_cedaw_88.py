"""CEDAW/C/88/1: "Provisional agenda and annotations" of the eighty-eighth session of the
Committee on the Elimination of Discrimination against Women (Geneva, 13–31 May 2024).

A treaty-body agenda: title "Provisional agenda and annotations", chapter headings
"I. Provisional agenda" / "II. Annotations to the provisional agenda", numbered
paragraphs, a Geneva job number, and an annex that is not a schedule: the list of the
States parties' reports before the session, as a paragraph and a Documentation block.
"""

from agendagen.faults import variant, replace

DOC = {
    "id": "cedaw-c-88-1",
    "language": "en",
    "paper": "A4",
    "numbered_paragraphs": True,
    "link_color": "blue",
    "dup_links": True,
    "title": "Provisional agenda and annotations",
    "list_heading": "I.\tProvisional agenda",
    "annotations_heading": "II.\tAnnotations to the provisional agenda",
    "masthead": {
        "symbol": "CEDAW/C/88/1",
        "organ": "Convention on the Elimination of All Forms of Discrimination against Women",
        "distribution": "General",
        "date": "2024-02-19",
        "original": "English",
        "job": "GE.24-02931",
        "job_dates": ["190224", "210224"],
        "session": ["Committee on the Elimination of Discrimination against Women", "Eighty-eighth session",
                    "Geneva, 13–31 May 2024"],
        "session_bold": 1,
    },
    "items": [
        {"title": "Opening of the session", "body": [
            "The eighty-eighth session of the Committee on the Elimination of Discrimination against Women will "
            "be opened by the Chair of the Committee on Monday, 13 May 2024, at 10 a.m., at the Palais Wilson in "
            "Geneva.",
        ]},
        {"title": "Adoption of the agenda and organization of work", "body": [
            "In accordance with rule 9 of its rules of procedure, the Committee will adopt the agenda of the "
            "session as its first item of business. A provisional programme of work will be made available to "
            "the Committee at the opening of the session.",
            "The pre-sessional working group for the ninetieth session will meet from 3 to 7 June 2024 to prepare "
            "lists of issues and questions with regard to the reports to be considered at that session.",
        ]},
        {"title": "Report of the Chair on activities undertaken between the eighty-seventh and eighty-eighth "
                  "sessions of the Committee", "body": [
            "The Chair will report on the activities that she has undertaken since the eighty-seventh session, "
            "including her participation in the thirty-sixth meeting of chairs of the human rights treaty "
            "bodies, held in New York from 3 to 7 June 2023.<fn>See <sym>A/78/281</sym>.</fn>",
        ]},
        {"title": "Consideration of reports submitted by States parties under article 18 of the Convention on "
                  "the Elimination of All Forms of Discrimination against Women", "body": [
            "Under article 18 of the Convention, States parties undertake to submit to the Secretary-General, for "
            "consideration by the Committee, a report on the legislative, judicial, administrative or other "
            "measures that they have adopted to give effect to the provisions of the Convention.",
            "At its eighty-eighth session, the Committee will consider the reports of the eight States parties "
            "listed in the annex to the present document. The lists of issues and questions adopted by the "
            "pre-sessional working group and the replies of the States parties are available on the web page of "
            "the session.",
            "In accordance with its decision 82/I, the Committee will consider reports under the simplified "
            "reporting procedure on the basis of the replies to the list of issues prior to reporting.",
        ]},
        {"title": "Follow-up to concluding observations of the Committee", "body": [
            "The Rapporteur on follow-up will present a report on the follow-up information received from States "
            "parties since the eighty-seventh session, and on the assessments made of that information.",
        ]},
        {"title": "Implementation of articles 21 and 22 of the Convention", "body": [
            "Under article 22 of the Convention, the specialized agencies are entitled to be represented at the "
            "consideration of the implementation of such provisions of the Convention as fall within the scope "
            "of their activities. The Committee will have before it reports of the International Labour "
            "Organization and of the United Nations Educational, Scientific and Cultural Organization.",
            "Under article 21, the Committee will continue its work on the draft general recommendation on the "
            "equal and inclusive representation of women in decision-making systems.",
            {"documentation": [
                ("Reports of the specialized agencies of the United Nations on the implementation of the "
                 "Convention in areas falling within the scope of their activities", "CEDAW/C/88/2"),
            ]},
        ]},
        {"title": "Ways and means of expediting the work of the Committee", "body": [
            "The Committee will have before it a report of the Secretariat (<sym>CEDAW/C/88/3</sym>) on the "
            "status of submission of reports by States parties under article 18 of the Convention, which also "
            "provides information on the implementation of the predictable review cycle.",
            "The Committee may wish to consider the outcome of the co-facilitation process on the strengthening "
            "of the treaty body system, pursuant to General Assembly resolution 68/268.",
            {"documentation": [
                ("Report of the Secretariat on the status of submission of reports by States parties under "
                 "article 18 of the Convention", "CEDAW/C/88/3"),
            ]},
        ]},
        {"title": "Activities of the Committee under the Optional Protocol to the Convention", "body": [
            "The Working Group on Communications under the Optional Protocol will meet in closed session from "
            "8 to 10 May 2024. The Committee will consider the report of the Working Group in closed meetings.",
            "Information on the activities of the Committee under article 8 of the Optional Protocol, concerning "
            "inquiries, will also be considered in closed meetings.",
        ]},
        {"title": "Provisional agenda for the eighty-ninth session", "body": [
            "The Committee will consider the provisional agenda for its eighty-ninth session, to be held in Geneva "
            "from 7 to 25 October 2024.",
        ]},
        {"title": "Adoption of the report of the Committee on its eighty-eighth session", "body": [
            "The Committee will adopt the report on its eighty-eighth session, which will be submitted to the "
            "General Assembly at its eightieth session.",
        ]},
    ],
    "extra_annexes": [
        {"title": "Reports of States parties scheduled for consideration by the Committee at its eighty-eighth "
                  "session",
         "intro": [
             "The Committee will consider the following reports, listed in the order in which they will be "
             "taken up:",
             {"documentation": [
                 ("Seventh periodic report of Bahrain", "CEDAW/C/BHR/7"),
                 ("Eighth periodic report of Botswana", "CEDAW/C/BWA/8"),
                 ("Ninth periodic report of Ecuador", "CEDAW/C/ECU/9"),
                 ("Sixth periodic report of Kyrgyzstan", "CEDAW/C/KGZ/6"),
                 ("Fifth periodic report of Lithuania", "CEDAW/C/LTU/5"),
                 ("Tenth periodic report of Mexico", "CEDAW/C/MEX/10"),
                 ("Initial report of South Sudan", "CEDAW/C/SSD/1"),
                 ("Ninth periodic report of Uruguay", "CEDAW/C/URY/9"),
             ]},
         ]},
    ],
}

VARIANTS = [
    variant("documentation-mismatch",
            replace("(<sym>CEDAW/C/88/3</sym>)", "(<sym>CEDAW/C/88/5</sym>)"),
            must=["A208"],
            note="The annotation of item 7 cites the Secretariat report as CEDAW/C/88/5; its Documentation "
                 "block lists CEDAW/C/88/3."),
    variant("link-mismatch",
            replace("(<sym>CEDAW/C/88/3</sym>)", '(<a href="http://undocs.org/CEDAW/C/87/3">CEDAW/C/88/3</a>)'),
            must=["A505"],
            note="The hyperlink on “CEDAW/C/88/3” in the annotation of item 7 points to CEDAW/C/87/3, a symbol "
                 "that does not occur on its page. Only Tika prints link targets.",
            absent_in=["pdftotext", "pdftotext-layout", "pdfminer", "pypdf", "pymupdf"]),
    variant("date-clause-comma", replace("Monday, 13 May 2024, at 10 a.m.", "Monday, 13 May 2024 at 10 a.m."),
            must=["A403"],
            note="No comma after the year before “at 10 a.m.” in the opening date (as in the seed)."),
]
