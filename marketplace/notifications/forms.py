from __future__ import annotations

import zoneinfo

from django import forms
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField

from .models import NotificationPreference


def _timezone_choices() -> list[tuple[str, str]]:
    names = sorted(
        n for n in zoneinfo.available_timezones() if "/" in n and not n.startswith("Etc/")
    )
    return [(name, name.replace("_", " ")) for name in names]


class PreferencesForm(forms.Form):
    lead_alerts = forms.ChoiceField(
        label=_("Lead alerts"),
        choices=NotificationPreference.LeadAlerts.choices,
        widget=forms.RadioSelect,
        help_text=_("How we tell you about new leads in your categories."),
    )
    email_subscribed = forms.BooleanField(
        label=_("Send me notification e-mails"),
        required=False,
        help_text=_(
            "Leads, digests and RFQ updates. Account e-mails (sign-in, password, invoices) "
            "are always sent."
        ),
    )
    whatsapp_opt_in = forms.BooleanField(
        label=_("Send me WhatsApp messages"),
        required=False,
        help_text=_("You can stop them at any time here."),
    )
    whatsapp_number = PhoneNumberField(
        label=_("WhatsApp number"),
        required=False,
        help_text=_("With the country code, e.g. +91 98765 43210."),
    )
    quiet_hours_start = forms.TimeField(
        label=_("Quiet hours from"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    quiet_hours_end = forms.TimeField(
        label=_("Quiet hours until"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        help_text=_("Messages due during your quiet hours wait until they end."),
    )
    timezone = forms.ChoiceField(label=_("Your time zone"), choices=_timezone_choices)

    @classmethod
    def for_preference(cls, pref: NotificationPreference, data=None) -> PreferencesForm:
        return cls(
            data,
            initial={
                "lead_alerts": pref.lead_alerts,
                "email_subscribed": pref.email_subscribed,
                "whatsapp_opt_in": pref.whatsapp_opt_in,
                "whatsapp_number": pref.whatsapp_number or pref.user.phone or "",
                "quiet_hours_start": pref.quiet_hours_start,
                "quiet_hours_end": pref.quiet_hours_end,
                "timezone": pref.timezone,
            },
        )
