"""SAMHSA's signs of quality, read from what each center reported.

SAMHSA's guide "Finding Quality Treatment for Substance Use Disorders"
names five signs of quality in a treatment program: a license or accreditation,
medication for opioid and alcohol use disorder, approaches shown to work,
a place for the family, and support that lasts after treatment. Each sign
here is the set of SAMHSA service codes (2022 survey) whose answer shows it:
any one of them counts. The center page and the finder's filters both read
these definitions, so a filter means exactly what the page says.

These are a center's own answers to a federal survey, not a rating: a sign
is "reported" or "not reported", never "no", and nothing is scored or ranked.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Q


@dataclass(frozen=True)
class Sign:
    key: str  # the finder's filter code for signs that are filters; never a real SAMHSA code
    title: str
    explanation: str
    codes: dict[str, str]  # real SAMHSA code -> the answer in plain words
    filter_label: str = ""  # set for the signs offered as finder filters


SIGNS = [
    Sign(
        key="ACCRED",
        title="Licensed or accredited",
        explanation="A state agency has licensed the center, or an outside group has checked it "
        "against quality standards.",
        codes={
            "STAG": "state license (substance use agency)",
            "STMH": "state license (mental health department)",
            "STDH": "state license (health department)",
            "HLA": "hospital license",
            "JC": "The Joint Commission",
            "CARF": "CARF",
            "COA": "COA",
            "HFAP": "HFAP",
            "NCQA": "NCQA",
            "SOTP": "SAMHSA-certified opioid treatment program",
        },
        filter_label="Licensed or accredited",
    ),
    Sign(
        key="MOUD",
        title="Medication for opioid use disorder",
        explanation="Medicines like buprenorphine, methadone and naltrexone help people stop using "
        "opioids and stay stopped.",
        codes={
            "BU": "buprenorphine",
            "MU": "methadone",
            "NU": "naltrexone",
            "OTP": "federally certified opioid treatment program",
        },
        filter_label="Offers medication for opioid use disorder (any kind)",
    ),
    Sign(
        key="MAUD",
        title="Medication for alcohol use disorder",
        explanation="Some medicines help people cut down or stop drinking.",
        codes={
            "PMAT": "prescribes or gives medication for alcohol use disorder",
            "ACM": "acamprosate",
            "DSF": "disulfiram",
        },
    ),
    Sign(
        key="EVIDENCE",
        title="Approaches shown to work",
        explanation="Kinds of counseling that studies have shown to help.",
        codes={
            "CBT": "cognitive behavioral therapy (CBT)",
            "DBT": "dialectical behavior therapy (DBT)",
            "MOTI": "motivational interviewing",
            "CMI": "contingency management (rewards for progress)",
            "CRV": "community reinforcement plus vouchers",
            "RELP": "relapse prevention",
            "MXM": "the Matrix Model",
            "TRC": "trauma-related counseling",
            "EMDR": "EMDR therapy",
            "TWFA": "12-step facilitation",
        },
    ),
    Sign(
        key="FAMILY",
        title="Involves the family",
        explanation="Family members or partners can take part in care.",
        codes={
            "FCO": "family counseling",
            "MCO": "couples counseling",
            "CFT": "couples or family therapy",
            "FPSY": "family education about mental illness",
        },
    ),
    Sign(
        key="SUPPORT",
        title="Support after treatment",
        explanation="Help that goes on after the program ends, to stay well.",
        codes={
            "ACC": "aftercare (continuing care)",
            "PEER": "peer support or mentoring",
            "RC": "recovery coach",
            "SHG": "self-help groups",
        },
    ),
]

FILTER_SIGNS = [sign for sign in SIGNS if sign.filter_label]
_BY_FILTER = {sign.key: sign for sign in FILTER_SIGNS}


def real_codes(filter_code: str) -> list[str]:
    """The SAMHSA codes a finder filter stands for: any one of them matches."""
    sign = _BY_FILTER.get(filter_code)
    return list(sign.codes) if sign else [filter_code]


def any_answer(codes: Iterable[str]) -> Q:
    """Centers whose answers include any one of `codes`: an OR of a few LIKEs."""
    condition = Q()
    for code in codes:
        condition |= Q(service_codes__contains=f" {code} ")
    return condition


@dataclass
class SignReport:
    sign: Sign
    answers: list[str]  # the center's answers that show the sign, in plain words

    @property
    def reported(self) -> bool:
        return bool(self.answers)

    @property
    def answers_text(self) -> str:
        return ", ".join(self.answers)


def center_signs(service_codes: list[str]) -> list[SignReport]:
    """Each sign with the center's answers that show it (none: not reported).
    Empty when the center has no answers at all."""
    if not service_codes:
        return []
    codes = set(service_codes)
    return [
        SignReport(sign, [words for code, words in sign.codes.items() if code in codes]) for sign in SIGNS
    ]
