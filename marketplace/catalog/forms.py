from __future__ import annotations

import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _

from marketplace.companies.models import Certification, ReviewStatus

from .models import Category, CategoryAttribute, Currency
from .services import PRODUCT_COLUMNS, list_choices

ATTR_PREFIX = "attr_"


# --------------------------------------------------------------------------- category picker


def collation_key(text: str) -> tuple[str, str]:
    """Sort key for names in the visitor's language: letter case and Latin accents ignored
    ("Épices" beside "Especias"), other scripts in their code point order."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not ("\u0300" <= c <= "\u036f"))
    return unicodedata.normalize("NFKC", plain).casefold(), text


def _names(category: Category) -> list[str]:
    return [category.name, *(category.name_i18n or {}).values()]


class CategoryChoiceIterator(forms.models.ModelChoiceIterator):
    """Leaf categories grouped under their top category (``<optgroup>``), groups and leaves in
    the alphabetical order of the visitor's language."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        groups: dict[int, tuple[Category, list]] = {}
        for leaf in self.queryset:
            top = ([*leaf.ancestors(), leaf])[0]
            groups.setdefault(top.pk, (top, []))[1].append(leaf)
        for top, leaves in sorted(groups.values(), key=lambda g: collation_key(g[0].display_name)):
            leaves.sort(key=lambda leaf: collation_key(leaf.display_name))
            yield (top.display_name, [self.choice(leaf) for leaf in leaves])


class CategorySelect(forms.Select):
    """A grouped ``<select>`` (works alone, without JavaScript) with a filter box that
    ``catalog/category-picker.js`` shows and wires up: typing narrows the list to categories
    whose name (in any language) or group holds the words typed."""

    template_name = "catalog/widgets/category_select.html"

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        instance = getattr(value, "instance", None)
        if instance is not None:
            words = [*_names(instance), *(n for a in instance.ancestors() for n in _names(a))]
            option["attrs"]["data-search"] = " ".join(dict.fromkeys(words))
        return option


def leaf_categories():
    return Category.objects.filter(is_active=True, children__isnull=True).select_related(
        "parent__parent"
    )


class CategoryField(forms.ModelChoiceField):
    """The one category field of the product, import and RFQ forms: leaf categories only,
    grouped by top category and searchable (``CategorySelect``)."""

    iterator = CategoryChoiceIterator
    widget = CategorySelect

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", leaf_categories())
        kwargs.setdefault("empty_label", _("Choose a category"))
        super().__init__(**kwargs)

    def label_from_instance(self, obj: Category) -> str:
        return obj.display_name


class CategoryChoiceForm(forms.Form):
    category = CategoryField(label=_("Category"))


def _attribute_field(attribute: CategoryAttribute) -> forms.Field:
    label = attribute.display_label
    label = f"{label} ({attribute.display_unit})" if attribute.unit else label
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


class TitleField(forms.CharField):
    """One rule for the titles people type (product titles, RFQ titles): plain text kept as
    typed (templates escape it on output; nothing is stripped but surrounding spaces), at most
    150 characters; a longer one is a field error naming its length, never cut. No
    ``maxlength`` attribute: browsers cut pasted text there without a word."""

    default_error_messages = {
        "max_length": _(
            "Keep the title to %(limit_value)d characters or fewer (it has %(show_value)d)."
        )
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 150)
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        return attrs


class ProductForm(forms.Form):
    """Product details plus one field per attribute of the category's schema."""

    title = TitleField(label=_("Title"))
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
        choices=list_choices("payment_terms"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    incoterms = forms.MultipleChoiceField(
        label=_("Incoterms"),
        choices=list_choices("incoterms"),
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
    category = CategoryField(label=_("Category of the products in the file"))
    file = forms.FileField(label=_("CSV or Excel (.xlsx) file"))
    publish = forms.BooleanField(label=_("Publish the imported products"), required=False)
