from django.conf import settings
from django.core.checks import Error, Tags, Warning, register


@register(Tags.security, deploy=True)
def local_provider_not_in_production(app_configs, **kwargs):
    """The local test provider lets anyone "pay" without money: never in production."""
    if "local" in settings.BILLING_PROVIDERS:
        return [
            Error(
                "BILLING_PROVIDERS includes the local test provider.",
                hint="Set BILLING_PROVIDERS to the real providers (razorpay, stripe, paypal).",
                id="billing.E001",
            )
        ]
    return []


@register()
def providers_configured(app_configs, **kwargs):
    from billing import providers

    problems = []
    for name in settings.BILLING_PROVIDERS:
        if name not in providers.REGISTRY:
            problems.append(Error(f"Unknown payment provider {name!r}.", id="billing.E002"))
        elif not providers.REGISTRY[name]().is_configured():
            problems.append(
                Warning(
                    f"Payment provider {name!r} is enabled but its keys are not set.",
                    id="billing.W001",
                )
            )
    return problems
