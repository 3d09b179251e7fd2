from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from marketplace.accounts.forms import terms_consent_field, terms_consent_label
from marketplace.catalog.forms import ATTR_PREFIX, CategoryField, TitleField, _attribute_field
from marketplace.catalog.models import Category, Currency, Incoterm
from marketplace.companies.models import CertificationType

from .models import BadLeadClaim, Lead


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


class RFQForm(forms.Form):
    """The guided RFQ form; the category's attribute schema adds its specification fields."""

    title = TitleField(label=_("Product you need"))
    category = CategoryField(
        label=_("Category"),
        required=False,
        help_text=_("Leave empty and we will suggest one from the product name."),
    )
    quantity = forms.DecimalField(label=_("Quantity"), max_digits=14, decimal_places=2)
    unit = forms.CharField(label=_("Unit"), max_length=20, initial="kg")
    target_price = forms.DecimalField(
        label=_("Target price per unit (optional)"), required=False, max_digits=14, decimal_places=2
    )
    target_currency = forms.ChoiceField(
        label=_("Currency"), choices=[("", "—"), *Currency.choices], required=False
    )
    destination_country = LazyTypedChoiceField(
        label=_("Destination country"), choices=[("", "—"), *countries]
    )
    destination_port = forms.CharField(label=_("Destination port"), max_length=80, required=False)
    incoterm = forms.ChoiceField(
        label=_("Incoterm"), choices=[("", "—"), *Incoterm.choices], required=False
    )
    required_certifications = forms.ModelMultipleChoiceField(
        label=_("Required certifications"),
        queryset=CertificationType.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    samples_needed = forms.BooleanField(label=_("I need samples first"), required=False)
    needed_by = forms.DateField(
        label=_("Needed by"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    notes = forms.CharField(
        label=_("Notes for suppliers"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Packaging, labelling, quality tests… Contact details are shared only with suppliers who unlock your request."
        ),
    )
    attachments = MultipleFileField(
        label=_("Attachments (PDF, JPEG, PNG; up to 5)"), required=False
    )
    max_sellers = forms.TypedChoiceField(
        label=_("How many suppliers may receive it"),
        coerce=int,
        initial=5,
        choices=[(n, str(n)) for n in range(1, 11)],
        help_text=_("Fewer suppliers, fewer calls: we pick the best matches."),
    )

    def __init__(self, *args, category: Category | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.schema = category.schema() if category is not None else []
        for attribute in self.schema:
            field = _attribute_field(attribute)
            field.required = False
            self.fields[f"{ATTR_PREFIX}{attribute.key}"] = field

    def clean(self):
        cleaned = super().clean()
        # checked here too (the service checks it again) so that every error shows at once
        if cleaned.get("target_price") is not None and not cleaned.get("target_currency"):
            self.add_error("target_currency", _("Choose the currency of the target price."))
        return cleaned

    def clean_needed_by(self):
        value = self.cleaned_data.get("needed_by")
        if value and value <= timezone.localdate():
            raise forms.ValidationError(_("The date must be in the future."))
        return value

    def spec_fields(self):
        return [self[f"{ATTR_PREFIX}{a.key}"] for a in self.schema]

    def main_fields(self):
        return [f for f in self if not f.name.startswith(ATTR_PREFIX)]

    def to_service_data(self) -> dict:
        data = {
            k: v
            for k, v in self.cleaned_data.items()
            if not k.startswith(ATTR_PREFIX) and k != "attachments"
        }
        data["specs"] = {
            a.key: self.cleaned_data[f"{ATTR_PREFIX}{a.key}"]
            for a in self.schema
            if self.cleaned_data.get(f"{ATTR_PREFIX}{a.key}") not in (None, "")
        }
        data["specs"] = {
            k: (v if isinstance(v, bool) else str(v)) for k, v in data["specs"].items()
        }
        return data


class InboxFilterForm(forms.Form):
    """Inbox filters. The category and country choices are the ones the company's leads have
    (a handful), not the whole taxonomy and world."""

    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("All")), *Lead.Status.choices], required=False
    )
    category = forms.TypedChoiceField(
        label=_("Category"), coerce=int, empty_value=None, required=False
    )
    country = forms.ChoiceField(label=_("Destination"), required=False)
    quantity_min = forms.DecimalField(label=_("Quantity from"), required=False, min_value=0)
    quantity_max = forms.DecimalField(label=_("Quantity to"), required=False, min_value=0)
    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    trust_min = forms.IntegerField(
        label=_("Buyer trust at least"), required=False, min_value=0, max_value=100
    )

    def __init__(self, *args, categories=(), countries=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [("", _("Any")), *categories]
        self.fields["country"].choices = [("", _("Any")), *countries]


class ClaimForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with this lead?"),
        choices=BadLeadClaim.Reason.choices,
        widget=forms.RadioSelect,
    )
    evidence = forms.CharField(
        label=_("What happened"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "e.g. “Called three times on 12 and 13 May, number not in service; e-mail bounced.”"
        ),
    )
    files = MultipleFileField(label=_("Evidence (screenshots, PDF; optional)"), required=False)


class CloseForm(forms.Form):
    reason = forms.CharField(
        label=_("Why are you closing it? (optional)"), max_length=200, required=False
    )
    converted = forms.BooleanField(
        label=_("I bought through a supplier I met here, outside TradeSetu"), required=False
    )


class VisitorAccountForm(forms.Form):
    """A visitor sends an RFQ and creates a buyer account in the same step; the RFQ waits until
    the e-mail address is verified."""

    first_name = forms.CharField(label=_("Your name"), max_length=150)
    email = forms.EmailField(label=_("Work e-mail"), max_length=254)
    company_name = forms.CharField(label=_("Company"), max_length=200, required=False)
    country = LazyTypedChoiceField(
        label=_("Your country"), choices=[("", "—"), *countries], required=False
    )
    password = forms.CharField(
        label=_("Choose a password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 10 characters; not a common password."),
    )
    accept_terms = terms_consent_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        terms_consent_label(self.fields["accept_terms"])
