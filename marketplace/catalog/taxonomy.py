"""TradeSetu's export taxonomy: top categories, product groups and leaf categories, each with an
HS code range (digits only, as in India's ITC-HS schedule) and an attribute schema for buyers.

Attributes shared by a whole branch sit on its top category or group (``Category.schema()``
inherits them); leaf-specific ones sit on the leaf. A node may list inherited keys in
``required`` to make them mandatory for its own products: the loader stores a refined copy of
the ancestor's attribute on that node (``Category.schema()`` lets a child refine a parent).

``taxonomy_load()`` is idempotent: categories are matched by slug and attributes by key, names,
HS ranges and attribute definitions are updated when they changed here, nothing is deleted.

Number attributes carry a ``typical`` range and text attributes ``examples``: they are not
stored, but document what sensible values look like (the demo data draws from them).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

# --------------------------------------------------------------------------- building blocks


def text(key: str, label: str, *, required: bool = False, filterable: bool = False, examples=()):
    return {
        "key": key,
        "label": label,
        "type": "text",
        "unit": "",
        "required": required,
        "choices": [],
        "filterable": filterable,
        "examples": list(examples),
    }


def number(
    key: str,
    label: str,
    unit: str = "",
    *,
    typical: tuple[float, float] = (1, 100),
    required: bool = False,
    filterable: bool = True,
):
    return {
        "key": key,
        "label": label,
        "type": "number",
        "unit": unit,
        "required": required,
        "choices": [],
        "filterable": filterable,
        "typical": typical,
    }


def choice(key: str, label: str, choices, *, required: bool = False, filterable: bool = True):
    return {
        "key": key,
        "label": label,
        "type": "choice",
        "unit": "",
        "required": required,
        "choices": list(choices),
        "filterable": filterable,
    }


def boolean(key: str, label: str, *, required: bool = False, filterable: bool = True):
    return {
        "key": key,
        "label": label,
        "type": "boolean",
        "unit": "",
        "required": required,
        "choices": [],
        "filterable": filterable,
    }


def tr(es: str, ar: str, fr: str, hi: str) -> dict[str, str]:
    return {"es": es, "ar": ar, "fr": fr, "hi": hi}


def cat(
    slug: str,
    name: str,
    i18n: dict[str, str],
    *,
    hs: str | tuple[str, str] = "",
    attrs=(),
    required=(),
    children=(),
    description: str = "",
) -> dict[str, Any]:
    hs_from, hs_to = (hs, hs) if isinstance(hs, str) else hs
    return {
        "slug": slug,
        "name": name,
        "name_i18n": i18n,
        "hs_code_from": hs_from,
        "hs_code_to": hs_to,
        "attrs": list(attrs),
        "required": tuple(required),
        "children": list(children),
        "description": description,
    }


# --------------------------------------------------------------------------- shared value lists

ORIGIN_STATES = [
    "Andhra Pradesh",
    "Arunachal Pradesh",
    "Assam",
    "Bihar",
    "Chhattisgarh",
    "Goa",
    "Gujarat",
    "Haryana",
    "Himachal Pradesh",
    "Jammu and Kashmir",
    "Jharkhand",
    "Karnataka",
    "Kerala",
    "Ladakh",
    "Madhya Pradesh",
    "Maharashtra",
    "Manipur",
    "Meghalaya",
    "Mizoram",
    "Nagaland",
    "Odisha",
    "Punjab",
    "Rajasthan",
    "Sikkim",
    "Tamil Nadu",
    "Telangana",
    "Tripura",
    "Uttar Pradesh",
    "Uttarakhand",
    "West Bengal",
]


def origin_state(label: str = "Origin state", **kwargs):
    return choice("origin_state", label, ORIGIN_STATES, **kwargs)


def organic():
    return boolean("organic", "Certified organic")


def moisture(typical=(8, 12)):
    return number("moisture_pct", "Moisture (max.)", "%", typical=typical)


def purity(typical=(98, 99.5), **kwargs):
    return number("purity_pct", "Purity (min.)", "%", typical=typical, **kwargs)


def shelf_life(typical=(12, 24)):
    return number("shelf_life_months", "Shelf life", "months", typical=typical)


def dimensions(required: bool = False):
    return text(
        "dimensions",
        "Dimensions (L × W × H)",
        required=required,
        examples=["30 × 20 × 15 cm", "45 × 45 cm", "120 × 60 × 75 cm"],
    )


def colour():
    return text("colour", "Colour", examples=["Natural", "Indigo", "Ivory", "Assorted"])


def custom_branding():
    return boolean("private_label", "Private label / custom branding")


SPICE_PACKAGING = [
    "25 kg PP bag",
    "50 kg jute bag",
    "25 kg multiwall paper bag",
    "10 kg vacuum-packed carton",
    "1 kg retail pouch",
    "Private-label retail packs",
    "Bulk (jumbo bag)",
]
FOOD_PACKAGING = [
    "Retail pack",
    "Food-service pack",
    "Bulk carton",
    "Bulk bag (25–50 kg)",
    "Drum / aseptic bag",
    "Private-label retail pack",
]
PRODUCE_PACKAGING = [
    "25 kg PP bag",
    "50 kg PP bag",
    "50 kg jute bag",
    "25 kg paper bag",
    "5 kg carton",
    "10 kg mesh bag",
    "Jumbo bag (1 MT)",
    "Retail pouch (1 kg)",
]
FRUIT_PACKING = [
    "3 kg carton",
    "4 kg carton",
    "5 kg carton",
    "8 kg carton",
    "9 kg punnet box",
    "13 kg carton",
    "20 kg plastic crate",
]
CHEMICAL_PACKAGING = [
    "25 kg paper bag",
    "25 kg HDPE bag",
    "25 kg fibre drum",
    "50 kg HDPE drum",
    "200 L steel drum",
    "200 L HDPE drum",
    "IBC tote (1,000 L)",
    "Jumbo bag (500–1,000 kg)",
    "ISO tank",
]
VOLTAGES = [
    "230 V single phase 50 Hz",
    "415 V three phase 50 Hz",
    "380 V three phase 50 Hz",
    "220 V single phase 60 Hz",
    "460 V three phase 60 Hz",
    "12 V DC",
    "24 V DC",
]
VEHICLE_TYPES = [
    "Passenger car",
    "Utility vehicle (SUV/MUV)",
    "Two-wheeler",
    "Three-wheeler",
    "Light commercial vehicle",
    "Heavy commercial vehicle",
    "Tractor",
    "Off-highway / construction",
]
LEATHER_MATERIALS = [
    "Cow leather",
    "Buffalo leather",
    "Goat leather",
    "Sheep leather",
    "Lamb nappa",
    "Suede",
    "Vegan leather (PU)",
    "Canvas and leather",
]
GENDERS = ["Men", "Women", "Unisex", "Boys", "Girls", "Infants"]
DOSAGE_FORMS = [
    "Tablet",
    "Film-coated tablet",
    "Capsule",
    "Softgel",
    "Oral suspension",
    "Syrup",
    "Dry powder for suspension",
    "Injection (vial)",
    "Injection (ampoule)",
    "Dry powder for injection",
    "Cream / ointment",
    "Eye / ear drops",
]
PHARMACOPOEIAS = ["IP", "BP", "USP", "EP", "JP", "In-house"]

# --------------------------------------------------------------------------- spices

SPICES = cat(
    "spices",
    "Spices",
    tr("Especias", "التوابل", "Épices", "मसाले"),
    hs=("0904", "0910"),
    description="Whole and ground spices, seed spices, blends and oleoresins from India's "
    "spice belts: Kerala, Karnataka, Gujarat, Rajasthan, Andhra Pradesh and the North East.",
    attrs=[
        choice(
            "form",
            "Form",
            ["Whole", "Powder", "Crushed", "Cut / sliced", "Split", "Extract / oleoresin"],
            required=True,
        ),
        text("grade_note", "Grade / specification", examples=["ASTA cleaned", "EU specification"]),
        moisture(),
        purity(),
        origin_state(),
        organic(),
        choice("packaging", "Packaging", SPICE_PACKAGING),
        boolean("steam_sterilised", "Steam sterilised"),
        boolean("eto_free", "ETO-free (no ethylene oxide treatment)"),
    ],
    children=[
        cat(
            "pepper-and-chillies",
            "Pepper and chillies",
            tr(
                "Pimienta y chiles",
                "الفلفل والفلفل الحار",
                "Poivre et piments",
                "काली मिर्च और मिर्च",
            ),
            hs=("0904", "0904"),
            attrs=[
                number("pungency_shu", "Pungency", "SHU", typical=(15000, 90000)),
            ],
            children=[
                cat(
                    "black-pepper",
                    "Black pepper",
                    tr("Pimienta negra", "الفلفل الأسود", "Poivre noir", "काली मिर्च"),
                    hs=("090411", "090412"),
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            [
                                "MG-1 (Malabar garbled)",
                                "TGEB (Tellicherry garbled extra bold)",
                                "TGSEB (Tellicherry special extra bold)",
                                "FAQ 500 g/l",
                                "FAQ 550 g/l",
                                "ASTA 570 g/l",
                                "Pinheads / light berries",
                            ],
                            required=True,
                        ),
                        number("bulk_density", "Bulk density", "g/l", typical=(500, 580)),
                        number("piperine_pct", "Piperine", "%", typical=(4, 7)),
                    ],
                ),
                cat(
                    "white-pepper",
                    "White pepper",
                    tr("Pimienta blanca", "الفلفل الأبيض", "Poivre blanc", "सफ़ेद मिर्च"),
                    hs=("090411", "090412"),
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            ["FAQ", "ASTA cleaned", "Double washed", "Bold 630 g/l"],
                            required=True,
                        ),
                        number("piperine_pct", "Piperine", "%", typical=(4, 6.5)),
                    ],
                ),
                cat(
                    "dried-red-chilli",
                    "Dried red chillies",
                    tr(
                        "Chiles rojos secos",
                        "الفلفل الأحمر المجفف",
                        "Piments rouges séchés",
                        "सूखी लाल मिर्च",
                    ),
                    hs="090421",
                    attrs=[
                        choice(
                            "variety",
                            "Variety",
                            [
                                "Teja (S17)",
                                "Guntur Sannam (S4)",
                                "Byadgi (Kaddi)",
                                "Kashmiri",
                                "Wrinkle 273",
                                "Bird's eye (Dhani)",
                                "Ramnad Mundu",
                                "341 hybrid",
                            ],
                            required=True,
                        ),
                        choice("stem", "Stem", ["With stem", "Stemless"], required=True),
                        number("colour_asta", "Colour value", "ASTA", typical=(40, 160)),
                    ],
                ),
                cat(
                    "chilli-powder",
                    "Chilli powder",
                    tr(
                        "Chile en polvo", "مسحوق الفلفل الحار", "Piment en poudre", "लाल मिर्च पाउडर"
                    ),
                    hs="090422",
                    attrs=[
                        choice(
                            "variety",
                            "Chilli variety",
                            ["Teja", "Guntur Sannam", "Byadgi", "Kashmiri", "Blend"],
                            required=True,
                        ),
                        number("colour_asta", "Colour value", "ASTA", typical=(60, 180)),
                        text("mesh_size", "Mesh size", examples=["40 mesh", "60 mesh", "80 mesh"]),
                        boolean("sudan_dye_tested", "Tested free of Sudan dyes"),
                    ],
                ),
            ],
        ),
        cat(
            "tree-and-pod-spices",
            "Cardamom, cloves and tree spices",
            tr(
                "Cardamomo, clavo y especias arbóreas",
                "الهيل والقرنفل وتوابل الأشجار",
                "Cardamome, girofle et épices d'arbres",
                "इलायची, लौंग और वृक्ष मसाले",
            ),
            hs=("0906", "0909"),
            children=[
                cat(
                    "green-cardamom",
                    "Green cardamom",
                    tr("Cardamomo verde", "الهيل الأخضر", "Cardamome verte", "छोटी इलायची"),
                    hs=("090831", "090832"),
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            [
                                "AGEB (8 mm and above)",
                                "AGB (7–8 mm)",
                                "AGS (6–7 mm)",
                                "AGS 1 (5–6 mm)",
                                "Fruits / splits",
                            ],
                            required=True,
                        ),
                        number("litre_weight", "Litre weight", "g/l", typical=(415, 470)),
                        choice(
                            "colour_grade",
                            "Colour",
                            ["Bold green", "Green", "Light green", "Mixed"],
                        ),
                    ],
                ),
                cat(
                    "large-cardamom",
                    "Large (black) cardamom",
                    tr("Cardamomo negro", "الهيل الأسود", "Cardamome noire", "बड़ी इलायची"),
                    hs=("090831", "090832"),
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            ["Badadana (bold)", "Chotadana (small)", "Sikkim extra bold"],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "cloves",
                    "Cloves",
                    tr("Clavo de olor", "القرنفل", "Clous de girofle", "लौंग"),
                    hs=("090710", "090720"),
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            ["Hand-picked selected", "FAQ", "Stems", "Ground"],
                            required=True,
                        ),
                        number("headless_pct", "Headless cloves (max.)", "%", typical=(2, 5)),
                        number("volatile_oil_pct", "Volatile oil", "%", typical=(15, 18)),
                    ],
                ),
                cat(
                    "nutmeg-and-mace",
                    "Nutmeg and mace",
                    tr(
                        "Nuez moscada y macis",
                        "جوزة الطيب والبسباسة",
                        "Noix de muscade et macis",
                        "जायफल और जावित्री",
                    ),
                    hs=("090811", "090822"),
                    attrs=[
                        choice(
                            "product_type",
                            "Product",
                            [
                                "Nutmeg in shell",
                                "Nutmeg without shell",
                                "Mace whole blades",
                                "Mace powder",
                            ],
                            required=True,
                        ),
                        number("count_per_kg", "Count", "per kg", typical=(110, 160)),
                    ],
                ),
                cat(
                    "cinnamon-and-cassia",
                    "Cinnamon and cassia",
                    tr("Canela y casia", "القرفة والدارسين", "Cannelle et casse", "दालचीनी"),
                    hs=("090611", "090620"),
                    attrs=[
                        choice(
                            "species",
                            "Type",
                            [
                                "True cinnamon (C. verum)",
                                "Cassia (C. cassia)",
                                "Indian cassia (C. tamala)",
                            ],
                            required=True,
                        ),
                        number("quill_length_cm", "Quill length", "cm", typical=(6, 12)),
                    ],
                ),
                cat(
                    "star-anise",
                    "Star anise",
                    tr("Anís estrellado", "اليانسون النجمي", "Anis étoilé", "चक्र फूल"),
                    hs=("090961", "090962"),
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            ["Autumn crop whole", "Spring crop whole", "Broken"],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "seed-spices",
            "Seed spices",
            tr("Especias en semilla", "التوابل البذرية", "Épices en graines", "बीज मसाले"),
            hs=("0909", "1207"),
            attrs=[
                choice(
                    "cleaning",
                    "Cleaning",
                    ["Machine cleaned", "Sortex cleaned", "Sortex and gravity separated"],
                ),
                number("admixture_pct", "Admixture (max.)", "%", typical=(0.5, 2)),
            ],
            children=[
                cat(
                    "cumin-seed",
                    "Cumin seed",
                    tr("Semilla de comino", "بذور الكمون", "Graines de cumin", "जीरा"),
                    hs=("090931", "090932"),
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            [
                                "Singapore 98%",
                                "Singapore 99%",
                                "Europe 99.5%",
                                "Europe 99.7% Sortex",
                                "Bold (Gulf) 99%",
                            ],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "coriander-seed",
                    "Coriander seed",
                    tr("Semilla de cilantro", "بذور الكزبرة", "Graines de coriandre", "धनिया बीज"),
                    hs=("090921", "090922"),
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            ["Eagle", "Badami", "Scooter", "Parrot green", "Split"],
                            required=True,
                        ),
                        number("split_pct", "Split seeds (max.)", "%", typical=(2, 10)),
                    ],
                ),
                cat(
                    "fennel-seed",
                    "Fennel seed",
                    tr("Semilla de hinojo", "بذور الشمر", "Graines de fenouil", "सौंफ"),
                    hs=("090961", "090962"),
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            ["Lucknowi (fine)", "Singapore quality", "Europe quality", "Medium"],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "fenugreek-seed",
                    "Fenugreek seed",
                    tr("Semilla de fenogreco", "بذور الحلبة", "Graines de fenugrec", "मेथी दाना"),
                    hs="091099",
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            ["Machine cleaned 98%", "Sortex 99%", "Sortex 99.5%"],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "mustard-seed",
                    "Mustard seed",
                    tr("Semilla de mostaza", "بذور الخردل", "Graines de moutarde", "सरसों"),
                    hs="120750",
                    attrs=[
                        choice(
                            "seed_colour",
                            "Seed colour",
                            ["Yellow", "Brown", "Black"],
                            required=True,
                        ),
                        number("oil_content_pct", "Oil content", "%", typical=(36, 42)),
                    ],
                ),
                cat(
                    "ajwain-seed",
                    "Ajwain (carom) seed",
                    tr(
                        "Semilla de ajwain",
                        "بذور الكمون الملوكي (النانخة)",
                        "Graines d'ajowan",
                        "अजवाइन",
                    ),
                    hs="091099",
                    attrs=[
                        number("volatile_oil_pct", "Volatile oil", "%", typical=(2.5, 4)),
                    ],
                    required=("cleaning",),
                ),
            ],
        ),
        cat(
            "turmeric-ginger-and-others",
            "Turmeric, ginger and other spices",
            tr(
                "Cúrcuma, jengibre y otras especias",
                "الكركم والزنجبيل وتوابل أخرى",
                "Curcuma, gingembre et autres épices",
                "हल्दी, अदरक और अन्य मसाले",
            ),
            hs=("0813", "0910"),
            children=[
                cat(
                    "turmeric-fingers",
                    "Turmeric fingers",
                    tr("Cúrcuma en dedos", "أصابع الكركم", "Curcuma en doigts", "हल्दी गांठ"),
                    hs="091030",
                    attrs=[
                        choice(
                            "variety",
                            "Variety",
                            ["Salem", "Erode", "Rajapuri", "Nizamabad", "Alleppey", "Lakadong"],
                            required=True,
                        ),
                        number(
                            "curcumin_pct",
                            "Curcumin",
                            "%",
                            typical=(2.5, 7),
                            required=True,
                        ),
                        choice("finish", "Finish", ["Polished", "Unpolished", "Double polished"]),
                    ],
                ),
                cat(
                    "turmeric-powder",
                    "Turmeric powder",
                    tr("Cúrcuma en polvo", "مسحوق الكركم", "Curcuma en poudre", "हल्दी पाउडर"),
                    hs="091030",
                    attrs=[
                        number(
                            "curcumin_pct",
                            "Curcumin",
                            "%",
                            typical=(2.5, 5),
                            required=True,
                        ),
                        text("mesh_size", "Mesh size", examples=["60 mesh", "80 mesh"]),
                        boolean("lead_chromate_tested", "Tested free of lead chromate"),
                    ],
                ),
                cat(
                    "dry-ginger",
                    "Dry ginger",
                    tr("Jengibre seco", "الزنجبيل المجفف", "Gingembre séché", "सोंठ"),
                    hs=("091011", "091012"),
                    attrs=[
                        choice(
                            "product_type",
                            "Type",
                            [
                                "Cochin dry ginger (limed)",
                                "Unbleached whole",
                                "Slices",
                                "Split",
                                "Powder",
                            ],
                            required=True,
                        ),
                        number("volatile_oil_pct", "Volatile oil", "%", typical=(1.5, 2.5)),
                    ],
                ),
                cat(
                    "saffron",
                    "Saffron",
                    tr("Azafrán", "الزعفران", "Safran", "केसर"),
                    hs="091020",
                    attrs=[
                        choice(
                            "grade",
                            "Grade",
                            ["Mongra (Kashmiri, stigma only)", "Lachha", "Zarda"],
                            required=True,
                        ),
                        number(
                            "colouring_strength",
                            "Colouring strength (ISO 3632)",
                            "E1% 440 nm",
                            typical=(190, 260),
                        ),
                    ],
                ),
                cat(
                    "tamarind",
                    "Tamarind",
                    tr("Tamarindo", "التمر الهندي", "Tamarin", "इमली"),
                    hs="081340",
                    attrs=[
                        choice(
                            "product_type",
                            "Product",
                            ["Seedless pulp", "With seed", "Paste / concentrate", "Powder"],
                            required=True,
                        ),
                    ],
                ),
            ],
        ),
        cat(
            "spice-blends-and-extracts",
            "Spice blends and extracts",
            tr(
                "Mezclas y extractos de especias",
                "خلطات ومستخلصات التوابل",
                "Mélanges et extraits d'épices",
                "मसाला मिश्रण और अर्क",
            ),
            hs=("091091", "330190"),
            children=[
                cat(
                    "spice-blends",
                    "Masalas and spice blends",
                    tr(
                        "Masalas y mezclas de especias",
                        "البهارات المشكلة (ماسالا)",
                        "Masalas et mélanges d'épices",
                        "मसाला मिश्रण",
                    ),
                    hs="091091",
                    attrs=[
                        choice(
                            "blend",
                            "Blend",
                            [
                                "Garam masala",
                                "Curry powder",
                                "Chaat masala",
                                "Tandoori masala",
                                "Biryani masala",
                                "Sambar powder",
                                "Pav bhaji masala",
                                "Custom recipe",
                            ],
                            required=True,
                        ),
                        boolean("salt_added", "Contains salt"),
                        boolean("allergen_free", "Free of the 14 EU allergens"),
                    ],
                ),
                cat(
                    "spice-oleoresins",
                    "Spice oleoresins",
                    tr(
                        "Oleorresinas de especias",
                        "راتنجات التوابل الزيتية",
                        "Oléorésines d'épices",
                        "मसाला ओलियोरेज़िन",
                    ),
                    hs="330190",
                    attrs=[
                        choice(
                            "source",
                            "Made from",
                            [
                                "Paprika",
                                "Capsicum",
                                "Black pepper",
                                "Turmeric",
                                "Ginger",
                                "Cardamom",
                                "Clove",
                                "Nutmeg",
                            ],
                            required=True,
                        ),
                        text(
                            "active_content",
                            "Active content",
                            examples=["40,000 CU colour", "40% piperine", "95% curcuminoids"],
                        ),
                        choice(
                            "solubility",
                            "Solubility",
                            ["Oil soluble", "Water soluble", "Water dispersible"],
                        ),
                    ],
                ),
            ],
        ),
    ],
)

# --------------------------------------------------------------------------- tea and coffee

TEA_COFFEE = cat(
    "tea-and-coffee",
    "Tea and coffee",
    tr("Té y café", "الشاي والقهوة", "Thé et café", "चाय और कॉफ़ी"),
    hs=("0901", "2101"),
    description="Estate teas from Assam, Darjeeling and the Nilgiris; shade-grown Arabica and "
    "Robusta from Karnataka, Kerala and the Araku Valley.",
    attrs=[
        organic(),
        boolean("rainforest_alliance", "Rainforest Alliance certified"),
    ],
    children=[
        cat(
            "tea",
            "Tea",
            tr("Té", "الشاي", "Thé", "चाय"),
            hs=("0902", "0902"),
            attrs=[
                choice(
                    "manufacture",
                    "Manufacture",
                    ["Orthodox", "CTC", "Green", "White", "Oolong"],
                    required=True,
                ),
                choice(
                    "grade",
                    "Leaf grade",
                    [
                        "SFTGFOP1",
                        "FTGFOP1",
                        "TGFOP",
                        "GFOP",
                        "FOP",
                        "BOP",
                        "BOPF",
                        "CTC BP",
                        "CTC BOP",
                        "CTC PF",
                        "CTC PD",
                        "CTC Dust",
                        "Fannings",
                    ],
                ),
                choice(
                    "flush",
                    "Flush / season",
                    ["First flush", "Second flush", "Monsoon flush", "Autumn flush", "Winter"],
                ),
                text("estate", "Estate / garden", examples=["Halmari", "Castleton", "Glendale"]),
                choice(
                    "packaging",
                    "Packaging",
                    [
                        "Bulk paper sacks",
                        "Plywood chests",
                        "Tea bags (retail)",
                        "Tea bags (hotel pack)",
                        "Retail cartons",
                        "Tins",
                    ],
                ),
            ],
            children=[
                cat(
                    "assam-tea",
                    "Assam tea",
                    tr("Té de Assam", "شاي آسام", "Thé d'Assam", "असम चाय"),
                    hs=("090230", "090240"),
                    required=("grade",),
                ),
                cat(
                    "darjeeling-tea",
                    "Darjeeling tea",
                    tr("Té de Darjeeling", "شاي دارجيلنغ", "Thé de Darjeeling", "दार्जिलिंग चाय"),
                    hs=("090230", "090240"),
                    required=("flush",),
                    attrs=[
                        boolean("gi_logo", "Darjeeling GI logo authorised"),
                    ],
                ),
                cat(
                    "nilgiri-tea",
                    "Nilgiri tea",
                    tr("Té de Nilgiri", "شاي نيلجيري", "Thé des Nilgiri", "नीलगिरि चाय"),
                    hs=("090230", "090240"),
                    required=("grade",),
                ),
                cat(
                    "green-tea",
                    "Green tea",
                    tr("Té verde", "الشاي الأخضر", "Thé vert", "ग्रीन टी"),
                    hs=("090210", "090220"),
                    attrs=[
                        choice(
                            "style",
                            "Style",
                            [
                                "Whole leaf",
                                "Gunpowder",
                                "Sencha style",
                                "Flavoured",
                                "Tea bag cut",
                            ],
                            required=True,
                        ),
                    ],
                ),
                cat(
                    "masala-chai",
                    "Masala chai and flavoured tea",
                    tr(
                        "Masala chai y tés aromatizados",
                        "شاي ماسالا والشاي المنكّه",
                        "Masala chaï et thés aromatisés",
                        "मसाला चाय और फ्लेवर्ड चाय",
                    ),
                    hs=("090230", "090240"),
                    attrs=[
                        text(
                            "flavour",
                            "Flavour",
                            required=True,
                            examples=["Cardamom and ginger", "Classic masala", "Tulsi"],
                        ),
                        boolean("instant", "Instant premix"),
                    ],
                ),
            ],
        ),
        cat(
            "coffee",
            "Coffee",
            tr("Café", "القهوة", "Café", "कॉफ़ी"),
            hs=("0901", "2101"),
            attrs=[
                choice(
                    "species",
                    "Species",
                    ["Arabica", "Robusta", "Arabica–Robusta blend"],
                    required=True,
                ),
                choice(
                    "origin_region",
                    "Growing region",
                    [
                        "Chikmagalur",
                        "Coorg (Kodagu)",
                        "Baba Budan Giris",
                        "Bili Rangan hills",
                        "Wayanad",
                        "Nilgiris",
                        "Araku Valley",
                        "Pulneys",
                    ],
                ),
                choice(
                    "packaging",
                    "Packaging",
                    [
                        "60 kg jute bag",
                        "60 kg jute bag with GrainPro liner",
                        "1 kg valve bag",
                        "250 g retail bag",
                        "Jar / tin",
                        "Bulk carton",
                    ],
                ),
            ],
            children=[
                cat(
                    "green-coffee-arabica",
                    "Green coffee beans – Arabica",
                    tr(
                        "Café verde arábica",
                        "حبوب البن الأخضر – أرابيكا",
                        "Café vert arabica",
                        "हरी कॉफ़ी बीन्स – अरेबिका",
                    ),
                    hs="090111",
                    attrs=[
                        choice(
                            "processing",
                            "Processing",
                            [
                                "Washed (Plantation)",
                                "Natural (Cherry)",
                                "Monsooned Malabar",
                                "Honey processed",
                            ],
                            required=True,
                        ),
                        choice(
                            "screen_grade",
                            "Screen grade",
                            ["AA", "A", "AB", "PB (peaberry)", "C", "Bulk"],
                        ),
                        number("cup_score", "Cup score (SCA)", "points", typical=(80, 86)),
                    ],
                ),
                cat(
                    "green-coffee-robusta",
                    "Green coffee beans – Robusta",
                    tr(
                        "Café verde robusta",
                        "حبوب البن الأخضر – روبوستا",
                        "Café vert robusta",
                        "हरी कॉफ़ी बीन्स – रोबस्टा",
                    ),
                    hs="090111",
                    attrs=[
                        choice(
                            "processing",
                            "Processing",
                            [
                                "Parchment (washed)",
                                "Cherry (natural)",
                                "Monsooned Robusta",
                                "Kaapi Royale",
                            ],
                            required=True,
                        ),
                        choice(
                            "screen_grade",
                            "Screen grade",
                            ["AA", "AB", "PB (peaberry)", "C", "BBB", "Bulk"],
                        ),
                    ],
                ),
                cat(
                    "roasted-coffee",
                    "Roasted and ground coffee",
                    tr(
                        "Café tostado y molido",
                        "القهوة المحمصة والمطحونة",
                        "Café torréfié et moulu",
                        "भुनी और पिसी कॉफ़ी",
                    ),
                    hs=("090121", "090122"),
                    attrs=[
                        choice(
                            "roast",
                            "Roast level",
                            ["Light", "Medium", "Medium-dark", "Dark"],
                            required=True,
                        ),
                        choice(
                            "grind", "Grind", ["Whole bean", "Espresso", "Filter", "French press"]
                        ),
                        number("chicory_pct", "Chicory", "%", typical=(0, 30)),
                    ],
                ),
                cat(
                    "instant-coffee",
                    "Instant coffee",
                    tr("Café instantáneo", "القهوة سريعة التحضير", "Café soluble", "इंस्टेंट कॉफ़ी"),
                    hs="210111",
                    attrs=[
                        choice(
                            "process",
                            "Process",
                            ["Spray-dried powder", "Agglomerated granules", "Freeze-dried"],
                            required=True,
                        ),
                        number("chicory_pct", "Chicory", "%", typical=(0, 40)),
                    ],
                ),
            ],
        ),
    ],
)

# @@TAXONOMY@@
