"""Hindi pages group digits the Indian way: thousands, then lakhs and crores (12,34,567.00)."""

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = (3, 2, 0)
