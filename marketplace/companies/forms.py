from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedMultipleChoiceField

from .models import CertificationType, Company, CompanyMember, KycDocument, PaymentTerm


class CompanyProfileForm(forms.ModelForm):
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    class Meta:
        model = Company
        fields = [
            "name",
            "legal_name",
            "about",
            "gst_state_code",
            "city",
            "address",
            "postal_code",
            "website",
            "email",
            "phone",
            "gstin",
            "pan",
            "cin",
            "iec",
            "year_founded",
            "employee_count",
        ]
        widgets = {
            "about": forms.Textarea(attrs={"rows": 4}),
            "address": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {
            "gstin": _("15 characters, e.g. 27AAPFU0939F1ZV."),
            "phone": _("With country code, e.g. +91 22 4000 1234."),
        }

    def _post_clean(self):
        # The model's own validation runs in the service (with identifier checks) instead.
        pass


class SellerProfileForm(forms.Form):
    export_markets = LazyTypedMultipleChoiceField(
        label=_("Export markets"),
        choices=countries,
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    negative_countries = LazyTypedMultipleChoiceField(
        label=_("Countries you do not serve"),
        choices=countries,
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    payment_terms = forms.MultipleChoiceField(
        label=_("Payment terms"),
        choices=PaymentTerm.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    logistics_partners = forms.CharField(
        label=_("Logistics partners"),
        required=False,
        max_length=1000,
        help_text=_("Comma separated, e.g. Maersk, DHL, Blue Dart."),
    )
    supply_capacity = forms.CharField(label=_("Supply capacity"), required=False, max_length=120)

    def clean_logistics_partners(self):
        return [p.strip() for p in self.cleaned_data["logistics_partners"].split(",") if p.strip()]


class KycUploadForm(forms.Form):
    doc_type = forms.ChoiceField(label=_("Document"), choices=KycDocument.Type.choices)
    number = forms.CharField(
        label=_("Number on the document"),
        required=False,
        max_length=30,
        help_text=_("Not needed for address proof."),
    )
    valid_until = forms.DateField(
        label=_("Valid until (if it expires)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    file = forms.FileField(label=_("File (PDF, JPEG or PNG, up to 10 MB)"))


class CertificationForm(forms.Form):
    cert_type = forms.ModelChoiceField(
        label=_("Certification"), queryset=CertificationType.objects.all()
    )
    number = forms.CharField(label=_("Certificate number"), max_length=60)
    issuer = forms.CharField(label=_("Issued by"), max_length=200)
    valid_from = forms.DateField(
        label=_("Valid from"), widget=forms.DateInput(attrs={"type": "date"})
    )
    valid_to = forms.DateField(
        label=_("Valid to"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    file = forms.FileField(label=_("Certificate (PDF, JPEG or PNG, up to 10 MB)"))


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("E-mail"))
    role = forms.ChoiceField(
        label=_("Role"),
        choices=[
            (CompanyMember.Role.STAFF, _("Staff")),
            (CompanyMember.Role.ADMIN, _("Administrator")),
        ],
    )


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )
