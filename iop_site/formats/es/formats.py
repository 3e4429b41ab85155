# Spanish as written in the United States (CLDR's es-US): "1 de diciembre
# de 2026", and numbers with a decimal point and a comma between thousands,
# as Spanish speakers here read them on every U.S. form and price tag
# (Django's generic Spanish uses the opposite, Spain's convention).
DATE_FORMAT = r"j \d\e F \d\e Y"
YEAR_MONTH_FORMAT = r"F \d\e Y"
MONTH_DAY_FORMAT = r"j \d\e F"
SHORT_DATE_FORMAT = r"j M Y"
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
