"""Known renames between survey years: the curated seed of the alias table.

Data, not logic. `import_service_codes` adds each alias whose target code is
in the dictionary and leaves aliases editors already have untouched. Add a
line here when an import reports an unmapped name whose meaning is certain;
names with no clear 2022 equivalent stay unmapped and reported.
"""

# Codes other exports use for a 2022 code.
CODE_ALIASES = [
    # (alias, 2022 code, note)
    ("IOP", "OIT", "Newer exports write IOP for intensive outpatient treatment."),
]

FINDTREATMENT_2019 = "FindTreatment.gov JSON, 2019 wording"
API_GUIDE = "FindTreatment.gov API guide v1.9 example"

# (category code as the source writes it, name as the source writes it, 2022 code, note)
NAME_ALIASES = [
    ("AGE", "Seniors (65 or older)", "SNR", FINDTREATMENT_2019),
    ("AS", "Case management", "CM", FINDTREATMENT_2019),
    ("AS", "Consumer-run (peer-support) services", "PEER", FINDTREATMENT_2019),
    ("AS", "Domestic violence services-family or partner", "DVFP", FINDTREATMENT_2019),
    ("EDU", "Family counseling offered", "FCO", FINDTREATMENT_2019),
    ("EDU", "Group counseling offered", "GCO", FINDTREATMENT_2019),
    ("EDU", "Individual counseling offered", "ICO", FINDTREATMENT_2019),
    ("EDU", "Marital/couples counseling offered", "MCO", FINDTREATMENT_2019),
    ("EDU", "Substance abuse education", "SAE", FINDTREATMENT_2019),
    ("EXCL", "DUI/DWI clients", "DUO", FINDTREATMENT_2019),
    ("FOP", "Regional/district or county, local or municipal government", "LCCG", FINDTREATMENT_2019),
    ("LCA", "Commission on Accreditation of Rehabilitation Facilities", "CARF", FINDTREATMENT_2019),
    ("LCA", "State substance abuse agency", "STAG", FINDTREATMENT_2019),
    ("OT", "Accepts clients on opioid medication", "MOA", FINDTREATMENT_2019),
    ("OT", "Do not use medication for opioid addiction", "NMOA", FINDTREATMENT_2019),
    ("OT", "Does not treat opioid addiction", "NOOP", FINDTREATMENT_2019),
    ("OT", "Prescribes/administers buprenorphine", "UB", FINDTREATMENT_2019),
    ("OT", "Prescribes/administers naltrexone", "UN", FINDTREATMENT_2019),
    ("OT", "Relapse prevention from naltrexone", "RPN", FINDTREATMENT_2019),
    ("OT", "SAMHSA-certified Opioid Treatment Program", "OTP", FINDTREATMENT_2019),
    ("OTHR", "Treatment for non-substance use addiction disorder", "TOD", FINDTREATMENT_2019),
    ("PAY", "Federal, or any government funding for substance abuse programs", "FSA", FINDTREATMENT_2019),
    ("PAY", "Military insurance (e.g., TRICARE)", "MI", FINDTREATMENT_2019),
    ("PAY", "State education funds", "SEF", FINDTREATMENT_2019),
    (
        "PHR",
        "Buprenorphine (extended-release, injectable, for example, Sublocade®)",
        "BERI",
        FINDTREATMENT_2019,
    ),
    ("PHR", "Buprenorphine with naloxone (Suboxone®)", "BWN", FINDTREATMENT_2019),
    ("PHR", "Disulfiram (Antabuse®)", "DSF", FINDTREATMENT_2019),
    ("PHR", "Extended-release, injectable Naltrexone (Vivitrol®)", "VTRL", FINDTREATMENT_2019),
    ("PHR", "Medications for psychiatric disorders", "MMD", FINDTREATMENT_2019),
    ("SCR", "Breath analyzer or blood alcohol testing", "BABA", FINDTREATMENT_2019),
    ("SCR", "Screening for Hepatitis B", "HBT", FINDTREATMENT_2019),
    ("SCR", "Screening for Hepatitis C", "HCT", FINDTREATMENT_2019),
    ("SCR", "Screening for mental health disorders", "SMHD", FINDTREATMENT_2019),
    ("SET", "Hospital inpatient", "HI", FINDTREATMENT_2019),
    ("SET", "Residential", "RES", FINDTREATMENT_2019),
    ("SET", "Telemedicine/telehealth", "TELE", FINDTREATMENT_2019),
    ("SET", "Computerized treatment/telemedicine", "TELE", FINDTREATMENT_2019),
    ("SG", "Clients referred from the court/judicial system", "CJ", FINDTREATMENT_2019),
    ("SG", "Clients referred from the court/judicial system (other than DUI/DWI)", "CJ", API_GUIDE),
    ("SG", "Lesbian, gay, bisexual, or transgender (LGBT) clients", "GL", FINDTREATMENT_2019),
    ("SG", "Military families", "MF", FINDTREATMENT_2019),
    (
        "SG",
        "Persons who have experienced intimate partner violence, domestic violence",
        "DV",
        FINDTREATMENT_2019,
    ),
    ("SG", "Persons who have experienced sexual abuse", "XA", FINDTREATMENT_2019),
    ("SG", "Persons who have experienced trauma", "TRMA", FINDTREATMENT_2019),
    ("SG", "Persons with HIV or AIDS", "HV", FINDTREATMENT_2019),
    ("SG", "Persons with co-occurring mental and substance use disorders", "CO", FINDTREATMENT_2019),
    ("SG", "Persons with serious mental illness (SMI)", "SMI", FINDTREATMENT_2019),
    ("SG", "Adults with serious mental illness (SMI)", "SMI", API_GUIDE),
    ("SG", "Transitional age young adults", "TAY", FINDTREATMENT_2019),
    ("SL", "Services for the deaf and hard of hearing", "AH", FINDTREATMENT_2019),
    ("SL", "Services for the hearing-impaired", "AH", API_GUIDE),
    ("TAP", "Integrated dual disorders treatment", "IDD", FINDTREATMENT_2019),
    ("TAP", "Substance use counseling approach", "SACA", FINDTREATMENT_2019),
    ("TAP", "Trauma therapy", "TRC", FINDTREATMENT_2019),
    ("TC", "Mental health treatment services", "MH", API_GUIDE),
    ("TC", "Substance treatment services", "SA", API_GUIDE),
    ("TOBAC", "Nicotine replacement therapy", "NRT", FINDTREATMENT_2019),
    ("TOBAC", "Non-nicotine smoking/tobacco cessation medications", "NSC", FINDTREATMENT_2019),
    ("TOBAC", "Smoking/tobacco cessation counseling", "TCC", FINDTREATMENT_2019),
]
