from __future__ import annotations

from django.dispatch import receiver

from marketplace.accounts.signals import email_verified


@receiver(email_verified)
def release_held_rfqs(sender, user, **kwargs):
    from .services import rfqs_release_held

    rfqs_release_held(user=user)
