from __future__ import annotations

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from marketplace.leads.forms import MultipleFileField, MultipleFileInput

from .models import ReviewReport

STARS = [
    ("5", _("5 stars – excellent")),
    ("4", _("4 stars – good")),
    ("3", _("3 stars – average")),
    ("2", _("2 stars – poor")),
    ("1", _("1 star – very poor")),
]
OPTIONAL_STARS = [("", _("Not rated")), *STARS]


class ReviewForm(forms.Form):
    """Write or change a review. ``interactions`` (new reviews only) are the buyer's RFQs the
    supplier unlocked or won; the service checks them again."""

    interaction = forms.ChoiceField(label=_("Which request was it about?"))
    rating = forms.ChoiceField(label=_("Overall rating"), choices=STARS, widget=forms.RadioSelect)
    title = forms.CharField(label=_("Title"), max_length=120)
    text = forms.CharField(
        label=_("Your review"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "What went well or badly: samples, quality, communication, paperwork, delivery. "
            "Plain text; links and contact details are held for moderation."
        ),
    )
    communication = forms.ChoiceField(
        label=_("Communication"), choices=OPTIONAL_STARS, required=False
    )
    product_quality = forms.ChoiceField(
        label=_("Product quality"), choices=OPTIONAL_STARS, required=False
    )
    delivery = forms.ChoiceField(label=_("Delivery"), choices=OPTIONAL_STARS, required=False)
    photos = MultipleFileField(
        label=_("Photos (optional)"),
        required=False,
        widget=MultipleFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        help_text=_("Up to 5 JPEG, PNG or WebP photos, 8 MB each. We remove their metadata."),
    )

    def __init__(self, *args, interactions=None, photos=None, **kwargs):
        super().__init__(*args, **kwargs)
        if interactions is None:
            del self.fields["interaction"]
        else:
            self.fields["interaction"].choices = [
                (str(i.rfq.public_id), interaction_label(i)) for i in interactions
            ]
        if photos:
            self.fields["remove_photos"] = forms.MultipleChoiceField(
                label=_("Remove photos"),
                choices=[(str(p.pk), _("Photo %(n)s") % {"n": n}) for n, p in enumerate(photos, 1)],
                widget=forms.CheckboxSelectMultiple,
                required=False,
            )

    def service_data(self) -> dict:
        data = self.cleaned_data
        return {
            name: data.get(name) or None
            for name in ("rating", "communication", "product_quality", "delivery")
        } | {"title": data["title"], "text": data["text"]}


def interaction_label(interaction) -> str:
    rfq = interaction.rfq
    when = date_format(rfq.created_at, "DATE_FORMAT")
    parts = [rfq.title]
    if rfq.category_id:
        parts.append(rfq.category.display_name)
    parts.append(rfq.destination_country.name)
    parts.append(str(when))
    return " · ".join(str(p) for p in parts)


class ReplyForm(forms.Form):
    text = forms.CharField(
        label=_("Your public reply"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One reply per review, shown under it after moderation."),
    )


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with this review?"),
        choices=ReviewReport.Reason.choices,
        widget=forms.RadioSelect,
    )
    details = forms.CharField(
        label=_("Details for the moderators"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("approve", _("Approve and publish")), ("reject", _("Reject"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason (required when rejecting; the author sees it)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ReportDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[
            ("uphold", _("Uphold: take the review down")),
            ("dismiss", _("Dismiss: the review stays")),
        ],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason (the supplier sees it)"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
