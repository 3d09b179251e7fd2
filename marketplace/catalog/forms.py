from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from marketplace.companies.models import Certification, PaymentTerm, ReviewStatus

from .models import Category, CategoryAttribute, Currency, Incoterm
from .services import PRODUCT_COLUMNS

ATTR_PREFIX = "attr_"


class CategoryChoiceForm(forms.Form):
    category = forms.ModelChoiceField(
        label=_("Category"),
        queryset=Category.objects.filter(is_active=True, children__isnull=True).select_related(
            "parent"
        ),
    )


def _attribute_field(attribute: CategoryAttribute) -> forms.Field:
    label = f"{attribute.label} ({attribute.unit})" if attribute.unit else attribute.label
    common = {"label": label, "required": attribute.required}
    if attribute.type == CategoryAttribute.Type.NUMBER:
        return forms.DecimalField(**common, max_digits=14, decimal_places=4)
    if attribute.type == CategoryAttribute.Type.BOOLEAN:
        return forms.TypedChoiceField(
            **common,
            choices=[("", "—"), ("true", _("Yes")), ("false", _("No"))],
            coerce=lambda v: v == "true",
            empty_value=None,
        )
    if attribute.type == CategoryAttribute.Type.CHOICE:
        return forms.ChoiceField(
            **common, choices=[("", "—"), *[(c, c) for c in attribute.choices]]
        )
    return forms.CharField(**common, max_length=200)


class ProductForm(forms.Form):
    """Product details plus one field per attribute of the category's schema."""

    title = forms.CharField(label=_("Title"), max_length=150)
    sku = forms.CharField(label=_("Your SKU"), max_length=64, required=False)
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Paragraphs, lists, bold and links are kept; anything else is removed."),
    )
    price_min = forms.DecimalField(
        label=_("Price from"), required=False, max_digits=14, decimal_places=2
    )
    price_max = forms.DecimalField(
        label=_("Price to"), required=False, max_digits=14, decimal_places=2
    )
    currency = forms.ChoiceField(label=_("Currency"), choices=Currency.choices)
    price_unit = forms.CharField(label=_("Price per (unit)"), max_length=20, initial="kg")
    moq = forms.DecimalField(label=_("Minimum order quantity"), max_digits=14, decimal_places=2)
    moq_unit = forms.CharField(label=_("MOQ unit"), max_length=20, initial="kg")
    hs_code = forms.CharField(label=_("HS code"), max_length=10, required=False)
    lead_time_days = forms.IntegerField(
        label=_("Lead time (days)"), required=False, min_value=0, max_value=365
    )
    supply_capacity = forms.CharField(label=_("Supply capacity"), max_length=120, required=False)
    payment_terms = forms.MultipleChoiceField(
        label=_("Payment terms"),
        choices=PaymentTerm.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    incoterms = forms.MultipleChoiceField(
        label=_("Incoterms"),
        choices=Incoterm.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    port_of_loading = forms.CharField(label=_("Port of loading"), max_length=80, required=False)
    samples_available = forms.BooleanField(label=_("Samples available"), required=False)
    certifications = forms.ModelMultipleChoiceField(
        label=_("Certifications"),
        queryset=Certification.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, category: Category, company, **kwargs):
        super().__init__(*args, **kwargs)
        self.category = category
        self.schema = category.schema()
        for attribute in self.schema:
            self.fields[f"{ATTR_PREFIX}{attribute.key}"] = _attribute_field(attribute)
        self.fields["certifications"].queryset = Certification.objects.filter(
            company=company, status=ReviewStatus.APPROVED
        ).select_related("cert_type")

    def attribute_fields(self):
        return [self[f"{ATTR_PREFIX}{a.key}"] for a in self.schema]

    def base_fields_bound(self):
        return [f for f in self if not f.name.startswith(ATTR_PREFIX)]

    def to_service_data(self) -> dict:
        data = {k: v for k, v in self.cleaned_data.items() if not k.startswith(ATTR_PREFIX)}
        data["attributes"] = {
            a.key: self.cleaned_data.get(f"{ATTR_PREFIX}{a.key}")
            for a in self.schema
            if self.cleaned_data.get(f"{ATTR_PREFIX}{a.key}") not in (None, "")
        }
        data["attributes"] = {
            k: (str(v) if not isinstance(v, bool) else v) for k, v in data["attributes"].items()
        }
        data["category"] = self.category
        data["certifications"] = list(self.cleaned_data.get("certifications") or [])
        return data

    @classmethod
    def initial_from(cls, product) -> dict:
        initial = {field: getattr(product, field) for field in PRODUCT_COLUMNS}
        initial["certifications"] = list(product.certifications.values_list("pk", flat=True))
        for key, value in (product.attributes or {}).items():
            initial[f"{ATTR_PREFIX}{key}"] = (
                ("true" if value else "false") if isinstance(value, bool) else value
            )
        return initial


class ProductImageForm(forms.Form):
    image = forms.FileField(label=_("Photo (JPEG, PNG or WebP, up to 8 MB)"))
    alt_text = forms.CharField(
        label=_("Describe the photo"),
        max_length=200,
        help_text=_("For buyers using screen readers, e.g. “Whole black pepper, 5 mm bold”."),
    )


class ImportForm(forms.Form):
    category = forms.ModelChoiceField(
        label=_("Category of the products in the file"),
        queryset=Category.objects.filter(is_active=True, children__isnull=True),
    )
    file = forms.FileField(label=_("CSV or Excel (.xlsx) file"))
    publish = forms.BooleanField(label=_("Publish the imported products"), required=False)
