"""A/CN.9/WG.III/WP.251: annotated provisional agenda of the fiftieth session of UNCITRAL
Working Group III (Investor-State Dispute Settlement Reform), New York, 20–24 January 2025.

An UNCITRAL working-group agenda: the General Assembly organ with the Commission and the
working group as two bold session lines, ``Distr.: Limited``, a Vienna job number on a
document for a New York session (UNCITRAL's secretariat sits in Vienna) but letter paper,
a working-paper symbol (``WP.``) with a further segment, ``I. Provisional agenda`` /
``II. Annotations to the provisional agenda`` chapters, numbered paragraphs with an
introductory background before item 1, italic subheadings inside an item, footnotes
citing the Official Records on most pages, working papers cited in running text and in
Documentation blocks, and a five-day table with a free Wednesday afternoon.
The prose is written for this corpus.
"""

DOC = {
    "id": "a-cn9-wg3-wp251",
    "language": "en",
    "paper": "letter",
    "numbered_paragraphs": True,
    "link_color": "blue",
    "dup_links": False,
    "link_base": "https://undocs.org/en/",
    "list_heading": "I.\tProvisional agenda",
    "annotations_heading": "II.\tAnnotations to the provisional agenda",
    "masthead": {
        "symbol": "A/CN.9/WG.III/WP.251",
        "organ": "General Assembly",
        "distribution": "Limited",
        "date": "2024-11-04",
        "original": "English",
        "job": "V.24-19877",
        "job_dates": ["041124", "061124"],
        "session": ["United Nations Commission on International Trade Law",
                    "Working Group III (Investor-State Dispute Settlement Reform)",
                    "Fiftieth session", "New York, 20–24 January 2025"],
        "session_bold": 2,
    },
    "annotations_intro": [
        {"subheading": "Background"},
        "At its fiftieth session, in 2017, the Commission entrusted Working Group III with a broad mandate "
        "to work on the possible reform of investor-State dispute settlement. In line with that mandate, the "
        "Working Group was to identify and consider concerns regarding investor-State dispute settlement, "
        "consider whether reform was desirable in the light of any identified concerns and, if so, develop "
        "relevant solutions to be recommended to the Commission.<fn>See <i>Official Records of the General "
        "Assembly, Seventy-second Session, Supplement No. 17</i> (<sym>A/72/17</sym>), paras. 263 and 264.</fn>",
        "At its fifty-seventh session, held in New York from 24 June to 12 July 2024, the Commission took "
        "note of the progress made by the Working Group and adopted in principle the statute of an advisory "
        "centre on international investment dispute resolution, on the understanding that the provisions "
        "on the financing of the centre would be finalized by the Working Group at a later "
        "session.<fn>Ibid., <i>Seventy-ninth Session, Supplement No. 17</i> (<sym>A/79/17</sym>), "
        "chap. V.</fn> The Commission also requested the Working Group to continue its work on a standing "
        "mechanism and an appellate mechanism as a matter of priority.",
        "At its forty-ninth session, held in Vienna from 23 to 27 September 2024, the Working Group "
        "completed a first reading of the draft provisions on procedural and cross-cutting issues and "
        "requested the Secretariat to revise them in the light of the deliberations (<sym>A/CN.9/1194</sym>, "
        "paras. 18–96).",
    ],
    "items": [
        {"title": "Opening of the session", "body": [
            "The fiftieth session of the Working Group will be held at United Nations Headquarters in New York "
            "from 20 to 24 January 2025. The session will be opened at 10 a.m. on Monday, 20 January 2025.",
            "In accordance with the decision of the Commission at its fifty-third session, the session will be "
            "held in a hybrid format, with delegations able to participate in person or remotely.<fn>"
            "<i>Official Records of the General Assembly, Seventy-fifth Session, Supplement No. 17</i> "
            "(<sym>A/75/17</sym>), part two, para. 5 (a).</fn> Interpretation will be provided in the six "
            "official languages of the United Nations during the meetings held in the conference room.",
        ]},
        {"title": "Election of officers", "body": [
            "The Working Group elected Mr. Tomás Ferreyra-Lund (Uruguay) as Chair at its forty-sixth session, "
            "on the understanding that he would serve in that capacity until the end of the present session. "
            "The Working Group will be invited to elect a Rapporteur for the session.",
        ]},
        {"title": "Adoption of the agenda", "body": [
            "The Working Group will have before it the present annotated provisional agenda. A proposed "
            "schedule of meetings is set out in the annex.",
        ]},
        {"title": "Investor-State dispute settlement reform", "sub_items": [
            {"title": "Draft statute of a standing mechanism for the resolution of international investment "
                      "disputes", "body": [
                "The Working Group will continue its consideration of the draft statute of a standing mechanism "
                "on the basis of the revised text prepared by the Secretariat, which reflects the deliberations "
                "at the forty-eighth session (<sym>A/CN.9/WG.III/WP.252</sym>).",
                {"subheading": "Selection and appointment of members of the tribunal"},
                "The revised draft provides for a tribunal of first instance composed of nine members, elected "
                "by the Committee of the Parties from among persons of high moral character who possess the "
                "qualifications required for appointment to high judicial office. The Working Group may wish to "
                "consider whether a screening panel should review the candidates before the election, and "
                "whether the number of members should vary with the number of Contracting Parties.",
                {"subheading": "Enforcement of decisions"},
                "Draft article 14 addresses the recognition and enforcement of decisions of the tribunal. The "
                "Working Group may wish to consider the interplay of that provision with the Convention on the "
                "Recognition and Enforcement of Foreign Arbitral Awards<fn>United Nations, <i>Treaty Series</i>, "
                "vol. 330, No. 4739.</fn> and with the Convention on the Settlement of Investment Disputes "
                "between States and Nationals of Other States.",
                {"documentation": [
                    ("Note by the Secretariat on the draft statute of a standing mechanism for the resolution of "
                     "international investment disputes", "A/CN.9/WG.III/WP.252"),
                ]},
            ]},
            {"title": "Draft provisions on procedural and cross-cutting issues", "body": [
                "The Working Group will consider the revised draft provisions on procedural and cross-cutting "
                "issues, which address, among other things, the early dismissal of claims without legal merit, "
                "security for costs, the allocation of costs and the calculation of damages "
                "(<sym>A/CN.9/WG.III/WP.253</sym>).",
                "The Working Group will be invited to consider the revised provisions article by article, with a "
                "view to finalizing them for submission to the Commission at its fifty-eighth session, to be "
                "held in Vienna in 2025.",
                {"documentation": [
                    ("Note by the Secretariat on draft provisions on procedural and cross-cutting issues",
                     "A/CN.9/WG.III/WP.253"),
                    ("Report of Working Group III (Investor-State Dispute Settlement Reform) on the work of its "
                     "forty-ninth session", "A/CN.9/1194"),
                ]},
            ]},
        ]},
        {"title": "Other business", "body": [
            "As no issues to be raised under item 5 have come to the attention of the Secretariat, no "
            "documentation regarding this item is currently foreseen.",
        ]},
        {"title": "Adoption of the report", "body": [
            "The Working Group may wish to note that, in accordance with the decision of the Commission at its "
            "thirty-fourth session, the report of the Working Group will be prepared by the Secretariat after "
            "the session and submitted to the Commission at its fifty-eighth session.<fn>Ibid., "
            "<i>Fifty-sixth Session, Supplement No. 17</i> (<sym>A/56/17</sym>), para. 381.</fn>",
        ]},
    ],
    "annex": {
        "title": "Proposed schedule of meetings",
        "days": [
            {"date": "2025-01-20", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["1", "2", "3", "4a"]},
                {"time": ("15:00", "18:00"), "entries": ["4a"]},
            ]},
            {"date": "2025-01-21", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["4a"]},
                {"time": ("15:00", "18:00"), "entries": ["4a"]},
            ]},
            {"date": "2025-01-22", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["4a"]},
            ]},
            {"date": "2025-01-23", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["4b"]},
                {"time": ("15:00", "18:00"), "entries": ["4b"]},
            ]},
            {"date": "2025-01-24", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["4b", "5"]},
                {"time": ("15:00", "18:00"), "entries": ["6"]},
            ]},
        ],
    },
}

VARIANTS = []
