"""Invoice and credit-note PDFs (weasyprint), rendered from the invoice row alone, so the same
invoice always prints the same."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils import translation

from marketplace.companies.validators import GST_STATES

from .models import CURRENCY_SYMBOLS, Invoice


def invoice_pdf(invoice: Invoice) -> bytes:
    from weasyprint import HTML  # imported late: it loads pango

    with translation.override("en"):  # GST documents are issued in English
        html = render_to_string(
            "billing/invoice_pdf.html",
            {
                "invoice": invoice,
                "symbol": CURRENCY_SYMBOLS.get(invoice.currency, ""),
                "supplier_state": GST_STATES.get(invoice.supplier_state_code, ""),
                "recipient_state": GST_STATES.get(invoice.recipient_state_code, ""),
                "place_of_supply": GST_STATES.get(invoice.place_of_supply, "")
                or ("Outside India" if invoice.place_of_supply == "96" else ""),
            },
        )
    return HTML(string=html).write_pdf()
