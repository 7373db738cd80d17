"""E/2024/1: provisional agenda of the 2024 session of the Economic and Social Council
(New York).

A plain provisional agenda (no annotations: those are issued as E/2024/100) on letter
paper with a New York job number: 19 items, most of them with sub-items, a footnote on
an item title (after its punctuation, English style), a closing note.  The list follows
the structure of the Council's real agendas; the wording is written for this corpus.
"""

from agendagen.faults import variant, set_list_punct, skip_marker, marker_style

DOC = {
    "id": "e-2024-1",
    "language": "en",
    "paper": "letter",
    "kind": "plain",
    "link_color": "black",
    "dup_links": True,
    "title": "Provisional agenda",
    "masthead": {
        "symbol": "E/2024/1",
        "organ": "Economic and Social Council",
        "distribution": "General",
        "date": "2023-08-14",
        "original": "English",
        "job": "23-15580",
        "job_dates": ["140823"],
        "session": ["2024 session", "27 July 2023–24 July 2024"],
        "session_bold": 1,
    },
    "intro": [],
    "items": [
        {"title": "Election of the Bureau"},
        {"title": "Adoption of the agenda and other organizational matters"},
        {"title": "Operational activities of the United Nations for international development cooperation",
         "sub_items": [
             {"title": "Follow-up to policy recommendations of the General Assembly and the Council"},
             {"title": "Reports of the Executive Boards of the United Nations Development Programme/United "
                       "Nations Population Fund/United Nations Office for Project Services, the United Nations "
                       "Children’s Fund, the United Nations Entity for Gender Equality and the Empowerment of "
                       "Women and the World Food Programme"},
             {"title": "South-South cooperation for development"},
         ]},
        {"title": "Special economic, humanitarian and disaster relief assistance"},
        {"title": "The role of the United Nations system in implementing the ministerial declaration of the "
                  "high-level segment of the 2023 session of the Council"},
        {"title": "High-level political forum on sustainable development, convened under the auspices of the "
                  "Economic and Social Council"},
        {"title": "High-level segment", "sub_items": [
            {"title": "Ministerial meeting of the high-level political forum on sustainable development"},
            {"title": "Development Cooperation Forum"},
            {"title": "Thematic discussion"},
        ]},
        {"title": "Integration segment"},
        {"title": "Implementation of and follow-up to major United Nations conferences and summits",
         "sub_items": [
             {"title": "Follow-up to the International Conference on Financing for Development"},
             {"title": "Review and coordination of the implementation of the Programme of Action for the Least "
                       "Developed Countries for the Decade 2022–2031"},
         ]},
        {"title": "Coordination, programme and other questions", "sub_items": [
            {"title": "Reports of coordination bodies"},
            {"title": "Proposed programme budget for 2025"},
            {"title": "Mainstreaming a gender perspective into all policies and programmes in the United Nations "
                      "system"},
            {"title": "Long-term programme of support for Haiti"},
            {"title": "African countries emerging from conflict"},
            {"title": "Joint United Nations Programme on Human Immunodeficiency Virus/Acquired Immunodeficiency "
                      "Syndrome (HIV/AIDS)"},
            {"title": "Prevention and control of non-communicable diseases"},
        ]},
        {"title": "Implementation of General Assembly resolutions 50/227, 52/12 B, 57/270 B, 60/265, 61/16, "
                  "67/290, 68/1, 72/305 and 75/290 A"},
        {"title": "Implementation of the Declaration on the Granting of Independence to Colonial Countries and "
                  "Peoples by the specialized agencies and the international institutions associated with the "
                  "United Nations"},
        {"title": "Non-governmental organizations"},
        {"title": "Economic and environmental questions", "sub_items": [
            {"title": "Sustainable development"},
            {"title": "Science and technology for development"},
            {"title": "Statistics"},
            {"title": "Human settlements"},
            {"title": "Environment"},
            {"title": "Population and development"},
            {"title": "Public administration and development"},
            {"title": "International cooperation in tax matters"},
            {"title": "Geospatial information"},
            {"title": "Women and development"},
            {"title": "United Nations Forum on Forests"},
            {"title": "Transport of dangerous goods"},
        ]},
        {"title": "Social and human rights questions", "sub_items": [
            {"title": "Advancement of women"},
            {"title": "Social development"},
            {"title": "Crime prevention and criminal justice"},
            {"title": "Narcotic drugs"},
            {"title": "United Nations High Commissioner for Refugees"},
            {"title": "Comprehensive implementation of the Durban Declaration and Programme of Action"},
            {"title": "Human rights"},
            {"title": "Permanent Forum on Indigenous Issues"},
        ]},
        {"title": "United Nations research and training institutes"},
        {"title": "Economic and social consequences of the Israeli occupation on the living conditions of the "
                  "Palestinian people in the Occupied Palestinian Territory, including East Jerusalem, and of "
                  "the Arab population in the occupied Syrian Golan"},
        {"title": "Regional cooperation"},
        {"title": "Elections, nominations, confirmations and appointments"
                  "<fn>The elections to fill vacancies in the subsidiary bodies of the Council will be held at "
                  "the management segment, in accordance with Council decision 2023/201 D.</fn>"},
    ],
    "closing": [
        "The annotations to the provisional agenda, together with the list of documents before the Council, "
        "will be issued as document E/2024/100.",
    ],
}

VARIANTS = [
    variant("list-colon-missing", set_list_punct("7", "."),
            must=["A104"],
            note="Item 7 “High-level segment”, which introduces sub-items, ends with “.” instead of “:”."),
    variant("subitem-letter-skip", skip_marker("14e"),
            must=["A102"],
            note="Under item 14 the sub-items run (a)–(d), then (f)–(m): there is no (e)."),
    variant("marker-style", marker_style("close"),
            must=["A103"],
            note="Every sub-item marker is printed French-style, “a)”, in this English document."),
]
