"""A/79/150: provisional agenda of the seventy-ninth regular session of the General
Assembly (New York, opening on Tuesday, 10 September 2024).

A long plain agenda in General Assembly style, abridged: items 1–8 without a heading,
then the nine lettered headings "A. Promotion of sustained economic growth …" to
"I. Organizational, administrative and other matters" with a few items each (31 items in
all, numbered consecutively; the real list has some 170).  Letter paper, New York job
number, an "Item 7 of the preliminary list*" masthead line with its "*" note (as the
real A/nn/150 documents carry), footnotes on item titles.
"""

from agendagen.faults import variant, masthead, skip_marker

DOC = {
    "id": "a-79-150",
    "language": "en",
    "paper": "letter",
    "kind": "plain",
    "title": "Provisional agenda of the seventy-ninth regular session of the General Assembly",
    "subtitle": "to convene at United Nations Headquarters, New York, on Tuesday, 10 September 2024, at 3 p.m.",
    "list_heading": None,
    "masthead": {
        "symbol": "A/79/150",
        "organ": "General Assembly",
        "distribution": "General",
        "date": "2024-06-14",
        "original": "English",
        "job": "24-10712",
        "job_dates": ["140624"],
        "session": ["Seventy-ninth session"],
        "session_bold": 1,
        "item_line": "Item 7 of the preliminary list<fn label=\"*\"><sym>A/79/50</sym>.</fn>",
        "item_title": "Organization of work, adoption of the agenda and allocation of items",
    },
    "items": [
        {"title": "Opening of the session by the President of the General Assembly"},
        {"title": "Minute of silent prayer or meditation<fn>Rule 62 of the rules of procedure of the General "
                  "Assembly.</fn>"},
        {"title": "Credentials of representatives to the seventy-ninth session of the General Assembly",
         "sub_items": [
             {"title": "Appointment of the members of the Credentials Committee"},
             {"title": "Report of the Credentials Committee"},
         ]},
        {"title": "Election of the President of the General Assembly"},
        {"title": "Election of the officers of the Main Committees"},
        {"title": "Election of the Vice-Presidents of the General Assembly"},
        {"title": "Organization of work, adoption of the agenda and allocation of items: reports of the General "
                  "Committee"},
        {"title": "General debate"},
        {"group": "A.\tPromotion of sustained economic growth and sustainable development in accordance with the "
                  "relevant resolutions of the General Assembly and recent United Nations conferences",
         "title": "Report of the Economic and Social Council"},
        {"title": "Implementation of the Declaration of Commitment on HIV/AIDS and the political declarations on "
                  "HIV/AIDS"},
        {"title": "Sport for development and peace"},
        {"title": "Sustainable development", "sub_items": [
            {"title": "Implementation of Agenda 21, the Programme for the Further Implementation of Agenda 21 and "
                      "the outcomes of the World Summit on Sustainable Development and of the United Nations "
                      "Conference on Sustainable Development"},
            {"title": "Follow-up to and implementation of the SIDS Accelerated Modalities of Action (SAMOA) "
                      "Pathway and the Mauritius Strategy for the Further Implementation of the Programme of "
                      "Action for the Sustainable Development of Small Island Developing States"},
            {"title": "Disaster risk reduction"},
            {"title": "Protection of global climate for present and future generations of humankind"},
        ]},
        {"group": "B.\tMaintenance of international peace and security",
         "title": "Report of the Security Council"},
        {"title": "Report of the Peacebuilding Commission"},
        {"title": "The situation in the Middle East"},
        {"title": "Question of Palestine"},
        {"group": "C.\tDevelopment of Africa",
         "title": "New Partnership for Africa’s Development: progress in implementation and international "
                  "support"},
        {"group": "D.\tPromotion of human rights",
         "title": "Report of the Human Rights Council"},
        {"title": "Promotion and protection of human rights", "sub_items": [
            {"title": "Implementation of human rights instruments"},
            {"title": "Human rights questions, including alternative approaches for improving the effective "
                      "enjoyment of human rights and fundamental freedoms"},
            {"title": "Human rights situations and reports of special rapporteurs and representatives"},
        ]},
        {"group": "E.\tEffective coordination of humanitarian assistance efforts",
         "title": "Strengthening of the coordination of humanitarian and disaster relief assistance of the "
                  "United Nations, including special economic assistance"},
        {"group": "F.\tPromotion of justice and international law",
         "title": "Report of the International Court of Justice"},
        {"title": "Report of the International Law Commission on the work of its seventy-fifth session"},
        {"group": "G.\tDisarmament",
         "title": "Report of the International Atomic Energy Agency"},
        {"title": "General and complete disarmament<fn>Item proposed in accordance with General Assembly "
                  "resolution 78/59.</fn>"},
        {"group": "H.\tDrug control, crime prevention and combating international terrorism in all its forms and "
                  "manifestations",
         "title": "Crime prevention and criminal justice"},
        {"title": "International drug control"},
        {"title": "Measures to eliminate international terrorism"},
        {"group": "I.\tOrganizational, administrative and other matters",
         "title": "Elections to fill vacancies in principal organs", "sub_items": [
             {"title": "Election of five non-permanent members of the Security Council"},
             {"title": "Election of eighteen members of the Economic and Social Council"},
         ]},
        {"title": "Appointments to fill vacancies in subsidiary organs and other appointments"},
        {"title": "Proposed programme budget for 2025"},
        {"title": "Scale of assessments for the apportionment of the expenses of the United Nations"},
    ],
}

VARIANTS = [
    variant("running-header-mismatch", masthead(header_symbol="A/78/150"),
            must=["A504"],
            note="The running header of pages 2 and after reads “A/78/150”; the masthead symbol is A/79/150."),
    variant("subitem-letter-skip", skip_marker("28b"),
            must=["A102"],
            note="Under item 28 the sub-items are (a) and (c)."),
]
