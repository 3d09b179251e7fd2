"""Demo billing data for `manage.py seed_demo` (idempotent): the Free / Growth / Premium plans,
the pricing page under the English home page, and demo sellers with memberships, credits and
a paid invoice (through the local test provider: no money moves)."""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext_noop

from marketplace.accounts.models import User
from marketplace.companies.selectors import company_for_user

from . import providers, services
from .models import Invoice, Payment, Plan, PlanPrice, PricingPage, PriorityRank, SupportLevel

PLANS = [
    {
        "slug": "free",
        "name": gettext_noop("Free"),
        "tagline": gettext_noop("List your first products and try paid leads."),
        "max_products": 10,
        "lead_credits_per_month": 5,
        "priority_rank": PriorityRank.LOW,
        "support_level": SupportLevel.COMMUNITY,
        "is_default": True,
        "sort_order": 1,
        "prices": {"INR": "0", "USD": "0"},
    },
    {
        "slug": "growth",
        "name": gettext_noop("Growth"),
        "tagline": gettext_noop("For exporters building a steady pipeline."),
        "max_products": 50,
        "lead_credits_per_month": 30,
        "priority_rank": PriorityRank.MEDIUM,
        "support_level": SupportLevel.EMAIL,
        "sort_order": 2,
        "prices": {"INR": "2999", "USD": "39"},
    },
    {
        "slug": "premium",
        "name": gettext_noop("Premium"),
        "tagline": gettext_noop("Unlimited listings, automatic lead unlocks and top placement."),
        "max_products": None,
        "lead_credits_per_month": 100,
        "auto_unlock": True,
        "priority_rank": PriorityRank.HIGH,
        "support_level": SupportLevel.PRIORITY,
        "badge": gettext_noop("Premium member"),
        "sort_order": 3,
        "prices": {"INR": "9999", "USD": "129"},
    },
]

FAQ = [
    (
        "Do prices include GST?",
        "<p>Yes. Prices are shown with 18% GST. Every payment comes with a GST invoice for input "
        "tax credit.</p>",
    ),
    (
        "How long do lead credits last?",
        "<p>90 days from the day they are granted. We always spend your oldest credits first.</p>",
    ),
    (
        "What happens if I move to a smaller plan?",
        "<p>Nothing is deleted. Products above the new limit are unpublished until you "
        "upgrade again or remove others.</p>",
    ),
]

# The pricing page in the other site languages (issue: home and pricing translated), in the
# English page's structure: title, intro, then the FAQ in the same order.
PRICING_TRANSLATIONS = {
    "es": {
        "title": "Precios",
        "intro": "<p>Empiece gratis. Mejore su plan cuando los compradores empiecen a encontrarle: "
        "más productos, más créditos de oportunidades y un lugar más alto en cada lista.</p>",
        "faq": [
            (
                "¿Los precios incluyen el GST?",
                "<p>Sí. Los precios se muestran con el 18 % de GST. Cada pago incluye una factura "
                "GST para el crédito fiscal.</p>",
            ),
            (
                "¿Cuánto duran los créditos de oportunidades?",
                "<p>90 días desde su concesión. Siempre gastamos primero sus créditos más "
                "antiguos.</p>",
            ),
            (
                "¿Qué ocurre si paso a un plan más pequeño?",
                "<p>No se borra nada. Los productos por encima del nuevo límite se despublican "
                "hasta que vuelva a mejorar el plan o retire otros.</p>",
            ),
        ],
    },
    "fr": {
        "title": "Tarifs",
        "intro": "<p>Commencez gratuitement. Passez à l’offre supérieure quand les acheteurs vous "
        "trouvent : plus de produits, plus de crédits de prospects et une meilleure place dans "
        "chaque sélection.</p>",
        "faq": [
            (
                "Les prix incluent-ils la GST ?",
                "<p>Oui. Les prix sont affichés avec 18 % de GST. Chaque paiement donne lieu à une "
                "facture GST pour le crédit de taxe.</p>",
            ),
            (
                "Combien de temps durent les crédits de prospects ?",
                "<p>90 jours à compter de leur attribution. Nous utilisons toujours vos crédits "
                "les plus anciens en premier.</p>",
            ),
            (
                "Que se passe-t-il si je passe à une offre inférieure ?",
                "<p>Rien n’est supprimé. Les produits au-delà de la nouvelle limite sont "
                "dépubliés jusqu’à ce que vous changiez d’offre ou en retiriez d’autres.</p>",
            ),
        ],
    },
    "ar": {
        "title": "الأسعار",
        "intro": "<p>ابدأ مجانًا. رقِّ خطتك عندما يبدأ المشترون بالعثور عليك: منتجات أكثر، "
        "وأرصدة فرص أكثر، ومكانة أعلى في كل قائمة مختصرة.</p>",
        "faq": [
            (
                "هل تشمل الأسعار ضريبة السلع والخدمات؟",
                "<p>نعم. تُعرض الأسعار شاملة ضريبة السلع والخدمات بنسبة 18٪. وتصحب كل دفعة "
                "فاتورة ضريبية تتيح خصم ضريبة المدخلات.</p>",
            ),
            (
                "ما مدة صلاحية أرصدة الفرص؟",
                "<p>90 يومًا من يوم منحها. ونستخدم دائمًا أقدم أرصدتك أولًا.</p>",
            ),
            (
                "ماذا يحدث إذا انتقلت إلى خطة أصغر؟",
                "<p>لا يُحذف شيء. تُلغى نشر المنتجات التي تتجاوز الحد الجديد حتى ترقّي خطتك مرة "
                "أخرى أو تزيل منتجات أخرى.</p>",
            ),
        ],
    },
    "hi": {
        "title": "कीमतें",
        "intro": "<p>मुफ़्त में शुरू करें। जब खरीदार आपको खोजने लगें तब अपग्रेड करें: ज़्यादा "
        "उत्पाद, ज़्यादा लीड क्रेडिट और हर लीड की शॉर्टलिस्ट में ऊँची जगह।</p>",
        "faq": [
            (
                "क्या कीमतों में जीएसटी शामिल है?",
                "<p>हाँ। कीमतें 18% जीएसटी सहित दिखाई जाती हैं। हर भुगतान के साथ इनपुट टैक्स "
                "क्रेडिट के लिए जीएसटी इनवॉइस मिलता है।</p>",
            ),
            (
                "लीड क्रेडिट कितने समय तक चलते हैं?",
                "<p>मिलने के दिन से 90 दिन। हम हमेशा आपके सबसे पुराने क्रेडिट पहले खर्च करते हैं।</p>",
            ),
            (
                "छोटे प्लान पर जाने पर क्या होता है?",
                "<p>कुछ भी हटाया नहीं जाता। नई सीमा से ऊपर के उत्पाद तब तक अप्रकाशित रहते हैं जब तक आप "
                "फिर से अपग्रेड न करें या दूसरे उत्पाद न हटाएँ।</p>",
            ),
        ],
    },
}

# demo seller e-mail -> plan it pays for (seller3 stays on Free)
MEMBERSHIPS = {"seller1@tradesetu.test": "premium", "seller2@tradesetu.test": "growth"}


def _plans() -> dict[str, Plan]:
    plans = {}
    for spec in PLANS:
        spec = dict(spec)
        prices = spec.pop("prices")
        plan = Plan.objects.filter(slug=spec["slug"]).first()
        if plan is None:
            if spec.get("is_default"):
                Plan.objects.filter(is_default=True).update(is_default=False)
            plan = Plan.objects.create(**spec)
            for currency, amount in prices.items():
                PlanPrice.objects.create(plan=plan, currency=currency, amount=Decimal(amount))
        plans[plan.slug] = plan
    return plans


def _pricing_page() -> PricingPage | None:
    from cms.models import HomePage

    home = HomePage.objects.filter(locale__language_code="en").first()
    if home is None:
        return None
    existing = PricingPage.objects.filter(locale=home.locale).first()
    if existing is not None:
        return existing
    page = PricingPage(
        title="Pricing",
        slug="pricing",
        intro="<p>Start free. Upgrade when buyers start finding you: more products, more lead "
        "credits and a higher place in every lead's shortlist.</p>",
        faq=[("item", {"question": q, "answer": a}) for q, a in FAQ],
        show_in_menus=True,
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def _pricing_translations(page: PricingPage) -> None:
    from cms.services import page_translation_ensure

    for code, text in PRICING_TRANSLATIONS.items():
        page_translation_ensure(
            page=page,
            language_code=code,
            fields={
                "title": text["title"],
                "intro": text["intro"],
                "faq": [("item", {"question": q, "answer": a}) for q, a in text["faq"]],
            },
        )


@transaction.atomic
def seed() -> dict:
    plans = _plans()
    page = _pricing_page()
    if page is not None:
        _pricing_translations(page)
    paid = 0
    if "local" in providers.enabled_names():
        for email, slug in MEMBERSHIPS.items():
            user = User.objects.filter(email=email).first()
            company = company_for_user(user, kind="seller") if user else None
            if company is None or Payment.objects.filter(company=company).exists():
                continue
            payment = services.checkout_start(
                user=user,
                company=company,
                plan=plans[slug],
                provider="local",
                currency="INR",
                idempotency_key="demo-seed",
            )
            services.payment_confirm(payment=payment, amount=payment.amount, currency="INR")
            paid += 1
    services.credits_monthly_grant()
    return {
        "plans": len(plans),
        "pricing_page": page,
        "paid": paid,
        "invoices": Invoice.objects.count(),
    }
