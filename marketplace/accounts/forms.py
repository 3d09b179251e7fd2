from __future__ import annotations

from django import forms
from django.contrib.auth import forms as auth_forms
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from tradesetu.errors import DomainError

from .selectors import terms_of_use


def apply_domain_error(
    form: forms.Form, error: DomainError, field_map: dict[str, str] | None = None
) -> None:
    """Show a service's error on the form: field errors on their fields (``field_map`` renames
    service fields to form fields, e.g. ``password`` -> ``password1``), the rest above the form.
    When no field can show it, the error's own message (and how to fix it) goes above the form."""
    placed = False
    for name, messages in error.fields.items():
        name = (field_map or {}).get(name, name)
        if name in form.fields:
            for message in messages:
                form.add_error(name, message)
            placed = True
        elif name == "non_field_errors":
            for message in messages:
                form.add_error(None, message)
            placed = True
    if not placed:
        form.add_error(None, error.message)
        for hint in error.fields.get("how_to_lift", []):
            form.add_error(None, hint)


def terms_consent_field() -> forms.BooleanField:
    """The required terms-of-use checkbox of every form that creates an account; its form calls
    ``terms_consent_label`` when built, so the label links the terms in the visitor's language."""
    return forms.BooleanField(
        label=_("I accept the terms of use"),
        error_messages={"required": _("Accept the terms of use to create an account.")},
    )


def terms_consent_label(field: forms.Field) -> None:
    """The consent checkbox's label, linking to the terms page in the visitor's language."""
    field.label = format_html(
        gettext("I accept the {link}terms of use{end}"),
        link=format_html('<a href="{}" target="_blank" rel="noopener">', terms_of_use().url),
        end=mark_safe("</a>"),
    )


class SignupForm(forms.Form):
    role = forms.ChoiceField(
        label=_("I want to"),
        choices=[("buyer", _("Buy from Indian exporters")), ("seller", _("Sell and export"))],
        widget=forms.RadioSelect,
    )
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    email = forms.EmailField(label=_("Work e-mail"), max_length=254)
    company_name = forms.CharField(
        label=_("Company name"),
        max_length=200,
        required=False,
        help_text=_("Required for sellers."),
    )
    country = LazyTypedChoiceField(
        # a callable: the names are read in the visitor's language, not the one at import
        label=_("Country"),
        choices=lambda: [("", "—"), *countries],
        required=False,
    )
    phone = forms.CharField(
        label=_("Phone (with country code)"),
        max_length=32,
        required=False,
        help_text=_("For example +91 98765 43210."),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 10 characters; not a common password."),
    )
    password2 = forms.CharField(
        label=_("Repeat the password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    accept_terms = terms_consent_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        terms_consent_label(self.fields["accept_terms"])

    def clean(self):
        data = super().clean()
        if data.get("password1") and data.get("password2") != data.get("password1"):
            self.add_error("password2", _("The two passwords do not match."))
        return data


class LoginForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail"), max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class EmailForm(forms.Form):
    email = forms.EmailField(label=_("E-mail"), max_length=254)


class EmailChangeForm(forms.Form):
    new_email = forms.EmailField(label=_("New e-mail address"), max_length=254)
    password = forms.CharField(
        label=_("Current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Django's form: it never says whether an account exists for the address."""


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Code from your authenticator app, or a recovery code"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "text"}),
    )
