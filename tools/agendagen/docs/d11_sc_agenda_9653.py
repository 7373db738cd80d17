"""S/Agenda/9653: provisional agenda for the 9653rd meeting of the Security Council
(New York, Tuesday, 11 June 2024).

The shortest kind of agenda: a one-page plain list of two items, the second followed by
the report before the Council as an unnumbered line (Security Council style, as in
S/Agenda/10026 of the reference extracts), letter paper, a New York job number.
"""

from agendagen.faults import variant, masthead

DOC = {
    "id": "s-agenda-9653",
    "language": "en",
    "paper": "letter",
    "kind": "plain",
    "title": "Provisional agenda for the 9653rd meeting of the Security Council",
    "subtitle": "To be held on Tuesday, 11 June 2024, at 10 a.m.",
    "list_heading": None,
    "masthead": {
        "symbol": "S/Agenda/9653",
        "organ": "Security Council",
        "distribution": "General",
        "date": "2024-06-11",
        "original": "English",
        "job": "24-10593",
        "job_dates": ["110624"],
        "session": [],
    },
    "items": [
        {"title": "Adoption of the agenda"},
        {"title": "The situation in Libya",
         "list_notes": ["Report of the Secretary-General on the United Nations Support Mission in Libya "
                        "(<sym>S/2024/429</sym>)"]},
    ],
}

VARIANTS = [
    variant("job-number-format", masthead(job="24-1O593", barcode="*2410593*"),
            must=["A507"], may=["A504"],
            note="The job number is printed “24-1O593 (E)” with a capital letter O for the zero; the barcode "
                 "keeps the digits. A linter may also report that the barcode and the job number disagree."),
    variant("masthead-no-original", masthead(original=False),
            must=["A506"],
            note="The masthead has no “Original: English” line."),
]
