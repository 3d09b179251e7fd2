"""GST invoices: numbering per series and financial year, tax split, immutability, PDF."""

import io
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.utils import DatabaseError
from pypdf import PdfReader

from billing import services
from billing.models import Invoice
from billing.pdf import invoice_pdf

from .factories import owner_of, seller_company

pytestmark = pytest.mark.django_db


def paid(plans, company, *, plan="premium", at=None, currency="INR"):
    payment = services.checkout_start(
        user=owner_of(company),
        company=company,
        plan=plans[plan],
        provider="local",
        currency=currency,
        idempotency_key=f"k-{at}-{plan}-{currency}",
        now=at,
    )
    services.payment_confirm(
        payment=payment, amount=payment.amount, currency=payment.currency, now=at
    )
    return Invoice.objects.get(payment=payment, kind="invoice")


def pdf_text(invoice) -> str:
    return "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(invoice_pdf(invoice))).pages
    )


def test_numbers_restart_on_1_april_indian_time(plans):
    a, b, c = (seller_company(state=s) for s in ("27", "29", "07"))
    march_end = datetime(2027, 3, 31, 18, 29, tzinfo=UTC)  # 23:59 IST, 31 March
    first = paid(plans, a, at=datetime(2027, 3, 30, 10, 0, tzinfo=UTC))
    second = paid(plans, b, at=march_end)
    april = paid(plans, c, at=datetime(2027, 3, 31, 18, 31, tzinfo=UTC))  # 00:01 IST, 1 April
    assert (first.number, second.number) == ("TS/2026-27/00001", "TS/2026-27/00002")
    assert april.number == "TS/2027-28/00001"
    assert april.financial_year == "2027-28"


def test_a_failed_issue_leaves_no_gap(plans, company, monkeypatch):
    at = datetime(2026, 6, 1, tzinfo=UTC)
    paid(plans, company, at=at)
    other = seller_company(state="29")
    payment = services.checkout_start(
        user=owner_of(other), company=other, plan=plans["growth"], provider="local", currency="INR"
    )
    monkeypatch.setattr(services, "audit_record", _boom)
    with pytest.raises(RuntimeError):
        services.payment_confirm(payment=payment, amount=payment.amount, currency="INR", now=at)
    monkeypatch.undo()
    later = paid(plans, other, plan="growth", at=at)
    assert later.number == "TS/2026-27/00002"


def _boom(**kwargs):
    raise RuntimeError("crash in the middle")


def test_intra_state_invoice_has_cgst_and_sgst(plans):
    company = seller_company(state="29", gstin="29AABCK5678L1Z9"[:14] + "0")
    invoice = paid(plans, company, at=datetime(2026, 7, 1, tzinfo=UTC))
    assert (invoice.cgst_amount, invoice.sgst_amount, invoice.igst_amount) == (
        Decimal("899.91"),
        Decimal("899.91"),
        Decimal("0"),
    )
    assert invoice.place_of_supply == "29"
    text = pdf_text(invoice)
    assert "CGST @ 9%" in text and "SGST @ 9%" in text and "IGST" not in text
    assert "₹899.91" in text and "₹11,798.82" in text  # rupees with Indian digit grouping
    assert invoice.number in text


def test_inter_state_invoice_has_igst(plans, company):
    invoice = paid(plans, company, at=datetime(2026, 7, 1, tzinfo=UTC))
    assert (invoice.cgst_amount, invoice.igst_amount) == (Decimal("0"), Decimal("1799.82"))
    assert invoice.recipient_gstin == "27AABCE1234F1Z5"
    text = pdf_text(invoice)
    assert "IGST @ 18%" in text and "CGST" not in text
    assert "29AAGCT1234M1Z2" in text  # our GSTIN
    assert "998365" in text  # SAC


def test_an_unregistered_seller_is_invoiced_as_unregistered(plans):
    company = seller_company(state="", gstin="")
    invoice = paid(plans, company, at=datetime(2026, 7, 1, tzinfo=UTC))
    assert invoice.recipient_gstin == ""
    assert invoice.place_of_supply == "29"  # no state on record: where the supplier is
    assert invoice.cgst_amount == invoice.sgst_amount == Decimal("899.91")
    assert "Unregistered" in pdf_text(invoice)


def test_invoices_never_change_after_issue(plans, company):
    invoice = paid(plans, company, at=datetime(2026, 7, 1, tzinfo=UTC))
    invoice.total = Decimal("1")
    with pytest.raises(TypeError):
        invoice.save()
    with pytest.raises(TypeError):
        Invoice.objects.filter(pk=invoice.pk).delete()
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE billing_invoice SET total = 1 WHERE id = %s", [invoice.pk])
    with pytest.raises(IntegrityError), transaction.atomic():
        Invoice.objects.create(
            **{
                f.name: getattr(invoice, f.name)
                for f in Invoice._meta.concrete_fields
                if f.name not in ("id", "kind")
            },
            kind="credit_note",
        )  # same number


def test_credit_note_for_a_partial_refund(plans, company):
    invoice = paid(plans, company, at=datetime(2026, 7, 1, tzinfo=UTC))
    payment = invoice.payment
    outcome = services.payment_refund(
        payment=payment,
        amount=Decimal("1180.00"),
        currency="INR",
        refund_id="rfnd_1",
        now=datetime(2026, 7, 2, tzinfo=UTC),
    )
    assert "credit note TSCN/2026-27/00001" in outcome
    note = Invoice.objects.get(kind="credit_note")
    assert (note.taxable_amount, note.igst_amount, note.total) == (
        Decimal("1000.00"),
        Decimal("180.00"),
        Decimal("1180.00"),
    )
    payment.refresh_from_db()
    assert payment.status == "paid"  # partly refunded: the membership stays
    assert "Credit note" in pdf_text(note) and invoice.number in pdf_text(note)
    again = services.payment_refund(
        payment=payment, amount=Decimal("1180.00"), currency="INR", refund_id="rfnd_1"
    )
    assert again.startswith("no change")
