"""The newsroom's home page groups this app's models by task, in this order."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Task:
    slug: str
    name: str
    models: tuple[str, ...]  # model names, in the order shown


# The home page's groups of this app's models, in this order.
TASKS = (
    Task("guide", "The guide", ("article", "section", "page", "callquestion")),
    Task("phones", "Phones and disclosures", ("helplinenumber", "routingpartner", "disclosure")),
    Task(
        "centers",
        "Treatment centers",
        ("treatmentcenter", "service", "servicecategory", "servicealias", "importrun"),
    ),
    Task(
        "work",
        "Reports and requests to work",
        ("listingtoverify", "listingreport", "listingupdaterequest", "verificationcall", "callbackrequest"),
    ),
)
