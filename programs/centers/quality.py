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
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _lazy


@dataclass(frozen=True)
class Sign:
    key: str  # the finder's filter code for signs that are filters; never a real SAMHSA code
    title: str | Promise
    explanation: str | Promise
    codes: dict[str, str | Promise]  # real SAMHSA code -> the answer in plain words
    filter_label: str | Promise = ""  # set for the signs offered as finder filters


SIGNS = [
    Sign(
        key="ACCRED",
        title=_lazy("Licensed or accredited"),
        explanation=_lazy(
            "A state agency has licensed the center, or an outside group has checked it "
            "against quality standards."
        ),
        codes={
            "STAG": _lazy("state license (substance use agency)"),
            "STMH": _lazy("state license (mental health department)"),
            "STDH": _lazy("state license (health department)"),
            "HLA": _lazy("hospital license"),
            "JC": "The Joint Commission",
            "CARF": "CARF",
            "COA": "COA",
            "HFAP": "HFAP",
            "NCQA": "NCQA",
            "SOTP": _lazy("SAMHSA-certified opioid treatment program"),
        },
        filter_label=_lazy("Licensed or accredited"),
    ),
    Sign(
        key="MOUD",
        title=_lazy("Medication for opioid use disorder"),
        explanation=_lazy(
            "Medicines like buprenorphine, methadone and naltrexone help people stop using "
            "opioids and stay stopped."
        ),
        codes={
            "BU": _lazy("buprenorphine"),
            "MU": _lazy("methadone"),
            "NU": _lazy("naltrexone"),
            "OTP": _lazy("federally certified opioid treatment program"),
        },
        filter_label=_lazy("Offers medication for opioid use disorder (any kind)"),
    ),
    Sign(
        key="MAUD",
        title=_lazy("Medication for alcohol use disorder"),
        explanation=_lazy("Some medicines help people cut down or stop drinking."),
        codes={
            "PMAT": _lazy("prescribes or gives medication for alcohol use disorder"),
            "ACM": _lazy("acamprosate"),
            "DSF": _lazy("disulfiram"),
        },
    ),
    Sign(
        key="EVIDENCE",
        title=_lazy("Approaches shown to work"),
        explanation=_lazy("Kinds of counseling that studies have shown to help."),
        codes={
            "CBT": _lazy("cognitive behavioral therapy (CBT)"),
            "DBT": _lazy("dialectical behavior therapy (DBT)"),
            "MOTI": _lazy("motivational interviewing"),
            "CMI": _lazy("contingency management (rewards for progress)"),
            "CRV": _lazy("community reinforcement plus vouchers"),
            "RELP": _lazy("relapse prevention"),
            "MXM": _lazy("the Matrix Model"),
            "TRC": _lazy("trauma-related counseling"),
            "EMDR": _lazy("EMDR therapy"),
            "TWFA": _lazy("12-step facilitation"),
        },
    ),
    Sign(
        key="FAMILY",
        title=_lazy("Involves the family"),
        explanation=_lazy("Family members or partners can take part in care."),
        codes={
            "FCO": _lazy("family counseling"),
            "MCO": _lazy("couples counseling"),
            "CFT": _lazy("couples or family therapy"),
            "FPSY": _lazy("family education about mental illness"),
        },
    ),
    Sign(
        key="SUPPORT",
        title=_lazy("Support after treatment"),
        explanation=_lazy("Help that goes on after the program ends, to stay well."),
        codes={
            "ACC": _lazy("aftercare (continuing care)"),
            "PEER": _lazy("peer support or mentoring"),
            "RC": _lazy("recovery coach"),
            "SHG": _lazy("self-help groups"),
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
        SignReport(sign, [str(words) for code, words in sign.codes.items() if code in codes])
        for sign in SIGNS
    ]
