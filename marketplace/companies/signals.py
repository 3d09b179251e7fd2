"""Signals other apps listen to (apps above companies react without companies importing them)."""

from __future__ import annotations

from django.dispatch import Signal

# sent inside ``company_create``'s transaction with ``company``; billing grants a new seller its
# plan's monthly lead credits
company_created = Signal()
