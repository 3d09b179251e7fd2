"""Demo content for `manage.py seed_demo`: home page (and its es/ar/fr/hi translations), blog,
success stories, about, contact and legal pages, with images drawn locally by Pillow.

Idempotent: every object is looked up (by slug, title or name) before it is created, so a second
run creates nothing.
"""

from __future__ import annotations

import datetime
import io
import random
from urllib.parse import urlsplit
from uuid import uuid4

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Site
from wagtailseo.models import SeoSettings

from marketplace.companies.models import Company

from . import services
from .models import (
    BlogAuthor,
    BlogCategory,
    BlogIndexPage,
    BlogPage,
    CategoryLandingPage,
    ContactPage,
    HomePage,
    StandardPage,
    SuccessStoryIndexPage,
    SuccessStoryPage,
)

# --------------------------------------------------------------------------- images


def _draw(seed: int, colours: tuple[str, str, str], size=(1600, 900)):
    from PIL import Image as PILImage
    from PIL import ImageDraw

    rng = random.Random(seed)  # noqa: S311 - decoration, not security
    width, height = size
    top, bottom, accent = (PILImage.new("RGB", (1, 1), c).getpixel((0, 0)) for c in colours)
    img = PILImage.new("RGB", size, top)
    draw = ImageDraw.Draw(img)
    for y in range(height):
        t = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(int(top[i] + (bottom[i] - top[i]) * t) for i in range(3)),
        )
    for _ in range(14):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(40, 260)
        shade = tuple(min(255, max(0, c + rng.randrange(-40, 40))) for c in accent)
        if rng.random() < 0.5:
            draw.ellipse([x - r, y - r, x + r, y + r], fill=shade)
        else:
            draw.rectangle([x - r, y - r // 2, x + r, y + r // 2], fill=shade)
    return img


def image_ensure(title: str, seed: int, colours: tuple[str, str, str], size=(1600, 900)) -> Image:
    image = Image.objects.filter(title=title).first()
    if image is not None:
        return image
    buffer = io.BytesIO()
    _draw(seed, colours, size).save(buffer, "JPEG", quality=82)
    slug = "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")[:60]
    image = Image(title=title, file=ImageFile(buffer, name=f"{slug}.jpg"))
    image.save()
    return image


PALETTES = [
    ("#0b5cad", "#7fb2e5", "#f2a541"),
    ("#7a3e00", "#e8b36b", "#2f6f3e"),
    ("#22313f", "#6c8ea4", "#e4572e"),
    ("#2f6f3e", "#b7d7a8", "#f6c85f"),
    ("#5b2a86", "#c9a7eb", "#ffd166"),
    ("#8c1c13", "#f0b49e", "#264653"),
    ("#1d3557", "#a8dadc", "#e63946"),
    ("#264653", "#2a9d8f", "#e9c46a"),
]


# --------------------------------------------------------------------------- helpers


def _p(*paragraphs: str) -> str:
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def _child(parent: Page, model, slug: str, **fields):
    """The live child page with this slug, created and published if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


# --------------------------------------------------------------------------- home page

FAQ_EN = [
    (
        "Who are the suppliers on TradeSetu?",
        "Indian manufacturers and exporters. A Verified badge means we checked their GST, "
        "company and address documents; it cannot be bought.",
    ),
    (
        "How many suppliers see my request for quotation?",
        "A handful: each RFQ goes to the few verified sellers whose products, capacity and "
        "export markets fit it, so you get fewer but better quotes.",
    ),
    (
        "Does it cost buyers anything?",
        "No. Posting RFQs and talking to suppliers is free for buyers.",
    ),
]


def home_body(t: dict) -> list[dict]:
    return [
        {
            "type": "hero",
            "value": {
                "title": t["hero_title"],
                "text": t["hero_text"],
                "search_label": t["search_label"],
                "search_placeholder": t["search_placeholder"],
                "search_button": t["search_button"],
            },
        },
        {"type": "trust_figures", "value": {"heading": t["figures_heading"], "text": ""}},
        {
            "type": "featured_listings",
            "value": {"heading": t["featured_products"], "kind": "products", "count": 4},
        },
        {
            "type": "featured_listings",
            "value": {"heading": t["featured_suppliers"], "kind": "suppliers", "count": 4},
        },
        {
            "type": "rfq_cta",
            "value": {
                "heading": t["cta_heading"],
                "text": t["cta_text"],
                "button_label": t["cta_button"],
            },
        },
        {
            "type": "success_stories",
            "value": {"heading": t["stories_heading"], "count": 3, "featured_only": False},
        },
        {"type": "paragraph", "value": f"<h2>{t['why_heading']}</h2>" + _p(*t["why_text"])},
        {
            "type": "faq",
            "value": {
                "heading": t["faq_heading"],
                # list items in Wagtail's block format (type, value, id): wagtail-localize only
                # extracts the strings of list items stored that way, so the questions of the
                # plain format stayed English on every translated home page
                "items": [
                    {"type": "item", "value": {"question": q, "answer": _p(a)}, "id": str(uuid4())}
                    for q, a in t["faq"]
                ],
            },
        },
    ]


HOME_TEXT = {
    "en": {
        "title": "TradeSetu",
        "seo": "Verified Indian exporters and quality leads | TradeSetu",
        "description": (
            "Source from verified Indian exporters: post one request for quotation and get "
            "quotes from the few suppliers that fit it."
        ),
        "hero_title": "Verified Indian exporters. Leads that are worth it.",
        "hero_text": (
            "Post a request for quotation once and hear back from a handful of verified "
            "suppliers who fit it, not from everyone."
        ),
        "search_label": "Search products and suppliers",
        "search_placeholder": "Basmati rice, cotton towels, brass lamps…",
        "search_button": "Search",
        "figures_heading": "TradeSetu today",
        "cta_heading": "Need a supplier? Post an RFQ",
        "cta_text": "Describe the product, quantity and destination; matched suppliers reply with quotes.",
        "cta_button": "Post a request for quotation",
        "stories_heading": "Success stories",
        "featured_products": "Featured products",
        "featured_suppliers": "Featured suppliers",
        "why_heading": "Why TradeSetu",
        "why_text": [
            "<b>Verified suppliers.</b> Badges come from checked documents, never from a payment.",
            "<b>Fewer sellers per lead.</b> Each request goes to the few suppliers who fit it.",
            "<b>Honest credits.</b> Credits last 90 days and come back when a lead is fake.",
        ],
        "faq_heading": "Frequently asked questions",
        "faq": FAQ_EN,
    },
    "es": {
        "title": "TradeSetu",
        "seo": "Exportadores indios verificados y contactos de calidad | TradeSetu",
        "description": (
            "Compre a exportadores indios verificados: publique una solicitud de cotización y "
            "reciba ofertas de los pocos proveedores adecuados."
        ),
        "hero_title": "Exportadores indios verificados. Contactos que valen la pena.",
        "hero_text": (
            "Publique una solicitud de cotización una vez y reciba respuesta de unos pocos "
            "proveedores verificados que encajan, no de todos."
        ),
        "search_label": "Buscar productos y proveedores",
        "search_placeholder": "Arroz basmati, toallas de algodón, lámparas de latón…",
        "search_button": "Buscar",
        "figures_heading": "TradeSetu hoy",
        "cta_heading": "¿Necesita un proveedor? Publique una solicitud",
        "cta_text": "Describa el producto, la cantidad y el destino; los proveedores adecuados le envían ofertas.",
        "cta_button": "Publicar una solicitud de cotización",
        "stories_heading": "Casos de éxito",
        "featured_products": "Productos destacados",
        "featured_suppliers": "Proveedores destacados",
        "why_heading": "Por qué TradeSetu",
        "why_text": [
            "<b>Proveedores verificados.</b> Las insignias se basan en documentos revisados, nunca en un pago.",
            "<b>Menos vendedores por contacto.</b> Cada solicitud llega solo a los proveedores adecuados.",
            "<b>Créditos honestos.</b> Los créditos duran 90 días y se devuelven si un contacto es falso.",
        ],
        "faq_heading": "Preguntas frecuentes",
        "faq": [
            (
                "¿Quiénes son los proveedores de TradeSetu?",
                "Fabricantes y exportadores indios. La insignia Verificado significa que "
                "revisamos sus documentos; no se puede comprar.",
            ),
            (
                "¿Cuántos proveedores ven mi solicitud?",
                "Unos pocos: cada solicitud va a los vendedores verificados que encajan con ella.",
            ),
            (
                "¿Cuesta algo a los compradores?",
                "No. Publicar solicitudes es gratis para compradores.",
            ),
        ],
    },
    "ar": {
        "title": "TradeSetu",
        "seo": "مصدّرون هنود موثّقون وفرص تجارية حقيقية | TradeSetu",
        "description": (
            "اشترِ من مصدّرين هنود موثّقين: انشر طلب عرض سعر واحدًا واحصل على عروض من "
            "الموردين القلائل المناسبين له."
        ),
        "hero_title": "مصدّرون هنود موثّقون. فرص تستحق العناء.",
        "hero_text": (
            "انشر طلب عرض سعر مرة واحدة وتلقَّ الردود من عدد قليل من الموردين الموثّقين "
            "المناسبين، لا من الجميع."
        ),
        "search_label": "ابحث عن المنتجات والموردين",
        "search_placeholder": "أرز بسمتي، مناشف قطنية، مصابيح نحاسية…",
        "search_button": "بحث",
        "figures_heading": "TradeSetu اليوم",
        "cta_heading": "تحتاج إلى مورّد؟ انشر طلب عرض سعر",
        "cta_text": "صف المنتج والكمية والوجهة، وسيرسل لك الموردون المناسبون عروضهم.",
        "cta_button": "انشر طلب عرض سعر",
        "stories_heading": "قصص نجاح",
        "featured_products": "منتجات مميزة",
        "featured_suppliers": "موردون مميزون",
        "why_heading": "لماذا TradeSetu",
        "why_text": [
            "<b>موردون موثّقون.</b> الشارات تأتي من مستندات مُراجَعة، لا من الدفع.",
            "<b>عدد أقل من البائعين لكل طلب.</b> يصل كل طلب إلى الموردين المناسبين فقط.",
            "<b>أرصدة عادلة.</b> تدوم الأرصدة 90 يومًا وتُسترد إذا كان الطلب مزيفًا.",
        ],
        "faq_heading": "الأسئلة الشائعة",
        "faq": [
            (
                "من هم الموردون على TradeSetu؟",
                "مصنّعون ومصدّرون هنود. شارة «موثّق» تعني أننا راجعنا مستنداتهم، ولا يمكن شراؤها.",
            ),
            (
                "كم عدد الموردين الذين يرون طلبي؟",
                "عدد قليل: يذهب كل طلب إلى البائعين الموثّقين المناسبين له.",
            ),
            ("هل يدفع المشترون شيئًا؟", "لا. نشر الطلبات مجاني للمشترين."),
        ],
    },
    "fr": {
        "title": "TradeSetu",
        "seo": "Exportateurs indiens vérifiés et contacts de qualité | TradeSetu",
        "description": (
            "Achetez auprès d'exportateurs indiens vérifiés : publiez une demande de devis et "
            "recevez les offres des quelques fournisseurs adaptés."
        ),
        "hero_title": "Des exportateurs indiens vérifiés. Des contacts qui en valent la peine.",
        "hero_text": (
            "Publiez une demande de devis une seule fois et recevez les réponses de quelques "
            "fournisseurs vérifiés qui y correspondent, pas de tout le monde."
        ),
        "search_label": "Rechercher des produits et des fournisseurs",
        "search_placeholder": "Riz basmati, serviettes en coton, lampes en laiton…",
        "search_button": "Rechercher",
        "figures_heading": "TradeSetu aujourd'hui",
        "cta_heading": "Besoin d'un fournisseur ? Publiez une demande de devis",
        "cta_text": "Décrivez le produit, la quantité et la destination ; les fournisseurs adaptés vous envoient leurs offres.",
        "cta_button": "Publier une demande de devis",
        "stories_heading": "Success stories",
        "featured_products": "Produits à la une",
        "featured_suppliers": "Fournisseurs à la une",
        "why_heading": "Pourquoi TradeSetu",
        "why_text": [
            "<b>Fournisseurs vérifiés.</b> Les badges reposent sur des documents contrôlés, jamais sur un paiement.",
            "<b>Moins de vendeurs par contact.</b> Chaque demande va aux quelques fournisseurs adaptés.",
            "<b>Crédits honnêtes.</b> Les crédits durent 90 jours et sont rendus si un contact est faux.",
        ],
        "faq_heading": "Questions fréquentes",
        "faq": [
            (
                "Qui sont les fournisseurs de TradeSetu ?",
                "Des fabricants et exportateurs indiens. Le badge Vérifié signifie que nous "
                "avons contrôlé leurs documents ; il ne s'achète pas.",
            ),
            (
                "Combien de fournisseurs voient ma demande ?",
                "Quelques-uns : chaque demande va aux vendeurs vérifiés qui y correspondent.",
            ),
            (
                "Est-ce payant pour les acheteurs ?",
                "Non. Publier des demandes est gratuit pour les acheteurs.",
            ),
        ],
    },
    "hi": {
        "title": "TradeSetu",
        "seo": "सत्यापित भारतीय निर्यातक और गुणवत्तापूर्ण लीड | TradeSetu",
        "description": (
            "सत्यापित भारतीय निर्यातकों से खरीदें: एक कोटेशन अनुरोध पोस्ट करें और उसके "
            "अनुकूल कुछ आपूर्तिकर्ताओं से कोटेशन पाएँ।"
        ),
        "hero_title": "सत्यापित भारतीय निर्यातक। ऐसी लीड जो काम की हों।",
        "hero_text": (
            "एक बार कोटेशन अनुरोध पोस्ट करें और केवल उन कुछ सत्यापित आपूर्तिकर्ताओं से जवाब "
            "पाएँ जो उसके अनुकूल हैं, सबसे नहीं।"
        ),
        "search_label": "उत्पाद और आपूर्तिकर्ता खोजें",
        "search_placeholder": "बासमती चावल, सूती तौलिए, पीतल के दीये…",
        "search_button": "खोजें",
        "figures_heading": "आज का TradeSetu",
        "cta_heading": "आपूर्तिकर्ता चाहिए? कोटेशन अनुरोध पोस्ट करें",
        "cta_text": "उत्पाद, मात्रा और गंतव्य बताइए; उपयुक्त आपूर्तिकर्ता अपने कोटेशन भेजेंगे।",
        "cta_button": "कोटेशन अनुरोध पोस्ट करें",
        "stories_heading": "सफलता की कहानियाँ",
        "featured_products": "चुनिंदा उत्पाद",
        "featured_suppliers": "चुनिंदा आपूर्तिकर्ता",
        "why_heading": "TradeSetu क्यों",
        "why_text": [
            "<b>सत्यापित आपूर्तिकर्ता।</b> बैज जाँचे गए दस्तावेज़ों से मिलते हैं, भुगतान से कभी नहीं।",
            "<b>हर लीड पर कम विक्रेता।</b> हर अनुरोध केवल उपयुक्त आपूर्तिकर्ताओं तक जाता है।",
            "<b>ईमानदार क्रेडिट।</b> क्रेडिट 90 दिन चलते हैं और नकली लीड पर लौटा दिए जाते हैं।",
        ],
        "faq_heading": "अक्सर पूछे जाने वाले प्रश्न",
        "faq": [
            (
                "TradeSetu पर आपूर्तिकर्ता कौन हैं?",
                "भारतीय निर्माता और निर्यातक। सत्यापित बैज का अर्थ है कि हमने उनके दस्तावेज़ "
                "जाँचे हैं; इसे खरीदा नहीं जा सकता।",
            ),
            (
                "मेरा अनुरोध कितने आपूर्तिकर्ता देखते हैं?",
                "कुछ ही: हर अनुरोध उसके अनुकूल सत्यापित विक्रेताओं तक जाता है।",
            ),
            ("क्या खरीदारों को कुछ देना पड़ता है?", "नहीं। खरीदारों के लिए अनुरोध पोस्ट करना मुफ़्त है।"),
        ],
    },
}


def seed_home() -> HomePage:
    home = services.home_page_ensure()
    if not any(block.block_type == "faq" for block in home.body):
        text = HOME_TEXT["en"]
        home.body = home_body(text)
        home.seo_title = text["seo"]
        home.search_description = text["description"]
        home.save_revision().publish()
    for code in ("es", "ar", "fr", "hi"):
        text = HOME_TEXT[code]
        services.page_translation_ensure(
            page=home,
            language_code=code,
            fields={
                "title": text["title"],
                "seo_title": text["seo"],
                "search_description": text["description"],
                "body": home_body(text),
            },
        )
    return home


# --------------------------------------------------------------------------- blog

AUTHORS = [
    (
        "Meera Krishnan",
        "Head of buyer success",
        "Meera spent twelve years sourcing spices and textiles for European retailers before "
        "joining TradeSetu. She writes about finding and vetting Indian suppliers.",
    ),
    (
        "Arjun Bhatia",
        "Trade compliance lead",
        "Arjun is a licensed customs broker from Mumbai. He explains export documents, "
        "certifications and the rules that change every quarter.",
    ),
    (
        "Sara Haddad",
        "Logistics editor",
        "Sara plans sea and air freight between India, the Gulf and Europe, and writes "
        "practical guides on Incoterms, packing and lead times.",
    ),
]

CATEGORIES = [
    ("Sourcing guides", "sourcing-guides", "How to find, vet and work with Indian suppliers."),
    ("Compliance", "compliance", "Documents, certificates and regulations for importers."),
    ("Logistics", "logistics", "Freight, Incoterms, packing and lead times."),
]

POSTS = [
    {
        "slug": "how-to-vet-an-indian-supplier",
        "title": "How to vet an Indian supplier in five checks",
        "intro": "GSTIN, IEC, factory photos, references and a paid sample: the five checks that "
        "separate real exporters from traders who only resell.",
        "author": 0,
        "category": "sourcing-guides",
        "tags": ["supplier verification", "GSTIN", "samples"],
        "date": datetime.date(2026, 9, 2),
        "sections": [
            (
                "Start with the paperwork",
                "Every Indian exporter needs a GST identification number and an Importer "
                "Exporter Code. Ask for both before the first call and check them on the public "
                "portals: the legal name, the state and the registration date should match what "
                "the supplier told you. A mismatch is not always fraud, but it always needs an "
                "explanation.",
            ),
            (
                "See the factory, not the showroom",
                "Ask for a short video walk-through of the production floor on a working day. "
                "Machines running, raw material in stock and packed cartons with the supplier's "
                "own marks tell you more than a catalogue. Traders are fine partners too, as "
                "long as you know that you are talking to one.",
            ),
            (
                "Pay for a sample and references",
                "A paid sample, shipped by courier with the commercial invoice you would get in "
                "a real order, shows how the supplier documents, packs and communicates. Ask for "
                "two buyer references in your region and call them.",
            ),
        ],
    },
    {
        "slug": "incoterms-for-first-time-importers",
        "title": "Incoterms for first-time importers: FOB, CIF or DAP?",
        "intro": "Who pays the freight, who insures the cargo and where the risk passes: a "
        "plain-language guide to the three Incoterms most Indian exporters quote.",
        "author": 2,
        "category": "logistics",
        "tags": ["Incoterms", "freight", "shipping"],
        "date": datetime.date(2026, 9, 16),
        "sections": [
            (
                "FOB: you control the freight",
                "Free On Board means the supplier delivers the goods on board the vessel at the "
                "Indian port. From then on the freight, the insurance and the risk are yours. "
                "Buyers with their own forwarder usually get the best rates this way.",
            ),
            (
                "CIF: the supplier books the ship",
                "Cost, Insurance and Freight puts the booking on the supplier, but the risk still "
                "passes at the loading port. Compare the freight the supplier adds with a quote "
                "from your own forwarder before you accept it.",
            ),
            (
                "DAP: delivered to your door",
                "Delivered At Place is the simplest for a first order: the supplier handles "
                "everything up to your warehouse, except import duties. It is also the most "
                "expensive, because you pay for the supplier's margin on logistics.",
            ),
        ],
    },
    {
        "slug": "export-documents-checklist",
        "title": "The export documents checklist every buyer should keep",
        "intro": "Commercial invoice, packing list, bill of lading, certificate of origin and the "
        "product certificates: what each document proves and when you need it.",
        "author": 1,
        "category": "compliance",
        "tags": ["documents", "certificate of origin", "customs"],
        "date": datetime.date(2026, 10, 1),
        "sections": [
            (
                "The core four",
                "The commercial invoice and the packing list describe what was sold and how it "
                "was packed. The bill of lading or airway bill proves the carrier has the goods. "
                "The certificate of origin decides which customs duty you pay.",
            ),
            (
                "Certificates for regulated products",
                "Food needs an FSSAI licence and often a phytosanitary certificate; textiles "
                "sold as organic need a GOTS transaction certificate. Ask for them before the "
                "order, not when the container is already at sea.",
            ),
        ],
    },
    {
        "slug": "writing-an-rfq-that-gets-good-quotes",
        "title": "Writing an RFQ that gets good quotes",
        "intro": "Suppliers answer precise requests first. What to put in a request for "
        "quotation so that the quotes you get back can be compared line by line.",
        "author": 0,
        "category": "sourcing-guides",
        "tags": ["RFQ", "samples", "negotiation"],
        "date": datetime.date(2026, 10, 14),
        "sections": [
            (
                "Specify what matters to you",
                "Material, size, colour, finish and packing are the obvious fields. Add the "
                "tolerance you accept and the test you will run on arrival. Suppliers price "
                "risk: the less they have to guess, the lower the quote.",
            ),
            (
                "Quantity, destination and timing",
                "State the order quantity, the yearly volume if you expect repeat orders, the "
                "destination port and the date you need the goods. Ask for prices at the "
                "Incoterm you prefer so that every quote is on the same basis.",
            ),
        ],
    },
    {
        "slug": "spice-import-rules-for-the-eu",
        "title": "Importing Indian spices into the EU: the rules in 2026",
        "intro": "Maximum residue levels, aflatoxin checks and the extra controls on some "
        "spices: what European importers must ask Indian suppliers for.",
        "author": 1,
        "category": "compliance",
        "tags": ["spices", "EU", "food safety"],
        "date": datetime.date(2026, 10, 28),
        "sections": [
            (
                "Residues and contaminants",
                "The EU sets maximum residue levels for pesticides and limits for aflatoxins. "
                "Ask your supplier for a recent laboratory report from an accredited lab for "
                "each lot, and agree in the contract what happens when a lot fails.",
            ),
            (
                "Increased official controls",
                "Some spices from India are on the list of products with a higher rate of "
                "border checks. Budget for the delay and the fees, and make sure your supplier "
                "sends the health certificate with every consignment.",
            ),
        ],
    },
    {
        "slug": "lcl-or-fcl-shipping",
        "title": "LCL or FCL? Choosing how to ship your first order",
        "intro": "Less than a container load is cheaper for small orders but slower and riskier. "
        "When a full container pays off, with worked numbers.",
        "author": 2,
        "category": "logistics",
        "tags": ["freight", "shipping", "containers"],
        "date": datetime.date(2026, 11, 10),
        "sections": [
            (
                "How LCL is priced",
                "Consolidators charge by volume or weight, whichever is greater, plus handling "
                "at both ends. Below about 12 cubic metres LCL is almost always cheaper than a "
                "twenty-foot container.",
            ),
            (
                "Hidden costs",
                "Consolidated cargo is handled more often, waits for the container to fill and "
                "is unpacked at a warehouse before release. Add a week and better packing to "
                "your plan.",
            ),
        ],
    },
]


def _post_body(sections) -> list[dict]:
    body = []
    for heading, text in sections:
        body.append({"type": "heading", "value": heading})
        body.append({"type": "paragraph", "value": _p(text)})
    return body


def seed_blog(home: HomePage, locale: Locale) -> BlogIndexPage:
    index = _child(
        home,
        BlogIndexPage,
        "blog",
        title="Blog",
        intro="<p>Guides for buyers sourcing from India: suppliers, documents and freight.</p>",
        show_in_menus=True,
        search_description="Guides for importers sourcing from India: vetting suppliers, export "
        "documents, Incoterms and freight.",
    )
    authors = []
    for n, (name, role, bio) in enumerate(AUTHORS):
        author = BlogAuthor.objects.filter(name=name, locale=locale).first()
        if author is None:
            photo = image_ensure(f"Portrait of {name}", 100 + n, PALETTES[n], size=(400, 400))
            author = BlogAuthor.objects.create(
                name=name, role=role, bio=bio, photo=photo, locale=locale
            )
        authors.append(author)
    categories = {}
    for name, slug, description in CATEGORIES:
        category = BlogCategory.objects.filter(slug=slug, locale=locale).first()
        if category is None:
            category = BlogCategory.objects.create(
                name=name, slug=slug, description=description, locale=locale
            )
        categories[slug] = category
    for n, post in enumerate(POSTS):
        if index.get_children().filter(slug=post["slug"]).exists():
            continue
        page = BlogPage(
            slug=post["slug"],
            title=post["title"],
            intro=post["intro"],
            date=post["date"],
            author=authors[post["author"]],
            category=categories[post["category"]],
            image=image_ensure(f"Blog: {post['title']}", n, PALETTES[n % len(PALETTES)]),
            body=_post_body(post["sections"]),
        )
        index.add_child(instance=page)
        page.tags.add(*post["tags"])
        page.save_revision().publish()
    return index


BLOG_AR = {
    "index": {
        "title": "المدونة",
        "intro": "<p>أدلة للمشترين الذين يستوردون من الهند: الموردون والمستندات والشحن.</p>",
        "search_description": "أدلة للمستوردين من الهند: التحقق من الموردين ومستندات التصدير "
        "وشروط التجارة الدولية والشحن.",
    },
    "how-to-vet-an-indian-supplier": {
        "title": "كيف تتحقق من مورّد هندي في خمس خطوات",
        "intro": "رقم ضريبة السلع والخدمات ورمز المستورد والمصدّر وصور المصنع والمراجع وعيّنة "
        "مدفوعة: خمس خطوات تفرّق بين المصدّرين الحقيقيين والوسطاء.",
        "sections": [
            (
                "ابدأ بالمستندات",
                "يحتاج كل مصدّر هندي إلى رقم تعريف ضريبي ورمز مستورد ومصدّر. اطلب الاثنين قبل "
                "أول مكالمة وتحقق منهما في البوابات الرسمية: يجب أن يطابق الاسم القانوني والولاية "
                "وتاريخ التسجيل ما أخبرك به المورّد.",
            ),
            (
                "شاهد المصنع لا صالة العرض",
                "اطلب جولة فيديو قصيرة في خط الإنتاج في يوم عمل. الآلات العاملة والمواد الخام "
                "والكراتين المعبأة بعلامة المورّد تخبرك أكثر من أي كتالوج.",
            ),
            (
                "ادفع ثمن عيّنة واطلب مراجع",
                "العيّنة المدفوعة المشحونة مع فاتورة تجارية حقيقية تُظهر كيف يوثّق المورّد ويعبّئ "
                "ويتواصل. اطلب مرجعين من مشترين في منطقتك واتصل بهما.",
            ),
        ],
    },
}


def seed_blog_arabic(index: BlogIndexPage) -> None:
    """The blog index and one post in Arabic (a right-to-left article for the audit)."""
    services.page_translation_ensure(page=index, language_code="ar", fields=BLOG_AR["index"])
    post = index.get_children().filter(slug="how-to-vet-an-indian-supplier").first()
    if post is None:
        return
    text = BLOG_AR["how-to-vet-an-indian-supplier"]
    services.page_translation_ensure(
        page=post.specific,
        language_code="ar",
        fields={
            "title": text["title"],
            "intro": text["intro"],
            "search_description": text["intro"],
            "body": _post_body(text["sections"]),
        },
    )


# --------------------------------------------------------------------------- success stories

STORIES = [
    {
        "slug": "kerala-pepper-for-a-hamburg-deli-chain",
        "title": "Kerala pepper for a Hamburg delicatessen chain",
        "summary": "A German deli chain replaced three traders with one verified spice exporter "
        "and cut its landed cost of Tellicherry pepper.",
        "market": "DE",
        "product": "Tellicherry black pepper, 8 mm",
        "supplier": "Kerala Spice Exports",
        "featured": True,
        "problem": "Weber Feinkost bought pepper through three traders and could not trace lots "
        "back to a farm, which its organic certifier now required.",
        "solution": "Through one RFQ the buyer found an exporter in Kochi with its own cleaning "
        "and sorting plant, GOTS-style traceability and EU laboratory reports per lot.",
        "outcomes": [
            ("Landed cost", "−14 %"),
            ("Suppliers", "3 → 1"),
            ("Lots rejected", "0 in 12 months"),
        ],
    },
    {
        "slug": "brass-lamps-for-dubai-hotels",
        "title": "Brass lamps for three Dubai hotels",
        "summary": "A Dubai interiors trader sourced 2,400 hand-finished brass lamps for a hotel "
        "fit-out, on time for the opening.",
        "market": "AE",
        "product": "Hand-finished brass table lamps",
        "supplier": "Jaipur Handicrafts",
        "featured": True,
        "problem": "The hotel group needed a custom design in three finishes within ten weeks, "
        "with UL-listed wiring, and its usual supplier could not meet the date.",
        "solution": "Four matched suppliers quoted within two days; the buyer chose a Jaipur "
        "workshop that shared production photos every week and shipped by sea in two lots.",
        "outcomes": [("Lamps delivered", "2,400"), ("Lead time", "9 weeks"), ("Defects", "0.4 %")],
    },
    {
        "slug": "organic-cotton-towels-for-spain",
        "title": "Organic cotton towels for a Spanish retailer",
        "summary": "Mercado Natural launched its own towel range with a certified organic mill "
        "from Tiruppur.",
        "market": "ES",
        "product": "GOTS organic cotton towels, 550 gsm",
        "supplier": "Tiruppur Knitwear Co",
        "featured": False,
        "problem": "The retailer wanted a private-label range but small first orders, and most "
        "mills asked for a full container per colour.",
        "solution": "The RFQ named the certificate and the minimum order; only mills accepting "
        "both were matched, and one agreed to 600 pieces per colour for the first season.",
        "outcomes": [
            ("First order", "3,600 pieces"),
            ("Colours", "6"),
            ("Reorder", "after 5 months"),
        ],
    },
    {
        "slug": "basmati-rice-for-a-us-importer",
        "title": "Basmati rice for a US food importer",
        "summary": "A New Jersey importer added a second basmati source with full residue "
        "testing for the US market.",
        "market": "US",
        "product": "1121 steamed basmati rice",
        "supplier": None,
        "featured": False,
        "problem": "A single supplier meant every delayed vessel emptied the importer's shelves, "
        "and new suppliers could not show residue tests to US limits.",
        "solution": "The importer posted an RFQ asking for US-compliant residue reports; three "
        "verified mills answered with reports, and samples were tested before the first order.",
        "outcomes": [("Containers a year", "18"), ("Out-of-stock weeks", "5 → 0")],
    },
]


def seed_stories(home: HomePage) -> SuccessStoryIndexPage:
    index = _child(
        home,
        SuccessStoryIndexPage,
        "success-stories",
        title="Success stories",
        intro="<p>Buyers and Indian exporters who found each other on TradeSetu.</p>",
        show_in_menus=True,
        search_description="How buyers in Europe, the Gulf and the Americas source from "
        "verified Indian exporters on TradeSetu.",
    )
    for n, story in enumerate(STORIES):
        if index.get_children().filter(slug=story["slug"]).exists():
            continue
        supplier = (
            Company.objects.filter(name=story["supplier"]).first() if story["supplier"] else None
        )
        page = SuccessStoryPage(
            slug=story["slug"],
            title=story["title"],
            summary=story["summary"],
            buyer_market=story["market"],
            product=story["product"],
            supplier=supplier,
            featured=story["featured"],
            problem=_p(story["problem"]),
            solution=_p(story["solution"]),
            outcomes=[
                {"type": "metric", "value": {"label": label, "value": value}}
                for label, value in story["outcomes"]
            ],
            image=image_ensure(
                f"Story: {story['title']}", 50 + n, PALETTES[(n + 3) % len(PALETTES)]
            ),
        )
        index.add_child(instance=page)
        page.save_revision().publish()
    return index


# --------------------------------------------------------------------------- about, legal, contact

STANDARD_PAGES = [
    (
        "about",
        "About TradeSetu",
        "A marketplace that connects global buyers with verified Indian exporters.",
        True,
        [
            (
                "Our promise",
                "We share each request with a few suppliers who fit it, so buyers get "
                "answers worth reading and sellers get leads worth paying for.",
            ),
            (
                "Verification",
                "Suppliers earn the Verified badge by passing document checks: GST, "
                "company registration and address proof. Nobody can buy it.",
            ),
            (
                "Where we are",
                "TradeSetu is run from Bengaluru and serves buyers in more than "
                "forty countries, in English, Spanish, Arabic, French and Hindi.",
            ),
        ],
    ),
    (
        "terms",
        "Terms of use",
        "The rules for using TradeSetu as a buyer or a seller.",
        False,
        [
            (
                "Accounts",
                "You are responsible for your account and for what your company posts. "
                "Keep your password secret and tell us at once if it is misused.",
            ),
            (
                "Listings and requests",
                "Products and requests must be real, lawful and described "
                "honestly. We may remove content and suspend accounts that break these rules.",
            ),
            (
                "Payments",
                "Paid plans and credits are billed in advance. Credits for leads proven "
                "fake are returned as described on the pricing page.",
            ),
        ],
    ),
    (
        "privacy",
        "Privacy policy",
        "What we collect, why, and the choices you have.",
        False,
        [
            (
                "What we collect",
                "Your account details, your company's details, the requests and "
                "messages you send, and technical logs. Messages sent through the contact form are "
                "stored with a one-way hash of your IP address, never the address itself.",
            ),
            (
                "Why",
                "To run the marketplace, to match requests with suppliers, to prevent fraud "
                "and to meet our legal duties. We do not sell personal data.",
            ),
            (
                "Your rights",
                "You can see, correct, export and delete your data from your account "
                "settings or by writing to us through the contact page.",
            ),
            (
                "Cookies",
                "We use only the cookies the site needs to work; there are no analytics "
                "or advertising cookies. The cookies page lists them.",
            ),
        ],
    ),
    (
        "cookies",
        "Cookies",
        "The cookies TradeSetu sets, and why there is no cookie banner.",
        False,
        [
            (
                "Only essential cookies",
                "TradeSetu sets a session cookie when you log in and a "
                "security (CSRF) cookie when you fill in a form. Both are needed for the site to "
                "work, so the law does not require a consent banner.",
            ),
            (
                "No tracking",
                "We do not use analytics, advertising or social media cookies, and "
                "we do not load third-party scripts that set them.",
            ),
        ],
    ),
]


def seed_standard_pages(home: HomePage) -> list[StandardPage]:
    pages = []
    for slug, title, intro, in_menu, sections in STANDARD_PAGES:
        pages.append(
            _child(
                home,
                StandardPage,
                slug,
                title=title,
                intro=intro,
                show_in_menus=in_menu,
                search_description=intro,
                body=_post_body(sections),
            )
        )
    return pages


def seed_contact(home: HomePage) -> ContactPage:
    return _child(
        home,
        ContactPage,
        "contact",
        title="Contact us",
        intro="<p>Questions about buying, selling or your account? Write to us; we answer "
        "within two working days.</p>",
        thank_you_text="<p>Thank you. We have your message and will answer within two working "
        "days.</p>",
        search_description="Write to the TradeSetu team about buying, selling or your account.",
    )


def seed_category_landing(home: HomePage) -> CategoryLandingPage | None:
    """An editor's landing page above the live spices listing (when the taxonomy is loaded)."""
    from marketplace.catalog.models import Category

    spices = Category.objects.filter(slug="spices", parent__isnull=True).first()
    if spices is None:
        return None
    return _child(
        home,
        CategoryLandingPage,
        "spices-from-india",
        title="Spices from India",
        category=spices,
        intro="Malabar pepper, Alleppey turmeric, Idukki cardamom: buy from verified exporters.",
        search_description="Verified Indian spice exporters: pepper, turmeric, cardamom, chilli.",
        show_in_menus=True,
        body=[
            {
                "type": "paragraph",
                "value": _p(
                    "India grows most of the world's spices. Ask for ASTA or ESA cleaning, steam "
                    "sterilisation and an FSSAI licence, and compare moisture and volatile oil.",
                ),
            }
        ],
    )


# --------------------------------------------------------------------------- site settings


def site_sync() -> None:
    """Point the default Wagtail site at SITE_URL so canonical and hreflang URLs are right."""
    parts = urlsplit(settings.SITE_URL)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or not parts.hostname:
        return
    port = parts.port or (443 if parts.scheme == "https" else 80)
    if (site.hostname, site.port) != (parts.hostname, port):
        site.hostname, site.port = parts.hostname, port
        site.save(update_fields=["hostname", "port"])
    seo = SeoSettings.for_site(site)
    if not seo.og_image_default_id or not seo.struct_org_name:
        seo.og_image_default = image_ensure("TradeSetu social preview", 7, PALETTES[0], (1200, 630))
        seo.struct_org_name = "TradeSetu"
        seo.twitter_site = seo.twitter_site or "tradesetu"
        seo.save()


# The menu and footer pages in the other languages: titles, introductions and descriptions. The
# long bodies (about, legal pages) stay English until translated in the admin, where
# wagtail-localize shows them as waiting for translation.
MENU_TRANSLATIONS = {
    "blog": {  # Arabic: BLOG_AR, with a translated post
        "es": {
            "title": "Blog",
            "intro": "<p>Guías para compradores que importan de la India: proveedores, documentos "
            "y fletes.</p>",
            "search_description": "Guías para importadores que compran en la India: verificar "
            "proveedores, documentos de exportación, Incoterms y fletes.",
        },
        "fr": {
            "title": "Blog",
            "intro": "<p>Des guides pour les acheteurs qui s’approvisionnent en Inde : "
            "fournisseurs, documents et fret.</p>",
            "search_description": "Guides pour les importateurs qui achètent en Inde : vérifier "
            "les fournisseurs, documents d’exportation, Incoterms et fret.",
        },
        "hi": {
            "title": "ब्लॉग",
            "intro": "<p>भारत से माल मँगाने वाले खरीदारों के लिए गाइड: आपूर्तिकर्ता, दस्तावेज़ और "
            "माल-भाड़ा।</p>",
            "search_description": "भारत से आयात करने वालों के लिए गाइड: आपूर्तिकर्ताओं की जाँच, "
            "निर्यात दस्तावेज़, इनकोटर्म्स और माल-भाड़ा।",
        },
    },
    "success-stories": {
        "es": {
            "title": "Casos de éxito",
            "intro": "<p>Compradores y exportadores indios que se encontraron en TradeSetu.</p>",
        },
        "fr": {
            "title": "Témoignages",
            "intro": "<p>Des acheteurs et des exportateurs indiens qui se sont trouvés sur "
            "TradeSetu.</p>",
        },
        "ar": {
            "title": "قصص النجاح",
            "intro": "<p>مشترون ومصدّرون هنود التقوا عبر TradeSetu.</p>",
        },
        "hi": {
            "title": "सफलता की कहानियाँ",
            "intro": "<p>खरीदार और भारतीय निर्यातक जिन्होंने TradeSetu पर एक-दूसरे को पाया।</p>",
        },
    },
    "spices-from-india": {
        "es": {
            "title": "Especias de la India",
            "intro": "Pimienta de Malabar, cúrcuma de Alleppey, cardamomo de Idukki: compre a "
            "exportadores verificados.",
        },
        "fr": {
            "title": "Épices d’Inde",
            "intro": "Poivre de Malabar, curcuma d’Alleppey, cardamome d’Idukki : achetez auprès "
            "d’exportateurs vérifiés.",
        },
        "ar": {
            "title": "توابل من الهند",
            "intro": "فلفل مالابار وكركم أليبي وهيل إيدوكي: اشترِ من مصدّرين موثّقين.",
        },
        "hi": {
            "title": "भारत के मसाले",
            "intro": "मालाबार काली मिर्च, अलेप्पी हल्दी, इडुक्की इलायची: सत्यापित निर्यातकों से खरीदें।",
        },
    },
    "about": {
        "es": {"title": "Acerca de TradeSetu"},
        "fr": {"title": "À propos de TradeSetu"},
        "ar": {"title": "عن TradeSetu"},
        "hi": {"title": "TradeSetu के बारे में"},
    },
    "terms": {
        "es": {"title": "Condiciones de uso"},
        "fr": {"title": "Conditions d’utilisation"},
        "ar": {"title": "شروط الاستخدام"},
        "hi": {"title": "उपयोग की शर्तें"},
    },
    "privacy": {
        "es": {"title": "Política de privacidad"},
        "fr": {"title": "Politique de confidentialité"},
        "ar": {"title": "سياسة الخصوصية"},
        "hi": {"title": "गोपनीयता नीति"},
    },
    "cookies": {
        "es": {"title": "Cookies"},
        "fr": {"title": "Cookies"},
        "ar": {"title": "ملفات تعريف الارتباط"},
        "hi": {"title": "कुकीज़"},
    },
    "contact": {
        "es": {
            "title": "Contacto",
            "intro": "<p>¿Preguntas sobre compras, ventas o su cuenta? Escríbanos; respondemos "
            "en dos días hábiles.</p>",
        },
        "fr": {
            "title": "Nous contacter",
            "intro": "<p>Des questions sur l’achat, la vente ou votre compte ? Écrivez-nous ; "
            "nous répondons sous deux jours ouvrés.</p>",
        },
        "ar": {
            "title": "اتصل بنا",
            "intro": "<p>أسئلة عن الشراء أو البيع أو حسابك؟ راسلنا؛ نجيب خلال يومي عمل.</p>",
        },
        "hi": {
            "title": "संपर्क करें",
            "intro": "<p>खरीदने, बेचने या अपने खाते के बारे में सवाल? हमें लिखें; हम दो कार्यदिवसों में "
            "जवाब देते हैं।</p>",
        },
    },
}


def seed_menu_translations(home: HomePage) -> None:
    for slug, languages in MENU_TRANSLATIONS.items():
        page = home.get_children().filter(slug=slug).first()
        if page is None:
            continue
        for code, fields in languages.items():
            services.page_translation_ensure(page=page.specific, language_code=code, fields=fields)


@transaction.atomic
def seed() -> dict:
    services.locales_ensure()
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = seed_home()
    site_sync()
    blog = seed_blog(home, locale)
    seed_blog_arabic(blog)
    stories = seed_stories(home)
    standard = seed_standard_pages(home)
    contact = seed_contact(home)
    seed_category_landing(home)
    seed_menu_translations(home)
    services.editorial_setup()
    services.page_cache_clear()
    return {"home": home, "blog": blog, "stories": stories, "pages": standard, "contact": contact}
