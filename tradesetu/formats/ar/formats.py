"""Arabic pages write numbers in Latin digits, as the marketplace's data (prices, quantities typed
by sellers) does: with Django's Arabic separators (decimal comma, thousands dot) "USD 8,53" stood
beside "21,500 kg" in a seller's text. One convention on the page: decimal point, thousands comma
(CLDR's Arabic with Latin digits), grouped by three."""

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
