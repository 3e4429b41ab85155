# Dates as U.S. readers write them in prose ("December 1, 2026"), for the
# `date` filter's default and `formats.date_format`.
DATE_FORMAT = "F j, Y"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "F j"
SHORT_DATE_FORMAT = "M j, Y"
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
