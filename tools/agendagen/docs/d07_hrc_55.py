"""A/HRC/55/1: "Agenda and annotations" of the fifty-fifth session of the Human Rights
Council (Geneva, 26 February–5 April 2024).

Imitates the Council's session agendas: the standing ten-item agenda (no sub-items),
"I. Agenda" / "II. Annotations" chapter headings, paragraphs numbered through the
annotations, italic subheadings for the reports under an item, footnotes on several
pages citing Council resolutions and decisions, an "Agenda item 1" line in the masthead
(Council documents carry it, without an asterisk: the agenda is standing), blue links
written twice, no annex.
"""

from agendagen.faults import variant, replace, set_number

DOC = {
    "id": "a-hrc-55-1",
    "language": "en",
    "paper": "A4",
    "numbered_paragraphs": True,
    "link_color": "blue",
    "dup_links": True,
    "title": "Agenda and annotations",
    "list_heading": "I.\tAgenda",
    "annotations_heading": "II.\tAnnotations",
    "masthead": {
        "symbol": "A/HRC/55/1",
        "organ": "General Assembly",
        "distribution": "General",
        "date": "2024-01-22",
        "original": "English",
        "job": "GE.24-01186",
        "job_dates": ["220124", "240124"],
        "session": ["Human Rights Council", "Fifty-fifth session", "26 February–5 April 2024"],
        "session_bold": 1,
        "item_line": "Agenda item 1",
        "item_title": "Organizational and procedural matters",
    },
    "items": [
        {"title": "Organizational and procedural matters", "body": [
            {"subheading": "Opening of the session"},
            "The fifty-fifth session of the Human Rights Council will be opened on Monday, 26 February 2024, at "
            "9 a.m., in Room XX of the Palais des Nations in Geneva.",
            {"subheading": "Adoption of the agenda"},
            "The Council will have before it for adoption the agenda of its fifty-fifth session, as contained in "
            "section I of the present document, which follows the agenda adopted by the Council in its "
            "resolution 5/1.<fn>Council resolution 5/1, annex, sect. V.</fn>",
            {"subheading": "Programme of work"},
            "The Council will have before it for adoption its programme of work for the session, which will be "
            "made available on the extranet of the Council before the beginning of the session. In accordance "
            "with its resolution 16/21, the Council holds interactive dialogues with special procedure mandate "
            "holders in clusters of two mandates.",
            "The high-level segment of the session will be held from Monday, 26 February, to Thursday, "
            "29 February 2024. Dignitaries wishing to take the floor during the segment are invited to register "
            "through the online system of the Council.",
            {"subheading": "Selection and appointment of mandate holders"},
            "In accordance with its resolution 5/1 and its decision 6/102, the Council will appoint special "
            "procedure mandate holders at the end of the session, on the basis of the list of candidates "
            "prepared by the President of the Council.",
            {"subheading": "Adoption of the report of the session"},
            "At the end of the session, the Council will adopt the draft report prepared by the Rapporteur, "
            "which will contain a technical summary of the proceedings.",
        ]},
        {"title": "Annual report of the United Nations High Commissioner for Human Rights and reports of the "
                  "Office of the High Commissioner and the Secretary-General", "body": [
            "In accordance with General Assembly resolution 48/141, the High Commissioner will present an update "
            "on the activities of the Office of the High Commissioner, to be followed by a general debate.",
            {"subheading": "Reports of the Office of the High Commissioner and the Secretary-General"},
            "Pursuant to Council resolution 52/31, the High Commissioner will present an oral update on the "
            "situation of human rights in the Bolivarian Republic of Venezuela, followed by an interactive "
            "dialogue.",
            "Pursuant to Council resolution 52/2, the High Commissioner will present a report on the situation of "
            "human rights in Eritrea (<sym>A/HRC/55/23</sym>), to be followed by an interactive dialogue.",
            "The Secretary-General will submit his report on the question of the realization in all countries of "
            "economic, social and cultural rights (<sym>A/HRC/55/19</sym>), which will be considered under "
            "item 3.",
        ]},
        {"title": "Promotion and protection of all human rights, civil, political, economic, social and cultural "
                  "rights, including the right to development", "body": [
            {"subheading": "Special procedures"},
            "The Special Rapporteur on the right to food will present her report, prepared pursuant to Council "
            "resolution 49/13, on the right to food in the context of armed conflict "
            "(<sym>A/HRC/55/49</sym>).",
            "The Special Rapporteur on the situation of human rights defenders will present his report on the "
            "protection of defenders working in conflict and post-conflict settings (<sym>A/HRC/55/50</sym>), "
            "prepared pursuant to Council resolution 52/4.",
            "The Special Rapporteur on the promotion and protection of human rights and fundamental freedoms "
            "while countering terrorism will present her report, prepared pursuant to Council resolution 49/10 "
            "(<sym>A/HRC/55/48</sym>).<fn>See also <sym>A/78/520</sym>.</fn>",
            {"subheading": "Panels"},
            "Pursuant to Council resolution 16/21, the Council will hold its annual high-level panel discussion "
            "on human rights mainstreaming, the theme of which will be the seventy-fifth anniversary of the "
            "Universal Declaration of Human Rights.",
            "Pursuant to Council resolution 51/17, the Council will hold its biennial panel discussion on the "
            "rights of persons with disabilities, focusing on their participation in political and public life.",
        ]},
        {"title": "Human rights situations that require the Council’s attention", "body": [
            "Pursuant to Council resolution 52/24, the Special Rapporteur on the situation of human rights in the "
            "Democratic People’s Republic of Korea will present his report (<sym>A/HRC/55/63</sym>), to be "
            "followed by an interactive dialogue.",
            "Pursuant to Council resolution 52/30, the Commission of Inquiry on the Syrian Arab Republic will "
            "present its report (<sym>A/HRC/55/64</sym>).<fn>See also Council resolution S-17/1.</fn>",
            "Pursuant to Council resolution 52/32, the Special Rapporteur on the situation of human rights in the "
            "Islamic Republic of Iran will present his report (<sym>A/HRC/55/62</sym>).",
        ]},
        {"title": "Human rights bodies and mechanisms", "body": [
            "Pursuant to Council resolution 5/1, the Council will consider the reports of the Advisory Committee "
            "on its thirtieth and thirty-first sessions (<sym>A/HRC/AC/30/2</sym> and "
            "<sym>A/HRC/AC/31/2</sym>).",
            "The Council will also consider the report of the Forum on Minority Issues on its sixteenth session, "
            "held in Geneva on 30 November and 1 December 2023.",
        ]},
        {"title": "Universal periodic review", "body": [
            "In accordance with its resolution 5/1 and its decision 17/119, the Council will consider and adopt "
            "the final outcomes of the reviews conducted during the forty-fifth session of the Working Group on "
            "the Universal Periodic Review, held from 22 January to 2 February 2024.",
            "The final outcome of each review consists of the report of the Working Group, the views of the State "
            "under review concerning the recommendations and its voluntary commitments, and the replies of the "
            "State under review to questions or issues that were not sufficiently addressed during the "
            "interactive dialogue.",
        ]},
        {"title": "Human rights situation in Palestine and other occupied Arab territories", "body": [
            "Pursuant to Council resolution 52/35, the Special Rapporteur on the situation of human rights in the "
            "Palestinian territories occupied since 1967 will present her report (<sym>A/HRC/55/73</sym>), to be "
            "followed by an interactive dialogue.",
            "Pursuant to Council resolution 49/4, the High Commissioner will present a report on the human rights "
            "situation in the Occupied Palestinian Territory, including East Jerusalem "
            "(<sym>A/HRC/55/28</sym>).",
        ]},
        {"title": "Follow-up to and implementation of the Vienna Declaration and Programme of Action", "body": [
            "The Council will hold a general debate on the follow-up to and implementation of the Vienna "
            "Declaration and Programme of Action, adopted by the World Conference on Human Rights on "
            "25 June 1993.<fn>See A/CONF.157/24 (Part I), chap. III.</fn>",
        ]},
        {"title": "Racism, racial discrimination, xenophobia and related forms of intolerance, follow-up to and "
                  "implementation of the Durban Declaration and Programme of Action", "body": [
            "Pursuant to General Assembly resolution 78/234, the High Commissioner will present an oral update on "
            "the global efforts for the total elimination of racism, racial discrimination, xenophobia and "
            "related intolerance.",
            "The Council will also hold its annual interactive dialogue with the Working Group of Experts on "
            "People of African Descent, which will present its report (<sym>A/HRC/55/71</sym>).",
        ]},
        {"title": "Technical assistance and capacity-building", "body": [
            "Pursuant to Council resolution 52/40, the Independent Expert on the situation of human rights in "
            "Mali will present his report (<sym>A/HRC/55/85</sym>), to be followed by an interactive dialogue.",
            "Pursuant to Council resolution 52/41, the High Commissioner will present an oral update on the "
            "situation of human rights in South Sudan.<fn>See also Council resolution 31/20.</fn>",
            "The Council will also hold its annual thematic panel discussion on technical cooperation in the "
            "promotion and protection of human rights.",
        ]},
    ],
}

VARIANTS = [
    variant("undefined-footnote",
            replace("promotion and protection of human rights.", "promotion and protection of human rights.<sup>6</sup>"),
            must=["A301"],
            note="The last paragraph of item 10 ends with a superscript 6; the document has five footnotes."),
    variant("duplicate-item-number", set_number("6", 5),
            must=["A101"],
            note="Item 6 “Universal periodic review” is printed as a second item 5 in the agenda and the "
                 "annotations."),
    variant("date-format", replace("Monday, 26 February 2024, at", "Monday, February 26, 2024, at"),
            must=["A402"],
            note="The opening date is written in the American order, “February 26, 2024”."),
    variant("space-before-punctuation",
            replace("Pursuant to Council resolution 52/31, the High Commissioner",
                    "Pursuant to Council resolution 52/31 , the High Commissioner"),
            must=["A602"],
            note="A space before the comma after “resolution 52/31” under item 2."),
]
