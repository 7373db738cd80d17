"""E/CN.7/2023/1: annotated provisional agenda of the sixty-sixth session of the Commission
on Narcotic Drugs (Vienna, 13–17 March 2023).

Imitates the real CND annotated agendas: 12 items, segment headings in the list
("Normative segment:" …), sub-items under items 2, 4 and 5, sub-sub-items (i)/(ii)
under 5 (a), unnumbered annotation paragraphs, Documentation blocks (one with a joint
symbol), footnotes citing Official Records on several pages, blue links written once,
and a five-day organization-of-work table.  The prose is written for this corpus.
"""

from agendagen.faults import (variant, renumber_from, skip_marker, annex_set_time, replace,
                              footnote_skip, set_list_punct)

DOC = {
    "id": "e-cn7-2023-1",
    "language": "en",
    "paper": "A4",
    "link_color": "blue",
    "dup_links": False,
    "masthead": {
        "symbol": "E/CN.7/2023/1",
        "organ": "Economic and Social Council",
        "distribution": "General",
        "date": "2022-12-21",
        "original": "English",
        "job": "V.22-28874",
        "job_dates": ["211222", "221222"],
        "session": ["Commission on Narcotic Drugs", "Sixty-sixth session", "Vienna, 13–17 March 2023"],
        "session_bold": 1,
    },
    "items": [
        {"title": "Election of officers", "body": [
            "In accordance with rule 15 of the rules of procedure of the functional commissions of the Economic "
            "and Social Council, the Commission on Narcotic Drugs, at the end of its reconvened sixty-fifth "
            "session, on 9 December 2022, opened its sixty-sixth session for the sole purpose of electing the "
            "officers of the Commission for that session.",
            "The Commission elected the Chair, the three Vice-Chairs and the Rapporteur. The Commission may "
            "wish to fill any vacancy that remains in the Bureau at the beginning of the session. In accordance "
            "with the principle of rotation, the Chair of the sixty-sixth session is to be elected from among "
            "the Group of Western European and other States.",
            "Pursuant to Economic and Social Council decision 1997/218, the Bureau, comprising the officers of "
            "the Commission and the chairs of the regional groups, will meet regularly during the session to "
            "facilitate the organizational aspects of the work of the Commission.",
        ]},
        {"title": "Adoption of the agenda and other organizational matters", "sub_items": [
            {"title": "Adoption of the agenda", "body": [
                "In its decision 65/1, the Commission approved the provisional agenda for its sixty-sixth session. "
                "The annotations to the provisional agenda were prepared by the Secretariat in consultation with "
                "the extended Bureau.",
                "The Commission will have before it the annotated provisional agenda (<sym>E/CN.7/2023/1</sym>) "
                "and a conference room paper containing the list of side events to be held during the session.",
                {"documentation": [
                    ("Annotated provisional agenda", "E/CN.7/2023/1"),
                ]},
            ]},
            {"title": "Other organizational matters", "body": [
                "The proposed organization of work for the sixty-sixth session, contained in the annex to the "
                "present document, was prepared in accordance with the guidance provided by the extended Bureau, "
                "with a view to enabling the Commission to complete its work within the time and the conference "
                "services allocated to it. The resources available will permit the holding of ten plenary meetings "
                "over five days, with interpretation in the six official languages of the United Nations.",
                "In parallel with the plenary, the Committee of the Whole will meet to consider draft resolutions "
                "and decisions. Member States intending to submit draft proposals are encouraged to do so no later "
                "than Friday, 10 February 2023, in order to allow sufficient time for informal consultations before "
                "the session.",
                "Delegations wishing to organize side events during the session are invited to register them with "
                "the Secretariat by Friday, 3 February 2023. Further practical information for participants will "
                "be posted on the website of the Commission.",
            ]},
        ]},
        {"title": "General debate", "body": [
            "The general debate will provide an opportunity for high-level representatives of Member States to "
            "present their views on the implementation of all international drug policy commitments, including "
            "progress made and challenges encountered since the adoption of the Ministerial Declaration on "
            "Strengthening Our Actions at the National, Regional and International Levels to Accelerate the "
            "Implementation of Our Joint Commitments to Address and Counter the World Drug Problem, adopted at "
            "the high-level segment of the sixty-second session of the Commission, held in 2019."
            "<fn>See <i>Official Records of the Economic and Social Council, 2019, Supplement No. 8</i> "
            "(<sym>E/2019/28</sym>), chap. I, sect. B.</fn>",
            "In order to allow as many speakers as possible to take the floor, statements made in the general "
            "debate should not exceed five minutes for statements made on behalf of individual Member States and "
            "seven minutes for statements made on behalf of regional groups.",
            "The list of speakers for the general debate will be opened on Monday, 16 January 2023, and speakers "
            "will be inscribed in the order in which their requests are received, with priority given to "
            "speakers at the ministerial level.",
        ]},
        {"title": "Strategic management, budgetary and administrative questions", "sub_items": [
            {"title": "Work of the subsidiary bodies of the Commission", "body": [
                "Under agenda item 4 (a), the Commission will consider the reports on the meetings of its "
                "subsidiary bodies held in 2022, namely the thirty-first Meeting of Heads of National Drug Law "
                "Enforcement Agencies, Africa, the forty-fifth Meeting of Heads of National Drug Law Enforcement "
                "Agencies, Asia and the Pacific, and the fifty-seventh session of the Subcommission on Illicit "
                "Drug Traffic and Related Matters in the Near and Middle East.",
                {"documentation": [
                    ("Report of the Thirty-first Meeting of Heads of National Drug Law Enforcement Agencies, Africa",
                     "UNODC/HONLAF/31/5"),
                    ("Report of the Forty-fifth Meeting of Heads of National Drug Law Enforcement Agencies, Asia and "
                     "the Pacific", "UNODC/HONLAP/45/5"),
                ]},
            ]},
            {"title": "Directives on policy and budgetary matters for the drug programme of the United Nations "
                      "Office on Drugs and Crime", "body": [
                "In its resolution 61/12, the Commission decided to keep the standing open-ended intergovernmental "
                "working group on improving the governance and financial situation of the United Nations Office on "
                "Drugs and Crime on its agenda. The working group continued its discussions throughout 2022 on the "
                "basis of the consolidated budget for the biennium and the strategic vision of the Office.",
                "The Commission will have before it the report of the Executive Director on the activities of the "
                "Office, which provides an overview of the implementation of the mandates of the Office under the "
                "drug programme during 2022, as well as a note by the Secretariat on the consolidated budget for "
                "2024–2025.",
                {"documentation": [
                    ("Report of the Executive Director on the activities of the United Nations Office on Drugs and "
                     "Crime", "E/CN.7/2023/2-E/CN.15/2023/2"),
                    ("Note by the Secretariat on the consolidated budget for the biennium 2024–2025 for the United "
                     "Nations Office on Drugs and Crime", "E/CN.7/2023/3-E/CN.15/2023/3"),
                ]},
            ]},
            {"title": "Staff composition of the United Nations Office on Drugs and Crime and other related matters",
             "body": [
                 "The Commission may wish to consider the staff composition of the Office, including the gender "
                 "balance and the geographical representation of staff in the Professional and higher categories, "
                 "on the basis of the information provided in the report of the Executive Director.",
             ]},
        ]},
        {"title": "Implementation of the international drug control treaties", "group": "Normative segment:",
         "sub_items": [
             {"title": "Changes in the scope of control of substances", "body": [
                 "Under the Single Convention on Narcotic Drugs of 1961 as amended by the 1972 Protocol, the "
                 "Convention on Psychotropic Substances of 1971 and the United Nations Convention against Illicit "
                 "Traffic in Narcotic Drugs and Psychotropic Substances of 1988, the Commission is mandated to "
                 "decide on the scope of control of substances on the basis of notifications received from the "
                 "World Health Organization and the International Narcotics Control Board.",
             ], "sub_items": [
                 {"title": "Proposed changes in the scope of control of narcotic drugs and psychotropic substances",
                  "body": [
                      "At its forty-fifth meeting, held in Geneva from 10 to 14 October 2022, the Expert Committee "
                      "on Drug Dependence of the World Health Organization reviewed six substances and recommended "
                      "that five of them be placed under international control. The notification of the "
                      "Director-General of the World Health Organization will be made available to the Commission "
                      "in a note by the Secretariat.",
                      "Voting on the recommendations will take place on Wednesday, 15 March 2023, in accordance "
                      "with article 3 of the 1961 Convention and article 2 of the 1971 Convention. A decision of "
                      "the Commission under article 2 of the 1971 Convention requires a two-thirds majority of the "
                      "members of the Commission.",
                      {"documentation": [
                          ("Note by the Secretariat on changes in the scope of control of substances: proposed "
                           "scheduling recommendations by the World Health Organization", "E/CN.7/2023/8"),
                      ]},
                  ]},
                 {"title": "Proposed changes in the scope of control of precursors", "body": [
                     "Pursuant to article 12 of the 1988 Convention, the International Narcotics Control Board "
                     "notified the Secretary-General that it had assessed three designer precursors of "
                     "amphetamine-type stimulants and recommended their inclusion in Table I of that Convention."
                     "<fn>See <sym>E/INCB/2022/4</sym>, chap. II.</fn>",
                     "The Commission will have before it a note by the Secretariat transmitting the notification "
                     "of the Board, together with the assessment on which the recommendation is based.",
                     {"documentation": [
                         ("Note by the Secretariat on changes in the scope of control of substances: proposed "
                          "scheduling recommendations by the International Narcotics Control Board",
                          "E/CN.7/2023/9"),
                     ]},
                 ]},
             ]},
             {"title": "International Narcotics Control Board", "body": [
                 "The Commission will have before it the report of the International Narcotics Control Board for "
                 "2022 and the report of the Board on the implementation of article 12 of the 1988 Convention. The "
                 "President of the Board will introduce the reports, and the Commission may wish to consider the "
                 "recommendations contained therein.",
                 {"documentation": [
                     ("Report of the International Narcotics Control Board for 2022", "E/INCB/2022/1"),
                     ("Precursors and chemicals frequently used in the illicit manufacture of narcotic drugs and "
                      "psychotropic substances: report of the International Narcotics Control Board for 2022 on the "
                      "implementation of article 12 of the United Nations Convention against Illicit Traffic in "
                      "Narcotic Drugs and Psychotropic Substances of 1988", "E/INCB/2022/4"),
                 ]},
             ]},
             {"title": "International cooperation to ensure the availability of narcotic drugs and psychotropic "
                       "substances for medical and scientific purposes, while preventing their diversion", "body": [
                 "In its resolution 65/3, the Commission requested the Office, in cooperation with the World Health "
                 "Organization and the International Narcotics Control Board, to continue to assist Member States in "
                 "improving access to controlled substances for medical and scientific purposes, including for the "
                 "relief of pain and suffering.",
                 "The Commission may wish to exchange information on national experiences in removing regulatory, "
                 "financial and educational barriers to access, and on measures taken to prevent diversion.",
             ]},
         ]},
        {"title": "Implementation of the Political Declaration and Plan of Action on International Cooperation "
                  "towards an Integrated and Balanced Strategy to Counter the World Drug Problem and of the "
                  "Ministerial Declaration of 2019", "group": "Operational segment:", "body": [
             "In the Ministerial Declaration of 2019, Member States resolved to review, in 2029, the progress in "
             "implementing all international drug policy commitments, with a mid-term review by the Commission in "
             "2024. The Commission will hold thematic discussions under the present item in preparation for that "
             "review.",
             "The Commission will have before it the report of the Secretariat on the world situation with regard "
             "to drug trafficking and the World Drug Report 2022, which analyses long-term trends in the supply of "
             "and demand for drugs.<fn>United Nations publication, 2022.</fn>",
             {"documentation": [
                 ("Report of the Secretariat on world situation with regard to drug trafficking", "E/CN.7/2023/4"),
                 ("Report of the Executive Director on action taken by Member States to implement the Political "
                  "Declaration and Plan of Action", "E/CN.7/2023/5"),
             ]},
         ]},
        {"title": "Inter-agency cooperation and coordination of efforts in addressing and countering the world "
                  "drug problem", "body": [
            "The Commission may wish to consider cooperation with the entities of the United Nations system, "
            "including the World Health Organization, the Joint United Nations Programme on HIV/AIDS and the "
            "United Nations Development Programme, as well as with other international and regional "
            "organizations, in line with the United Nations system common position on drug-related matters.",
            "Representatives of the entities concerned will be invited to brief the Commission on their "
            "drug-related activities.",
        ]},
        {"title": "Recommendations of the subsidiary bodies of the Commission", "body": [
            "The recommendations adopted by the subsidiary bodies of the Commission in 2022 are contained in "
            "the reports listed under agenda item 4 (a). The Commission may wish to take note of those "
            "recommendations and to provide guidance on their follow-up.",
        ]},
        {"title": "Contributions by the Commission to the work of the Economic and Social Council, in line with "
                  "General Assembly resolution 72/305, including follow-up to and review and implementation of "
                  "the 2030 Agenda for Sustainable Development", "body": [
            "In its resolution 72/305, the General Assembly invited the functional commissions of the Economic "
            "and Social Council to contribute to the annual theme of the Council and of the high-level political "
            "forum on sustainable development. The theme for 2023 is “Accelerating the recovery from the "
            "coronavirus disease (COVID-19) and the full implementation of the 2030 Agenda for Sustainable "
            "Development at all levels”.",
            "The Commission may wish to consider the contribution that it will submit to the Council and to the "
            "forum, which will be prepared by the Secretariat on the basis of the views expressed by Member States "
            "and in consultation with the extended Bureau.",
            {"documentation": [
                ("Note by the Secretariat on the contribution of the Commission on Narcotic Drugs to the 2023 "
                 "high-level political forum on sustainable development", "E/CN.7/2023/6"),
            ]},
        ]},
        {"title": "Provisional agenda for the sixty-seventh session of the Commission", "body": [
            "The Commission will have before it a draft provisional agenda for its sixty-seventh session, which "
            "will include the high-level segment to be held in 2024 for the mid-term review referred to under "
            "item 6. The Commission will be invited to approve the draft provisional agenda.",
        ]},
        {"title": "Other business", "body": [
            "As no issues to be raised under item 11 have come to the attention of the Secretariat, no "
            "documentation regarding this item is currently foreseen.",
        ]},
        {"title": "Adoption of the report of the Commission on its sixty-sixth session", "body": [
            "The Commission will adopt a report on its sixty-sixth session, the draft of which will be prepared "
            "by the Rapporteur with the assistance of the Secretariat.",
        ]},
    ],
    "annex": {
        "days": [
            {"date": "2023-03-13", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["1", "2a", "2b", "3"]},
                {"time": ("15:00", "18:00"), "entries": ["3"]},
            ]},
            {"date": "2023-03-14", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["3", "4a", "4b", "4c"]},
                {"time": ("15:00", "18:00"), "entries": ["5a.i", "5a.ii"]},
            ]},
            {"date": "2023-03-15", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["5a.i", "5a.ii"]},
                {"time": ("15:00", "18:00"), "entries": ["5b", "5c"]},
            ]},
            {"date": "2023-03-16", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["6"]},
                {"time": ("15:00", "18:00"), "entries": ["6", "7", "8"]},
            ]},
            {"date": "2023-03-17", "slots": [
                {"time": ("10:00", "13:00"), "entries": ["9", "10", "11"]},
                {"time": ("15:00", "18:00"), "entries": ["12"]},
            ]},
        ],
    },
}

VARIANTS = [
    variant("item-gap", renumber_from("8"),
            must=["A101"],
            note="Items 8–12 are printed 9–13 in the list, the annotations and the annex: no item 8. "
                 "The references in the text (“item 4 (a)”, “item 6”, “item 11”) still name existing items."),
    variant("subsubitem-skip", skip_marker("5a.ii"),
            must=["A102"],
            note="Under 5 (a) the sub-sub-items are (i) and (iii), in the list, the annotations and the annex."),
    variant("slots-out-of-order",
            [annex_set_time(2, 0, "15:00", "18:00"), annex_set_time(2, 1, "10:00", "13:00")],
            must=["A406"],
            note="On Wednesday, 15 March the 3–6 p.m. slot is listed before the 10 a.m.–1 p.m. slot."),
    variant("footnote-skip", footnote_skip(2),
            must=["A303"],
            note="The footnotes are numbered 1, 3, 4: number 2 is skipped (references and notes agree)."),
    variant("list-punctuation", set_list_punct("4b", "."),
            must=["A104"],
            note="Sub-item 4 (b), not the last of item 4, ends with “.” instead of “;” in the list."),
    variant("malformed-symbol", replace("<sym>E/CN.7/2023/1</sym>", "<sym>E/CN7/2023/1</sym>"),
            must=["A501"],
            note="The annotation of item 2 (a) cites “E/CN7/2023/1” (no dot in “CN.7”); its link says the same."),
    variant("reference-capitalization", replace("Under agenda item 4 (a), the Commission",
                                                "Under Agenda Item 4 (a), the Commission"),
            must=["A701"],
            note="The annotation of item 4 (a) writes “Under Agenda Item 4 (a)” with capitals in running text."),
]
